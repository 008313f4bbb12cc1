import { auditRequestUrl, checkRestletUrl, defaultRestletUrl, isLoopbackHost } from '../../tools/audit/restletUrl';

describe('defaultRestletUrl', () => {
  it("points at the account's RESTlet host in host form, with the bundle's script and deployment", () => {
    expect(defaultRestletUrl('1234567_SB1')).toBe(
      'https://1234567-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=customscript_acton_readiness_rl&deploy=customdeploy_acton_readiness_rl',
    );
  });

  it('lower-cases an account id such as TSTDRV1234567', () => {
    expect(defaultRestletUrl('TSTDRV1234567')).toMatch(/^https:\/\/tstdrv1234567\.restlets\.api\.netsuite\.com\//);
  });
});

describe('checkRestletUrl', () => {
  const RESTLET_QUERY =
    '/app/site/hosting/restlet.nl?script=customscript_acton_readiness_rl&deploy=customdeploy_acton_readiness_rl';

  it('accepts https', () => {
    expect(checkRestletUrl(`https://1234567.restlets.api.netsuite.com${RESTLET_QUERY}`).ok).toBe(true);
  });

  it.each(['http://127.0.0.1:8080', 'http://127.9.9.9', 'http://[::1]:9000', 'http://localhost:3000'])(
    'accepts plain http to the loopback address %s',
    (origin) => {
      expect(checkRestletUrl(`${origin}${RESTLET_QUERY}`).ok).toBe(true);
    },
  );

  it.each(['http://1234567.restlets.api.netsuite.com', 'http://10.0.0.5', 'http://127.0.0.1.example.com'])(
    'refuses plain http to %s',
    (origin) => {
      expect(checkRestletUrl(`${origin}${RESTLET_QUERY}`)).toEqual({
        ok: false,
        problem: expect.stringContaining('plain http'),
      });
    },
  );

  it('refuses a URL holding a user name and password', () => {
    expect(checkRestletUrl(`https://user:pass@1234567.restlets.api.netsuite.com${RESTLET_QUERY}`).ok).toBe(false);
  });

  it('refuses a URL that does not name the script and deployment', () => {
    expect(checkRestletUrl('https://1234567.restlets.api.netsuite.com/app/site/hosting/restlet.nl').ok).toBe(false);
  });

  it('refuses text that is not a URL', () => {
    expect(checkRestletUrl('1234567.restlets.api.netsuite.com').ok).toBe(false);
  });
});

describe('auditRequestUrl', () => {
  const restletUrl = new URL(defaultRestletUrl('1234567'));

  it('adds the integration, role and user, encoding a space as %20', () => {
    const url = auditRequestUrl(restletUrl, { integration: "Act-On's TBA", role: 1001, user: 21 });

    expect(url).toBe(
      'https://1234567.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=customscript_acton_readiness_rl&deploy=customdeploy_acton_readiness_rl' +
        '&integration=Act-On%27s%20TBA&role=1001&user=21',
    );
  });

  it('sends the score fields as scorefields, without spaces', () => {
    const url = auditRequestUrl(restletUrl, { scoreFields: 'custentity_acton_score, custentity_contact_score' });

    expect(new URL(url).searchParams.get('scorefields')).toBe('custentity_acton_score,custentity_contact_score');
  });

  it("replaces audit parameters already in the RESTlet URL with the account's own", () => {
    const url = auditRequestUrl(new URL(`${restletUrl.href}&role=3`), { role: 1001 });

    expect(new URL(url).searchParams.getAll('role')).toEqual(['1001']);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
  ])('%s -> %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
