/**
 * `acton-readiness audit` end to end against the mock NetSuite: an accounts file in, the
 * summary and the detail formats out, and the exit code a script can act on.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { registerAuditCommand, executeAudit } from '../../tools/cli/commands/audit';
import type { AuditCommandOptions } from '../../tools/cli/commands/audit';
import { createProgram, exitCodeFor } from '../../tools/cli/program';
import type { CommandIo } from '../../tools/cli/program';
import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { COMBINED_CSV_COLUMNS } from '../../tools/audit/combinedCsv';
import type { CombinedAuditDocument } from '../../tools/audit/combinedJson';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { capturedIo } from './support/capturedIo';
import { clientAccount, mockAccountOf, secretsOf } from './support/clientAccounts';
import type { ClientAccount } from './support/clientAccounts';

/** Twenty client accounts: most ready, some not, some unreachable in different ways. */
const PORTFOLIO: readonly ClientAccount[] = [
  ...Array.from({ length: 13 }, (_, index) => clientAccount(`Ready client ${index + 1}`, `30000${String(index + 10)}`)),
  clientAccount('Sandbox client', '3000100_SB1'),
  clientAccount('TBA switched off', '3000200', 'token-based-authentication-off'),
  clientAccount('TBA off too', '3000201', 'token-based-authentication-off'),
  clientAccount('Locked tables', '3000300', 'audit-tables-unreadable'),
  clientAccount('Bundle missing', '3000400', 'ready-administrator', { restletDeployed: false }),
  clientAccount('Maintenance', '3000500', 'ready-administrator', { answer: 'html-page' }),
  clientAccount('Revoked token', '3000600'),
];
/** The consultant's copy of this account's token secret is stale. */
const STALE_SECRET_ACCOUNT = '3000600';

let mock: MockNetSuite;
let folder: string;

beforeAll(async () => {
  mock = await startMockNetSuite(PORTFOLIO.map(mockAccountOf));
});

afterAll(async () => {
  await mock.close();
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'acton-audit-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  process.exitCode = undefined;
});

function writeAccountsFile(clients: readonly ClientAccount[]): string {
  const entries = clients.map((client) => ({
    name: client.name,
    accountId: client.accountId,
    ...client.credentials,
    ...(client.accountId === STALE_SECRET_ACCOUNT ? { tokenSecret: '0'.repeat(64) } : {}),
    restletUrl: mock.restletUrl(client.accountId),
  }));
  const file = join(folder, 'accounts.json');
  writeFileSync(file, JSON.stringify(entries, null, 2));
  chmodSync(file, 0o600);
  return file;
}

function auditOptions(accounts: string, overrides: Partial<AuditCommandOptions> = {}): AuditCommandOptions {
  return {
    accounts,
    single: {},
    defaults: {},
    format: 'text',
    concurrency: 4,
    timeoutSeconds: 5,
    progress: true,
    ...overrides,
  };
}

