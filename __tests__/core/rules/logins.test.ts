import { evaluateReadiness } from '../../../src/core/engine';
import type { CheckResult } from '../../../src/core/report';
import type { AccountSnapshot, LoginAttemptFact } from '../../../src/core/snapshot';
import { checkOf, findingIds, dataOf, fixIdOf } from '../../fixtures/reportReading';
import {
  aFailedLogin,
  aLoginAttempt,
  allFeaturesOn,
  allRows,
  aSnapshot,
  anAuditRequest,
  firstRowsOfMore,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';

function recentLoginCheck(snapshot: AccountSnapshot): CheckResult {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.recent');
}

function recentLogins(attempts: readonly LoginAttemptFact[]): CheckResult {
  return recentLoginCheck(aSnapshot({ loginAttempts: allRows(attempts) }));
}

/** What the fixture's rows record of Ada Admin's token login as Administrator. */
const ADA_AS_ADMINISTRATOR = {
  attribution: 'name',
  tokenName: 'ActOnTBA Ada Admin Administrator',
  userId: 7,
  userName: 'Ada Admin',
  roleId: 3,
  roleName: 'Administrator',
};

/** A failed token login that names no application, token, or user and role of ActOnTBA. */
function aStrangersFailedLogin(at: string): LoginAttemptFact {
  return aFailedLogin('InvalidSignature', {
    applicationName: null,
    tokenName: null,
    userId: 99,
    userName: 'Someone Else',
    roleId: 1099,
    roleName: 'Other',
    at,
  });
}

describe('login.recent when Act-On has made no token login in the last 30 days', () => {
  it('passes, since no login failed, saying none was made', () => {
    const check = recentLogins([]);

    expect([check.status, check.findings]).toEqual([
      'pass',
      [{ id: 'noLogins', data: { integrationName: 'ActOnTBA' } }],
    ]);
  });

  it('leaves out the logins of other integrations', () => {
    expect(recentLogins([aFailedLogin('InvalidSignature', { applicationName: 'Boomi' })]).status).toBe('pass');
  });
});

describe('login.recent when the latest token login succeeded', () => {
  it('passes with the latest login alone when no login failed in the last 30 days', () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.findings).toEqual([
      { id: 'latestSucceeded', data: { at: '2026-11-26T09:00:00Z', ...ADA_AS_ADMINISTRATOR } },
    ]);
  });

  it(
    'warns when earlier logins failed, counting only the failures, grouped by detail, and asks to look them up in ' +
      'the Login Audit Trail',
    () => {
      const check = recentLogins([
        aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
        aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
        aFailedLogin('InvalidSignature', { at: '2026-11-24T09:00:00Z' }),
      ]);

      expect(check.status).toBe('warn');
      expect(findingIds(check)).toEqual(['latestSucceeded', 'failedBefore', 'failures']);
      expect(dataOf(check, 'failedBefore')).toEqual({ count: 1, complete: true });
      expect(dataOf(check, 'failures')).toEqual({
        detail: 'InvalidSignature',
        count: 1,
        complete: true,
        lastAt: '2026-11-24T09:00:00Z',
      });
      expect(fixIdOf(check)).toBe('default');
    },
  );

  it('counts the failures as a lower bound when the trail was cut at its bound', () => {
    const check = recentLoginCheck(
      aSnapshot({
        loginAttempts: firstRowsOfMore([
          aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
          aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
        ]),
      }),
    );

    expect(check.status).toBe('warn');
    expect(dataOf(check, 'failedBefore')).toEqual({ count: 1, complete: false });
  });

  it('does not count a success dated after the audit ran, so the failure before it decides', () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2027-03-01T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('fail');
    expect(JSON.stringify(check.findings)).not.toContain('2027-03-01');
  });
});

