/**
 * Accounts-file entries for OAuth 2.0 client credentials: which fields go together, where the
 * key file is found, which keys NetSuite can take, and the defaults.
 */
import { generateKeyPairSync } from 'crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { validateAccountsJson } from '../../tools/audit/accountsFile';
import { readSingleAccount } from '../../tools/audit/singleAccount';
import { registerAuditCommand } from '../../tools/cli/commands/audit';
import { runCommand } from './support/commandRun';
import { writePrivateKey } from './support/oauth2Clients';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'acton-oauth2-file-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function ecKeyFile(name = 'key.pem', namedCurve = 'prime256v1'): string {
  writePrivateKey(folder, name, generateKeyPairSync('ec', { namedCurve }).privateKey);
  return name;
}

function anOAuth2Account(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Acme Ltd',
    accountId: '1234567_SB1',
    clientId: 'client0123456789',
    certificateId: 'cert0123456789',
    privateKeyFile: ecKeyFile(),
    ...overrides,
  };
}

function read(entries: unknown): ReturnType<typeof validateAccountsJson> {
  return validateAccountsJson(join(folder, 'accounts.json'), entries);
}

function problemsOf(entries: unknown): readonly string[] {
  const reading = read(entries);
  return reading.ok ? [] : reading.problems.map((problem) => problem.replace(`${join(folder, 'accounts.json')}: `, ''));
}

