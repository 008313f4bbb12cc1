/**
 * What the token URL can answer besides NetSuite's token endpoint (a proxy's login page, a
 * redirect, a missing page, a busy endpoint), served on loopback, and where an access token may
 * go once issued.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AccountAuditResult } from '../../tools/audit/accountAuditResult';
import { readAccountsFile } from '../../tools/audit/accountsFile';
import { runAudit } from '../../tools/audit/auditRun';
import { AccessTokenCache } from '../../tools/audit/tokenEndpoint';
import type { AccessTokenResult } from '../../tools/audit/tokenEndpoint';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { auditExitCode } from '../../tools/cli/exitCodes';
import { mockOAuth2AccountOf, oauth2ClientAccount, writePrivateKey } from './support/oauth2Clients';
import type { OAuth2ClientAccount } from './support/oauth2Clients';

const CLIENT = oauth2ClientAccount('Token Co', '5200001');
const BUSY = oauth2ClientAccount('Busy Token Co', '5200002');

let mock: MockNetSuite;
let hostile: http.Server;
let hostileOrigin: string;
let folder: string;

/** Answers the way things that are not NetSuite's token endpoint answer, by path. */
function hostileAnswer(path: string, response: http.ServerResponse): void {
  switch (path) {
    case '/proxy-login':
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<html><head><title>Corporate proxy sign-in</title></head><body>Sign in</body></html>');
      return;
    case '/redirect':
      response.writeHead(302, { Location: 'https://example.invalid/login' }).end();
      return;
    default:
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><title>Not found</title></html>');
  }
}

beforeAll(async () => {
  mock = await startMockNetSuite([
    mockOAuth2AccountOf(CLIENT),
    mockOAuth2AccountOf(BUSY, { tokenUnavailableTimes: 2 }),
  ]);
  hostile = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => hostileAnswer(request.url ?? '', response));
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileOrigin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await mock.close();
  await new Promise<void>((resolve) => hostile.close(() => resolve()));
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'acton-token-answers-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function auditWithTokenUrl(client: OAuth2ClientAccount, tokenUrl: string): Promise<AccountAuditResult> {
  writePrivateKey(folder, 'key.pem', client.keys.privateKey);
  const file = join(folder, 'accounts.json');
  writeFileSync(
    file,
    JSON.stringify([
      {
        name: client.name,
        accountId: client.accountId,
        clientId: client.clientId,
        certificateId: client.certificateId,
        privateKeyFile: 'key.pem',
        tokenUrl,
        restletUrl: mock.restletUrl(client.accountId),
      },
    ]),
  );
  chmodSync(file, 0o600);
  const reading = readAccountsFile(file);
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  const run = await runAudit(reading.targets, { concurrency: 1, timeoutMs: 5_000, sleep: () => Promise.resolve() });
  return run.results[0] as AccountAuditResult;
}

describe('6. a token URL that is not NetSuite’s token endpoint', () => {
  it.each([
    [
      'a proxy’s sign-in page (HTTP 200, HTML)',
      '/proxy-login',
      'wrong-schema',
      /did not answer with JSON \(HTTP 200, a page titled "Corporate proxy sign-in"\)/,
    ],
    ['a redirect', '/redirect', 'http-error', /redirected the request \(HTTP 302\)/],
    ['a missing page (HTTP 404)', '/missing', 'http-error', /Nothing answers at the token endpoint .* \(HTTP 404\)/],
  ])(
    'answering with %s is a finding naming the token URL, exit 3, never credential advice',
    async (_what, path, kind, message) => {
      const tokenUrl = `${hostileOrigin}${path}`;

      const result = await auditWithTokenUrl(CLIENT, tokenUrl);

      const failure = result.outcome === 'error' ? result.failure : null;
      expect(failure?.kind).toBe(kind);
      expect(failure?.message).toMatch(message);
      expect(failure?.message).toContain(tokenUrl);
      expect(failure?.remedy).toContain(`Check tokenUrl (${tokenUrl})`);
      expect(failure?.remedy).not.toContain('certificateId');
      expect(auditExitCode([result])).toBe(3);
    },
  );

  it('a busy token endpoint (HTTP 503) is asked again, as RESTlet calls are, and the audit goes through', async () => {
    const result = await auditWithTokenUrl(BUSY, mock.tokenUrl(BUSY.accountId));

    expect(result.outcome === 'report' && result.report.verdict).toBe('READY');
    expect(mock.tokenRequests(BUSY.accountId)).toBe(3);
  });
});

describe('7. an access token stays with its account', () => {
  const token = (name: string): AccessTokenResult => ({
    ok: true,
    accessToken: name,
    expiresAtMs: Date.now() + 3_600_000,
  });

  it('the same client for another account asks for a token of its own', async () => {
    const cache = new AccessTokenCache();
    const client = {
      clientId: 'client',
      certificateId: 'cert',
      privateKey: CLIENT.keys.privateKey,
      algorithm: 'ES256' as const,
      tokenUrl: new URL('https://1234567.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'),
      scopes: ['restlets'],
    };

    const first = await cache.tokenFor(client, '1234567 https://1234567.restlets.api.netsuite.com', Date.now, () =>
      Promise.resolve(token('token for 1234567')),
    );
    const second = await cache.tokenFor(client, '7654321 https://7654321.restlets.api.netsuite.com', Date.now, () =>
      Promise.resolve(token('token for 7654321')),
    );
    const again = await cache.tokenFor(client, '1234567 https://1234567.restlets.api.netsuite.com', Date.now, () =>
      Promise.resolve(token('a second token for 1234567')),
    );

    expect([first, second, again].map((result) => result.ok && result.accessToken)).toEqual([
      'token for 1234567',
      'token for 7654321',
      'token for 1234567',
    ]);
  });

  it.each([
    ['restletUrl', 'https://7654321.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1&deploy=1'],
    ['tokenUrl', 'https://7654321.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token'],
  ])('a %s on another account’s NetSuite host is refused before the run', (field, url) => {
    writePrivateKey(folder, 'key.pem', CLIENT.keys.privateKey);
    const file = join(folder, 'accounts.json');
    const entry = {
      name: 'Mixed Co',
      accountId: '1234567',
      clientId: CLIENT.clientId,
      certificateId: CLIENT.certificateId,
      privateKeyFile: 'key.pem',
      [field]: url,
    };
    writeFileSync(file, JSON.stringify([entry]));
    chmodSync(file, 0o600);

    const reading = readAccountsFile(file);

    expect(reading.ok ? [] : reading.problems).toEqual([
      `${file}: [0] "Mixed Co": ${field} is on ${new URL(url).hostname}, another account's host: this account's hosts ` +
        'begin with 1234567.',
    ]);
  });
});
