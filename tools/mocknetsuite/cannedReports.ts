/**
 * Readiness reports for the mock NetSuite, made the way the RESTlet makes them: the request's
 * parameters parsed by the same code, the real engine run over a snapshot of the account, and
 * the public JSON document built by the real renderer. Only the collector is replaced, by a
 * fixed snapshot per account situation.
 */
import { evaluateReadiness } from '../../src/core/engine';
import { parseRequestParameters } from '../../src/core/inputs';
import type { AccountSnapshot, BoundedList, Probe } from '../../src/core/snapshot';
import { toReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/reportDocument';
import { jsonAnswer } from './mockNetSuite';
import type { MockAuditQuery, RestletAnswerSource } from './mockNetSuite';
import { readyDataFacts } from './cannedData';

/** The account situations the mock can serve. */
export type CannedSituation = 'ready-administrator' | 'token-based-authentication-off' | 'audit-tables-unreadable';

const COLLECTED_AT = '2026-11-27T12:00:00Z';

function ok<T>(value: T): Probe<T> {
  return { ok: true, value };
}

/** A list read to its end: the canned accounts are small. */
function allRows<T>(rows: readonly T[]): Probe<BoundedList<T>> {
  return ok({ rows, complete: true });
}

function unreadable(reason: string, code: string): Probe<never> {
  return { ok: false, reason, code };
}

/** A ready account: every feature on, ActOnTBA Enabled, Ada Admin's Administrator token used this week. */
function readySnapshot(accountId: string): AccountSnapshot {
  const sandbox = /_SB\d*$/i.test(accountId.replace(/-/g, '_'));
  return {
    collectedAt: COLLECTED_AT,
    account: {
      accountId: accountId.replace(/-/g, '_').toUpperCase(),
      envType: sandbox ? 'SANDBOX' : 'PRODUCTION',
      version: '2026.2',
    },
    currentUser: { id: 7, name: 'Ada Admin', roleId: 3, permissions: ok({}) },
    features: {
      CUSTOMCODE: ok(true),
      SERVERSIDESCRIPTING: ok(true),
      WEBSERVICESEXTERNAL: ok(true),
      SUITESIGNON: ok(true),
      TBA: ok(true),
      RESTWEBSERVICES: ok(true),
      OAUTH2: ok(true),
      ADVANCEDEMPLOYEEPERMISSIONS: ok(false),
      IPADDRESSRULES: ok(false),
      SUBSIDIARIES: ok(false),
    },
    integrations: allRows([{ id: 12, name: 'ActOnTBA', state: 'ENABLED', stateName: 'Enabled' }]),
    tokenApplications: null,
    tokens: allRows([
      {
        id: 5,
        name: 'ActOnTBA Ada Admin Administrator',
        applicationId: 12,
        applicationName: 'ActOnTBA',
        userId: 7,
        userName: 'Ada Admin',
        roleId: 3,
        roleName: 'Administrator',
        inactive: false,
        revoked: false,
        createdAt: '2026-10-01T10:00:00Z',
      },
    ]),
    loginAttempts: allRows([
      {
        at: '2026-11-24T09:00:00Z',
        status: 'Success',
        applicationName: 'ActOnTBA',
        tokenName: 'ActOnTBA Ada Admin Administrator',
        userId: 7,
        userName: 'Ada Admin',
        roleId: 3,
        roleName: 'Administrator',
        detail: null,
        ipAddress: null,
        requestUri: null,
      },
    ]),
    roles: ok([{ id: 3, name: 'Administrator', inactive: false, webServicesOnly: false, permissions: ok({}) }]),
    employees: ok([{ id: 7, name: 'Ada Admin', inactive: false, giveAccess: true, roleIds: ok([3]) }]),
    usage: { queries: 6, governanceUnits: 60 },
    roleSubsidiaries: null,
    data: readyDataFacts(),
    probes: [],
  };
}

/** The snapshot of an account in the given situation. */
export function cannedSnapshot(situation: CannedSituation, accountId: string): AccountSnapshot {
  const ready = readySnapshot(accountId);
  switch (situation) {
    case 'ready-administrator':
      return ready;
    case 'token-based-authentication-off':
      return { ...ready, features: { ...ready.features, TBA: ok(false) } };
    case 'audit-tables-unreadable':
      return {
        ...ready,
        integrations: unreadable("Search error: table 'integration' is not available", 'INVALID_SEARCH_TYPE'),
        tokens: unreadable('You do not have permission to read oauthtoken', 'INSUFFICIENT_PERMISSION'),
        loginAttempts: unreadable('You do not have permission to read LoginAudit', 'INSUFFICIENT_PERMISSION'),
      };
  }
}

/** The RESTlet's answer for a query on an account in the given situation. */
export function cannedReport(
  situation: CannedSituation,
  accountId: string,
  query: MockAuditQuery = {},
): ReportDocument {
  const parsed = parseRequestParameters({ ...query });
  return toReportDocument(evaluateReadiness(cannedSnapshot(situation, accountId), parsed.inputs, parsed.problems));
}

/** The RESTlet answers of an account in the given situation, for the mock NetSuite. */
export function cannedAnswers(situation: CannedSituation, accountId: string): RestletAnswerSource {
  return (query) => jsonAnswer(cannedReport(situation, accountId, query));
}
