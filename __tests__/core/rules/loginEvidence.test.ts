/**
 * The exact evidence of the login checks: what login.recent says of the latest token login and
 * the ones before it, and which addresses login.ip-address-rules lists for a person to compare
 * with the account's IP address rules.
 */
import { evaluateReadiness } from '../../../src/core/engine';
import type { AccountSnapshot, LoginAttemptFact } from '../../../src/core/snapshot';
import { checkOf } from '../../fixtures/reportReading';
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

function recentLoginCheck(snapshot: AccountSnapshot) {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.recent');
}

function recentLogins(attempts: readonly LoginAttemptFact[]) {
  return recentLoginCheck(aSnapshot({ loginAttempts: allRows(attempts) }));
}

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

describe('login.recent when Act-On has not logged in', () => {
  it(
    'informs that there were no token logins for the integration in the last 30 days, which is expected before ' +
      'Act-On is connected',
    () => {
      const check = recentLogins([]);

      expect(check.status).toBe('info');
      expect(check.evidence).toEqual([
        'There were no token logins for ActOnTBA in the last 30 days.',
        'That is expected until Act-On is connected; once it is, its logins show here.',
      ]);
    },
  );
});

describe('login.recent when the latest login succeeded', () => {
  it('passes with the latest login alone when no login failed in the last 30 days', () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.evidence).toEqual([
      'The latest token login, on 26 Nov 2026, 09:00 UTC, succeeded (token ActOnTBA Ada Admin Administrator, user ' +
        'Ada Admin (id 7), role Administrator (id 3)).',
    ]);
  });

  it('counts only the failed logins before it, not the other successful ones', () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-24T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.evidence).toContain('1 failed token login came before it in the last 30 days.');
  });

  it('names nothing after "succeeded" when the row recorded only the application', () => {
    const check = recentLogins([
      aLoginAttempt({
        at: '2026-11-26T09:00:00Z',
        tokenName: null,
        userId: null,
        userName: null,
        roleId: null,
        roleName: null,
      }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.evidence).toEqual(['The latest token login, on 26 Nov 2026, 09:00 UTC, succeeded.']);
  });
});

describe('login.recent when the latest login failed', () => {
  it('names only the token when the failed row recorded no application, user or role', () => {
    const check = recentLogins([
      aFailedLogin('InvalidToken', {
        applicationName: null,
        userId: null,
        userName: null,
        roleId: null,
        roleName: null,
        at: '2026-11-26T10:00:00Z',
      }),
    ]);

    expect(check.status).toBe('warn');
    expect(check.evidence[0]).toBe(
      'The latest token login, on 26 Nov 2026, 10:00 UTC, failed with "InvalidToken" (no application recorded; it ' +
        'is tied to the integration by its token, token ActOnTBA Ada Admin Administrator).',
    );
  });
});

describe('login.recent with failures that name nothing of the integration', () => {
  it("counts two such failures in the plural and says they may be Act-On's", () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2026-11-26T10:00:00Z' }),
      aStrangersFailedLogin('2026-11-26T09:00:00Z'),
      aStrangersFailedLogin('2026-11-25T09:00:00Z'),
    ]);

    expect(check.status).toBe('pass');
    expect(check.evidence).toContain(
      '2 failed token logins name no application, and neither a token nor a user and role of ActOnTBA; they may ' +
        "be Act-On's: the Login Audit Trail shows their user and IP address.",
    );
  });
});

