/**
 * `acton-readiness check-credentials` against the mock NetSuite's SOAP endpoint: whether Act-On's
 * five values work, what to type, and when they do not, what to look at. No secret is printed.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkCredentials } from '../../tools/audit/credentialCheck';
import { credentialCheckText } from '../../tools/audit/credentialCheckText';
import { SYSTEM_CLOCK } from '../../tools/audit/oauthSigner';
import { executeCheckCredentials } from '../../tools/cli/commands/checkCredentials';
import type { CheckCredentialsOptions } from '../../tools/cli/commands/checkCredentials';
import type { SecretPrompt } from '../../tools/cli/hiddenInput';
import { exitCodeFor, PromptCancelled } from '../../tools/cli/program';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { capturedIo } from './support/capturedIo';
import { clientAccount, mockAccountOf } from './support/clientAccounts';
import type { ClientAccount } from './support/clientAccounts';

const CLIENT = clientAccount('Act-On Co', '6200001_SB1');
const OTHER = clientAccount('Other Co', '6200002');
let mock: MockNetSuite;

beforeAll(async () => {
  mock = await startMockNetSuite([mockAccountOf(CLIENT), mockAccountOf(OTHER)]);
});

afterAll(async () => {
  await mock.close();
});

function environmentOf(credentials: ClientAccount['credentials']): NodeJS.ProcessEnv {
  return {
    NETSUITE_CONSUMER_KEY: credentials.consumerKey,
    NETSUITE_CONSUMER_SECRET: credentials.consumerSecret,
    NETSUITE_TOKEN_ID: credentials.tokenId,
    NETSUITE_TOKEN_SECRET: credentials.tokenSecret,
  };
}

function options(accountId: string, overrides: Partial<CheckCredentialsOptions> = {}): CheckCredentialsOptions {
  return {
    accountId,
    flags: {},
    soapUrl: mock.soapUrl(CLIENT.accountId),
    timeoutSeconds: 5,
    tryVariants: true,
    ...overrides,
  };
}

async function check(
  accountId: string,
  credentials: ClientAccount['credentials'],
  overrides: Partial<CheckCredentialsOptions> = {},
  prompt: SecretPrompt | null = null,
) {
  const io = capturedIo(environmentOf(credentials));
  const code = await executeCheckCredentials(options(accountId, overrides), { io, prompt });
  return { code, out: io.out(), err: io.err() };
}

function secretsIn(text: string, credentials: ClientAccount['credentials']): string[] {
  return Object.values(credentials).filter((secret) => text.includes(secret));
}

describe('values that work', () => {
  it('exit 0 and say exactly what to type into Act-On, and no secret', async () => {
    const result = await check('6200001_SB1', CLIENT.credentials);

    expect(result.code).toBe(0);
    expect(result.out).toContain('WORKS: NetSuite accepted these values');
    expect(result.out).toContain('  Account ID:      6200001_SB1');
    expect(secretsIn(result.out + result.err, CLIENT.credentials)).toEqual([]);
  });
});

describe('values NetSuite refuses', () => {
  it('exit 2 with the causes to check in order and where NetSuite records the reason', async () => {
    const result = await check('6200001_SB1', { ...CLIENT.credentials, tokenSecret: OTHER.credentials.tokenSecret });

    expect(result.code).toBe(2);
    expect(result.out).toContain('REFUSED: NetSuite refused these values (USER_ERROR: Invalid login attempt.)');
    expect(result.out).toContain(
      '1. A secret is wrong, or a key and its secret were swapped (Detail: InvalidSignature).',
    );
    expect(result.out).toContain('View Login Audit Trail');
    expect(secretsIn(result.out, { ...CLIENT.credentials, tokenSecret: OTHER.credentials.tokenSecret })).toEqual([]);
  });

  it('says when the refused call was made in words, in UTC, as the report does', async () => {
    const result = await check('6200001_SB1', { ...CLIENT.credentials, tokenSecret: OTHER.credentials.tokenSecret });

    expect(result.out).toMatch(
      /read the Detail of the failed login at \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC \(this machine's clock\)/,
    );
  });

  it('name the host form of the Account ID as the cause without another failed login', async () => {
    const before = mock.soapRequests(CLIENT.accountId);

    const result = await check('6200001-sb1', CLIENT.credentials);

    expect(result.code).toBe(2);
    expect(result.out).toContain(
      'The Account ID 6200001-sb1 is in the host form NetSuite uses in web addresses (with a hyphen); Act-On and ' +
        "the signature's realm need 6200001_SB1",
    );
    expect(result.out).toContain('No other reading was tried: the Account ID form explains the refusal');
    expect(mock.soapRequests(CLIENT.accountId) - before).toBe(1);
  });

  it('find the consumer pair and the token pair typed into each other’s fields, announced before it is sent', async () => {
    const { consumerKey, consumerSecret, tokenId, tokenSecret } = CLIENT.credentials;
    const swapped = {
      consumerKey: tokenId,
      consumerSecret: tokenSecret,
      tokenId: consumerKey,
      tokenSecret: consumerSecret,
    };

    const result = await check('6200001_SB1', swapped);

    expect(result.code).toBe(0);
    expect(result.out).toContain('accepted them with the consumer pair and the token pair swapped');
    expect(result.err).toContain(
      "Trying once more with the consumer pair and the token pair swapped (the Token ID in the Consumer Key's " +
        "place): if NetSuite refuses it too, that is 1 more failed login in the account's Login Audit Trail",
    );
  });

  it('never send a secret in any field but the signature, whatever the values', async () => {
    const before = mock.soapBodies(CLIENT.accountId).length;
    const swapped = {
      ...CLIENT.credentials,
      tokenId: CLIENT.credentials.tokenSecret,
      tokenSecret: CLIENT.credentials.tokenId,
    };

    const result = await check('6200001_SB1', swapped);

    const sent = mock.soapBodies(CLIENT.accountId).slice(before);
    expect(result.code).toBe(2);
    expect(sent.length).toBeGreaterThan(0);
    // What was typed as a secret only ever signs: no request carries it, whichever tries are made.
    expect(sent.filter((body) => body.includes(swapped.consumerSecret) || body.includes(swapped.tokenSecret))).toEqual(
      [],
    );
  });

  it('try no variants with --no-variants', async () => {
    const before = mock.soapRequests(CLIENT.accountId);

    const result = await check('6200001-sb1', CLIENT.credentials, { tryVariants: false });

    expect(result.code).toBe(2);
    expect(result.out).toContain(
      'The Account ID 6200001-sb1 is in the host form NetSuite uses in web addresses (with a hyphen); Act-On and ' +
        "the signature's realm need 6200001_SB1",
    );
    expect(mock.soapRequests(CLIENT.accountId) - before).toBe(1);
  });

  it("show the readiness audit's recent logins when an administrator credential for the RESTlet is given", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'acton-check-'));
    try {
      const file = join(folder, 'accounts.json');
      writeFileSync(
        file,
        JSON.stringify([
          {
            name: 'Admin',
            accountId: CLIENT.accountId,
            ...CLIENT.credentials,
            restletUrl: mock.restletUrl(CLIENT.accountId),
          },
        ]),
      );
      chmodSync(file, 0o600);

      const result = await check(
        '6200001_SB1',
        { ...CLIENT.credentials, consumerSecret: OTHER.credentials.consumerSecret },
        { auditAccounts: file, tryVariants: false },
      );

      expect(result.code).toBe(2);
      expect(result.out).toContain("The readiness audit's recent logins for the integration:");
      expect(result.out).toContain('The latest token login, on 24 Nov 2026, 09:00 UTC, succeeded');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('local checks', () => {
  it('name a value of the wrong shape and values pasted twice', async () => {
    const result = await check(
      '6200001_SB1',
      { ...CLIENT.credentials, consumerSecret: 'short', tokenId: CLIENT.credentials.consumerKey },
      { tryVariants: false },
    );

    expect(result.out).toContain("The Consumer Secret is 5 characters long; NetSuite's are 64 hexadecimal characters");
    expect(result.out).toContain('The Consumer Key and the Token ID are the same value: one of them was pasted twice.');
  });
});

describe("this machine's clock", () => {
  it("is named when it is more than 5 minutes off NetSuite's and the values are refused", async () => {
    const slow = { nonce: SYSTEM_CLOCK.nonce, timestampSeconds: () => SYSTEM_CLOCK.timestampSeconds() - 900 };

    const result = await checkCredentials(
      {
        accountId: '6200001_SB1',
        credentials: CLIENT.credentials,
        soapUrl: new URL(mock.soapUrl(CLIENT.accountId)),
        tryVariants: false,
      },
      { timeoutMs: 5_000, clock: slow },
    );

    expect(result.outcome).toBe('refused');
    expect(mock.loginAudit.at(-1)?.detail).toBe('InvalidTimestamp');
    expect(credentialCheckText(result)).toMatch(
      /This machine's clock is (899|9\d\d) s behind NetSuite's: NetSuite refuses a signature more than 5 minutes off/,
    );
  });
});

describe('an endpoint that does not answer', () => {
  it('exit 3', async () => {
    const result = await check('6200001_SB1', CLIENT.credentials, {
      soapUrl: 'http://127.0.0.1:9/services/NetSuitePort_2025_2',
    });

    expect(result.code).toBe(3);
    expect(result.out).toMatch(/^UNREACHABLE: NetSuite's SOAP service did not answer \(ECONNREFUSED/);
  });
});

describe('input', () => {
  it('asks for the missing values with the prompt when on a terminal', async () => {
    const asked: string[] = [];
    const prompt: SecretPrompt = (label) => {
      asked.push(label);
      return Promise.resolve(label === 'Token Secret' ? CLIENT.credentials.tokenSecret : '');
    };
    const run = capturedIo({ ...environmentOf(CLIENT.credentials), NETSUITE_TOKEN_SECRET: '' });

    const code = await executeCheckCredentials(options('6200001_SB1'), { io: run, prompt });

    expect(asked).toEqual(['Token Secret']);
    expect(code).toBe(0);
  });

  it('is a usage error when a value is missing and there is no terminal', async () => {
    const run = capturedIo({ ...environmentOf(CLIENT.credentials), NETSUITE_TOKEN_SECRET: '' });

    await expect(executeCheckCredentials(options('6200001_SB1'), { io: run, prompt: null })).rejects.toThrow(
      'missing the Token Secret (NETSUITE_TOKEN_SECRET): set it (no terminal to ask on)',
    );
  });

  it('warns about a secret given as a flag', async () => {
    const run = capturedIo(environmentOf(CLIENT.credentials));

    await executeCheckCredentials(options('6200001_SB1', { flags: { tokenSecret: CLIENT.credentials.tokenSecret } }), {
      io: run,
      prompt: null,
    });

    expect(run.err()).toContain('--token-secret puts a secret into your shell history');
  });

  it('refuses plain http to a host that is not this machine', async () => {
    const run = capturedIo(environmentOf(CLIENT.credentials));

    await expect(
      executeCheckCredentials(options('6200001_SB1', { soapUrl: 'http://example.com/services/NetSuitePort_2025_2' }), {
        io: run,
        prompt: null,
      }),
    ).rejects.toThrow('--soap-url uses plain http');
  });
});

describe('refusals NetSuite words differently', () => {
  it.each(['USER_ERROR', 'INVALID_LOGIN_CREDENTIALS', 'INVALID_LOGIN_ATTEMPT'])(
    'a refused login with the code %s inside invalidCredentialsFault is a refused login, and the pair swap is tried',
    async (code) => {
      const client = clientAccount('Coded Co', '6200010');
      const coded = await startMockNetSuite([{ ...mockAccountOf(client), behaviour: { soapFaultCode: code } }]);
      try {
        const { consumerKey, consumerSecret, tokenId, tokenSecret } = client.credentials;
        const swapped = {
          consumerKey: tokenId,
          consumerSecret: tokenSecret,
          tokenId: consumerKey,
          tokenSecret: consumerSecret,
        };
        const io = capturedIo(environmentOf(swapped));

        const exit = await executeCheckCredentials(
          { ...options('6200010'), soapUrl: coded.soapUrl(client.accountId) },
          { io, prompt: null },
        );

        expect(exit).toBe(0);
        expect(io.out()).toContain('WORKS ONCE CORRECTED');
        expect(coded.soapRequests(client.accountId)).toBe(2);
      } finally {
        await coded.close();
      }
    },
  );
});

describe('extra tries a local finding already explains', () => {
  it("are not made when this machine's clock explains the refusal", async () => {
    const slow = { nonce: SYSTEM_CLOCK.nonce, timestampSeconds: () => SYSTEM_CLOCK.timestampSeconds() - 900 };
    const before = mock.soapRequests(CLIENT.accountId);
    const announced: string[] = [];

    const result = await checkCredentials(
      {
        accountId: '6200001_SB1',
        credentials: CLIENT.credentials,
        soapUrl: new URL(mock.soapUrl(CLIENT.accountId)),
        tryVariants: true,
      },
      { timeoutMs: 5_000, clock: slow, announce: (text) => announced.push(text) },
    );

    expect(result).toMatchObject({ outcome: 'refused', variantsTried: [] });
    expect(credentialCheckText(result)).toContain(
      "No other reading was tried: this machine's clock explains the refusal",
    );
    expect(announced).toEqual([]);
    expect(mock.soapRequests(CLIENT.accountId) - before).toBe(1);
  });
});

describe('inputs checked before the first call', () => {
  it('a --audit-accounts file that does not exist is a usage error before any login is tried', async () => {
    const before = mock.soapRequests(CLIENT.accountId);

    await expect(
      check('6200001_SB1', CLIENT.credentials, { auditAccounts: join(tmpdir(), 'no-such-accounts-6200001.json') }),
    ).rejects.toThrow(
      /--audit-accounts: the accounts file is not valid:\n {2}.*no-such-accounts-6200001\.json: no such file/,
    );
    expect(mock.soapRequests(CLIENT.accountId) - before).toBe(0);
  });

  it('without a terminal, every missing value is named at once', async () => {
    const run = capturedIo({ NETSUITE_CONSUMER_KEY: CLIENT.credentials.consumerKey });

    await expect(executeCheckCredentials(options('6200001_SB1'), { io: run, prompt: null })).rejects.toThrow(
      'missing the Consumer Secret (NETSUITE_CONSUMER_SECRET), the Token ID (NETSUITE_TOKEN_ID), the Token Secret ' +
        '(NETSUITE_TOKEN_SECRET): set them (no terminal to ask on)',
    );
  });

  it('Ctrl-C at the hidden prompt ends the command quietly with 130', async () => {
    const prompt: SecretPrompt = () => Promise.reject(new PromptCancelled());
    const run = capturedIo({});
    const stderr = capturedIo();

    const thrown = await executeCheckCredentials(options('6200001_SB1'), { io: run, prompt }).catch(
      (error: unknown) => error,
    );

    expect(exitCodeFor(thrown, stderr.stderr)).toBe(130);
    expect(stderr.err().trim()).toBe('');
  });
});

describe('an answer from a hostile SOAP endpoint', () => {
  it('a 5 MB serverTime is shown bounded, on one line', async () => {
    const huge = `2026-12-01T10:00:00Z\u202e${'9'.repeat(5 * 1024 * 1024)}`;
    const server = http.createServer((request, response) => {
      request.resume();
      request.on('end', () =>
        response
          .writeHead(200, { 'Content-Type': 'text/xml' })
          .end(
            '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>' +
              '<getServerTimeResponse><getServerTimeResult><status isSuccess="true"/>' +
              `<serverTime>${huge}</serverTime></getServerTimeResult></getServerTimeResponse></soapenv:Body>` +
              '</soapenv:Envelope>',
          ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;

      const result = await check('6200001_SB1', CLIENT.credentials, {
        soapUrl: `http://127.0.0.1:${port}/services/NetSuitePort_2025_2`,
      });

      const line = result.out.split('\n').find((text) => text.startsWith("NetSuite's time:")) ?? '';
      expect(line.length).toBeLessThan(200);
      expect(result.out).not.toContain('\u202e');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
