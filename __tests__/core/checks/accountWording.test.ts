import { checkDefinition } from '../../../src/core/catalogue';
import type { FindingData } from '../../../src/core/checks/define';
import { sentence, wordedFix } from '../../../src/core/checks/wording';

const accountId = checkDefinition('account.id');
const concurrency = checkDefinition('account.web-services-concurrency');
const tbaFuture = checkDefinition('platform.tba-future');
const soap = checkDefinition('platform.soap-retirement');
const twoFactor = checkDefinition('platform.two-factor');

function said(definition: ReturnType<typeof checkDefinition>, id: string, data: FindingData = {}): string {
  return sentence(definition, { id, data });
}

describe('account.id, in words', () => {
  it('gives the value to type into Act-On, and its form when the host form differs', () => {
    expect(said(accountId, 'accountId', { accountId: '1234567', formsDiffer: false })).toBe(
      "Type 1234567 into Act-On's Account ID field (it is also the OAuth realm).",
    );
    expect(said(accountId, 'accountId', { accountId: '1234567_SB1', formsDiffer: true })).toBe(
      "Type 1234567_SB1 into Act-On's Account ID field (it is also the OAuth realm): upper case, with an underscore.",
    );
  });

  it('gives the host names, and says a differing host form does not belong in Act-On', () => {
    const hosts = { uiHost: '1234567-sb1.app.netsuite.com', restletHost: '1234567-sb1.restlets.api.netsuite.com' };

    expect(said(accountId, 'hostNames', hosts)).toBe(
      "NetSuite's host names for this account are 1234567-sb1.app.netsuite.com and " +
        '1234567-sb1.restlets.api.netsuite.com.',
    );
    expect(said(accountId, 'hostForm', { hostId: '1234567-sb1', ...hosts })).toBe(
      "NetSuite's host names use 1234567-sb1 instead (1234567-sb1.app.netsuite.com, " +
        '1234567-sb1.restlets.api.netsuite.com); that form does not belong in Act-On.',
    );
    expect(said(accountId, 'reportedId', { id: '1234567-sb1' })).toBe(
      'NetSuite reports the account id as 1234567-sb1.',
    );
  });

  it("says a sandbox's refresh copies the integration record's settings but not its tokens", () => {
    expect(said(accountId, 'refresh', { environment: 'sandbox' })).toBe(
      "This is a sandbox: a refresh copies the integration record's settings from production but not its access " +
        'tokens, so after each refresh Act-On needs a new token here.',
    );
    expect(said(accountId, 'refresh', { environment: 'release-preview' })).toContain(
      'This is a Release Preview account:',
    );
  });

  it('asks, in a sandbox, for its own Act-On connection with its Account ID and a new token after each refresh', () => {
    const fix = wordedFix(accountId, {
      id: 'connectAfterRefresh',
      data: { environment: 'sandbox', accountId: '1234567_SB1' },
      records: [],
    });

    expect(fix.title).toBe('Give Act-On its own connection to a sandbox, and a new token after each refresh');
    expect(fix.steps).toEqual([
      'In Act-On, connect this account separately: go to Settings > Connectors > CRM > NetSuite and type ' +
        '1234567_SB1 as its Account ID.',
      'After each refresh, create a new access token for the Act-On integration here (the integration record ' +
        'itself is copied from production; do not delete it or create another), and enter it in Act-On.',
    ]);
  });
});

describe('account.web-services-concurrency, in words', () => {
  it('says what the limits do, how a refusal shows and that only the navigation path shows them', () => {
    expect(['limits', 'refusals', 'notReadable'].map((id) => said(concurrency, id))).toEqual([
      'NetSuite limits how many web services and RESTlet requests run at once in the account; an administrator ' +
        'can give an integration its own share of that limit.',
      'A request over the limit is refused with a request-limit error, and may leave no row in the Login Audit ' +
        'Trail: if Act-On reports such errors while this report is clean, look at the limits.',
      'Scripts cannot read the limits: the navigation path says where they are shown.',
    ]);
  });
});

describe('platform.tba-future, in words', () => {
  it('places the release against 2027.1, before, at or past it, or says it cannot compare it', () => {
    expect(said(tbaFuture, 'release', { version: '2026.2', standing: 'before' })).toBe(
      'This account runs NetSuite 2026.2. From 2027.1, no new integration can use Token-Based Authentication (SOAP ' +
        'web services, REST web services and RESTlets alike); existing ones keep working.',
    );
    expect(said(tbaFuture, 'release', { version: '2027.1', standing: 'reached' })).toBe(
      'This account runs NetSuite 2027.1: no new integration can use Token-Based Authentication any more (since ' +
        '2027.1); existing ones keep working.',
    );
    expect(said(tbaFuture, 'release', { version: 'next', standing: 'unknown' })).toBe(
      'NetSuite reports its version as "next", which this audit cannot compare. From 2027.1, no new integration ' +
        'can use Token-Based Authentication; existing ones keep working.',
    );
  });

  it('gives the tentative end for existing integrations, and whether OAuth 2.0 is enabled', () => {
    expect(said(tbaFuture, 'existingEnd')).toBe(
      'Oracle tentatively plans to end TBA support for existing integrations in 2028.2.',
    );
    expect(said(tbaFuture, 'oauth2', { enabled: false })).toBe(
      'OAuth 2.0, the successor for REST web services and RESTlets (it does not serve SOAP web services), is not ' +
        'enabled in this account.',
    );
  });
});