describe('login.recent when the latest token login failed and none succeeded since: Act-On cannot connect now', () => {
  it(
    'fails, with the latest failure, the last success, each detail newest first with its count, and the fix ' +
      "for the latest failure's cause",
    () => {
      const check = recentLogins([
        aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' }),
        aFailedLogin('Nonce used', { at: '2026-11-26T09:00:00Z' }),
        aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
        aFailedLogin('NonceUsed', { at: '2026-11-24T09:00:00Z' }),
        aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
        aFailedLogin('InvalidToken', { at: '2026-11-19T09:00:00Z' }),
      ]);

      expect(check.status).toBe('fail');
      expect(check.findings).toEqual([
        {
          id: 'latestFailed',
          data: { at: '2026-11-26T10:00:00Z', detail: 'InvalidSignature', ...ADA_AS_ADMINISTRATOR },
        },
        { id: 'lastSuccess', data: { at: '2026-11-20T09:00:00Z' } },
        {
          id: 'failures',
          data: { detail: 'InvalidSignature', count: 2, complete: true, lastAt: '2026-11-26T10:00:00Z' },
        },
        { id: 'failures', data: { detail: 'Nonce used', count: 2, complete: true, lastAt: '2026-11-26T09:00:00Z' } },
      ]);
      expect(check.status === 'fail' && check.fix).toMatchObject({ id: 'reEnterInActOn', owner: 'acton-admin' });
      expect(check.status === 'fail' && check.fix.steps[0]).toContain('type the Account ID as 1234567,');
    },
  );

  it('names the failure in its summary, so the fix plan and the card say the same', () => {
    const check = recentLogins([aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' })]);

    expect(check.status === 'fail' && check.summary).toBe(
      'The latest token login for ActOnTBA, on 26 Nov 2026, 10:00 UTC, failed with "InvalidSignature", and none ' +
        'succeeded since',
    );
  });

  it.each([
    ['InvalidToken', 'newToken', 'netsuite-admin', ['/app/setup/accesstokens.nl']],
    ['consumer_key_refused', 'enableIntegration', 'netsuite-admin', ['/app/common/integration/integrapplist.nl']],
    ['consumer_key_unknown', 'matchConsumerKey', 'netsuite-admin', ['/app/common/integration/integrapplist.nl']],
    [
      'EntityOrRoleDisabled',
      'restoreUserAccess',
      'netsuite-admin',
      ['/app/common/entity/employeelist.nl', '/app/setup/rolelist.nl'],
    ],
    ['InvalidTimestamp', 'askActOnAboutClock', 'acton-support', []],
    ['NonceUsed', 'askActOnAboutNonces', 'acton-support', []],
    ['InvalidSignature', 'reEnterInActOn', 'acton-admin', []],
    ['BrandNewReason', 'default', 'netsuite-admin', []],
  ])(
    'chooses for a latest failure with detail %s the fix %s, owned by %s, linking its own page',
    (detail, id, owner, links) => {
      const check = recentLogins([aFailedLogin(detail)]);

      expect(check.status === 'fail' && check.fix).toMatchObject({ id, owner });
      expect(check.status === 'fail' && check.fix.links.map((link) => link.href)).toEqual(links);
    },
  );

  it('never links the Login Audit Trail look-up to another page: NetSuite gives it no stable address', () => {
    const check = recentLogins([aFailedLogin(null)]);

    expect(check.status === 'fail' && check.fix).toMatchObject({ id: 'default', links: [] });
  });

  it('says no token login succeeded in the whole window when the trail was read to its end', () => {
    expect(findingIds(recentLogins([aFailedLogin('InvalidToken')]))).toEqual(['latestFailed', 'noSuccess', 'failures']);
  });

  it('says only the most recent logins were read, with lower-bound counts, when none of them succeeded', () => {
    const check = recentLoginCheck(
      aSnapshot({
        loginAttempts: firstRowsOfMore([
          aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' }),
          aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
          aFailedLogin('InvalidToken', { at: '2026-11-25T09:00:00Z' }),
        ]),
      }),
    );

    expect(findingIds(check)).toEqual(['latestFailed', 'noSuccessInRowsRead', 'failures', 'failures']);
    expect(dataOf(check, 'noSuccessInRowsRead')).toEqual({ rows: 3 });
    expect(dataOf(check, 'failures')).toMatchObject({ count: 2, complete: false });
  });

  it('keeps exact counts for the failures since a success that was read, since every later attempt was read too', () => {
    const check = recentLoginCheck(
      aSnapshot({
        loginAttempts: firstRowsOfMore([
          aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' }),
          aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
          aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
        ]),
      }),
    );

    expect(dataOf(check, 'failures')).toMatchObject({ count: 2, complete: true });
  });
});

describe('login.recent with failures that name no application', () => {
  const unnamed = { applicationName: null, tokenName: null } as const;

  it("fails when Act-On's latest login failed naming no application, tied to it by the token's user and role", () => {
    const check = recentLogins([
      aFailedLogin('InvalidSignature', { ...unnamed, at: '2026-11-26T10:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('fail');
    expect(dataOf(check, 'latestFailed')).toMatchObject({ attribution: 'user-role', tokenName: null });
  });

  it('ties a failure naming no application to the integration by its token name', () => {
    const check = recentLogins([
      aFailedLogin('InvalidToken', { applicationName: null, userId: null, roleId: null, at: '2026-11-26T10:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('fail');
    expect(dataOf(check, 'latestFailed')).toMatchObject({ attribution: 'token', userId: null, roleId: null });
  });

  it("does not let failures of another user and role decide, but counts them as possibly Act-On's", () => {
    const check = recentLogins([
      aStrangersFailedLogin('2026-11-26T10:00:00Z'),
      aStrangersFailedLogin('2026-11-26T09:00:00Z'),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'unattributed')).toEqual({ count: 2, integrationName: 'ActOnTBA' });
  });

  it('counts a refusal NetSuite writes before it knows the integration as concerning every integration', () => {
    const check = recentLogins([
      aFailedLogin('FeatureDisabled', { ...unnamed, userId: null, roleId: null, at: '2026-11-26T10:00:00Z' }),
    ]);

    expect(check.status).toBe('fail');
    expect(dataOf(check, 'latestFailed')).toMatchObject({ attribution: 'before-integration' });
    expect(fixIdOf(check)).toBe('enableTba');
  });
});

describe('login.recent when the Login Audit Trail cannot be read', () => {
  it('is unknown with the reason, the permission it needs, and a fix to find out, owned by whoever audits', () => {
    const check = recentLoginCheck(
      aSnapshot({ loginAttempts: unreadable('Record LoginAudit was not found', 'INVALID_SEARCH_TYPE') }),
    );

    expect(check.status).toBe('unknown');
    expect(check.findings).toEqual([
      {
        id: 'unreadable',
        data: { source: 'loginAuditTrail', reason: 'Record LoginAudit was not found', code: 'INVALID_SEARCH_TYPE' },
      },
      { id: 'permissionNeeded', data: { permission: 'View Login Audit Trail' } },
    ]);
    expect(check.status === 'unknown' && check.fix).toMatchObject({ id: 'findOutLogins', owner: 'consultant' });
    expect(check.status === 'unknown' && check.fix.navigation).not.toMatch(/New$/);
  });
});

describe('login.ip-address-rules', () => {
  const rulesOn = allFeaturesOn({ IPADDRESSRULES: ok(true) });

  function ipAddressRulesCheck(snapshot: AccountSnapshot): CheckResult {
    return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.ip-address-rules');
  }

  function withRulesOn(logins: readonly LoginAttemptFact[]): CheckResult {
    return ipAddressRulesCheck(aSnapshot({ features: rulesOn, loginAttempts: allRows(logins) }));
  }

  /** Act-On's logins of November from `count` addresses, 198.51.100.1 upwards; each address logs in `times` times. */
  function loginsFromAddresses(count: number, times: number): LoginAttemptFact[] {
    return Array.from({ length: count * times }, (_, index) =>
      aLoginAttempt({
        ipAddress: `198.51.100.${(index % count) + 1}`,
        at: new Date(Date.UTC(2026, 10, 26, 9) - index * 3_600_000).toISOString(),
      }),
    );
  }

  it('passes when IP Address Rules are off: no address rule can refuse Act-On', () => {
    const check = ipAddressRulesCheck(aSnapshot());

    expect([check.status, check.findings]).toEqual(['pass', [{ id: 'rulesOff', data: { feature: 'IPADDRESSRULES' } }]]);
  });

  it('passes when the rules are on and Act-On logged in: the addresses it came from were let in, listed as data', () => {
    const check = withRulesOn([
      aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { ipAddress: '203.0.113.7', at: '2026-11-25T09:00:00Z' }),
      aLoginAttempt({ ipAddress: '198.51.100.2', at: '2026-11-24T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.findings).toEqual([
      { id: 'rulesLetIn', data: { feature: 'IPADDRESSRULES', featureRead: true, successes: 2 } },
      {
        id: 'addresses',
        data: {
          addresses: [
            { address: '203.0.113.7', logins: 2, failures: 1, lastAt: '2026-11-26T09:00:00Z' },
            { address: '198.51.100.2', logins: 1, failures: 0, lastAt: '2026-11-24T09:00:00Z' },
          ],
          cut: false,
        },
      },
    ]);
  });

  it('lists equally used addresses in address order', () => {
    const check = withRulesOn([
      aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ ipAddress: '198.51.100.2', at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(
      (dataOf(check, 'addresses') as { addresses: { address: string }[] }).addresses.map((use) => use.address),
    ).toEqual(['198.51.100.2', '203.0.113.7']);
  });

  it('lists ten addresses and counts none as unlisted when the logins came from ten', () => {
    const check = withRulesOn(loginsFromAddresses(10, 1));

    expect(findingIds(check)).toEqual(['rulesLetIn', 'addresses']);
  });

  it('lists the ten most used addresses and counts the rest when the logins came from twelve', () => {
    const check = withRulesOn([...loginsFromAddresses(10, 2), ...loginsFromAddresses(12, 1).slice(10)]);
    const listed = (dataOf(check, 'addresses') as { addresses: { logins: number }[] }).addresses;

    expect(listed.map((use) => use.logins)).toEqual(Array(10).fill(2));
    expect(dataOf(check, 'moreAddresses')).toEqual({ count: 2 });
  });

  it('says the addresses come from the most recent logins read when the trail was cut at its bound', () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: rulesOn,
        loginAttempts: firstRowsOfMore([aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' })]),
      }),
    );

    expect(dataOf(check, 'addresses')).toMatchObject({ cut: true });
  });

  it("asks a person to compare the rules with Act-On's addresses when the rules are on and no login proves them", () => {
    const check = withRulesOn([aFailedLogin('InvalidSignature', { ipAddress: '203.0.113.7' })]);

    expect(check.status).toBe('manual');
    expect(findingIds(check)).toEqual(['rulesUnproven', 'rulesNotReadable', 'addresses']);
    expect(check.status === 'manual' && check.fix).toMatchObject({ id: 'compareRules', owner: 'netsuite-admin' });
  });

  it('asks the same, saying no address was recorded, when the rules are on and Act-On never logged in', () => {
    const check = withRulesOn([]);

    expect([check.status, findingIds(check)]).toEqual(['manual', ['rulesUnproven', 'rulesNotReadable', 'noAddresses']]);
  });

  it("says the addresses could not be read, with the trail's reason, when the Login Audit Trail cannot be read", () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: rulesOn,
        loginAttempts: unreadable('Record LoginAudit was not found', 'INVALID_SEARCH_TYPE'),
      }),
    );

    expect(check.status).toBe('manual');
    expect(check.findings[2]).toEqual({
      id: 'unreadable',
      data: {
        source: 'loginAddresses',
        reason: 'Record LoginAudit was not found',
        code: 'INVALID_SEARCH_TYPE',
      },
    });
  });

  it('is unknown, with a fix to find out, when the feature cannot be read and no login proves the rules', () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: allFeaturesOn({ IPADDRESSRULES: unreadable('SSS_INVALID_FEATURE_ID') }),
        loginAttempts: allRows([aFailedLogin('InvalidSignature', { ipAddress: '203.0.113.7' })]),
      }),
    );

    expect([check.status, findingIds(check)]).toEqual(['unknown', ['unreadable', 'addresses']]);
    expect(check.status === 'unknown' && check.fix).toMatchObject({ id: 'findOutRules', owner: 'consultant' });
  });

  it('passes when the feature cannot be read but Act-On logged in: whatever the rules say, they let it in', () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: allFeaturesOn({ IPADDRESSRULES: unreadable('SSS_INVALID_FEATURE_ID') }),
        loginAttempts: allRows([aLoginAttempt({ ipAddress: '203.0.113.7' })]),
      }),
    );

    expect([check.status, findingIds(check)]).toEqual(['pass', ['unreadable', 'rulesLetIn', 'addresses']]);
    expect(dataOf(check, 'rulesLetIn')).toEqual({ feature: 'IPADDRESSRULES', featureRead: false, successes: 1 });
  });
});

