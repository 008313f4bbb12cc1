/**
 * `acton-readiness audit --history <dir>` against the mock NetSuite, then `portfolio` on the
 * folder: what a consultant's cron job does every day.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { executeAudit } from '../../tools/cli/commands/audit';
import type { AuditCommandOptions } from '../../tools/cli/commands/audit';
import { executePortfolio } from '../../tools/cli/commands/portfolio';
import { writeHistory } from '../../tools/audit/history';
import { cannedAnswers } from '../../tools/mocknetsuite/cannedReports';
import type { CannedSituation } from '../../tools/mocknetsuite/cannedReports';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { writeAccountsFile } from './support/auditInputs';
import { capturedIo } from './support/capturedIo';
import { clientAccount, mockAccountOf, secretsOf } from './support/clientAccounts';
import type { ClientAccount } from './support/clientAccounts';
import { emptyHistoryFolder } from '../portfolio/support/historyFolder';

const NORTHWIND = clientAccount('Northwind', '3100001');
const CONTOSO = clientAccount('Contoso', '3100002_SB1');
const CLIENTS = [NORTHWIND, CONTOSO];
/** Northwind's situation for the next run: the tests change it between runs. */
let northwindSituation: CannedSituation = 'ready-administrator';

let mock: MockNetSuite;
let history: string;

beforeAll(async () => {
  mock = await startMockNetSuite([
    { ...mockAccountOf(NORTHWIND), answer: (query) => cannedAnswers(northwindSituation, NORTHWIND.accountId)(query) },
    mockAccountOf(CONTOSO),
  ]);
});

afterAll(async () => {
  await mock.close();
});

beforeEach(() => {
  northwindSituation = 'ready-administrator';
  history = emptyHistoryFolder();
});

afterEach(() => {
  rmSync(dirname(history), { recursive: true, force: true });
  process.exitCode = undefined;
});

function accountsFile(clients: readonly ClientAccount[], names: Readonly<Record<string, string>> = {}): string {
  const named = clients.map((client) => ({ ...client, name: names[client.accountId] ?? client.name }));
  return writeAccountsFile(dirname(history), mock, named);
}

function auditOptionsFor(accounts: string): AuditCommandOptions {
  return {
    accounts,
    single: {},
    defaults: {},
    format: 'json',
    concurrency: 2,
    timeoutSeconds: 5,
    progress: false,
    history,
  };
}

async function auditWithHistory(accounts: string): Promise<number> {
  return executeAudit(auditOptionsFor(accounts), capturedIo());
}

/** Every file under the folder, relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

function portfolio(format: 'json' | 'html' | 'text'): { readonly code: number; readonly out: string } {
  const io = capturedIo();
  const code = executePortfolio({ folder: history, format, days: 90 }, io);
  return { code, out: io.out() };
}

describe('audit --history', () => {
  it('keeps one file per account per run, in a folder per Account ID', async () => {
    const accounts = accountsFile(CLIENTS);

    await auditWithHistory(accounts);
    await auditWithHistory(accounts);

    const files = filesUnder(history);
    expect(files.filter((file) => file.startsWith('3100001/'))).toHaveLength(2);
    expect(files.filter((file) => file.startsWith('3100002_SB1/'))).toHaveLength(2);
  });

  it('creates its folders and files readable by their owner only', async () => {
    await auditWithHistory(accountsFile(CLIENTS));

    expect(statSync(history).mode & 0o777).toBe(0o700);
    expect(statSync(join(history, '3100001')).mode & 0o777).toBe(0o700);
    for (const file of filesUnder(history)) expect(statSync(join(history, file)).mode & 0o777).toBe(0o600);
  });

  it('warns when the folder it keeps reports in can be read by other users', async () => {
    mkdirSync(history, { mode: 0o755 });
    chmodSync(history, 0o755);
    const io = capturedIo();

    await executeAudit({ ...auditOptionsFor(accountsFile(CLIENTS)), history }, io);

    expect(io.err()).toContain(`other users of this machine can read it (mode 755); run: chmod 700 ${history}`);
  });

  it('never overwrites an earlier run, even one that started at the same moment', () => {
    const at = '2026-12-01T06:00:00.000Z';
    const result = {
      outcome: 'error' as const,
      account: { name: 'Northwind', accountId: '3100001' },
      attempts: 1,
      failure: { kind: 'timeout' as const, message: 'No answer.', remedy: 'Run again.', httpStatus: null, code: null },
    };

    const first = writeHistory(history, at, [result], (text) => text);
    const second = writeHistory(history, at, [result], (text) => text);

    expect(first.files).toHaveLength(1);
    expect(second.files).toHaveLength(1);
    expect(second.files[0]).not.toBe(first.files[0]);
    expect(filesUnder(history)).toHaveLength(2);
    // Names sort as the runs were kept: the second after the first.
    expect([second.files[0], first.files[0]].sort()).toEqual([first.files[0], second.files[0]]);
  });

  it('refuses a --history that names a file, before auditing anything', async () => {
    const file = join(dirname(history), 'not-a-folder');
    writeFileSync(file, '');
    const before = mock.requestsReceived(NORTHWIND.accountId);

    await expect(
      executeAudit(
        {
          accounts: accountsFile(CLIENTS),
          single: {},
          defaults: {},
          format: 'text',
          concurrency: 1,
          timeoutSeconds: 5,
          progress: false,
          history: file,
        },
        capturedIo(),
      ),
    ).rejects.toThrow('--history');
    expect(mock.requestsReceived(NORTHWIND.accountId)).toBe(before);
  });
});

describe('two runs with a change, read by portfolio', () => {
  it('attributes the change to its check id and exits 2', async () => {
    const accounts = accountsFile(CLIENTS);
    await auditWithHistory(accounts);
    northwindSituation = 'token-based-authentication-off';
    await auditWithHistory(accounts);

    const result = portfolio('json');
    const json = JSON.parse(result.out) as {
      clients: { accountId: string; changes: { checkId: string; from: string; to: string }[] }[];
    };

    expect(result.code).toBe(2);
    expect(json.clients[0]?.accountId).toBe('3100001');
    expect(json.clients[0]?.changes).toContainEqual(
      expect.objectContaining({ checkId: 'feature.token-based-authentication', from: 'pass', to: 'fail' }),
    );
  });
});

describe('an entry renamed in the accounts file', () => {
  it('keeps one history under the Account ID and shows the new name', async () => {
    await auditWithHistory(accountsFile(CLIENTS));
    await auditWithHistory(accountsFile(CLIENTS, { '3100001': 'Northwind Traders (EMEA)' }));

    const json = JSON.parse(portfolio('json').out) as {
      clients: { accountId: string; name: string; runs: unknown[] }[];
    };
    const northwind = json.clients.filter((client) => client.accountId === '3100001');

    expect(northwind).toHaveLength(1);
    expect(northwind[0]?.name).toBe('Northwind Traders (EMEA)');
    expect(northwind[0]?.runs).toHaveLength(2);
  });
});

describe('secrets', () => {
  it('leaves no secret of the accounts file in any history file or portfolio page', async () => {
    const accounts = accountsFile(CLIENTS);
    await auditWithHistory(accounts);
    northwindSituation = 'audit-tables-unreadable';
    await auditWithHistory(accounts);

    const kept = filesUnder(history).map((file) => readFileSync(join(history, file), 'utf8'));
    const pages = (['json', 'html', 'text'] as const).map((format) => portfolio(format).out);

    expect(kept.length).toBe(4);
    for (const text of [...kept, ...pages]) for (const secret of secretsOf(CLIENTS)) expect(text).not.toContain(secret);
  });
});
