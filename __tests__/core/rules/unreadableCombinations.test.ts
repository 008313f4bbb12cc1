import { evaluateReadiness } from '../../../src/core/engine';
import { userAccessOutcome } from '../../../src/core/rules/roleAndUserChecks';
import { checkOf, statusOf, wordsOf } from '../../fixtures/reportReading';
import {
  ACTON_ROLE,
  ACTON_SYNC,
  actOnSyncToken,
  actOnSyncEmployee,
  administratorRole,
  allRows,
  anAuditRequest,
  anEmployee,
  aRole,
  aSnapshot,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';

// What the audit concludes when some reads fail together: each read that fails leaves its checks
// unknown, never passed or failed on a guess, and the verdict follows from what could be read.

const syncToken = actOnSyncToken();

describe('the roles unreadable', () => {
  it('still passes role.active for an Administrator candidate, which cannot be made inactive', () => {
    const check = checkOf(
      evaluateReadiness(aSnapshot({ roles: unreadable('Role table is not available') }), anAuditRequest()),
      'role.active',
    );

    expect(check.status).toBe('pass');
    expect(check.evidence).toEqual([
      'Administrator is a standard NetSuite role; only customized roles can be marked Inactive.',
    ]);
  });

  it('leaves role.active unknown for a custom role, quoting the reason', () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), roles: unreadable('Role table is not available') });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.active');

    expect(check.status).toBe('unknown');
    expect(wordsOf(check)).toContain('Role table is not available');
  });

  it('gives an Administrator candidate the verdict READY, every permission check passing without its rows', () => {
    const report = evaluateReadiness(aSnapshot({ roles: unreadable('Role table is not available') }), anAuditRequest());

    expect(
      (['role.token-login', 'role.soap-web-services', 'role.acton-permissions'] as const).map((id) =>
        statusOf(report, id),
      ),
    ).toEqual(['pass', 'pass', 'pass']);
    expect(report.verdict).toBe('READY');
  });
});

describe('the integration table unreadable', () => {
  it(
    'with tokens readable and logins unreadable, proves the record by its token and leaves the logins unknown: ' +
      'whether Act-On can connect now is not known',
    () => {
      const snapshot = aSnapshot({
        integrations: unreadable('INVALID_SEARCH_TYPE'),
        loginAttempts: unreadable('LoginAudit is not available'),
      });

      const report = evaluateReadiness(snapshot, anAuditRequest());

      expect(checkOf(report, 'integration.record').evidence[0]).toBe('The application ActOnTBA has 1 access token.');
      expect(statusOf(report, 'token.active')).toBe('pass');
      expect(statusOf(report, 'login.recent')).toBe('unknown');
      expect(report.verdict).toBe('INCOMPLETE');
    },
  );

  it('with tokens unreadable and logins readable, proves the integration by its successful login', () => {
    const snapshot = aSnapshot({
      integrations: unreadable('INVALID_SEARCH_TYPE'),
      tokens: unreadable('oauthtoken is not available'),
    });

    const report = evaluateReadiness(snapshot, anAuditRequest());

    expect(statusOf(report, 'token.active')).toBe('unknown');
    expect(report.verdict).toBe('INCOMPLETE');
  });
});

describe("the viewer's own permissions unreadable", () => {
  it("leaves a role's token login unknown when neither the role's list nor the person's session can be read", () => {
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      roles: ok([administratorRole(), aRole({ permissions: unreadable('RolePermissions is not available') })]),
      currentUser: {
        id: ACTON_SYNC.id,
        name: ACTON_SYNC.name,
        roleId: ACTON_ROLE.id,
        permissions: unreadable('runtime permissions are not available'),
      },
      loginAttempts: allRows([]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.token-login');

    expect(check.status).toBe('unknown');
    expect(wordsOf(check)).toContain('RolePermissions is not available');
    expect(wordsOf(check)).toContain('runtime permissions are not available');
  });
});

describe('a candidate with no user', () => {
  it('leaves user.access unknown, saying no user is known', () => {
    const noUser = {
      source: 'request',
      token: null,
      userId: null,
      userName: null,
      roleId: ACTON_ROLE.id,
      roleName: ACTON_ROLE.name,
    } as const;

    const outcome = userAccessOutcome(noUser, aSnapshot());

    expect(outcome).toMatchObject({ status: 'unknown', findings: [{ id: 'noUserKnown', data: {} }] });
  });
});

describe('a user who holds other roles but not the token’s role', () => {
  it('fails user.access, saying the role was removed after the token was issued', () => {
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      employees: ok([anEmployee(), actOnSyncEmployee({ roleIds: ok([3, 1002, 1003]) })]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access');

    expect(check.status).toBe('fail');
    expect(check.evidence).toEqual([
      'Employee Act-On Sync (id 21) no longer holds role Act-On Integration (id 1001): the role was removed from ' +
        'the user after the token was issued, and NetSuite refuses the token.',
    ]);
  });

  it('passes user.access when the role is among several the user holds', () => {
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      employees: ok([anEmployee(), actOnSyncEmployee({ roleIds: ok([3, 1001, 1003]) })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access')).toBe('pass');
  });
});