describe('an account whose latest Act-On token login failed this morning with InvalidSignature', () => {
  const report = evaluateReadiness(
    aSnapshot({
      loginAttempts: allRows([
        aFailedLogin('InvalidSignature', { at: '2026-11-27T06:00:00Z' }),
        aLoginAttempt({ at: '2026-11-26T06:00:00Z' }),
      ]),
    }),
    anAuditRequest(),
  );

  it('is NOT_READY: Act-On cannot connect now', () => {
    expect(report.verdict).toBe('NOT_READY');
  });

  it("puts first the step for the failure's cause, with that fix's title, navigation, owner and links", () => {
    expect(report.fixPlan[0]).toEqual({
      order: 1,
      title: 'Type the Account ID and the four keys into Act-On again',
      resolves: ['login.recent'],
      navigation: 'Act-On: Settings > Connectors > CRM > NetSuite',
      links: [],
      owner: 'acton-admin',
    });
  });
});

describe('the step that looks up failed logins in the Login Audit Trail', () => {
  it('never links Access Tokens, or any page: the Login Audit Trail has no stable address', () => {
    const report = evaluateReadiness(
      aSnapshot({
        loginAttempts: allRows([
          aFailedLogin('SomethingNew', { at: '2026-11-26T10:00:00Z' }),
          aFailedLogin('InvalidToken', { at: '2026-11-26T09:00:00Z' }),
          aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
        ]),
      }),
      anAuditRequest(),
    );
    const [step] = report.fixPlan;

    expect([step?.title, step?.navigation, step?.links]).toEqual([
      'Look up the failed logins in the Login Audit Trail',
      'Setup > Users/Roles > User Management > View Login Audit Trail',
      [],
    ]);
  });
});
