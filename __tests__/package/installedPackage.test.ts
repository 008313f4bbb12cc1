/**
 * The command as a consultant gets it: `npm pack` in this project, `npm install` of the tarball
 * into an empty folder with no network (every runtime dependency travels in the tarball), and
 * each command run from there with no build step, against the mock NetSuite on loopback.
 * Needs `npm run build` first (`npm test` does it).
 */
import { execFile, execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { clientAccount, mockAccountOf } from '../audit/support/clientAccounts';

const PROJECT_ROOT = join(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const CLIENT = clientAccount('Packaged Co', '7100001');

jest.setTimeout(180_000);

let folder: string;
let installed: string;
let mock: MockNetSuite;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the installed `acton-readiness` with only the environment given (and PATH), from the install folder. */
async function runInstalled(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const bin = join(installed, 'node_modules', '.bin', 'acton-readiness');
  try {
    const { stdout, stderr } = await promisify(execFile)(bin, [...args], {
      cwd: installed,
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (problem) {
    const failed = problem as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'acton-package-'));
  installed = join(folder, 'consultant');
  execFileSync('mkdir', ['-p', installed]);
  execFileSync('npm', ['pack', '--pack-destination', folder, '--silent'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  // An empty cache and --offline: the install may not fetch anything.
  execFileSync(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(folder, 'empty-cache'),
      join(folder, `acton-readiness-${VERSION}.tgz`),
    ],
    { cwd: installed, stdio: 'pipe' },
  );
  mock = await startMockNetSuite([mockAccountOf(CLIENT)]);
});

afterAll(async () => {
  await mock?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the installed package', () => {
  it('holds the compiled tools, scripts, demo scenarios and the accounts schema, and no sources or tests', () => {
    const listing = execFileSync('tar', ['tzf', join(folder, `acton-readiness-${VERSION}.tgz`)], {
      encoding: 'utf8',
    }).split('\n');

    expect(listing).toEqual(
      expect.arrayContaining([
        'package/bin/acton-readiness.js',
        'package/build/tools/cli/main.js',
        'package/FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js',
        'package/scenarios/07-token-revoked.json',
        'package/tools/audit/accounts.schema.json',
      ]),
    );
    expect(
      listing.filter(
        (file) => /^package\/(src|__tests__)\/|\.ts$|\.map$/.test(file) && !file.includes('/node_modules/'),
      ),
    ).toEqual([]);
  });

  it('ships only the sql.js build the emulator loads, no source-map comment without its map, and a licence', () => {
    const listing = execFileSync('tar', ['tzf', join(folder, `acton-readiness-${VERSION}.tgz`)], {
      encoding: 'utf8',
    }).split('\n');
    const packageRoot = join(installed, 'node_modules', 'acton-readiness');

    expect(listing.filter((file) => /sql\.js\/|sqlJs|sql-wasm|sql-asm|worker\.sql/i.test(file)).sort()).toEqual([
      'package/build/tools/emulator/database/sqlJsLoader.js',
      'package/build/vendor/sql.js/LICENSE',
      'package/build/vendor/sql.js/sql-wasm.js',
      'package/build/vendor/sql.js/sql-wasm.wasm',
    ]);
    const dangling = listing
      .filter((file) => file.startsWith('package/build/') && file.endsWith('.js'))
      .filter((file) => {
        const text = readFileSync(join(packageRoot, file.replace(/^package\//, '')), 'utf8');
        const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
        return map !== undefined && !listing.includes(`${file.replace(/[^/]+$/, '')}${map}`);
      });
    expect(dangling).toEqual([]);
    expect(readFileSync(join(packageRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('says in its README how many demo scenarios it holds, counted from the files it holds', () => {
    const listing = execFileSync('tar', ['tzf', join(folder, `acton-readiness-${VERSION}.tgz`)], {
      encoding: 'utf8',
    }).split('\n');
    const scenarios = listing.filter((file) => /^package\/scenarios\/\d{2}-[^/]+\.json$/.test(file)).length;
    const readme = readFileSync(join(installed, 'node_modules', 'acton-readiness', 'README.md'), 'utf8');

    expect(scenarios).toBeGreaterThan(0);
    expect(readme).toContain(`The package holds ${scenarios} demo scenarios`);
  });

  it('runs demo-audit: audit and check-credentials against the mock NetSuite on this machine', async () => {
    const run = await runInstalled(['demo-audit']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 accounts: 1 READY, 1 NOT_READY, 1 AUTHENTICATION FAILED');
    expect(run.stdout).toContain('REFUSED: NetSuite refused these values');
  });

  it('audits more than ten accounts at once without a MaxListenersExceededWarning', async () => {
    const clients = Array.from({ length: 24 }, (_, index) => clientAccount(`Busy ${index}`, `${7300100 + index}`));
    const busy = await startMockNetSuite(
      clients.map((client) => ({ ...mockAccountOf(client), behaviour: { latencyMs: 100 } })),
    );
    try {
      const file = join(installed, 'many-accounts.json');
      writeFileSync(
        file,
        JSON.stringify(
          clients.map((client) => ({
            name: client.name,
            accountId: client.accountId,
            ...client.credentials,
            restletUrl: busy.restletUrl(client.accountId),
          })),
        ),
        { mode: 0o600 },
      );

      const run = await runInstalled(['audit', '--accounts', file, '--concurrency', '16', '--no-progress']);

      expect(run.stdout).toContain('24 accounts: 24 READY');
      expect(run.stderr).not.toContain('MaxListenersExceededWarning');
    } finally {
      await busy.close();
    }
  });

  it('runs simulate on a bundled demo scenario', async () => {
    const run = await runInstalled([
      'simulate',
      'node_modules/acton-readiness/scenarios/07-token-revoked.json',
      '--format',
      'json',
      '--now',
      '2026-11-27T12:00:00Z',
    ]);

    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('NOT_READY');
  });

  it('runs simulate-watch on two bundled demo scenarios', async () => {
    const run = await runInstalled([
      'simulate-watch',
      'node_modules/acton-readiness/scenarios/01-ready-administrator.json',
      'node_modules/acton-readiness/scenarios/07-token-revoked.json',
      '--format',
      'json',
    ]);

    expect(run.code).toBe(0);
    expect(
      (JSON.parse(run.stdout) as { runs: { verdict: string }[] }).runs.map((watchRun) => watchRun.verdict),
    ).toEqual(['READY', 'NOT_READY']);
  });

  it('runs render on an exported report', async () => {
    writeFileSync(
      join(installed, 'report.json'),
      JSON.stringify(cannedReport('ready-administrator', CLIENT.accountId)),
    );

    const run = await runInstalled(['render', 'report.json', '--format', 'csv']);

    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toMatch(/^account_id,environment,generated_at,verdict,check_id/);
  });

  it('runs audit against an account', async () => {
    const run = await runInstalled(['audit', '--no-progress', '--restlet-url', mock.restletUrl(CLIENT.accountId)], {
      NETSUITE_ACCOUNT_ID: CLIENT.accountId,
      NETSUITE_CONSUMER_KEY: CLIENT.credentials.consumerKey,
      NETSUITE_CONSUMER_SECRET: CLIENT.credentials.consumerSecret,
      NETSUITE_TOKEN_ID: CLIENT.credentials.tokenId,
      NETSUITE_TOKEN_SECRET: CLIENT.credentials.tokenSecret,
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 account: 1 READY');
  });

  it('runs check-credentials', async () => {
    const run = await runInstalled(
      ['check-credentials', '--account-id', CLIENT.accountId, '--soap-url', mock.soapUrl(CLIENT.accountId)],
      {
        NETSUITE_CONSUMER_KEY: CLIENT.credentials.consumerKey,
        NETSUITE_CONSUMER_SECRET: CLIENT.credentials.consumerSecret,
        NETSUITE_TOKEN_ID: CLIENT.credentials.tokenId,
        NETSUITE_TOKEN_SECRET: CLIENT.credentials.tokenSecret,
      },
    );

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^WORKS: /);
  });
});