describe('login.ip-address-rules: the addresses listed for a person to compare with the rules', () => {
  const rulesOn = allFeaturesOn({ IPADDRESSRULES: ok(true) });

  function ipAddressRulesCheck(snapshot: AccountSnapshot) {
    return checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.ip-address-rules');
  }

  /** The check in an account with IP address rules on, whose trail holds these logins of Act-On. */
  function withRulesOn(logins: readonly LoginAttemptFact[]) {
    return ipAddressRulesCheck(aSnapshot({ features: rulesOn, loginAttempts: allRows(logins) }));
  }

  /** The address sentence of a check whose rules are on (after the two sentences on the rules). */
  function addressSentence(logins: readonly LoginAttemptFact[]): string | undefined {
    return withRulesOn(logins).evidence[2];
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

  it(
    'says, when the rules are on, that they can refuse Act-On, that scripts cannot read them, and where its logins ' +
      'came from',
    () => {
      const check = withRulesOn([aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' })]);

      expect(check.status).toBe('manual');
      expect(check.evidence).toEqual([
        "IP Address Rules are on (feature IPADDRESSRULES): the company's allowed addresses and the token user's IP " +
          "address restriction can refuse requests from Act-On's servers.",
        'Scripts cannot read those rules; compare them with these addresses.',
        "Act-On's token logins of the last 30 days came from: 203.0.113.7 (1 login, last on 26 Nov 2026, 09:00 UTC).",
      ]);
    },
  );

  it('counts every failed login from an address', () => {
    const sentence = addressSentence([
      aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { ipAddress: '203.0.113.7', at: '2026-11-25T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { ipAddress: '203.0.113.7', at: '2026-11-24T09:00:00Z' }),
    ]);

    expect(sentence).toBe(
      "Act-On's token logins of the last 30 days came from: 203.0.113.7 (3 logins, 2 failed, last on 26 Nov 2026, " +
        '09:00 UTC).',
    );
  });

  it('lists the most used address first, even when its logins are older', () => {
    const sentence = addressSentence([
      aLoginAttempt({ ipAddress: '198.51.100.2', at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-25T09:00:00Z' }),
      aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-24T09:00:00Z' }),
    ]);

    expect(sentence).toBe(
      "Act-On's token logins of the last 30 days came from: 203.0.113.7 (2 logins, last on 25 Nov 2026, 09:00 " +
        'UTC); 198.51.100.2 (1 login, last on 26 Nov 2026, 09:00 UTC).',
    );
  });

  it('lists equally used addresses in address order', () => {
    const sentence = addressSentence([
      aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ ipAddress: '198.51.100.2', at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(sentence).toBe(
      "Act-On's token logins of the last 30 days came from: 198.51.100.2 (1 login, last on 25 Nov 2026, 09:00 " +
        'UTC); 203.0.113.7 (1 login, last on 26 Nov 2026, 09:00 UTC).',
    );
  });

  it('lists all ten addresses, and counts none as unlisted, when the logins came from ten', () => {
    const check = withRulesOn(loginsFromAddresses(10, 1));

    expect(check.evidence).toHaveLength(3);
    expect(check.evidence[2]?.match(/ \(1 login, /g)).toHaveLength(10);
  });

  it('lists the ten most used addresses and says one more is not listed when the logins came from eleven', () => {
    const tenUsedTwice = loginsFromAddresses(10, 2);
    const check = withRulesOn([
      ...tenUsedTwice,
      aLoginAttempt({ ipAddress: '192.0.2.99', at: '2026-11-20T09:00:00Z' }),
    ]);

    expect(check.evidence).toHaveLength(4);
    expect(check.evidence[2]?.match(/ \(2 logins, /g)).toHaveLength(10);
    expect(check.evidence[2]).not.toContain('192.0.2.99');
    expect(check.evidence[3]).toBe('1 more address is not listed.');
  });

  it('says how many more addresses are not listed when the logins came from twelve', () => {
    const check = withRulesOn(loginsFromAddresses(12, 1));

    expect(check.evidence[3]).toBe('2 more addresses are not listed.');
  });

  it('says the addresses come from the most recent logins read when the trail was cut at its bound', () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: rulesOn,
        loginAttempts: firstRowsOfMore([aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' })]),
      }),
    );

    expect(check.evidence[2]).toBe(
      "Act-On's token logins of the last 30 days came from (from the most recent logins read): 203.0.113.7 (1 " +
        'login, last on 26 Nov 2026, 09:00 UTC).',
    );
  });

  it("says the addresses could not be read, with the trail's reason, when the Login Audit Trail cannot be read", () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: rulesOn,
        loginAttempts: unreadable('Record LoginAudit was not found', 'INVALID_SEARCH_TYPE'),
      }),
    );

    expect(check.status).toBe('manual');
    expect(check.evidence[2]).toBe(
      "The addresses of Act-On's token logins could not be read: Record LoginAudit was not found (INVALID_SEARCH_TYPE).",
    );
  });

  it('is unknown with the reason when the feature cannot be read, and still lists the addresses', () => {
    const check = ipAddressRulesCheck(
      aSnapshot({
        features: allFeaturesOn({ IPADDRESSRULES: unreadable('SSS_INVALID_FEATURE_ID') }),
        loginAttempts: allRows([aLoginAttempt({ ipAddress: '203.0.113.7', at: '2026-11-26T09:00:00Z' })]),
      }),
    );

    expect(check.status).toBe('unknown');
    expect(check.evidence).toEqual([
      'The IP Address Rules feature (IPADDRESSRULES) could not be read: SSS_INVALID_FEATURE_ID.',
      "Act-On's token logins of the last 30 days came from: 203.0.113.7 (1 login, last on 26 Nov 2026, 09:00 UTC).",
    ]);
  });
});
