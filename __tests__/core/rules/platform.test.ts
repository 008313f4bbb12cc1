import { evaluateReadiness } from '../../../src/core/engine';
import { compareReleases, parseRelease, previousRelease, soapEndpointOf, soapEndpointUnsupportedFrom } from '../../../src/core/platformTimeline';
import type { AccountSnapshot, LoginAttemptFact } from '../../../src/core/snapshot';
import { checkOf, wordsOf } from '../../fixtures/reportReading';
import { aLoginAttempt, allFeaturesOn, allRows, aSnapshot, anAuditRequest, ok, unreadable } from '../../fixtures/snapshotBuilder';

function onRelease(version: string, overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version }, ...overrides });
}

function check(snapshot: AccountSnapshot, id: Parameters<typeof checkOf>[1]) {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), id);
}

function loginsThrough(requestUri: string | null, at = '2026-11-24T09:00:00Z'): Partial<AccountSnapshot> {
  const login: LoginAttemptFact = aLoginAttempt({ at, requestUri });
  return { loginAttempts: allRows([login]) };
}

describe('platform.tba-future on each side of 2027.1', () => {
  it('on 2026.2 says that from 2027.1 no new integration can use TBA, and that Oracle tentatively ends it for existing ones in 2028.2', () => {
    const words = wordsOf(check(onRelease('2026.2'), 'platform.tba-future'));

    expect(words).toContain('This account runs NetSuite 2026.2. From 2027.1, no new integration can use Token-Based Authentication (SOAP web services, REST web services and RESTlets alike); existing ones keep working.');
    expect(words).toContain('Oracle tentatively plans to end TBA support for existing integrations in 2028.2.');
  });

  it('on 2027.1 says no new integration can use TBA any more', () => {
    expect(wordsOf(check(onRelease('2027.1'), 'platform.tba-future'))).toContain('This account runs NetSuite 2027.1: no new integration can use Token-Based Authentication any more (since 2027.1)');
  });

  it('never calls Act-On one of the integrations that keep working for good', () => {
    expect(wordsOf(check(onRelease('2027.2'), 'platform.tba-future'))).not.toContain("such as Act-On's");
  });

  it('says it cannot compare a version of another shape', () => {
    expect(wordsOf(check(onRelease('next'), 'platform.tba-future'))).toContain('NetSuite reports its version as "next", which this audit cannot compare.');
  });

  it('says OAuth 2.0 does not serve SOAP web services', () => {
    expect(wordsOf(check(onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: ok(false) }) }), 'platform.tba-future'))).toContain(
      'OAuth 2.0, the successor for REST web services and RESTlets (it does not serve SOAP web services), is not enabled in this account.',
    );
  });

  it('quotes the reason when OAuth 2.0 cannot be read', () => {
    expect(wordsOf(check(onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: unreadable('unknown feature id') }) }), 'platform.tba-future'))).toContain('unknown feature id');
  });
});

describe("platform.soap-retirement and Act-On's SOAP endpoint", () => {
  it('is information on 2026.2 when Act-On uses the 2025.2 endpoint, giving the dates', () => {
    const outcome = check(onRelease('2026.2', loginsThrough('/services/NetSuitePort_2025_2')), 'platform.soap-retirement');

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain('2025.2 is the last SOAP endpoint, from 2027.1 only that endpoint is supported, and with 2028.2 SOAP web services are removed');
    expect(wordsOf(outcome)).toContain("Act-On's token logins use the 2025.2 SOAP endpoint (/services/NetSuitePort_2025_2, last on 24 Nov 2026, 09:00 UTC): it is supported until 2028.2.");
  });

  it('warns on 2026.2 when Act-On uses the 2019.1 endpoint, unsupported since 2022.1 under the three-year rule', () => {
    const outcome = check(onRelease('2026.2', loginsThrough('/services/NetSuitePort_2019_1')), 'platform.soap-retirement');

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain('use the 2019.1 SOAP endpoint (/services/NetSuitePort_2019_1, last on 24 Nov 2026, 09:00 UTC): it has not been supported since 2022.1.');
    expect(outcome.status !== 'pass' && outcome.fix?.steps[0]).toBe('Ask Act-On support to move its NetSuite connector to the 2025.2 SOAP endpoint: older ones are no longer supported from 2027.1.');
  });

  it('warns on 2026.1 when Act-On uses the 2024.2 endpoint, naming 2027.1 as the release it stops being supported', () => {
    const outcome = check(onRelease('2026.1', loginsThrough('/services/NetSuitePort_2024_2')), 'platform.soap-retirement');

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain('it is supported until 2027.1.');
  });

  it('warns on 2028.1, the last release with SOAP, even on the 2025.2 endpoint', () => {
    const outcome = check(onRelease('2028.1', loginsThrough('/services/NetSuitePort_2025_2', '2028-03-01T09:00:00Z')), 'platform.soap-retirement');

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain('This account runs NetSuite 2028.1, the last release with SOAP web services before their removal in 2028.2.');
  });

  it('stays information, saying the endpoint is not known, when the logins record no request URI', () => {
    const outcome = check(onRelease('2026.2', loginsThrough(null)), 'platform.soap-retirement');

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain("recorded no request URI for Act-On's token logins, so which SOAP endpoint it uses is not known.");
  });

  it('stays information, quoting it, when a request URI names no SOAP endpoint', () => {
    const outcome = check(onRelease('2026.2', loginsThrough('/app/webservices/wslogin.nl')), 'platform.soap-retirement');

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain('("/app/webservices/wslogin.nl")');
  });

  it('does not turn a ready account into READY_WITH_WARNINGS while there is nothing to act on', () => {
    expect(evaluateReadiness(onRelease('2026.2', loginsThrough('/services/NetSuitePort_2025_2')), anAuditRequest()).verdict).toBe('READY');
  });
});

describe('the platform timeline', () => {
  it.each([
    ['2026.2', { year: 2026, release: 2 }],
    ['2027.1.0', { year: 2027, release: 1 }],
    ['2027.3', null],
    ['next', null],
  ])('reads the version %s', (version, parsed) => {
    expect(parseRelease(version)).toEqual(parsed);
  });

  it.each([
    ['/services/NetSuitePort_2019_1', '2022.1'],
    ['/services/NetSuitePort_2023_1', '2026.1'],
    ['/services/NetSuitePort_2024_1', '2027.1'],
    ['/services/NetSuitePort_2025_2', '2028.2'],
  ])('ends support of the endpoint in %s from %s', (uri, release) => {
    const endpoint = soapEndpointOf(uri);
    const until = endpoint === null ? null : soapEndpointUnsupportedFrom(endpoint);

    expect(until === null ? null : `${until.year}.${until.release}`).toBe(release);
  });

  it('knows the release before one that opens a year', () => {
    expect(compareReleases(previousRelease({ year: 2028, release: 1 }), { year: 2027, release: 2 })).toBe(0);
  });
});

describe('platform.two-factor', () => {
  it('explains why Act-On uses TBA, as information', () => {
    const outcome = check(onRelease('2026.2'), 'platform.two-factor');

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain('2019.1');
  });
});
