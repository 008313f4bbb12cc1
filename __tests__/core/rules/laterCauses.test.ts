/**
 * What breaks a working Act-On connection later, or blocks its set-up in ways the default steps
 * do not cover: Web Services Only roles, administrators' tokens, Act-On's first connection, IP
 * address rules, OneWorld subsidiary restrictions.
 */
import { evaluateReadiness } from '../../../src/core/engine';
import type { AccountSnapshot } from '../../../src/core/snapshot';
import { checkOf, fixStepsOf, wordsOf } from '../../fixtures/reportReading';
import {
  ACTON_ROLE,
  ACTON_SYNC,
  actOnSyncEmployee,
  administratorRole,
  aFailedLogin,
  aLoginAttempt,
  allFeaturesOn,
  allRows,
  anEmployee,
  aRole,
  aSnapshot,
  anAuditRequest,
  aToken,
  ok,
  unreadable,
  actOnSyncToken,
} from '../../fixtures/snapshotBuilder';

const syncToken = actOnSyncToken();

/** 2026.2; the Act-On Integration role is Web Services Only; nothing has logged in yet. */
function webServicesOnlyAccount(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return aSnapshot({
    roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
    loginAttempts: allRows([]),
    ...overrides,
  });
}

describe('token.active for a Web Services Only role (NetSuite 2026.2)', () => {
  it("on 2026.2 gives the administrator's path when the asked-for role is Web Services Only and has no token", () => {
    const outcome = checkOf(
      evaluateReadiness(
        webServicesOnlyAccount({ tokens: allRows([]) }),
        anAuditRequest({ roleId: ACTON_ROLE.id, userId: ACTON_SYNC.id }),
      ),
      'token.active',
    );

    expect(outcome.status).toBe('fail');
    expect(wordsOf(outcome)).toContain(
      'Role Act-On Integration (id 1001) is a Web Services Only role: its user cannot log in to the NetSuite UI, ' +
        'so an administrator creates the token.',
    );
    expect(fixStepsOf(outcome)[0]).toBe(
      'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
    );
    expect(fixStepsOf(outcome).join(' ')).not.toContain('New My Access Token');
  });

  it("on 2026.2 has an administrator replace a Web Services Only role's revoked token, on the administrator's page", () => {
    const report = evaluateReadiness(
      webServicesOnlyAccount({ tokens: allRows([aToken({ ...syncToken, revoked: true })]) }),
      anAuditRequest(),
    );
    const outcome = checkOf(report, 'token.active');
    const step = report.fixPlan.find((entry) => entry.resolves.includes('token.active'));

    expect('fix' in outcome && outcome.fix?.id).toBe('administratorCreatesToken');
    expect(fixStepsOf(outcome).join(' ')).not.toContain('New My Access Token');
    expect(step?.navigation).toBe('Setup > Users/Roles > Access Tokens > New');
  });
});

describe("token.active for another administrator's token (NetSuite 2026.2)", () => {
  it('on 2026.2 says that administrator must create it, since one administrator cannot create a token for another', () => {
    const otherAdmin = anEmployee({ id: 9, name: 'Bo Admin' });
    const snapshot = aSnapshot({
      tokens: allRows([]),
      loginAttempts: allRows([]),
      employees: ok([anEmployee(), otherAdmin]),
    });

    const outcome = checkOf(evaluateReadiness(snapshot, anAuditRequest({ userId: 9 })), 'token.active');

    expect(wordsOf(outcome)).toContain(
      'NetSuite does not let an administrator create a token for another administrator: Bo Admin (id 9) must create it.',
    );
    expect(fixStepsOf(outcome)[0]).toBe(
      'Ask Bo Admin (id 9) to log in with the Administrator role, go to Home > Settings > Manage Access Tokens ' +
        'and click New My Access Token.',
    );
  });

  it('gives the usual steps when the administrator is the person auditing', () => {
    const outcome = checkOf(
      evaluateReadiness(aSnapshot({ tokens: allRows([]), loginAttempts: allRows([]) }), anAuditRequest()),
      'token.active',
    );

    expect(wordsOf(outcome)).not.toContain('another administrator');
  });
});

describe("Act-On's first connection (NetSuite 2026.2)", () => {
  it(
    'says the first authentication needs an administrator role when the token is for another role and has not ' +
      'logged in yet',
    () => {
      const snapshot = aSnapshot({
        tokens: allRows([syncToken]),
        loginAttempts: allRows([]),
        employees: ok([anEmployee(), actOnSyncEmployee()]),
      });

      expect(wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'token.active'))).toContain(
        "Act-On's set-up guide says the connector's first authentication needs an administrator role",
      );
    },
  );

  it('says nothing of it once Act-On has logged in', () => {
    const login = aLoginAttempt({ tokenName: syncToken.name, userId: ACTON_SYNC.id, roleId: ACTON_ROLE.id });
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), loginAttempts: allRows([login]) });

    expect(wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'token.active'))).not.toContain(
      'first authentication',
    );
  });

  it('says nothing of it for an Administrator token', () => {
    expect(
      wordsOf(checkOf(evaluateReadiness(aSnapshot({ loginAttempts: allRows([]) }), anAuditRequest()), 'token.active')),
    ).not.toContain('first authentication');
  });
});

