import { evaluateReadiness } from '../../../src/core/engine';
import {
  compareReleases,
  parseRelease,
  previousRelease,
  soapEndpointOf,
  soapEndpointUnsupportedFrom,
} from '../../../src/core/platformTimeline';
import type { CheckResult } from '../../../src/core/report';
import type { AccountSnapshot, LoginAttemptFact } from '../../../src/core/snapshot';
import { checkOf, findingIds, fixIdOf } from '../../fixtures/reportReading';
import {
  aFailedLogin,
  aLoginAttempt,
  allFeaturesOn,
  allRows,
  aSnapshot,
  anAuditRequest,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';

function onRelease(version: string, overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version }, ...overrides });
}

function check(snapshot: AccountSnapshot, id: Parameters<typeof checkOf>[1]): CheckResult {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), id);
}

function loginsThrough(requestUri: string | null, at = '2026-11-24T09:00:00Z'): Partial<AccountSnapshot> {
  const login: LoginAttemptFact = aLoginAttempt({ at, requestUri });
  return { loginAttempts: allRows([login]) };
}

function soapRetirement(version: string, logins: readonly LoginAttemptFact[]): CheckResult {
  return check(onRelease(version, { loginAttempts: allRows(logins) }), 'platform.soap-retirement');
}

/** What a finding says of Act-On's use of the 2025.2 endpoint on 24 Nov 2026, before 2028.2. */
const ON_2025_2 = {
  id: 'endpoint',
  data: {
    endpoint: '2025.2',
    uri: '/services/NetSuitePort_2025_2',
    lastAt: '2026-11-24T09:00:00Z',
    until: '2028.2',
    unsupported: false,
  },
};

describe('platform.tba-future: information on each side of 2027.1', () => {
  it.each([
    ['2026.2', 'before'],
    ['2027.1', 'reached'],
    ['2027.2', 'reached'],
    ['next', 'unknown'],
  ])('on %s, places the account %s the end of TBA for new integrations', (version, standing) => {
    const result = check(onRelease(version), 'platform.tba-future');

    expect(result.status).toBe('info');
    expect(result.findings.slice(0, 2)).toEqual([
      { id: 'release', data: { version, standing } },
      { id: 'existingEnd', data: {} },
    ]);
  });

  it('says whether OAuth 2.0 is enabled', () => {
    const on = check(onRelease('2026.2'), 'platform.tba-future');
    const off = check(onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: ok(false) }) }), 'platform.tba-future');

    expect([on.findings[2], off.findings[2]]).toEqual([
      { id: 'oauth2', data: { enabled: true } },
      { id: 'oauth2', data: { enabled: false } },
    ]);
  });

  it('stays information, with the reason, when OAuth 2.0 cannot be read', () => {
    const result = check(
      onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: unreadable('unknown feature id') }) }),
      'platform.tba-future',
    );

    expect(result.status).toBe('info');
    expect(result.findings[2]).toEqual({
      id: 'unreadable',
      data: { source: 'oauth2Feature', reason: 'unknown feature id', code: null },
    });
  });
});