describe('platform.soap-retirement, in words', () => {
  const OLD = {
    endpoint: '2019.1',
    uri: '/services/NetSuitePort_2019_1',
    lastAt: '2026-11-20T09:00:00Z',
    until: '2022.1',
    unsupported: true,
  };

  it('gives the timeline', () => {
    expect(said(soap, 'timeline')).toBe(
      "Act-On's connector uses SOAP web services: 2025.2 is the last SOAP endpoint, from 2027.1 only that endpoint " +
        'is supported, and with 2028.2 SOAP web services are removed and existing SOAP integrations stop working. ' +
        'OAuth 2.0 does not serve SOAP.',
    );
  });

  it('names each endpoint used, with its last use and its support, and the oldest in the summary', () => {
    expect(said(soap, 'endpoint', OLD)).toBe(
      "Act-On's token logins use the 2019.1 SOAP endpoint (/services/NetSuitePort_2019_1, last on 20 Nov 2026, " +
        '09:00 UTC): it has not been supported since 2022.1.',
    );
    expect(said(soap, 'endpoint', { ...OLD, endpoint: '2025.2', until: '2028.2', unsupported: false })).toContain(
      'it is supported until 2028.2.',
    );
    expect(said(soap, 'oldEndpointSummary', OLD)).toBe(
      "Act-On's connector uses the 2019.1 SOAP endpoint, which has not been supported since 2022.1",
    );
  });

  it('says why the endpoint is not known, and where it is shown', () => {
    expect(said(soap, 'unrecognisedUris', { uris: ['/app/one.nl', '/app/two.nl'] })).toBe(
      'Act-On\'s token logins name request URIs this audit does not read as a SOAP endpoint ("/app/one.nl", ' +
        '"/app/two.nl"), so which endpoint it uses is not known.',
    );
    expect(said(soap, 'noRequestUri')).toBe(
      "The Login Audit Trail recorded no request URI for Act-On's token logins, so which SOAP endpoint it uses is " +
        'not known.',
    );
    expect(said(soap, 'noEndpointSeen')).toBe(
      'No successful token login of Act-On in the last 30 days shows which SOAP endpoint it uses.',
    );
    expect(said(soap, 'executionLog')).toBe(
      "Which SOAP endpoint Act-On's connector uses is shown at Setup > Integration > Manage Integrations > Act-On's " +
        'integration > Execution Log > SOAP Web Services, column API Version (kept 21 days in production, 7 in a ' +
        'sandbox). An endpoint older than 2025.2 is not supported from 2027.1.',
    );
    expect(said(soap, 'endpointUnknownSummary')).toBe(
      "Which SOAP endpoint Act-On's connector uses is not known, and from 2027.1 only 2025.2 is supported",
    );
  });

  it('says the last release with SOAP is reached', () => {
    expect(said(soap, 'lastSoapRelease', { version: '2028.1' })).toBe(
      'This account runs NetSuite 2028.1, the last release with SOAP web services before their removal in 2028.2.',
    );
    expect(said(soap, 'lastSoapReleaseSummary', { version: '2028.1' })).toBe(
      "NetSuite 2028.1 is the last release with SOAP web services, which Act-On's connector uses",
    );
  });

  it('asks Act-On to move an old endpoint before asking how it will connect once SOAP is removed', () => {
    expect(wordedFix(soap, { id: 'moveEndpoint', data: {}, records: [] }).steps.slice(0, 2)).toEqual([
      'Ask Act-On support to move its NetSuite connector to the 2025.2 SOAP endpoint: older ones are no longer ' +
        'supported from 2027.1.',
      'Ask Act-On support which SOAP endpoint its NetSuite connector uses and how it will connect once SOAP web ' +
        'services are removed in 2028.2.',
    ]);
  });
});

describe('platform.two-factor, in words', () => {
  it('says why a password login cannot work and why that makes Act-On use TBA', () => {
    expect([said(twoFactor, 'passwordLogins'), said(twoFactor, 'whyTba')]).toEqual([
      'Since NetSuite 2019.1, Administrator and other highly privileged roles must sign in with two-factor ' +
        'authentication, so an integration cannot log in with a user name and password.',
      'Token-Based Authentication lets Act-On connect without a password login; that is why its connector uses it.',
    ]);
  });
});
