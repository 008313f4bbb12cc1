/**
 * `acton-readiness portfolio <dir>`: a history folder in, each client's readiness over time out,
 * and an exit code cron or CI can act on.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { executePortfolio, registerPortfolioCommand, toPortfolioOptions } from '../../tools/cli/commands/portfolio';
import type { PortfolioCommandOptions } from '../../tools/cli/commands/portfolio';
import { capturedIo } from '../audit/support/capturedIo';
import { runCommand } from '../audit/support/commandRun';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';
import { tokenRevoked } from '../fixtures/situations/tokenRevoked';
import { daysBefore, emptyHistoryFolder, keepRun, reportOf } from './support/historyFolder';

const NOW = new Date('2026-12-05T06:00:00Z');

interface PortfolioJson {
  readonly clients: readonly {
    readonly accountId: string;
    readonly name: string;
    readonly runs: readonly { readonly at: string; readonly verdict: string }[];
    readonly changes: readonly {
      readonly at: string;
      readonly checkId: string;
      readonly title: string;
      readonly from: string;
      readonly to: string;
      readonly kind: string;
      readonly cause?: string;
    }[];
    readonly release: string | null;
    readonly nextMilestone: { readonly id: string; readonly release: string } | null;
    readonly worse: boolean;
    readonly openProblems: readonly { readonly title: string; readonly owner: string }[];
  }[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

let folder: string;

beforeEach(() => {
  folder = emptyHistoryFolder();
  mkdirSync(folder);
});

afterEach(() => {
  rmSync(dirname(folder), { recursive: true, force: true });
});

function portfolio(overrides: Partial<PortfolioCommandOptions> = {}): {
  readonly code: number;
  readonly out: string;
  readonly err: string;
} {
  const io = capturedIo();
  const code = executePortfolio({ folder, format: 'json', days: 90, now: NOW, ...overrides }, io);
  return { code, out: io.out(), err: io.err() };
}

function portfolioJson(overrides: Partial<PortfolioCommandOptions> = {}): PortfolioJson {
  return JSON.parse(portfolio({ ...overrides, format: 'json' }).out) as PortfolioJson;
}

const READY = reportOf(readyAdministrator);

describe('a client audited twice, Token-Based Authentication switched off in between', () => {
  beforeEach(() => {
    keepRun(folder, { at: daysBefore(NOW, 2), name: 'Northwind', accountId: '1234567', report: READY });
    keepRun(folder, {
      at: daysBefore(NOW, 1),
      name: 'Northwind',
      accountId: '1234567',
      report: reportOf(tokenBasedAuthenticationOff),
    });
  });

  it('attributes the change to its check id and title, from pass to fail', () => {
    const [client] = portfolioJson().clients;

    expect(client?.changes).toContainEqual({
      at: daysBefore(NOW, 1).toISOString(),
      checkId: 'feature.token-based-authentication',
      title: 'Token-Based Authentication is enabled',
      from: 'pass',
      to: 'fail',
      kind: 'failed',
    });
  });

  it('lists both runs with their verdicts, and says the client got worse', () => {
    const [client] = portfolioJson().clients;

    expect(client?.runs.map((run) => run.verdict)).toEqual(['READY', 'NOT_READY']);
    expect(client?.worse).toBe(true);
  });

  it('exits 2, so cron or CI can act on it', () => {
    expect(portfolio().code).toBe(2);
  });

  it('names who fixes each open problem', () => {
    const [client] = portfolioJson().clients;

    expect(client?.openProblems[0]).toMatchObject({
      title: 'Enable Token-Based Authentication',
      owner: 'netsuite-admin',
    });
    expect(portfolio({ format: 'text' }).out).toContain(
      '1. Enable Token-Based Authentication [NetSuite administrator]',
    );
  });
});

describe('exit codes', () => {
  it('is 0 when no client got worse since its previous run', () => {
    keepRun(folder, {
      at: daysBefore(NOW, 2),
      name: 'A',
      accountId: '1111111',
      report: reportOf(tokenBasedAuthenticationOff),
    });
    keepRun(folder, { at: daysBefore(NOW, 1), name: 'A', accountId: '1111111', report: READY });

    expect(portfolio().code).toBe(0);
  });

  it('is 0 for a first run, even a failing one: there is nothing it got worse than', () => {
    keepRun(folder, {
      at: daysBefore(NOW, 1),
      name: 'A',
      accountId: '1111111',
      report: reportOf(tokenBasedAuthenticationOff),
    });

    expect(portfolio().code).toBe(0);
  });

  it('is 2 when an account the audit reached before could not be reached', () => {
    keepRun(folder, { at: daysBefore(NOW, 2), name: 'A', accountId: '1111111', report: READY });
    keepRun(folder, {
      at: daysBefore(NOW, 1),
      name: 'A',
      accountId: '1111111',
      failure: { kind: 'authentication', message: 'Refused.', remedy: 'Check the token.' },
    });

    const [client] = portfolioJson().clients;
    expect(portfolio().code).toBe(2);
    expect(client?.changes).toContainEqual(
      expect.objectContaining({ checkId: 'audit', from: 'audited', to: 'authentication' }),
    );
    expect(client?.openProblems[0]?.owner).toBe('consultant');
  });

  it('is 64 with a clear message for a folder that does not exist, a file, or a bad --days', async () => {
    const missing = await runCommand(registerPortfolioCommand, ['portfolio', join(folder, 'nowhere')]);
    const file = join(folder, 'file.json');
    writeFileSync(file, '{}');
    const notFolder = await runCommand(registerPortfolioCommand, ['portfolio', file]);
    const badDays = await runCommand(registerPortfolioCommand, ['portfolio', folder, '--days', 'ninety']);

    expect([missing.exitCode, notFolder.exitCode, badDays.exitCode]).toEqual([64, 64, 64]);
    expect(missing.stderr).toContain('nowhere: no such folder.');
    expect(notFolder.stderr).toContain('file.json: is a file; name the folder of audit --history.');
    expect(badDays.stderr).toContain('must be a whole number of days from 1 to');
    expect(missing.stderr + notFolder.stderr + badDays.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a folder with foreign files', () => {
  it('reports each one in skipped with its reason, and renders the rest', () => {
    const file = keepRun(folder, { at: daysBefore(NOW, 1), name: 'A', accountId: '1111111', report: READY });
    const account = dirname(file);
    writeFileSync(join(folder, 'notes.txt'), 'call the client on Monday');
    writeFileSync(join(account, 'broken.json'), '{"format": "acton-readiness-hist');
    writeFileSync(join(account, 'export.json'), JSON.stringify(READY));
    writeFileSync(join(account, '.123-456.tmp'), '{');
    mkdirSync(join(folder, 'photos'));
    writeFileSync(join(folder, 'photos', 'team.png'), 'PNG');
    const other = keepRun(folder, { at: daysBefore(NOW, 3), name: 'B', accountId: '2222222', report: READY });
    // A file of another account, copied into this one's folder.
    copyFileSync(other, join(account, 'zz-copied.json'));

    const result = portfolio();
    const json = JSON.parse(result.out) as PortfolioJson;

    expect(result.code).toBe(0);
    expect(json.clients.map((client) => client.accountId).sort()).toEqual(['1111111', '2222222']);
    expect(json.skipped).toEqual(
      expect.arrayContaining([
        { file: 'notes.txt', reason: 'not in an account folder: audit --history keeps one folder per account' },
        { file: '1111111/broken.json', reason: 'not JSON' },
        { file: '1111111/export.json', reason: 'not a file of audit --history' },
        { file: '1111111/.123-456.tmp', reason: 'an unfinished write of audit --history' },
        { file: 'photos/team.png', reason: 'not a .json file of audit --history' },
        { file: '1111111/zz-copied.json', reason: 'holds account 2222222, not 1111111' },
      ]),
    );
    expect(result.err).toContain('Skipped 6 files');
  });
});

describe('--days', () => {
  beforeEach(() => {
    keepRun(folder, { at: daysBefore(NOW, 40), name: 'A', accountId: '1111111', report: READY });
    keepRun(folder, {
      at: daysBefore(NOW, 35),
      name: 'A',
      accountId: '1111111',
      report: reportOf(tokenBasedAuthenticationOff),
    });
    keepRun(folder, { at: daysBefore(NOW, 20), name: 'A', accountId: '1111111', report: READY });
    keepRun(folder, { at: daysBefore(NOW, 10), name: 'A', accountId: '1111111', report: READY });
  });

  it('shows only the runs and changes of the last N days', () => {
    const [client] = portfolioJson({ days: 30 }).clients;

    expect(client?.runs.map((run) => run.at)).toEqual([
      daysBefore(NOW, 20).toISOString(),
      daysBefore(NOW, 10).toISOString(),
    ]);
    expect(client?.changes.map((change) => change.at)).not.toContain(daysBefore(NOW, 35).toISOString());
  });

  it('compares the first run of the window with the run before it, so a recovery at its start is shown', () => {
    const [client] = portfolioJson({ days: 30 }).clients;

    expect(client?.changes).toContainEqual(
      expect.objectContaining({
        checkId: 'feature.token-based-authentication',
        from: 'fail',
        to: 'pass',
        kind: 'recovered',
      }),
    );
  });

  it('takes 90 days when not told', () => {
    const options = toPortfolioOptions(folder, { format: 'json' });

    expect(options.days).toBe(90);
    expect(portfolioJson({ days: options.days }).clients[0]?.runs).toHaveLength(4);
  });
});

describe('tokens and Login Audit failures', () => {
  it('says which token was no longer listed and which Login Audit failure is new, with its cause', () => {
    keepRun(folder, { at: daysBefore(NOW, 2), name: 'A', accountId: '1234567', report: READY });
    keepRun(folder, { at: daysBefore(NOW, 1), name: 'A', accountId: '1234567', report: reportOf(tokenRevoked) });

    const [client] = portfolioJson().clients;

    expect(client?.changes).toContainEqual(expect.objectContaining({ checkId: 'token.active', kind: 'token-gone' }));
    expect(client?.changes).toContainEqual(
      expect.objectContaining({
        checkId: 'login.recent',
        kind: 'login-failure',
        title: expect.stringContaining('"InvalidToken"'),
        cause: expect.stringContaining('NetSuite did not accept the Token ID'),
      }),
    );
  });
});

describe('the release and the next platform milestone', () => {
  it('come from the latest report and the platform timeline the audit uses', () => {
    keepRun(folder, {
      at: daysBefore(NOW, 1),
      name: 'A',
      accountId: '1111111',
      report: reportOf(readyAdministrator, { version: '2026.2' }),
    });
    keepRun(folder, {
      at: daysBefore(NOW, 1),
      name: 'B',
      accountId: '2222222',
      report: reportOf(readyAdministrator, { version: '2027.1' }),
    });

    const byId = new Map(portfolioJson().clients.map((client) => [client.accountId, client]));

    expect(byId.get('1111111')).toMatchObject({
      release: '2026.2',
      nextMilestone: { id: 'tba-new-integrations-end', release: '2027.1' },
    });
    expect(byId.get('2222222')).toMatchObject({
      release: '2027.1',
      nextMilestone: { id: 'soap-removed', release: '2028.2' },
    });
  });
});

describe('the JSON document', () => {
  it('has clients with accountId, name, runs, changes, release and nextMilestone, and skipped', () => {
    keepRun(folder, { at: daysBefore(NOW, 1), name: 'A', accountId: '1111111', report: READY });

    const json = portfolioJson();

    expect(Object.keys(json)).toEqual(expect.arrayContaining(['clients', 'skipped']));
    expect(Object.keys(json.clients[0] ?? {})).toEqual(
      expect.arrayContaining(['accountId', 'name', 'runs', 'changes', 'release', 'nextMilestone']),
    );
    expect(Object.keys(json.clients[0]?.runs[0] ?? {})).toEqual(['at', 'verdict']);
  });
});