describe("platform.soap-retirement and Act-On's SOAP endpoint", () => {
  it('passes on 2026.2 when Act-On uses the 2025.2 endpoint, with the timeline as evidence: nothing to act on yet', () => {
    const result = soapRetirement('2026.2', [aLoginAttempt({ requestUri: '/services/NetSuitePort_2025_2' })]);

    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([{ id: 'timeline', data: {} }, ON_2025_2]);
  });

  it("dates an endpoint's use by its newest login", () => {
    const result = soapRetirement('2026.2', [
      aLoginAttempt({ at: '2026-11-24T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      aLoginAttempt({ at: '2026-11-20T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
    ]);

    expect(result.findings).toEqual([{ id: 'timeline', data: {} }, ON_2025_2]);
  });

  it('does not count a failed login through an old endpoint as a use of it', () => {
    const result = soapRetirement('2026.2', [
      aLoginAttempt({ at: '2026-11-24T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-23T09:00:00Z', requestUri: '/services/NetSuitePort_2019_1' }),
    ]);

    expect([result.status, result.findings]).toEqual(['pass', [{ id: 'timeline', data: {} }, ON_2025_2]]);
  });

  it('warns on 2026.2 when Act-On uses the 2019.1 endpoint, unsupported since 2022.1, asking Act-On to move it', () => {
    const result = check(
      onRelease('2026.2', loginsThrough('/services/NetSuitePort_2019_1')),
      'platform.soap-retirement',
    );

    expect(result.status).toBe('warn');
    expect(result.findings[1]).toEqual({
      id: 'endpoint',
      data: {
        endpoint: '2019.1',
        uri: '/services/NetSuitePort_2019_1',
        lastAt: '2026-11-24T09:00:00Z',
        until: '2022.1',
        unsupported: true,
      },
    });
    expect(result.status === 'warn' && result.fix).toMatchObject({ id: 'moveEndpoint', owner: 'acton-support' });
  });

  it('warns on 2026.1 when Act-On uses the 2024.2 endpoint, still supported until 2027.1', () => {
    const result = check(
      onRelease('2026.1', loginsThrough('/services/NetSuitePort_2024_2')),
      'platform.soap-retirement',
    );

    expect(result.status).toBe('warn');
    expect(result.findings[1]?.data).toMatchObject({ endpoint: '2024.2', until: '2027.1', unsupported: false });
  });

  it('names the oldest endpoint first, and in the summary, when the logins use two', () => {
    const result = soapRetirement('2026.2', [
      aLoginAttempt({ at: '2026-11-24T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      aLoginAttempt({ at: '2026-11-20T09:00:00Z', requestUri: '/services/NetSuitePort_2019_1' }),
    ]);

    expect(result.findings.map((finding) => finding.data['endpoint'])).toEqual([undefined, '2019.1', '2025.2']);
    expect(result.status === 'warn' && result.summary).toBe(
      "Act-On's connector uses the 2019.1 SOAP endpoint, which has not been supported since 2022.1",
    );
  });

  it('warns on 2028.1, the last release with SOAP, even on the 2025.2 endpoint, asking nothing about moving', () => {
    const result = check(
      onRelease('2028.1', {
        collectedAt: '2028-03-02T12:00:00Z',
        ...loginsThrough('/services/NetSuitePort_2025_2', '2028-03-01T09:00:00Z'),
      }),
      'platform.soap-retirement',
    );

    expect(result.status).toBe('warn');
    expect(findingIds(result)).toEqual(['timeline', 'endpoint', 'lastSoapRelease']);
    expect(fixIdOf(result)).toBe('default');
  });

  it('passes on 2026.2 when no successful login shows the endpoint, pointing at the Execution Log', () => {
    expect([soapRetirement('2026.2', []).status, findingIds(soapRetirement('2026.2', []))]).toEqual([
      'pass',
      ['timeline', 'noEndpointSeen', 'executionLog'],
    ]);
  });

  it('passes on 2026.2, saying the endpoint is not known, when the logins record no request URI', () => {
    const result = check(onRelease('2026.2', loginsThrough(null)), 'platform.soap-retirement');

    expect([result.status, findingIds(result)]).toEqual(['pass', ['timeline', 'noRequestUri', 'executionLog']]);
  });

  it('quotes the first three request URIs that name no SOAP endpoint, cut to 80 characters', () => {
    const long = 'https://1234567.suitetalk.api.netsuite.com/app/webservices/wslogin.nl?c=1234567&role=1001&env=prod';
    const result = soapRetirement(
      '2026.2',
      [long, '/app/two.nl', '/app/three.nl', '/app/four.nl'].map((requestUri) => aLoginAttempt({ requestUri })),
    );

    expect(result.findings[1]).toEqual({
      id: 'unrecognisedUris',
      data: { uris: [long.slice(0, 80), '/app/two.nl', '/app/three.nl'] },
    });
  });

  it.each(['2027.1', '2027.2', 'unreadable'])(
    'asks a person to read the Execution Log on %s, when the endpoint cannot be read from the request URI',
    (version) => {
      const result = check(
        onRelease(version, loginsThrough('/app/webservices/wslogin.nl')),
        'platform.soap-retirement',
      );

      expect(result.status).toBe('manual');
      expect(result.status === 'manual' && result.fix).toMatchObject({
        id: 'readExecutionLog',
        navigation:
          "Setup > Integration > Manage Integrations > Act-On's integration > Execution Log > SOAP Web Services, " +
          'column API Version',
      });
      expect(result.status === 'manual' && result.fix.links[0]?.href).toBe(
        '/app/common/integration/integrapp.nl?id=12',
      );
    },
  );

  it('passes on 2027.1 when there is no integration record whose log could be read', () => {
    const result = check(
      onRelease('2027.1', { integrations: allRows([]), tokens: allRows([]), loginAttempts: allRows([]) }),
      'platform.soap-retirement',
    );

    expect(result.status).toBe('pass');
  });

  it('passes on 2027.1 when the request URI shows the 2025.2 endpoint, without pointing at the Execution Log', () => {
    const result = check(
      onRelease('2027.1', loginsThrough('/services/NetSuitePort_2025_2')),
      'platform.soap-retirement',
    );

    expect([result.status, findingIds(result)]).toEqual(['pass', ['timeline', 'endpoint']]);
  });

  it('does not turn a ready account into READY_WITH_WARNINGS while there is nothing to act on', () => {
    expect(
      evaluateReadiness(onRelease('2026.2', loginsThrough('/services/NetSuitePort_2025_2')), anAuditRequest()).verdict,
    ).toBe('READY');
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
    const result = check(onRelease('2026.2'), 'platform.two-factor');

    expect([result.status, findingIds(result)]).toEqual(['info', ['passwordLogins', 'whyTba']]);
  });
});
