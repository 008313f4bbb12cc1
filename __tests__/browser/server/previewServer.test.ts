/**
 * The preview server over plain HTTP (no browser): routing, the choice of demo account, what
 * passes through from the Suitelet, and the refusals that keep it a local, read-only preview.
 */
import * as http from 'http';
import { BUNDLED_DEMO_SCENARIOS } from '../../../tools/scenarios/demoScenarios';
import { formPost, httpRequest } from '../support/httpClient';
import {
  requireCompiledSuitelet,
  startTestPreview,
  suiteletPath,
  SCRIPT_ID,
  DEPLOYMENT_ID,
  type TestPreview,
} from '../support/previewFixture';

jest.setTimeout(30_000);

const COOKIE_NAME = 'acton_preview_scenario';

let preview: TestPreview;

beforeAll(async () => {
  requireCompiledSuitelet();
  preview = await startTestPreview();
});

afterAll(async () => {
  await preview?.close();
});

function bannerScenario(body: string): string | undefined {
  return /<aside id="acton-preview-banner"[^>]* data-scenario="([^"]*)"/.exec(body)?.[1];
}

describe('The start page', () => {
  it('links every small bundled demo account to the Suitelet on that account', async () => {
    const page = await httpRequest(preview.origin, '/');

    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const linked = [...page.body.matchAll(/href="[^"]*scenario=([^"&]+)"/g)].map((match) => match[1]);
    expect(linked).toEqual(BUNDLED_DEMO_SCENARIOS.map((scenario) => scenario.id));
  });
});

describe('Choosing the demo account', () => {
  it('sends a Suitelet request that names no demo account to the start page', async () => {
    const response = await httpRequest(
      preview.origin,
      `/app/site/hosting/scriptlet.nl?script=${SCRIPT_ID}&deploy=${DEPLOYMENT_ID}`,
    );

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
  });

  it('answers an unknown demo account with 404 and the accounts there are', async () => {
    const response = await httpRequest(preview.origin, suiteletPath('99-no-such-account'));

    expect(response.status).toBe(404);
    expect(response.body).toContain('No demo account is called &quot;99-no-such-account&quot;');
    expect(response.body).toContain('data-scenario="01-ready-administrator"');
  });

  it("remembers the picked account in a cookie, so the Suitelet's own links run on it", async () => {
    const picked = await httpRequest(preview.origin, suiteletPath('09-sandbox'));
    const cookie = (picked.headers['set-cookie'] ?? [])[0]?.split(';')[0] ?? '';
    const ownLink = `/app/site/hosting/scriptlet.nl?script=${SCRIPT_ID}&deploy=${DEPLOYMENT_ID}&integration=ActOnTBA&format=json`;

    const followed = await httpRequest(preview.origin, ownLink, { headers: { cookie } });

    expect(cookie).toBe(`${COOKIE_NAME}=09-sandbox`);
    expect(followed.status).toBe(200);
    expect((JSON.parse(followed.body) as { account: { actOnAccountId: string } }).account.actOnAccountId).toBe(
      '1234567_SB1',
    );
  });

  it('lets the URL override the remembered account', async () => {
    const response = await httpRequest(preview.origin, suiteletPath('03-tba-disabled'), {
      headers: { cookie: `${COOKIE_NAME}=09-sandbox` },
    });

    expect(bannerScenario(response.body)).toBe('03-tba-disabled');
  });

  it('forgets a remembered account that no longer exists', async () => {
    const response = await httpRequest(
      preview.origin,
      `/app/site/hosting/scriptlet.nl?script=${SCRIPT_ID}&deploy=${DEPLOYMENT_ID}`,
      {
        headers: { cookie: `${COOKIE_NAME}=gone-account` },
      },
    );

    expect(response.status).toBe(404);
    expect(response.headers['set-cookie']).toEqual([`${COOKIE_NAME}=; Path=/; Max-Age=0`]);
  });
});

describe('The Suitelet through the preview', () => {
  it('puts the banner, with the account and the demo clock, first in the body of the page', async () => {
    const page = await httpRequest(preview.origin, suiteletPath('01-ready-administrator'));

    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<body[^>]*><aside id="acton-preview-banner"/);
    expect(bannerScenario(page.body)).toBe('01-ready-administrator');
    expect(page.body).toContain('Demo clock: 27 Nov 2026, 12:00 UTC');
  });

  it("passes a download through with the Suitelet's content type and file name, and no banner", async () => {
    const download = await httpRequest(preview.origin, suiteletPath('03-tba-disabled', { format: 'csv' }));

    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toBe('attachment; filename="acton-readiness-1234567-20261127.csv"');
    expect(download.body).not.toContain('acton-preview-banner');
  });

  it('renders the form to post back to the Suitelet on the same account', async () => {
    const page = await httpRequest(preview.origin, suiteletPath('02-ready-integration-role'));

    const action = /<form method="post" action="([^"]*)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(new URL(action, preview.origin).searchParams.get('scenario')).toBe('02-ready-integration-role');
  });

  it("answers the form's POST with an audit of the posted role and user", async () => {
    const page = await httpRequest(
      preview.origin,
      suiteletPath('01-ready-administrator'),
      formPost({ custpage_integration: 'ActOnTBA', custpage_role: '3', custpage_user: '7' }),
    );

    expect(page.status).toBe(200);
    expect(page.body).toContain('role id 3, user id 7');
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'answers a form POST with a field named %s with the page, not an error',
    async (name) => {
      const body = `custpage_integration=ActOnTBA&${encodeURIComponent(name)}=1`;
      const page = await httpRequest(preview.origin, suiteletPath('01-ready-administrator'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });

      expect(page.status).toBe(200);
      expect(page.body).toContain('Verdict: Ready');
    },
  );

  it('logs a client that aborts its request body in one line, without a stack', async () => {
    const url = new URL(suiteletPath('01-ready-administrator'), preview.origin);
    await new Promise<void>((resolve) => {
      const request = http.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '1000' },
      });
      request.on('error', () => resolve());
      request.write('custpage_integration=Act', () =>
        setTimeout(() => {
          request.destroy();
          resolve();
        }, 50),
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const lines = preview.log.lines.filter((line) => line.includes('closed the connection'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(preview.log.lines.filter((line) => line.includes('    at '))).toEqual([]);
  });

  it('does not run a script deployment other than the readiness Suitelet', async () => {
    const response = await httpRequest(
      preview.origin,
      `/app/site/hosting/scriptlet.nl?script=customscript_other&deploy=customdeploy_other&scenario=01-ready-administrator`,
    );

    expect(response.status).toBe(404);
    expect(response.body).toContain(`it serves script=${SCRIPT_ID}, deploy=${DEPLOYMENT_ID}`);
  });

  it("explains that NetSuite's own pages, where fix links lead, are not part of the preview", async () => {
    const response = await httpRequest(preview.origin, '/app/setup/features.nl');

    expect(response.status).toBe(404);
    expect(response.body).toContain('/app/setup/features.nl is a page of NetSuite itself');
  });

  it('logs each request with the governance the Suitelet used', async () => {
    await httpRequest(preview.origin, suiteletPath('07-token-revoked', { format: 'json' }));

    expect(
      preview.log.lines.some((line) =>
        /^GET \S*scenario=07-token-revoked\S* -> 200 \(\d+ ms, 07-token-revoked, \d+ units, \d+ queries\)$/.test(line),
      ),
    ).toBe(true);
  });
});

describe('Refusals', () => {
  it('refuses methods the Suitelet does not answer, saying which it does', async () => {
    const response = await httpRequest(preview.origin, suiteletPath('01-ready-administrator'), { method: 'DELETE' });

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST');
  });

  it('refuses requests addressed to a host name other than localhost', async () => {
    const response = await httpRequest(preview.origin, '/', { headers: { host: 'attacker.example:4300' } });

    expect(response.status).toBe(403);
  });

  it('refuses a request body larger than 64 KB', async () => {
    const response = await httpRequest(
      preview.origin,
      suiteletPath('01-ready-administrator'),
      formPost({ custpage_integration: 'x'.repeat(70 * 1024) }),
    );

    expect(response.status).toBe(413);
  });

  it('answers an unknown path with 404 and the demo accounts', async () => {
    const response = await httpRequest(preview.origin, '/no/such/page');

    expect(response.status).toBe(404);
    expect(response.body).toContain('data-scenario="03-tba-disabled"');
  });
});
