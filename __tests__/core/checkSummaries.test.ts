/**
 * What each failing check says it found, in one failure-worded sentence that names the records:
 * the verdict, the text, the print page and the CSV show it; a rule that names nothing leaves the
 * catalogue's wording.
 */
import { catalogueSummary } from '../../src/core/catalogue';
import { evaluateReadiness } from '../../src/core/engine';
import type { CheckId } from '../../src/core/catalogue';
import type { ReadinessReport } from '../../src/core/report';
import {
  ACTON_ROLE,
  ACTON_ROLE_PERMISSIONS,
  ACTON_SYNC,
  actOnSyncEmployee,
  actOnSyncToken,
  allFeaturesOn,
  aRole,
  administratorRole,
  allRows,
  anEmployee,
  aSnapshot,
  aToken,
  anAuditRequest,
  aLoginAttempt,
  ok,
} from '../fixtures/snapshotBuilder';
import { refreshedSandbox } from '../fixtures/situations/refreshedSandbox';
import { auditTablesUnreadable } from '../fixtures/situations/auditTablesUnreadable';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import { integrationMissing } from '../fixtures/situations/integrationMissing';
import { roleLostUserAccessTokens } from '../fixtures/situations/roleLostUserAccessTokens';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';
import { tokenRevoked } from '../fixtures/situations/tokenRevoked';
import { userLostRole } from '../fixtures/situations/userLostRole';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';

function summaryOf(report: ReadinessReport, id: CheckId): string | undefined {
  const check = report.checks.find((candidate) => candidate.id === id);
  return check === undefined || check.status === 'pass' || check.status === 'info' ? undefined : check.summary;
}

