/**
 * Remote audits over OAuth 2.0 client credentials against the mock NetSuite, which checks each
 * client assertion with its own code over Node's crypto and answers like NetSuite's token
 * endpoint.
 */
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SignJWT } from 'jose';
import type { AccountAuditResult } from '../../tools/audit/accountAuditResult';
import { readAccountsFile } from '../../tools/audit/accountsFile';
import { runAudit } from '../../tools/audit/auditRun';
import { toAuditTarget } from '../../tools/audit/auditTarget';
import type { AuditTarget } from '../../tools/audit/auditTarget';
import type { KeyObject } from 'crypto';
import { httpRequest } from '../../tools/audit/httpTransport';
import { SYSTEM_CLOCK } from '../../tools/audit/oauthSigner';
import { CLIENT_ASSERTION_TYPE } from '../../tools/audit/tokenEndpoint';
import { executeAudit } from '../../tools/cli/commands/audit';
import type { CombinedAuditDocument } from '../../tools/audit/combinedJson';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { capturedIo } from './support/capturedIo';
import { clientAccount, mockAccountOf } from './support/clientAccounts';
import { keyPair, mockOAuth2AccountOf, oauth2ClientAccount, writePrivateKey } from './support/oauth2Clients';
import type { OAuth2ClientAccount } from './support/oauth2Clients';

const EC_CLIENT = oauth2ClientAccount('EC client', '5100001', 'ec-p256');
const EC_P384_CLIENT = oauth2ClientAccount('EC P-384 client', '5100002', 'ec-p384');
const RSA_CLIENT = oauth2ClientAccount('RSA client', '5100003', 'rsa');
const BUSY_CLIENT = oauth2ClientAccount('Busy client', '5100004');
const TBA_CLIENT = clientAccount('TBA client', '5100005');

let mock: MockNetSuite;
let folder: string;

beforeAll(async () => {
  mock = await startMockNetSuite([
    mockOAuth2AccountOf(EC_CLIENT),
    mockOAuth2AccountOf(EC_P384_CLIENT),
    mockOAuth2AccountOf(RSA_CLIENT),
    mockOAuth2AccountOf(BUSY_CLIENT, { unavailableTimes: 2, retryAfterSeconds: 0 }),
    mockAccountOf(TBA_CLIENT),
  ]);
});

afterAll(async () => {
  await mock.close();
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'acton-oauth2-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The accounts file entry a consultant writes for the client (the key file next to it). */
function entryOf(
  client: OAuth2ClientAccount,
  replaced: { readonly privateKey?: KeyObject; readonly certificateId?: string } = {},
): Record<string, string> {
  const keyFile = `${client.accountId}.pem`;
  writePrivateKey(folder, keyFile, replaced.privateKey ?? client.keys.privateKey);
  return {
    name: client.name,
    accountId: client.accountId,
    clientId: client.clientId,
    certificateId: replaced.certificateId ?? client.certificateId,
    privateKeyFile: keyFile,
    tokenUrl: mock.tokenUrl(client.accountId),
    restletUrl: mock.restletUrl(client.accountId),
  };
}

function targetsOf(entries: readonly Record<string, string>[]): readonly AuditTarget[] {
  const file = join(folder, 'accounts.json');
  writeFileSync(file, JSON.stringify(entries));
  chmodSync(file, 0o600);
  const reading = readAccountsFile(file);
  if (!reading.ok) throw new Error(reading.problems.join('\n'));
  return reading.targets;
}

async function auditOne(entry: Record<string, string>, clockOffsetSeconds = 0): Promise<AccountAuditResult> {
  const clock = {
    nonce: SYSTEM_CLOCK.nonce,
    timestampSeconds: () => SYSTEM_CLOCK.timestampSeconds() + clockOffsetSeconds,
  };
  const run = await runAudit(targetsOf([entry]), {
    concurrency: 1,
    timeoutMs: 5_000,
    clock,
    sleep: () => Promise.resolve(),
  });
  return run.results[0] as AccountAuditResult;
}

function lastLoginDetail(accountId: string): string | null | undefined {
  return mock.loginAudit.filter((attempt) => attempt.accountId === accountId).at(-1)?.detail;
}

describe('a good client assertion', () => {
  it.each([
    ['an EC P-256 key (ES256)', EC_CLIENT],
    ['an EC P-384 key (ES384)', EC_P384_CLIENT],
    ['an RSA key (PS256)', RSA_CLIENT],
  ])('with %s is traded for a token that reaches the RESTlet', async (_what, client) => {
    const result = await auditOne(entryOf(client));

    expect(result.outcome === 'report' && result.report.verdict).toBe('READY');
    expect(lastLoginDetail(client.accountId)).toBeNull();
  });
});

describe('a refused client assertion', () => {
  it('signed with another key than the certificate is refused as invalid_grant, naming the certificate mapping', async () => {
    const result = await auditOne(entryOf(EC_CLIENT, { privateKey: keyPair('ec-p256').privateKey }));

    expect(result.outcome === 'error' && result.failure).toMatchObject({
      kind: 'authentication',
      code: 'invalid_grant',
      httpStatus: 400,
    });
    expect(result.outcome === 'error' && result.failure.remedy).toContain(
      'certificateId is the Certificate ID of the certificate made from privateKeyFile',
    );
    expect(lastLoginDetail(EC_CLIENT.accountId)).toBe('InvalidSignature');
  });

  it('naming a certificate id NetSuite does not know is refused as invalid_grant', async () => {
    const result = await auditOne(entryOf(EC_CLIENT, { certificateId: 'no-such-certificate' }));

    expect(result.outcome === 'error' && result.failure.code).toBe('invalid_grant');
    expect(lastLoginDetail(EC_CLIENT.accountId)).toBe('UnknownCertificate');
  });

  it("expired by NetSuite's clock is reported as this machine's clock being behind", async () => {
    const result = await auditOne(entryOf(EC_CLIENT), -2 * 3600);

    expect(result.outcome === 'error' && result.failure.message).toMatch(
      /This machine's clock is 7\d\d\d s behind NetSuite's \(HTTP 400, "invalid_grant"\)/,
    );
    expect(result.outcome === 'error' && result.failure.remedy).toContain('NTP');
    expect(lastLoginDetail(EC_CLIENT.accountId)).toBe('ExpiredAssertion');
  });

  it('signed with RS256 (RSASSA-PKCS1 v1.5) is refused by the token endpoint', async () => {
    const assertion = await new SignJWT({ scope: ['restlets'] })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: RSA_CLIENT.certificateId })
      .setIssuer(RSA_CLIENT.clientId)
      .setAudience(mock.tokenUrl(RSA_CLIENT.accountId))
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(RSA_CLIENT.keys.privateKey);
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: assertion,
    });

    const answer = await httpRequest(mock.tokenUrl(RSA_CLIENT.accountId), {
      method: 'POST',
      body: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      timeoutMs: 5_000,
    });

    expect(answer.ok && { status: answer.answer.status, body: JSON.parse(answer.answer.body) as unknown }).toEqual({
      status: 400,
      body: { error: 'invalid_request' },
    });
    expect(lastLoginDetail(RSA_CLIENT.accountId)).toBe('UnsupportedAlgorithm');
  });
});