describe('an OAuth 2.0 entry', () => {
  it("defaults the token URL to the account's suitetalk host and the scope to restlets", () => {
    const reading = read([anOAuth2Account()]);
    const authentication = reading.ok ? reading.targets[0]?.authentication : undefined;

    expect(
      authentication?.method === 'oauth2' && {
        tokenUrl: authentication.client.tokenUrl.href,
        scopes: authentication.client.scopes,
      },
    ).toEqual({
      tokenUrl: 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token',
      scopes: ['restlets'],
    });
  });

  it.each([
    ['an EC P-256 key', 'prime256v1', 'ES256'],
    ['an EC P-384 key', 'secp384r1', 'ES384'],
    ['an EC P-521 key', 'secp521r1', 'ES512'],
  ])('signs with %s as %s', (_what, curve, algorithm) => {
    const reading = read([anOAuth2Account({ privateKeyFile: ecKeyFile('curve.pem', curve) })]);
    const authentication = reading.ok ? reading.targets[0]?.authentication : undefined;

    expect(authentication?.method === 'oauth2' && authentication.client.algorithm).toBe(algorithm);
  });

  it('signs with an RSA key as PS256, never RS256', () => {
    writePrivateKey(folder, 'rsa.pem', generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey);
    const reading = read([anOAuth2Account({ privateKeyFile: 'rsa.pem' })]);
    const authentication = reading.ok ? reading.targets[0]?.authentication : undefined;

    expect(authentication?.method === 'oauth2' && authentication.client.algorithm).toBe('PS256');
  });

  it('refuses an RSA key under 3072 bits before the run, naming the entry and NetSuite’s rule', () => {
    writePrivateKey(folder, 'rsa2048.pem', generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

    expect(problemsOf([anOAuth2Account({ privateKeyFile: 'rsa2048.pem' })])).toEqual([
      '[0] "Acme Ltd": privateKeyFile rsa2048.pem: is an RSA key of 2048 bits; NetSuite takes certificates of RSA ' +
        'keys of 3072 or 4096 bits only (Oracle Help subsect_162755332391)',
    ]);
  });

  it('stops `audit` with exit 64 before any request when an entry’s RSA key is under 3072 bits', async () => {
    writePrivateKey(folder, 'rsa2048.pem', generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    const file = join(folder, 'accounts.json');
    writeFileSync(file, JSON.stringify([anOAuth2Account({ privateKeyFile: 'rsa2048.pem' })]));
    chmodSync(file, 0o600);

    const run = await runCommand((program) => registerAuditCommand(program), ['audit', '--accounts', file]);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('[0] "Acme Ltd": privateKeyFile rsa2048.pem: is an RSA key of 2048 bits');
  });

  it('refuses an RSA-PSS key restricted to SHA-512 before the run: it cannot sign PS256', () => {
    const restricted = generateKeyPairSync('rsa-pss', {
      modulusLength: 3072,
      hashAlgorithm: 'sha512',
      mgf1HashAlgorithm: 'sha512',
    }).privateKey;
    writePrivateKey(folder, 'pss512.pem', restricted);

    expect(problemsOf([anOAuth2Account({ privateKeyFile: 'pss512.pem' })])).toEqual([
      '[0] "Acme Ltd": privateKeyFile pss512.pem: is an rsa-pss key that cannot sign PS256 (RSA-PSS with SHA-256), ' +
        'the algorithm NetSuite takes',
    ]);
  });

  it('refuses a key NetSuite cannot take, naming the entry and the field', () => {
    writePrivateKey(folder, 'ed.pem', generateKeyPairSync('ed25519').privateKey);

    expect(problemsOf([anOAuth2Account({ privateKeyFile: 'ed.pem' })])).toEqual([
      '[0] "Acme Ltd": privateKeyFile ed.pem: is an ed25519 key; NetSuite takes RSA or EC (P-256, P-384, P-521) keys',
    ]);
  });

  it('refuses a file that is not a PEM private key, without quoting it', () => {
    writeFileSync(join(folder, 'not-a-key.pem'), 'secret-looking text 0123456789');

    expect(problemsOf([anOAuth2Account({ privateKeyFile: 'not-a-key.pem' })])).toEqual([
      '[0] "Acme Ltd": privateKeyFile not-a-key.pem: is not a PEM private key',
    ]);
  });

  it('refuses a missing key file', () => {
    expect(problemsOf([anOAuth2Account({ privateKeyFile: 'nowhere.pem' })])).toEqual([
      '[0] "Acme Ltd": privateKeyFile nowhere.pem: no such file',
    ]);
  });

  it('refuses a plain http token URL that leaves this machine', () => {
    expect(problemsOf([anOAuth2Account({ tokenUrl: 'http://example.com/token' })])[0]).toContain(
      'tokenUrl uses plain http',
    );
  });

  it('names what is missing', () => {
    expect(problemsOf([anOAuth2Account({ certificateId: undefined })])).toEqual([
      '[0] "Acme Ltd": "certificateId" is missing',
    ]);
  });
});

describe('an entry with the wrong mix of credentials', () => {
  it('is refused when it has fields of both kinds, naming the entry', () => {
    expect(problemsOf([anOAuth2Account({ consumerKey: 'ck0123456789' })])).toEqual([
      '[0] "Acme Ltd": has credentials of both kinds (Token-Based Authentication: consumerKey; OAuth 2.0: ' +
        'clientId, certificateId, privateKeyFile): keep one kind',
    ]);
  });

  it('is refused when it has neither, naming the entry', () => {
    expect(problemsOf([{ name: 'Bare Co', accountId: '1234567' }])).toEqual([
      '[0] "Bare Co": has no credentials: give consumerKey, consumerSecret, tokenId, tokenSecret (Token-Based ' +
        'Authentication) or clientId, certificateId, privateKeyFile (OAuth 2.0 client credentials)',
    ]);
  });
});

describe('one OAuth 2.0 account from the environment', () => {
  it('reads NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID and NETSUITE_PRIVATE_KEY_FILE', () => {
    const environment = {
      NETSUITE_ACCOUNT_ID: '1234567',
      NETSUITE_CLIENT_ID: 'client0123456789',
      NETSUITE_CERTIFICATE_ID: 'cert0123456789',
      NETSUITE_PRIVATE_KEY_FILE: ecKeyFile(),
    };

    const reading = readSingleAccount({}, environment, {}, folder);

    expect(reading.ok && reading.target.authentication.method).toBe('oauth2');
  });

  it('names the missing variable, never a value', () => {
    const reading = readSingleAccount(
      {},
      {
        NETSUITE_ACCOUNT_ID: '1234567',
        NETSUITE_CLIENT_ID: 'client0123456789',
        NETSUITE_PRIVATE_KEY_FILE: ecKeyFile(),
      },
      {},
      folder,
    );

    expect(reading).toEqual({
      ok: false,
      problems: ['missing --certificate-id (or the environment variable NETSUITE_CERTIFICATE_ID)'],
    });
  });
});