describe('check summaries', () => {
  it('names the Blocked integration', () => {
    const report = evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs);

    expect(summaryOf(report, 'integration.state')).toBe('The integration ActOnTBA is Blocked');
  });

  it("names the token's user and the role it no longer holds", () => {
    const report = evaluateReadiness(userLostRole.snapshot, userLostRole.inputs);

    expect(summaryOf(report, 'user.access')).toBe(
      `The token's user ${ACTON_SYNC.name} no longer holds the role ${ACTON_ROLE.name}`,
    );
  });

  it('names the revoked token', () => {
    const report = evaluateReadiness(tokenRevoked.snapshot, tokenRevoked.inputs);

    expect(summaryOf(report, 'token.active')).toBe(`The access token ${aToken().name} was revoked`);
  });

  it('names the missing integration record and the near name found instead', () => {
    const report = evaluateReadiness(integrationMissing.snapshot, integrationMissing.inputs);

    expect(summaryOf(report, 'integration.record')).toMatch(
      /^There is no integration record named ActOnTBA \(did you mean ".+"\?\)$/,
    );
  });

  it('names the role that may not log in with access tokens', () => {
    const report = evaluateReadiness(roleLostUserAccessTokens.snapshot, roleLostUserAccessTokens.inputs);

    expect(summaryOf(report, 'role.token-login')).toBe(
      `The role ${ACTON_ROLE.name} has neither User Access Tokens nor Log in using Access Tokens at Full`,
    );
  });

  it("names each permission of Act-On's minimum the role lacks", () => {
    const withoutContacts = Object.fromEntries(
      Object.entries(ACTON_ROLE_PERMISSIONS).filter(([key]) => key !== 'LIST_CONTACT'),
    );
    const snapshot = aSnapshot({ roles: ok([administratorRole(), aRole({ permissions: ok(withoutContacts) })]) });

    const report = evaluateReadiness(snapshot, anAuditRequest({ roleId: ACTON_ROLE.id }));

    expect(summaryOf(report, 'role.acton-permissions')).toBe(
      `The role ${ACTON_ROLE.name} lacks 1 permission of Act-On's minimum: Contacts`,
    );
  });

  it("keeps the catalogue's words for a feature, which has no record to name", () => {
    const report = evaluateReadiness(tokenBasedAuthenticationOff.snapshot, tokenBasedAuthenticationOff.inputs);

    expect(summaryOf(report, 'feature.token-based-authentication')).toBe('Token-Based Authentication is not enabled');
  });

  it('says what could not be read, with the check title, when the facts were unreadable', () => {
    const report = evaluateReadiness(auditTablesUnreadable.snapshot, auditTablesUnreadable.inputs);

    expect(summaryOf(report, 'login.recent')).toBe('Could not be read: Recent token logins succeed');
  });

  it('gives no summary to a passing or information check', () => {
    const report = evaluateReadiness(readyAdministrator.snapshot, readyAdministrator.inputs);

    expect(report.checks.filter((check) => 'summary' in check)).toEqual([]);
  });

  it("names a token's role the account does not have by its internal id", () => {
    const snapshot = aSnapshot({
      tokens: allRows([aToken({ roleId: 4242, roleName: 'Deleted Role' })]),
      roles: ok([administratorRole()]),
    });

    const report = evaluateReadiness(snapshot, anAuditRequest());

    expect(summaryOf(report, 'role.active')).toBe('There is no role with internal id 4242');
  });

  it("names every reason the token's user cannot use the role, in one sentence", () => {
    const snapshot = aSnapshot({
      tokens: allRows([actOnSyncToken()]),
      employees: ok([anEmployee(), actOnSyncEmployee({ inactive: true, giveAccess: false })]),
    });

    const report = evaluateReadiness(snapshot, anAuditRequest());

    expect(summaryOf(report, 'user.access')).toBe(
      `The token's user ${ACTON_SYNC.name} is inactive and does not have Give Access checked`,
    );
  });

  it('names the role without SOAP Web Services at Full, and the level it has', () => {
    const withoutSoap = { ...ACTON_ROLE_PERMISSIONS, ADMI_WEBSERVICES: 0 as const };
    const snapshot = aSnapshot({ roles: ok([administratorRole(), aRole({ permissions: ok(withoutSoap) })]) });

    const report = evaluateReadiness(snapshot, anAuditRequest({ roleId: ACTON_ROLE.id }));

    expect(summaryOf(report, 'role.soap-web-services')).toBe(
      `The role ${ACTON_ROLE.name} has SOAP Web Services at None, not Full`,
    );
  });

  it('names the role restricted to some subsidiaries', () => {
    const snapshot = aSnapshot({
      features: allFeaturesOn({ SUBSIDIARIES: ok(true) }),
      tokens: allRows([actOnSyncToken()]),
      roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: 'SELECTED', restriction: 'Canada' }]),
    });

    const report = evaluateReadiness(snapshot, anAuditRequest());

    expect(summaryOf(report, 'role.subsidiary-access')).toBe(
      `The role ${ACTON_ROLE.name} sees only some subsidiaries (subsidiary restriction "SELECTED")`,
    );
  });

  it('names when the latest token login failed, with which detail, and that none succeeded since', () => {
    const report = evaluateReadiness(tokenRevoked.snapshot, tokenRevoked.inputs);

    expect(summaryOf(report, 'login.recent')).toBe(
      'The latest token login for ActOnTBA, on 26 Nov 2026, 09:00 UTC, failed with "InvalidToken", and none ' +
        'succeeded since',
    );
  });

  it("gives a sandbox's Account ID no failure summary: it is information, with the refresh advice as its fix", () => {
    const report = evaluateReadiness(refreshedSandbox.snapshot, refreshedSandbox.inputs);
    const accountId = report.checks.find((check) => check.id === 'account.id');

    expect(summaryOf(report, 'account.id')).toBeUndefined();
    expect(accountId?.status === 'info' && accountId.fix?.title).toBe(
      'Give Act-On its own connection to a sandbox, and a new token after each refresh',
    );
  });

  it("names the old SOAP endpoint Act-On's connector uses", () => {
    const snapshot = aSnapshot({
      loginAttempts: allRows([aLoginAttempt({ requestUri: '/services/NetSuitePort_2019_1' })]),
    });

    const report = evaluateReadiness(snapshot, anAuditRequest());

    expect(summaryOf(report, 'platform.soap-retirement')).toBe(
      "Act-On's connector uses the 2019.1 SOAP endpoint, which has not been supported since 2022.1",
    );
  });
});

describe("the catalogue's summary of a check the rule names nothing for", () => {
  it('says a check left to the person is to be checked by hand, with its title', () => {
    expect(
      catalogueSummary({
        id: 'integration.authentication',
        title: 'The integration allows Token-Based Authentication',
        status: 'manual',
      }),
    ).toBe('To check by hand: The integration allows Token-Based Authentication');
  });

  it('gives a check of a saved document this version does not know its title', () => {
    expect(
      catalogueSummary({ id: 'integration.later-check', title: 'A check of a later version passes', status: 'fail' }),
    ).toBe('A check of a later version passes');
  });
});