describe('login.ip-address-rules (NetSuite 2026.2)', () => {
  const loginsFrom = (...addresses: string[]) =>
    allRows(
      addresses.map((ipAddress, index) =>
        aLoginAttempt({
          ipAddress,
          at: `2026-11-2${6 - index}T09:00:00Z`,
          status: index === 2 ? 'Failure' : 'Success',
          detail: index === 2 ? 'InvalidSignature' : null,
        }),
      ),
    );

  it('passes when IP address rules are off', () => {
    const outcome = checkOf(evaluateReadiness(aSnapshot(), anAuditRequest()), 'login.ip-address-rules');

    expect(outcome.status).toBe('pass');
    expect(wordsOf(outcome)).toContain('IPADDRESSRULES as not in effect');
  });

  it("passes when the rules are on and Act-On's logins succeeded, listing the addresses they came from", () => {
    const snapshot = aSnapshot({
      features: allFeaturesOn({ IPADDRESSRULES: ok(true) }),
      loginAttempts: loginsFrom('203.0.113.7', '203.0.113.7', '198.51.100.2'),
    });

    const outcome = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.ip-address-rules');

    expect(outcome.status).toBe('pass');
    expect(wordsOf(outcome)).toContain(
      "Act-On's token logins of the last 30 days came from: 203.0.113.7 (2 logins, last on 26 Nov 2026, 09:00 " +
        'UTC); 198.51.100.2 (1 login, 1 failed, last on 24 Nov 2026, 09:00 UTC).',
    );
  });

  it("asks a person to compare the rules with Act-On's addresses when the rules are on and no login succeeded", () => {
    const snapshot = aSnapshot({
      features: allFeaturesOn({ IPADDRESSRULES: ok(true) }),
      loginAttempts: allRows([aFailedLogin('InvalidSignature', { ipAddress: '198.51.100.2' })]),
    });

    const outcome = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.ip-address-rules');

    expect(outcome.status).toBe('manual');
    expect(fixStepsOf(outcome).join(' ')).toContain('Setup > Company > Company Information');
  });

  it('says when no login recorded an address', () => {
    const snapshot = aSnapshot({ features: allFeaturesOn({ IPADDRESSRULES: ok(true) }) });

    expect(wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.ip-address-rules'))).toContain(
      'recorded an IP address',
    );
  });

  it("passes when the feature cannot be read but Act-On's logins succeeded, and does not change a ready verdict", () => {
    const report = evaluateReadiness(
      aSnapshot({ features: allFeaturesOn({ IPADDRESSRULES: unreadable('SSS_INVALID_FEATURE_ID') }) }),
      anAuditRequest(),
    );

    expect(checkOf(report, 'login.ip-address-rules').status).toBe('pass');
    expect(report.verdict).toBe('READY');
  });
});

describe('role.subsidiary-access in a OneWorld account (NetSuite 2026.2)', () => {
  const oneWorld = (roleSubsidiaries: AccountSnapshot['roleSubsidiaries']) =>
    aSnapshot({
      features: allFeaturesOn({ SUBSIDIARIES: ok(true) }),
      tokens: allRows([syncToken]),
      roleSubsidiaries,
      employees: ok([anEmployee(), actOnSyncEmployee()]),
    });

  it('passes outside OneWorld: a warning check is never information', () => {
    expect(checkOf(evaluateReadiness(aSnapshot(), anAuditRequest()), 'role.subsidiary-access').status).toBe('pass');
  });

  it('passes Administrator, which sees every subsidiary', () => {
    expect(
      checkOf(
        evaluateReadiness(aSnapshot({ features: allFeaturesOn({ SUBSIDIARIES: ok(true) }) }), anAuditRequest()),
        'role.subsidiary-access',
      ).status,
    ).toBe('pass');
  });

  it('passes a role that sees all subsidiaries', () => {
    expect(
      checkOf(
        evaluateReadiness(
          oneWorld(ok([{ roleId: ACTON_ROLE.id, option: 'ALL', restriction: null }])),
          anAuditRequest(),
        ),
        'role.subsidiary-access',
      ).status,
    ).toBe('pass');
  });

  it('warns about a role restricted to some subsidiaries, naming them', () => {
    const outcome = checkOf(
      evaluateReadiness(
        oneWorld(ok([{ roleId: ACTON_ROLE.id, option: 'SELECTED', restriction: 'Canada, United Kingdom' }])),
        anAuditRequest(),
      ),
      'role.subsidiary-access',
    );

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain(
      'Role Act-On Integration (id 1001) is restricted to some subsidiaries (subsidiary restriction "SELECTED": ' +
        'Canada, United Kingdom).',
    );
  });

  it('asks a person to look, with the steps, when the restriction cannot be read', () => {
    const outcome = checkOf(
      evaluateReadiness(
        oneWorld(unreadable("Search error occurred: Field 'subsidiaryoption' was not found.")),
        anAuditRequest(),
      ),
      'role.subsidiary-access',
    );

    expect(outcome.status).toBe('manual');
    expect(fixStepsOf(outcome)[0]).toBe(
      'Go to Setup > Users/Roles > Manage Roles, edit the role Act-On Integration (id 1001) and look at ' +
        'Subsidiary Restrictions.',
    );
  });
});
