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
import { checkOf, fixStepsOf, wordsOf } from '../../fixtures/reportReading';
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

function check(snapshot: AccountSnapshot, id: Parameters<typeof checkOf>[1]) {
  return checkOf(evaluateReadiness(snapshot, anAuditRequest()), id);
}

function summaryOf(result: CheckResult): string | undefined {
  return result.status === 'pass' || result.status === 'info' ? undefined : result.summary;
}

function loginsThrough(requestUri: string | null, at = '2026-11-24T09:00:00Z'): Partial<AccountSnapshot> {
  const login: LoginAttemptFact = aLoginAttempt({ at, requestUri });
  return { loginAttempts: allRows([login]) };
}

describe('platform.tba-future on each side of 2027.1', () => {
  it(
    'on 2026.2 says that from 2027.1 no new integration can use TBA, and that Oracle tentatively ends it for ' +
      'existing ones in 2028.2',
    () => {
      const words = wordsOf(check(onRelease('2026.2'), 'platform.tba-future'));

      expect(words).toContain(
        'This account runs NetSuite 2026.2. From 2027.1, no new integration can use Token-Based Authentication ' +
          '(SOAP web services, REST web services and RESTlets alike); existing ones keep working.',
      );
      expect(words).toContain('Oracle tentatively plans to end TBA support for existing integrations in 2028.2.');
    },
  );

  it('on 2027.1 says no new integration can use TBA any more', () => {
    expect(wordsOf(check(onRelease('2027.1'), 'platform.tba-future'))).toContain(
      'This account runs NetSuite 2027.1: no new integration can use Token-Based Authentication any more (since 2027.1)',
    );
  });

  it('never calls Act-On one of the integrations that keep working for good', () => {
    expect(wordsOf(check(onRelease('2027.2'), 'platform.tba-future'))).not.toContain("such as Act-On's");
  });

  it('says it cannot compare a version of another shape', () => {
    expect(wordsOf(check(onRelease('next'), 'platform.tba-future'))).toContain(
      'NetSuite reports its version as "next", which this audit cannot compare.',
    );
  });

  it('says OAuth 2.0 does not serve SOAP web services', () => {
    expect(
      wordsOf(check(onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: ok(false) }) }), 'platform.tba-future')),
    ).toContain(
      'OAuth 2.0, the successor for REST web services and RESTlets (it does not serve SOAP web services), is not ' +
        'enabled in this account.',
    );
  });

  it('quotes the reason when OAuth 2.0 cannot be read', () => {
    expect(
      wordsOf(
        check(
          onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: unreadable('unknown feature id') }) }),
          'platform.tba-future',
        ),
      ),
    ).toContain('unknown feature id');
  });
});

