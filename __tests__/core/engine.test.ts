import { CHECK_CATALOGUE, CREDENTIAL_CHECK_IDS } from '../../src/core/catalogue';
import { evaluateReadiness } from '../../src/core/engine';
import { auditTablesUnreadable } from '../fixtures/situations/auditTablesUnreadable';
import { connectedNotYet } from '../fixtures/situations/connectedNotYet';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import { integrationMissing } from '../fixtures/situations/integrationMissing';
import { integrationTableUnreadable } from '../fixtures/situations/integrationTableUnreadable';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';
import { readyIntegrationRole } from '../fixtures/situations/readyIntegrationRole';
import { refreshedSandbox } from '../fixtures/situations/refreshedSandbox';
import { roleLostUserAccessTokens } from '../fixtures/situations/roleLostUserAccessTokens';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';
import { tokenRevoked } from '../fixtures/situations/tokenRevoked';
import { userLostRole } from '../fixtures/situations/userLostRole';
import { checkOf, wordsOf } from '../fixtures/reportReading';
import {
  allRows,
  aLoginAttempt,
  anAuditRequest,
  anIntegration,
  aSnapshot,
  aToken,
  unreadable,
} from '../fixtures/snapshotBuilder';

const EVERY_SITUATION = [
  readyAdministrator,
  readyIntegrationRole,
  connectedNotYet,
  tokenBasedAuthenticationOff,
  integrationMissing,
  integrationBlocked,
  tokenRevoked,
  roleLostUserAccessTokens,
  userLostRole,
  refreshedSandbox,
  auditTablesUnreadable,
  integrationTableUnreadable,
];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('evaluateReadiness', () => {
  it('reports when, where and what was audited, and what it cost', () => {
    const snapshot = aSnapshot();
    const inputs = anAuditRequest();

    const report = evaluateReadiness(snapshot, inputs);

    expect(report.generatedAt).toBe(snapshot.collectedAt);
    expect(report.account.actOnAccountId).toBe('1234567');
    expect(report.inputs).toEqual(inputs);
    expect(report.usage).toEqual({ queries: 6, governanceUnits: 60 });
  });

  it('reports every catalogue check once, in catalogue order, with its catalogue entry', () => {
    const report = evaluateReadiness(aSnapshot(), anAuditRequest());

    expect(report.checks.map((check) => check.id)).toEqual(CHECK_CATALOGUE.map((definition) => definition.id));
    expect(report.checks.map((check) => check.title)).toEqual(CHECK_CATALOGUE.map((definition) => definition.title));
  });

  it("reports the best candidate's credential checks at the top level", () => {
    const report = evaluateReadiness(userLostRole.snapshot, userLostRole.inputs);

    const topLevel = report.checks.filter((check) => (CREDENTIAL_CHECK_IDS as readonly string[]).includes(check.id));

    expect(topLevel).toEqual(report.candidates[0]?.checks);
  });

  it('keeps the input problems it was given, then adds those it finds', () => {
    const given = [{ parameter: 'format', message: 'Unknown format "xml": use json, csv or print.' }];

    const report = evaluateReadiness(aSnapshot(), anAuditRequest({ roleId: 4242 }), given);

    expect(report.inputProblems.map((problem) => problem.parameter)).toEqual(['format', 'role']);
  });

  it('reports no input problem for a requested role when the roles cannot be read', () => {
    const report = evaluateReadiness(
      aSnapshot({ roles: unreadable('Role table is not available') }),
      anAuditRequest({ roleId: 4242 }),
    );

    expect(report.inputProblems).toEqual([]);
  });

  it("passes HTML-unsafe names through untouched: escaping is the renderers' job", () => {
    const name = '<img src=x onerror=alert(1)>&"Act-On"';
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ name })]),
      tokens: allRows([aToken({ name: `=cmd|' /C calc'!A0`, applicationName: name })]),
      loginAttempts: allRows([aLoginAttempt({ applicationName: name })]),
    });

    const report = evaluateReadiness(snapshot, anAuditRequest({ integrationName: name }));

    expect(wordsOf(checkOf(report, 'integration.record'))).toContain(
      `Manage Integrations lists the integration ${name} (id 12).`,
    );
    expect(wordsOf(checkOf(report, 'token.active'))).toContain(`Token =cmd|' /C calc'!A0 (id 5)`);
  });

  it('does not change the snapshot it reads', () => {
    const snapshot = deepFreeze(aSnapshot());

    expect(() => evaluateReadiness(snapshot, anAuditRequest())).not.toThrow();
  });

  describe.each(EVERY_SITUATION.map((situation) => [situation.description, situation] as const))(
    'in the situation "%s"',
    (_description, situation) => {
      const report = evaluateReadiness(situation.snapshot, situation.inputs);

      it('gives every check that failed, warned or could not be decided a fix with steps and a navigation path', () => {
        const withoutFix = report.checks.filter(
          (check) =>
            check.status !== 'pass' &&
            check.status !== 'info' &&
            (!('fix' in check) ||
              check.fix === undefined ||
              check.fix.steps.length === 0 ||
              check.fix.navigation === ''),
        );

        expect(withoutFix).toEqual([]);
      });

      it('gives every check at least one piece of evidence', () => {
        expect(report.checks.filter((check) => check.evidence.length === 0)).toEqual([]);
      });

      it('links only to NetSuite pages relative to the account', () => {
        const links = report.checks.flatMap((check) =>
          'fix' in check && check.fix !== undefined ? check.fix.links : [],
        );

        expect(links.filter((link) => !link.href.startsWith('/app/'))).toEqual([]);
      });
    },
  );
});