describe('an access token the RESTlet refuses', () => {
  it("is a refused login whose remedy names the role's OAuth 2.0 permission, not TBA's values", async () => {
    // A token issued for another account: that account's RESTlet host does not know it.
    const crossed = await auditOne({ ...entryOf(EC_CLIENT), restletUrl: mock.restletUrl(RSA_CLIENT.accountId) });

    expect(crossed.outcome === 'error' && crossed.failure).toMatchObject({ kind: 'authentication', httpStatus: 401 });
    expect(crossed.outcome === 'error' && crossed.failure.remedy).toContain('Log in using OAuth 2.0 Access Tokens');
    expect(crossed.outcome === 'error' && crossed.failure.remedy).not.toContain('Consumer Key');
  });
});

describe('the access token', () => {
  it('is asked for once per account and reused across the retried requests', async () => {
    const before = {
      tokens: mock.tokenRequests(BUSY_CLIENT.accountId),
      calls: mock.requestsReceived(BUSY_CLIENT.accountId),
    };

    const result = await auditOne(entryOf(BUSY_CLIENT));

    expect(result.outcome).toBe('report');
    expect(mock.tokenRequests(BUSY_CLIENT.accountId) - before.tokens).toBe(1);
    expect(mock.requestsReceived(BUSY_CLIENT.accountId) - before.calls).toBe(3);
  });

  it('is shared by two targets of the same client in one run', async () => {
    const before = mock.tokenRequests(EC_CLIENT.accountId);
    const [target] = targetsOf([entryOf(EC_CLIENT)]);
    const twin = toAuditTarget({
      name: 'EC client again',
      accountId: EC_CLIENT.accountId,
      authentication: target!.authentication,
      restletUrl: mock.restletUrl(EC_CLIENT.accountId),
      query: { role: 3 },
    });
    if ('problem' in twin) throw new Error(twin.problem);

    const run = await runAudit([target!, twin.target], { concurrency: 2, timeoutMs: 5_000 });

    expect(run.results.map((result) => result.outcome)).toEqual(['report', 'report']);
    expect(mock.tokenRequests(EC_CLIENT.accountId) - before).toBe(1);
  });
});

describe('TBA and OAuth 2.0 accounts in one run', () => {
  it('audits both kinds from one accounts file, printing no key, client id or token', async () => {
    const entries = [
      entryOf(EC_CLIENT),
      {
        name: TBA_CLIENT.name,
        accountId: TBA_CLIENT.accountId,
        ...TBA_CLIENT.credentials,
        restletUrl: mock.restletUrl(TBA_CLIENT.accountId),
      },
    ];
    const file = join(folder, 'accounts.json');
    writeFileSync(file, JSON.stringify(entries));
    chmodSync(file, 0o600);
    const io = capturedIo();

    const code = await executeAudit(
      { accounts: file, single: {}, defaults: {}, format: 'json', concurrency: 2, timeoutSeconds: 5, progress: false },
      io,
    );

    expect(code).toBe(0);
    const document = JSON.parse(io.out()) as CombinedAuditDocument;
    expect(document.accounts.map((account) => account.report?.verdict)).toEqual(['READY', 'READY']);
    expect(io.out() + io.err()).not.toContain(EC_CLIENT.clientId);
    expect(io.out() + io.err()).not.toContain('PRIVATE KEY');
  });

  it('warns when the private key file is readable by others, as for the accounts file', () => {
    const entry = entryOf(EC_CLIENT);
    chmodSync(join(folder, entry['privateKeyFile'] ?? ''), 0o644);
    const file = join(folder, 'accounts.json');
    writeFileSync(file, JSON.stringify([entry]));
    chmodSync(file, 0o600);

    const reading = readAccountsFile(file);

    expect(reading.ok && reading.warnings).toEqual([
      `${join(folder, entry['privateKeyFile'] ?? '')} holds a private key but other users of this machine can ` +
        `read or change it (mode 644); run: chmod 600 ${join(folder, entry['privateKeyFile'] ?? '')}`,
    ]);
  });
});