describe("platform.soap-retirement and Act-On's SOAP endpoint", () => {
  it('is information on 2026.2 when Act-On uses the 2025.2 endpoint, giving the dates', () => {
    const outcome = check(
      onRelease('2026.2', loginsThrough('/services/NetSuitePort_2025_2')),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain(
      '2025.2 is the last SOAP endpoint, from 2027.1 only that endpoint is supported, and with 2028.2 SOAP web ' +
        'services are removed',
    );
    expect(wordsOf(outcome)).toContain(
      "Act-On's token logins use the 2025.2 SOAP endpoint (/services/NetSuitePort_2025_2, last on 24 Nov 2026, " +
        '09:00 UTC): it is supported until 2028.2.',
    );
  });

  it('warns on 2026.2 when Act-On uses the 2019.1 endpoint, unsupported since 2022.1 under the three-year rule', () => {
    const outcome = check(
      onRelease('2026.2', loginsThrough('/services/NetSuitePort_2019_1')),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain(
      'use the 2019.1 SOAP endpoint (/services/NetSuitePort_2019_1, last on 24 Nov 2026, 09:00 UTC): it has not ' +
        'been supported since 2022.1.',
    );
    expect(outcome.status !== 'pass' && outcome.fix?.steps[0]).toBe(
      'Ask Act-On support to move its NetSuite connector to the 2025.2 SOAP endpoint: older ones are no longer ' +
        'supported from 2027.1.',
    );
  });

  it('warns on 2026.1 when Act-On uses the 2024.2 endpoint, naming 2027.1 as the release it stops being supported', () => {
    const outcome = check(
      onRelease('2026.1', loginsThrough('/services/NetSuitePort_2024_2')),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain('it is supported until 2027.1.');
  });

  it('warns on 2028.1, the last release with SOAP, even on the 2025.2 endpoint', () => {
    const outcome = check(
      onRelease('2028.1', loginsThrough('/services/NetSuitePort_2025_2', '2028-03-01T09:00:00Z')),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('warn');
    expect(wordsOf(outcome)).toContain(
      'This account runs NetSuite 2028.1, the last release with SOAP web services before their removal in 2028.2.',
    );
  });

  it('stays information, saying the endpoint is not known, when the logins record no request URI', () => {
    const outcome = check(onRelease('2026.2', loginsThrough(null)), 'platform.soap-retirement');

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain(
      "recorded no request URI for Act-On's token logins, so which SOAP endpoint it uses is not known.",
    );
  });

  it('stays information, quoting it, when a request URI names no SOAP endpoint', () => {
    const outcome = check(
      onRelease('2026.2', loginsThrough('/app/webservices/wslogin.nl')),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain('("/app/webservices/wslogin.nl")');
  });

  it.each(['2027.1', '2027.2', 'unreadable'])(
    'asks a person to read the Execution Log on %s, when the endpoint cannot be read from the request URI',
    (version) => {
      const outcome = check(
        onRelease(version, loginsThrough('/app/webservices/wslogin.nl')),
        'platform.soap-retirement',
      );

      expect(outcome.status).toBe('manual');
      expect(wordsOf(outcome)).toContain('Execution Log > SOAP Web Services, column API Version');
      expect(outcome.status !== 'pass' && outcome.fix?.steps[0]).toBe(
        "Look at Setup > Integration > Manage Integrations > Act-On's integration > Execution Log > SOAP Web " +
          'Services, column API Version: every API Version there should be 2025.2.',
      );
    },
  );

  it('stays information on 2027.1 when there is no integration record whose log could be read', () => {
    const outcome = check(
      onRelease('2027.1', { integrations: allRows([]), tokens: allRows([]), loginAttempts: allRows([]) }),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('info');
  });

  it('stays information on 2027.1 when the request URI shows the 2025.2 endpoint', () => {
    const outcome = check(
      onRelease('2027.1', loginsThrough('/services/NetSuitePort_2025_2')),
      'platform.soap-retirement',
    );

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).not.toContain('Execution Log');
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
    const outcome = check(onRelease('2026.2'), 'platform.two-factor');

    expect(outcome.status).toBe('info');
    expect(wordsOf(outcome)).toContain('2019.1');
  });
});

describe('platform.tba-future on OAuth 2.0, word for word', () => {
  it('says OAuth 2.0 is enabled when it is on', () => {
    expect(check(onRelease('2026.2'), 'platform.tba-future').evidence[2]).toBe(
      'OAuth 2.0, the successor for REST web services and RESTlets (it does not serve SOAP web services), is ' +
        'enabled in this account.',
    );
  });

  it('names the OAuth 2.0 feature and quotes the reason when it cannot be read', () => {
    expect(
      check(
        onRelease('2026.2', { features: allFeaturesOn({ OAUTH2: unreadable('unknown feature id') }) }),
        'platform.tba-future',
      ).evidence[2],
    ).toBe('The OAuth 2.0 feature could not be read: unknown feature id.');
  });
});

describe("platform.soap-retirement evidence, word for word, per Act-On's token logins", () => {
  const TIMELINE =
    "Act-On's connector uses SOAP web services: 2025.2 is the last SOAP endpoint, from 2027.1 only that endpoint " +
    'is supported, and with 2028.2 SOAP web services are removed and existing SOAP integrations stop working. ' +
    'OAuth 2.0 does not serve SOAP.';
  const ON_2025_2 =
    "Act-On's token logins use the 2025.2 SOAP endpoint (/services/NetSuitePort_2025_2, last on 24 Nov 2026, " +
    '09:00 UTC): it is supported until 2028.2.';

  const EXECUTION_LOG =
    "Which SOAP endpoint Act-On's connector uses is shown at Setup > Integration > Manage Integrations > Act-On's " +
    'integration > Execution Log > SOAP Web Services, column API Version (kept 21 days in production, 7 in a ' +
    'sandbox). An endpoint older than 2025.2 is not supported from 2027.1.';

  function soapRetirement(version: string, logins: readonly LoginAttemptFact[]) {
    return check(onRelease(version, { loginAttempts: allRows(logins) }), 'platform.soap-retirement');
  }

  it(
    'gives only the timeline and the endpoint when every login names the current endpoint, before the last SOAP ' +
      'release',
    () => {
      expect(
        soapRetirement('2026.2', [aLoginAttempt({ requestUri: '/services/NetSuitePort_2025_2' })]).evidence,
      ).toEqual([TIMELINE, ON_2025_2]);
    },
  );

  it('says no successful login in the last 30 days shows the endpoint when there is none', () => {
    expect(soapRetirement('2026.2', []).evidence).toEqual([
      TIMELINE,
      'No successful token login of Act-On in the last 30 days shows which SOAP endpoint it uses.',
      EXECUTION_LOG,
    ]);
  });

  it('quotes a request URI that names no SOAP endpoint without also saying no login shows one', () => {
    expect(soapRetirement('2026.2', [aLoginAttempt({ requestUri: '/app/webservices/wslogin.nl' })]).evidence).toEqual([
      TIMELINE,
      "Act-On's token logins name request URIs this audit does not read as a SOAP endpoint " +
        '("/app/webservices/wslogin.nl"), so which endpoint it uses is not known.',
      EXECUTION_LOG,
    ]);
  });

  it('quotes the first three of four request URIs that name no SOAP endpoint, separated by commas', () => {
    const logins = ['/app/one.nl', '/app/two.nl', '/app/three.nl', '/app/four.nl'].map((requestUri) =>
      aLoginAttempt({ requestUri }),
    );

    expect(soapRetirement('2026.2', logins).evidence[1]).toBe(
      'Act-On\'s token logins name request URIs this audit does not read as a SOAP endpoint ("/app/one.nl", ' +
        '"/app/two.nl", "/app/three.nl"), so which endpoint it uses is not known.',
    );
  });

  it('quotes only the first 80 characters of a long request URI that names no SOAP endpoint', () => {
    const requestUri =
      'https://1234567.suitetalk.api.netsuite.com/app/webservices/wslogin.nl?c=1234567&role=1001&env=prod';

    expect(soapRetirement('2026.2', [aLoginAttempt({ requestUri })]).evidence[1]).toBe(
      "Act-On's token logins name request URIs this audit does not read as a SOAP endpoint " +
        '("https://1234567.suitetalk.api.netsuite.com/app/webservices/wslogin.nl?c=1234567&"), so which endpoint it ' +
        'uses is not known.',
    );
  });

  it('shows only the first 80 characters of a long request URI through a SOAP endpoint', () => {
    const requestUri =
      'https://1234567.suitetalk.api.netsuite.com/services/NetSuitePort_2025_2?c=1234567&role=1001&env=prod';

    expect(soapRetirement('2026.2', [aLoginAttempt({ requestUri })]).evidence[1]).toBe(
      "Act-On's token logins use the 2025.2 SOAP endpoint " +
        '(https://1234567.suitetalk.api.netsuite.com/services/NetSuitePort_2025_2?c=123456, last on 24 Nov 2026, ' +
        '09:00 UTC): it is supported until 2028.2.',
    );
  });

  it("dates an endpoint's use by its newest login", () => {
    const logins = [
      aLoginAttempt({ at: '2026-11-24T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      aLoginAttempt({ at: '2026-11-20T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
    ];

    expect(soapRetirement('2026.2', logins).evidence).toEqual([TIMELINE, ON_2025_2]);
  });

  it('does not count a failed login through an old endpoint as a use of it', () => {
    const logins = [
      aLoginAttempt({ at: '2026-11-24T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      aFailedLogin('InvalidSignature', { at: '2026-11-23T09:00:00Z', requestUri: '/services/NetSuitePort_2019_1' }),
    ];
    const outcome = soapRetirement('2026.2', logins);

    expect(outcome.status).toBe('info');
    expect(outcome.evidence).toEqual([TIMELINE, ON_2025_2]);
  });

  it('names the oldest endpoint first, and in the summary, when the logins use two', () => {
    const logins = [
      aLoginAttempt({ at: '2026-11-24T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      aLoginAttempt({ at: '2026-11-20T09:00:00Z', requestUri: '/services/NetSuitePort_2019_1' }),
    ];
    const outcome = soapRetirement('2026.2', logins);

    expect(outcome.evidence).toEqual([
      TIMELINE,
      "Act-On's token logins use the 2019.1 SOAP endpoint (/services/NetSuitePort_2019_1, last on 20 Nov 2026, " +
        '09:00 UTC): it has not been supported since 2022.1.',
      ON_2025_2,
    ]);
    expect(summaryOf(outcome)).toBe(
      "Act-On's connector uses the 2019.1 SOAP endpoint, which has not been supported since 2022.1",
    );
  });

  it(
    'on 2028.1 with the current endpoint, warns that this is the last SOAP release and asks nothing about moving ' +
      'endpoints',
    () => {
      const outcome = soapRetirement('2028.1', [
        aLoginAttempt({ at: '2028-03-01T09:00:00Z', requestUri: '/services/NetSuitePort_2025_2' }),
      ]);

      expect(summaryOf(outcome)).toBe(
        "NetSuite 2028.1 is the last release with SOAP web services, which Act-On's connector uses",
      );
      expect(fixStepsOf(outcome)).toEqual([
        'Ask Act-On support which SOAP endpoint its NetSuite connector uses and how it will connect once SOAP web ' +
          'services are removed in 2028.2.',
        'Nothing in NetSuite needs changing for this: keep the integration record and the token as they are.',
      ]);
    },
  );
});

describe('platform.two-factor, word for word', () => {
  it('says why a password login cannot work and why that makes Act-On use TBA', () => {
    expect(check(onRelease('2026.2'), 'platform.two-factor').evidence).toEqual([
      'Since NetSuite 2019.1, Administrator and other highly privileged roles must sign in with two-factor ' +
        'authentication, so an integration cannot log in with a user name and password.',
      'Token-Based Authentication lets Act-On connect without a password login; that is why its connector uses it.',
    ]);
  });
});
