/**
 * The specification by account situation: for each situation a person can be in, the verdict
 * and the status of every check that situation is about.
 */
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
import { checkOf, linksOf, statusOf, wordsOf } from '../fixtures/reportReading';
import type { AccountSituation } from '../fixtures/snapshotBuilder';

function audit(situation: AccountSituation) {
  return evaluateReadiness(situation.snapshot, situation.inputs);
}

describe('a ready account with an Administrator token', () => {
  const report = audit(readyAdministrator);

  it('is READY', () => {
    expect(report.verdict).toBe('READY');
  });

  it('passes every blocker and warning check that has something to judge', () => {
    const notPassing = report.checks.filter(
      (check) => check.severity !== 'info' && check.status !== 'pass' && check.status !== 'info',
    );

    expect(notPassing).toEqual([]);
  });

  it('proves the integration allows TBA by the successful login', () => {
    expect(wordsOf(checkOf(report, 'integration.authentication'))).toContain('24 Nov 2026, 09:00 UTC');
  });

  it('reports the one token as the only candidate', () => {
    expect(report.candidates.map((candidate) => [candidate.source, candidate.tokenId])).toEqual([['token', 5]]);
  });
});

describe('a ready account with a dedicated non-administrator role', () => {
  const report = audit(readyIntegrationRole);

  it('is READY', () => {
    expect(report.verdict).toBe('READY');
  });

  it("passes the role's token login, SOAP and Act-On minimum checks from its permissions", () => {
    expect([
      statusOf(report, 'role.token-login'),
      statusOf(report, 'role.soap-web-services'),
      statusOf(report, 'role.acton-permissions'),
    ]).toEqual(['pass', 'pass', 'pass']);
    expect(wordsOf(checkOf(report, 'role.token-login'))).toContain(
      'Role Act-On Integration (id 1001) has User Access Tokens at Full.',
    );
  });

  it("passes user access for the token's employee", () => {
    expect(statusOf(report, 'user.access')).toBe('pass');
  });
});

describe('an account set up but not yet connected to Act-On', () => {
  const report = audit(connectedNotYet);

  it('is READY_WITH_WARNINGS because the TBA box must be checked by hand', () => {
    expect(report.verdict).toBe('READY_WITH_WARNINGS');
    expect(statusOf(report, 'integration.authentication')).toBe('manual');
  });

  it('passes the login check: no token login failed, because none was made yet', () => {
    expect(statusOf(report, 'login.recent')).toBe('pass');
    expect(wordsOf(checkOf(report, 'login.recent'))).toContain('because none was made');
  });

  it('still knows the state from the integration table', () => {
    expect(statusOf(report, 'integration.state')).toBe('pass');
  });
});

describe('an account with Token-Based Authentication off', () => {
  const report = audit(tokenBasedAuthenticationOff);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('fails the TBA feature with the Enable Features link', () => {
    const check = checkOf(report, 'feature.token-based-authentication');

    expect(check.status).toBe('fail');
    expect(linksOf(check)).toContain('/app/setup/features.nl');
  });

  it('fails the login check for the FeatureDisabled logins, caused by the feature', () => {
    const check = checkOf(report, 'login.recent');

    expect([check.status, check.causedBy]).toEqual(['fail', 'feature.token-based-authentication']);
    expect(wordsOf(check)).toContain('"FeatureDisabled": 2 times');
  });
});

describe('an account whose integration has another name', () => {
  const report = audit(integrationMissing);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('fails the record check and suggests the near name', () => {
    const check = checkOf(report, 'integration.record');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('Did you mean "Act-On Integration"?');
  });

  it('links to the near integration record', () => {
    expect(linksOf(checkOf(report, 'integration.record'))).toContain('/app/common/integration/integrapp.nl?id=15');
  });

  it('fails state and authentication for want of a record', () => {
    expect([statusOf(report, 'integration.state'), statusOf(report, 'integration.authentication')]).toEqual([
      'fail',
      'fail',
    ]);
  });
});

describe('an account whose integration is Blocked', () => {
  const report = audit(integrationBlocked);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('finds the record but fails its state, linking to the record', () => {
    const state = checkOf(report, 'integration.state');

    expect(statusOf(report, 'integration.record')).toBe('pass');
    expect(state.status).toBe('fail');
    expect(linksOf(state)).toContain('/app/common/integration/integrapp.nl?id=12');
  });

  it('explains consumer_key_refused in the login check, caused by the state', () => {
    const check = checkOf(report, 'login.recent');

    expect([check.status, check.causedBy]).toEqual(['fail', 'integration.state']);
    expect(wordsOf(check)).toContain('Blocked');
  });
});

