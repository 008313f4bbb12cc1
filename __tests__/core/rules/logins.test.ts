import { evaluateReadiness } from '../../../src/core/engine';
import type { LoginAttemptFact } from '../../../src/core/snapshot';
import { checkOf, linksOf, wordsOf } from '../../fixtures/reportReading';
import {
  aFailedLogin,
  aLoginAttempt,
  allRows,
  aSnapshot,
  anAuditRequest,
  firstRowsOfMore,
  unreadable,
} from '../../fixtures/snapshotBuilder';

function recentLogins(attempts: readonly LoginAttemptFact[]) {
  return checkOf(evaluateReadiness(aSnapshot({ loginAttempts: allRows(attempts) }), anAuditRequest()), 'login.recent');
}

describe('login.recent', () => {
  it('informs that there were no logins, which is expected before Act-On is connected', () => {
    const check = recentLogins([]);

    expect(check.status).toBe('info');
    expect(wordsOf(check)).toContain('expected until Act-On is connected');
  });

  it('does not count a success dated after the audit ran as a recent login', () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2027-03-01T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('warn');
    expect(wordsOf(check)).not.toContain('2027-03-01');
  });

  it('passes when the latest login succeeded, counting the failures before it', () => {
    const check = recentLogins([
      aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.evidence).toEqual([
      'The latest token login, on 26 Nov 2026, 09:00 UTC, succeeded (token ActOnTBA Ada Admin Administrator, user ' +
        'Ada Admin (id 7), role Administrator (id 3)).',
      '1 failed token login came before it in the last 30 days.',
    ]);
  });

  it('warns when the latest login failed, explaining each detail newest first with counts', () => {
    const check = recentLogins([
      aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' }),
      aFailedLogin('Nonce used', { at: '2026-11-26T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
      aFailedLogin('NonceUsed', { at: '2026-11-24T09:00:00Z' }),
    ]);

    const details = check.evidence.filter((sentence) => sentence.startsWith('"'));

    expect(check.status).toBe('warn');
    expect(details.map((sentence) => sentence.slice(0, sentence.indexOf(',')))).toEqual([
      '"InvalidSignature": 2 times',
      '"NonceUsed": 2 times',
    ]);
  });

  it('lists the fix steps of each failure detail', () => {
    const check = recentLogins([aFailedLogin('consumer_key_refused')]);

    expect(check.status !== 'pass' && check.fix?.steps[0]).toContain(
      'For "consumer_key_refused": Go to Setup > Integration > Manage Integrations',
    );
    expect(linksOf(check)).toContain('/app/common/integration/integrapplist.nl');
  });

  it('explains only the failures since the last successful login', () => {
    const check = recentLogins([
      aFailedLogin('InvalidToken', { at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-19T09:00:00Z' }),
    ]);

    expect(wordsOf(check)).toContain('The last successful token login was on 20 Nov 2026, 09:00 UTC.');
    expect(wordsOf(check)).not.toContain('InvalidSignature');
  });

  it('explains an unknown detail with the fallback', () => {
    const check = recentLogins([aFailedLogin('BrandNewReason')]);

    expect(wordsOf(check)).toContain('does not recognise the detail "BrandNewReason"');
  });

  it('includes failures NetSuite could not attribute to an application', () => {
    const check = recentLogins([aFailedLogin('consumer_key_unknown', { applicationName: null })]);

    expect(check.status).toBe('warn');
    expect(wordsOf(check)).toContain('no application recorded');
  });

  it('leaves out logins of other integrations', () => {
    const check = recentLogins([aFailedLogin('InvalidSignature', { applicationName: 'Boomi' })]);

    expect(check.status).toBe('info');
  });

  it('is unknown with the reason and the permission needed when the trail cannot be read', () => {
    const snapshot = aSnapshot({ loginAttempts: unreadable('Record LoginAudit was not found', 'INVALID_SEARCH_TYPE') });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'login.recent');

    expect(check.status).toBe('unknown');
    expect(check.evidence).toEqual([
      'The Login Audit Trail could not be read: Record LoginAudit was not found (INVALID_SEARCH_TYPE).',
      'Reading it needs the View Login Audit Trail permission (the Administrator role has it).',
    ]);
  });
});

describe('login.recent over a Login Audit Trail cut at its bound', () => {
  /** The check over the newest attempts of a trail that holds more than these. */
  function recentLoginsOfMore(attempts: readonly LoginAttemptFact[]) {
    return checkOf(
      evaluateReadiness(aSnapshot({ loginAttempts: firstRowsOfMore(attempts) }), anAuditRequest()),
      'login.recent',
    );
  }

  it('still passes on the latest login, counting the failures read as a lower bound', () => {
    const check = recentLoginsOfMore([
      aLoginAttempt({ at: '2026-11-26T09:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(check.evidence).toContain('At least 1 failed token login came before it in the last 30 days.');
  });

  it('says only the most recent logins were read when none of them succeeded, with lower-bound counts', () => {
    const check = recentLoginsOfMore([
      aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
      aFailedLogin('InvalidToken', { at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('warn');
    expect(check.evidence).toContain(
      'None of the 3 most recent token logins succeeded; older ones of the last 30 days were not read.',
    );
    expect(wordsOf(check)).toContain('"InvalidSignature": at least 2 times, last on 26 Nov 2026, 10:00 UTC.');
    expect(wordsOf(check)).not.toContain('No token login succeeded in the last 30 days.');
  });

  it('keeps exact counts for the failures since a success that was read, since every later attempt was read too', () => {
    const check = recentLoginsOfMore([
      aFailedLogin('InvalidSignature', { at: '2026-11-26T10:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(wordsOf(check)).toContain('"InvalidSignature": 2 times, last on 26 Nov 2026, 10:00 UTC.');
    expect(wordsOf(check)).toContain('The last successful token login was on 25 Nov 2026, 09:00 UTC.');
  });

  it('says no login succeeded in the whole window when the trail was read to its end', () => {
    const check = checkOf(
      evaluateReadiness(aSnapshot({ loginAttempts: allRows([aFailedLogin('InvalidToken')]) }), anAuditRequest()),
      'login.recent',
    );

    expect(check.evidence).toContain('No token login succeeded in the last 30 days.');
  });
});

describe('login.recent with failures that name no application', () => {
  const unnamed = { applicationName: null, tokenName: null } as const;

  it(
    "warns when Act-On's latest login failed with InvalidSignature naming no application, tied by the token's user " +
      'and role',
    () => {
      const check = recentLogins([
        aFailedLogin('InvalidSignature', { ...unnamed, at: '2026-11-26T10:00:00Z' }),
        aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
      ]);

      expect(check.status).toBe('warn');
      expect(wordsOf(check)).toContain(
        'The latest token login, on 26 Nov 2026, 10:00 UTC, failed with "InvalidSignature" (no application ' +
          "recorded; it is tied to the integration by its token's user and role, user Ada Admin (id 7), role " +
          'Administrator (id 3)).',
      );
    },
  );

  it('ties a failure naming no application to the integration by its token name', () => {
    const check = recentLogins([
      aFailedLogin('InvalidToken', { applicationName: null, userId: null, roleId: null, at: '2026-11-26T10:00:00Z' }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('warn');
    expect(wordsOf(check)).toContain('it is tied to the integration by its token');
  });

  it("does not let a failure of another user and role decide, but says it may be Act-On's", () => {
    const check = recentLogins([
      aFailedLogin('InvalidSignature', {
        ...unnamed,
        userId: 99,
        userName: 'Someone Else',
        roleId: 1099,
        roleName: 'Other',
        at: '2026-11-26T10:00:00Z',
      }),
      aLoginAttempt({ at: '2026-11-25T09:00:00Z' }),
    ]);

    expect(check.status).toBe('pass');
    expect(wordsOf(check)).toContain(
      '1 failed token login names no application, and neither a token nor a user and role of ActOnTBA',
    );
  });

  it('counts a refusal NetSuite writes before it knows the integration as concerning every integration', () => {
    const check = recentLogins([
      aFailedLogin('FeatureDisabled', { ...unnamed, userId: null, roleId: null, at: '2026-11-26T10:00:00Z' }),
    ]);

    expect(check.status).toBe('warn');
    expect(wordsOf(check)).toContain('NetSuite refused it before knowing the integration');
  });
});

describe("login.recent's fix links", () => {
  it('links the Access Tokens page once when two failure details both point to it', () => {
    const check = recentLogins([
      aFailedLogin('InvalidToken', { at: '2026-11-26T10:00:00Z' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
    ]);

    expect(check.status !== 'pass' && check.fix?.links).toEqual([
      { label: 'Access Tokens', href: '/app/setup/accesstokens.nl' },
    ]);
  });
});
