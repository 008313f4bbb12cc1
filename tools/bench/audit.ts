/**
 * `npm run bench:audit`: how the audit command scales. 200 accounts behind the mock NetSuite,
 * each answering with a report the compiled RESTlet produced in the emulator (one of the
 * bundled scenarios) after 100 ms of added latency; the same run at concurrency 1 and 16, once
 * signed with Token-Based Authentication and once with OAuth 2.0 client credentials (an EC
 * key per account, its assertion checked by the mock, one token request per account per run).
 * Prints wall times, their ratio, token requests per account and the process's peak memory.
 * Figures, not a test: nothing here passes or fails on time.
 *
 * Needs the compiled bundle and tools: `npm run build`.
 */
import { generateKeyPairSync } from 'crypto';
import { readdirSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { runAudit } from '../audit/auditRun';
import type { AuditRun } from '../audit/auditRun';
import { toAuditTarget } from '../audit/auditTarget';
import type { AccountAuthentication, AuditTarget, AuthenticationMethod } from '../audit/auditTarget';
import { emulatedRestlet } from '../mocknetsuite/emulatedRestlet';
import type { EmulatedRestlet } from '../mocknetsuite/emulatedRestlet';
import { startMockNetSuite } from '../mocknetsuite/mockNetSuite';
import type { MockAccount, MockNetSuite } from '../mocknetsuite/mockNetSuite';

const ACCOUNT_COUNT = 200;
const LATENCY_MS = 100;
const CONCURRENCIES = [1, 16] as const;
const METHODS: readonly AuthenticationMethod[] = ['tba', 'oauth2'];
const NOW = new Date('2026-11-27T12:00:00Z');
const MEMORY_SAMPLE_MS = 10;

interface BenchAccount {
  readonly mock: MockAccount;
  readonly authentication: (mock: MockNetSuite) => AccountAuthentication;
}

/** Bench credentials: distinct per account, shaped like NetSuite's 64 hexadecimal characters. */
function hexFor(index: number, role: number): string {
  return `${index.toString(16).padStart(8, '0')}${role}`.padEnd(64, 'a');
}

/** Account `index` answers like scenario `index mod n`, under an account id of its own, with TBA or OAuth 2.0. */
function benchAccount(index: number, method: AuthenticationMethod, restlet: EmulatedRestlet): BenchAccount {
  const accountId = `${(method === 'tba' ? 9_000_000 : 8_000_000) + index}`;
  const base = { accountId, answer: restlet.answers, behaviour: { latencyMs: LATENCY_MS } };
  if (method === 'tba') {
    const credentials = {
      consumerKey: hexFor(index, 1),
      consumerSecret: hexFor(index, 2),
      tokenId: hexFor(index, 3),
      tokenSecret: hexFor(index, 4),
    };
    return {
      mock: {
        ...base,
        consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
        tokens: [{ id: credentials.tokenId, secret: credentials.tokenSecret }],
      },
      authentication: () => ({ method: 'tba', credentials }),
    };
  }
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const clientId = hexFor(index, 5);
  const certificateId = `bench-certificate-${index}`;
  return {
    mock: { ...base, oauth2: { clientId, certificates: [{ id: certificateId, publicKey }] } },
    authentication: (mock) => ({
      method: 'oauth2',
      client: {
        clientId,
        certificateId,
        privateKey,
        algorithm: 'ES256',
        tokenUrl: new URL(mock.tokenUrl(accountId)),
        scopes: ['restlets'],
      },
    }),
  };
}

function targetFor(mock: MockNetSuite, account: BenchAccount): AuditTarget {
  const built = toAuditTarget({
    name: `Bench account ${account.mock.accountId}`,
    accountId: account.mock.accountId,
    authentication: account.authentication(mock),
    restletUrl: mock.restletUrl(account.mock.accountId),
    query: {},
  });
  if ('problem' in built) throw new Error(built.problem);
  return built.target;
}

/** Samples the resident set size while `work` runs; returns its result and the peak seen. */
async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ readonly result: T; readonly peakRssBytes: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, MEMORY_SAMPLE_MS);
  try {
    const result = await work();
    return { result, peakRssBytes: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(sampler);
  }
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function outcomes(run: AuditRun): string {
  const counts = new Map<string, number>();
  for (const result of run.results) {
    const key = result.outcome === 'report' ? result.report.verdict : `error:${result.failure.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, count]) => `${count} ${key}`).join(', ');
}

async function main(): Promise<void> {
  const projectRoot = process.cwd();
  const scenarioFiles = readdirSync(join(projectRoot, 'scenarios'))
    .filter((file) => /^\d+-.+\.json$/.test(file))
    .map((file) => join(projectRoot, 'scenarios', file));
  process.stdout.write(`Preparing ${scenarioFiles.length} scenarios in the emulator (compiled RESTlet)...\n`);
  const emulationStart = performance.now();
  const restlets = await Promise.all(
    scenarioFiles.map((file) => emulatedRestlet(file, { now: NOW, projectRoot, remember: true })),
  );
  // One RESTlet run per scenario now, so the timed runs measure the audit client, not the emulator.
  await Promise.all(restlets.map((restlet) => Promise.resolve(restlet.answers({}))));
  const emulationMs = performance.now() - emulationStart;

  const accounts = METHODS.flatMap((method) =>
    Array.from({ length: ACCOUNT_COUNT }, (_, index) =>
      benchAccount(index, method, restlets[index % restlets.length] as EmulatedRestlet),
    ),
  );
  const mock = await startMockNetSuite(accounts.map((account) => account.mock));
  try {
    let peakRssBytes = 0;
    const summary: string[] = [];
    for (const method of METHODS) {
      const ofMethod = accounts.filter((account) => account.authentication(mock).method === method);
      const targets = ofMethod.map((account) => targetFor(mock, account));
      const wallTimes = new Map<number, number>();
      for (const concurrency of CONCURRENCIES) {
        const start = performance.now();
        const measured = await withPeakMemory(() => runAudit(targets, { concurrency, timeoutMs: 30_000 }));
        const wallMs = performance.now() - start;
        wallTimes.set(concurrency, wallMs);
        peakRssBytes = Math.max(peakRssBytes, measured.peakRssBytes);
        process.stdout.write(
          `${label(method)}, concurrency ${String(concurrency).padStart(2)}: ${(wallMs / 1000).toFixed(2)} s ` +
            `for ${targets.length} accounts (${outcomes(measured.result)})\n`,
        );
      }
      const ratio = (wallTimes.get(1) ?? 0) / (wallTimes.get(16) ?? 1);
      const tokenRequests = ofMethod.reduce((total, account) => total + mock.tokenRequests(account.mock.accountId), 0);
      summary.push(
        `${label(method)}: wall time ratio, concurrency 1 / 16: ${ratio.toFixed(1)}x; token requests per ` +
          `account per run: ${(tokenRequests / ofMethod.length / CONCURRENCIES.length).toFixed(2)}`,
      );
    }
    process.stdout.write(
      [
        '',
        `Accounts: ${ACCOUNT_COUNT} per method (${scenarioFiles.length} scenarios), added latency ${LATENCY_MS} ` +
          `ms per request`,
        `Emulator set-up and one compiled RESTlet run per scenario: ${(emulationMs / 1000).toFixed(2)} s`,
        ...summary,
        `Peak memory: ${mebibytes(peakRssBytes)} RSS sampled every ${MEMORY_SAMPLE_MS} ms; ` +
          `${mebibytes(process.resourceUsage().maxRSS * 1024)} max RSS (OS)`,
        '',
      ].join('\n'),
    );
  } finally {
    await mock.close();
    for (const restlet of restlets) restlet.close();
  }
}

function label(method: AuthenticationMethod): string {
  return method === 'tba' ? 'TBA' : 'OAuth 2.0';
}

main().catch((problem: unknown) => {
  process.stderr.write(`bench:audit failed: ${problem instanceof Error ? problem.message : String(problem)}\n`);
  process.exitCode = 1;
});