describe('an account whose only token was revoked', () => {
  const report = audit(tokenRevoked);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('fails token.active naming the revoked token', () => {
    const check = checkOf(report, 'token.active');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('ActOnTBA Ada Admin Administrator (id 5)');
    expect(wordsOf(check)).toContain('(id 5), of user Ada Admin (id 7) with role Administrator (id 3), was revoked.');
  });

  it('falls back to the request candidate', () => {
    expect(report.candidates.map((candidate) => candidate.source)).toEqual(['request']);
  });

  it('explains the InvalidToken logins since the last success', () => {
    expect(wordsOf(checkOf(report, 'login.recent'))).toContain('"InvalidToken": 2 times');
  });
});

describe('an account whose integration role lost User Access Tokens', () => {
  const report = audit(roleLostUserAccessTokens);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('fails role.token-login and says Access Token Management is not enough', () => {
    const check = checkOf(report, 'role.token-login');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain(
      'Role Act-On Integration (id 1001) has User Access Tokens at None and Log in using Access Tokens at None.',
    );
    expect(wordsOf(check)).toContain('does not let the role log in with a token');
    expect(linksOf(check)).toContain('/app/setup/role.nl?id=1001');
  });

  it('keeps the token itself active', () => {
    expect(statusOf(report, 'token.active')).toBe('pass');
  });
});

describe("an account whose token user lost the token's role", () => {
  const report = audit(userLostRole);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('fails user.access saying the role was removed after the token was issued', () => {
    const check = checkOf(report, 'user.access');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('the role was removed from the user after the token was issued');
    expect(linksOf(check)).toContain('/app/common/entity/employee.nl?id=21');
  });
});

describe('a sandbox just refreshed from production', () => {
  const report = audit(refreshedSandbox);

  it('is NOT_READY', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it('informs of the Account ID, showing the exact value to type into Act-On and the refresh advice', () => {
    const check = checkOf(report, 'account.id');

    expect(check.status).toBe('info');
    expect(wordsOf(check)).toContain('Type 1234567_SB1 into');
    expect(wordsOf(check)).toContain(
      "a refresh copies the integration record's settings from production but not its access tokens",
    );
  });

  it('fails the record check: the record was not in production at the refresh', () => {
    expect(statusOf(report, 'integration.record')).toBe('fail');
  });

  it('explains the unattributed consumer_key_unknown failure, caused by the missing record', () => {
    const check = checkOf(report, 'login.recent');

    expect([check.status, check.causedBy]).toEqual(['fail', 'integration.record']);
    expect(wordsOf(check)).toContain('consumer_key_unknown');
  });
});

describe('an account whose integration, token and login tables cannot be read', () => {
  const report = audit(auditTablesUnreadable);

  it('is INCOMPLETE', () => {
    expect(report.verdict).toBe('INCOMPLETE');
  });

  it('reports unknown for what the tables would prove, quoting the reasons', () => {
    expect([
      statusOf(report, 'integration.record'),
      statusOf(report, 'integration.state'),
      statusOf(report, 'token.active'),
      statusOf(report, 'login.recent'),
    ]).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(wordsOf(checkOf(report, 'integration.record'))).toContain(
      "table 'integration' is not available (INVALID_SEARCH_TYPE)",
    );
  });

  it('leaves the TBA box unknown until the record is found, caused by the record check', () => {
    expect(checkOf(report, 'integration.authentication')).toMatchObject({
      status: 'unknown',
      causedBy: 'integration.record',
    });
  });

  it('mentions the View Login Audit Trail permission', () => {
    expect(wordsOf(checkOf(report, 'login.recent'))).toContain('View Login Audit Trail permission');
  });
});

describe('an account whose integration table cannot be read and that has no token or login yet', () => {
  const report = audit(integrationTableUnreadable);

  it('asks the person to look for the record rather than failing it', () => {
    const check = checkOf(report, 'integration.record');

    expect(check.status).toBe('manual');
    expect(linksOf(check)).toContain('/app/common/integration/integrapplist.nl');
  });

  it('leaves the state to the person too', () => {
    expect(statusOf(report, 'integration.state')).toBe('manual');
  });

  it('is NOT_READY because no token exists', () => {
    expect(statusOf(report, 'token.active')).toBe('fail');
    expect(report.verdict).toBe('NOT_READY');
  });
});