describe('twenty accounts where some fail', () => {
  it('exits 2: an account is not ready and a login was refused', async () => {
    const code = await executeAudit(auditOptions(writeAccountsFile(PORTFOLIO)), capturedIo());

    expect(code).toBe(2);
  });

  it('prints one summary line per account, and the others carry on past the failures', async () => {
    const io = capturedIo();

    await executeAudit(auditOptions(writeAccountsFile(PORTFOLIO)), io);

    const lines = io.out().split('\n');
    const lineOf = (name: string) => lines.find((line) => line.startsWith(name)) ?? '';
    expect(lines.filter((line) => /^Ready client \d+ /.test(line) && line.includes(' READY '))).toHaveLength(13);
    expect(lineOf('Sandbox client')).toContain('READY');
    expect(lineOf('TBA switched off')).toContain('NOT_READY');
    expect(lineOf('Locked tables')).toContain('INCOMPLETE');
    expect(lineOf('Bundle missing')).toContain('RESTLET NOT DEPLOYED');
    expect(lineOf('Maintenance')).toContain('NOT JSON');
    expect(lineOf('Revoked token')).toMatch(/AUTHENTICATION FAILED.*Login Audit Trail/);
    expect(io.out()).toContain(
      '20 accounts: 14 READY, 2 NOT_READY, 1 INCOMPLETE, 1 RESTLET NOT DEPLOYED, 1 NOT JSON, 1 AUTHENTICATION FAILED',
    );
  });

  it('reports progress on stderr, one plain line per account when not on a terminal', async () => {
    const io = capturedIo();

    await executeAudit(auditOptions(writeAccountsFile(PORTFOLIO)), io);

    expect(
      io
        .err()
        .split('\n')
        .filter((line) => /^\[\d+\/20\] /.test(line)),
    ).toHaveLength(20);
  });

  it('writes every account to the JSON document, reports and failures alike, and no secret', async () => {
    const io = capturedIo();

    await executeAudit(auditOptions(writeAccountsFile(PORTFOLIO), { format: 'json' }), io);

    const document = JSON.parse(io.out()) as CombinedAuditDocument;
    expect(document.tool.name).toBe('acton-readiness');
    expect(document.accounts.map((entry) => entry.outcome).filter((outcome) => outcome === 'report')).toHaveLength(17);
    expect(document.accounts.find((entry) => entry.name === 'Revoked token')?.error?.kind).toBe('authentication');
    for (const secret of [...secretsOf(PORTFOLIO), '0'.repeat(64)]) expect(io.out() + io.err()).not.toContain(secret);
  });

  it('writes one CSV row per account per check, and one row per failed account', async () => {
    const io = capturedIo();

    await executeAudit(auditOptions(writeAccountsFile(PORTFOLIO), { format: 'csv' }), io);

    // Cells hold line breaks as \n; rows end with \r\n.
    const rows = io
      .out()
      .split('\r\n')
      .filter((row) => row !== '');
    expect(rows[0]).toBe(COMBINED_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(1 + 17 * CHECK_CATALOGUE.length + 3);
  });
});

describe('colour in the summary', () => {
  const clients = PORTFOLIO.filter((client) => ['Ready client 1', 'TBA switched off'].includes(client.name));

  it('colours the summary on a terminal', async () => {
    const io = capturedIo({}, true);

    await executeAudit(auditOptions(writeAccountsFile(clients), { progress: false }), io);

    expect(io.out()).toContain('\u001b[');
  });

  it('leaves the summary plain on a terminal when NO_COLOR is set', async () => {
    const io = capturedIo({ NO_COLOR: '1' }, true);

    await executeAudit(auditOptions(writeAccountsFile(clients), { progress: false }), io);

    expect(io.out()).not.toContain('\u001b[');
  });
});

describe('exit codes', () => {
  it('exits 0 when every account is ready', async () => {
    const clients = PORTFOLIO.slice(0, 3);

    expect(await executeAudit(auditOptions(writeAccountsFile(clients)), capturedIo())).toBe(0);
  });

  it('exits 3 when an account is incomplete or unreachable, and none is not ready', async () => {
    const clients = PORTFOLIO.filter((client) =>
      ['Ready client 1', 'Locked tables', 'Maintenance'].includes(client.name),
    );

    expect(await executeAudit(auditOptions(writeAccountsFile(clients)), capturedIo())).toBe(3);
  });
});

describe('the HTML page', () => {
  it('shows each account name as text, never as markup', async () => {
    const hostileName = { ...PORTFOLIO[0]!, name: '<script>alert(1)</script> Ltd' };
    const io = capturedIo();

    await executeAudit(auditOptions(writeAccountsFile([hostileName]), { format: 'html' }), io);

    expect(io.out()).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ltd');
    expect(io.out()).not.toContain('<script>alert(1)');
  });
});

describe('--out', () => {
  it('writes the chosen format to the file and the summary to the terminal', async () => {
    const out = join(folder, 'readiness.json');
    const io = capturedIo();

    await executeAudit(auditOptions(writeAccountsFile(PORTFOLIO.slice(0, 2)), { format: 'json', out }), io);

    expect((JSON.parse(readFileSync(out, 'utf8')) as CombinedAuditDocument).accounts).toHaveLength(2);
    expect(io.out()).toContain('2 accounts: 2 READY');
  });
});

describe('one account from environment variables', () => {
  it('is audited without an accounts file', async () => {
    const client = PORTFOLIO[0]!;
    const io = capturedIo({
      NETSUITE_ACCOUNT_ID: client.accountId,
      NETSUITE_CONSUMER_KEY: client.credentials.consumerKey,
      NETSUITE_CONSUMER_SECRET: client.credentials.consumerSecret,
      NETSUITE_TOKEN_ID: client.credentials.tokenId,
      NETSUITE_TOKEN_SECRET: client.credentials.tokenSecret,
    });
    const options: AuditCommandOptions = {
      single: { restletUrl: mock.restletUrl(client.accountId) },
      defaults: {},
      format: 'text',
      concurrency: 1,
      timeoutSeconds: 5,
      progress: false,
    };

    const code = await executeAudit(options, io);

    expect(code).toBe(0);
    expect(io.out()).toContain(`${client.accountId}`);
  });
});

describe('Ctrl-C during a run', () => {
  it('keeps what finished and reports the rest as not run', async () => {
    const controller = new AbortController();
    const clients = PORTFOLIO.slice(0, 5);
    const io = capturedIo();
    const interruptingIo: CommandIo = {
      ...io,
      stderr: {
        write: (text) => {
          // The progress line of the first finished account: press Ctrl-C now.
          if (text.startsWith('[1/')) controller.abort();
          return io.stderr.write(text);
        },
      },
    };

    const code = await executeAudit(
      auditOptions(writeAccountsFile(clients), { concurrency: 1, format: 'json' }),
      interruptingIo,
      controller.signal,
    );

    const document = JSON.parse(io.out()) as CombinedAuditDocument;
    expect(document.accounts.map((entry) => entry.outcome)).toEqual(['report', 'error', 'error', 'error', 'error']);
    expect(document.accounts[4]?.error?.message).toBe('Not run: interrupted.');
    expect(code).toBe(3);
  });
});

describe('usage errors', () => {
  async function runCli(args: readonly string[]): Promise<{ readonly code: number; readonly stderr: string }> {
    const errors: string[] = [];
    const program = createProgram().configureOutput({
      writeErr: (text) => errors.push(text),
      writeOut: () => undefined,
    });
    registerAuditCommand(program);
    try {
      await program.parseAsync(['node', 'acton-readiness', ...args]);
      return { code: Number(process.exitCode ?? 0), stderr: errors.join('') };
    } catch (thrown) {
      return { code: exitCodeFor(thrown, { write: (text) => errors.push(text) > 0 }), stderr: errors.join('') };
    }
  }

  it('exits 64 for a concurrency out of range', async () => {
    const result = await runCli(['audit', '--accounts', 'accounts.json', '--concurrency', '100']);

    expect(result).toEqual({
      code: 64,
      stderr: expect.stringContaining('--concurrency must be a whole number from 1 to 64'),
    });
  });

  it('exits 64 for an unknown format', async () => {
    expect((await runCli(['audit', '--accounts', 'accounts.json', '--format', 'xml'])).code).toBe(64);
  });

  it('exits 64 and says what to give when no account is named', async () => {
    const netsuiteVariables = Object.entries(process.env).filter(([name]) => name.startsWith('NETSUITE_'));
    for (const [name] of netsuiteVariables) delete process.env[name];
    try {
      const result = await runCli(['audit']);

      expect(result).toEqual({ code: 64, stderr: expect.stringContaining('--accounts FILE') });
    } finally {
      for (const [name, value] of netsuiteVariables) process.env[name] = value;
    }
  });

  it('exits 64 with every problem of an invalid accounts file', async () => {
    const file = join(folder, 'accounts.json');
    writeFileSync(file, JSON.stringify([{ name: 'Acme', accountId: '1234567' }]));

    const result = await runCli(['audit', '--accounts', file]);

    expect(result.code).toBe(64);
    expect(result.stderr).toContain(
      `${file}: [0] "Acme": has no credentials: give consumerKey, consumerSecret, tokenId, tokenSecret ` +
        `(Token-Based Authentication) or clientId, certificateId, privateKeyFile (OAuth 2.0 client credentials)`,
    );
  });

  it('exits 64 when both an accounts file and single-account flags are given', async () => {
    expect((await runCli(['audit', '--accounts', 'a.json', '--account-id', '1234567'])).code).toBe(64);
  });
});
