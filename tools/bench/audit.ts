/**
 * `npm run bench:audit`: how the audit command scales. 200 accounts behind the mock NetSuite,
 * each answering with a report the compiled RESTlet produced in the emulator (one of the
 * bundled scenarios) after 100 ms of added latency; the same run at concurrency 1 and 16.
 * Prints wall times, their ratio and the process's peak memory. Figures, not a test: nothing
 * here passes or fails on time.
 *
 * Needs the compiled bundle and tools: `npm run build && npx tsc -p tsconfig.tools.json`.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { runAudit } from '../audit/auditRun';
import type { AuditRun } from '../audit/auditRun';
import { toAuditTarget } from '../audit/auditTarget';
import type { AuditTarget } from '../audit/auditTarget';
import { emulatedRestlet } from '../mocknetsuite/emulatedRestlet';
import type { EmulatedRestlet } from '../mocknetsuite/emulatedRestlet';
import { startMockNetSuite } from '../mocknetsuite/mockNetSuite';
import type { MockAccount, MockNetSuite } from '../mocknetsuite/mockNetSuite';

const ACCOUNT_COUNT = 200;
const LATENCY_MS = 100;
const CONCURRENCIES = [1, 16] as const;
const NOW = new Date('2026-11-27T12:00:00Z');
const MEMORY_SAMPLE_MS = 10;

interface BenchAccount {
  readonly mock: MockAccount;
  readonly credentials: { readonly consumerKey: string; readonly consumerSecret: string; readonly tokenId: string; readonly tokenSecret: string };
}

/** Bench credentials: distinct per account, shaped like NetSuite's 64 hexadecimal characters. */
function credentialsFor(index: number): BenchAccount['credentials'] {
  const hex = (role: number) => `${index.toString(16).padStart(8, '0')}${role}`.padEnd(64, 'a');
  return { consumerKey: hex(1), consumerSecret: hex(2), tokenId: hex(3), tokenSecret: hex(4) };
}

/** Account `index` answers like scenario `index mod n`, under an account id of its own. */
function benchAccount(index: number, restlet: EmulatedRestlet): BenchAccount {
  const credentials = credentialsFor(index);
  return {
    credentials,
    mock: {
      accountId: `${9_000_000 + index}`,
      consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
      tokens: [{ id: credentials.tokenId, secret: credentials.tokenSecret }],
      answer: restlet.answers,
      behaviour: { latencyMs: LATENCY_MS },
    },
  };
}

function targetFor(mock: MockNetSuite, account: BenchAccount): AuditTarget {
  const built = toAuditTarget({
    name: `Bench account ${account.mock.accountId}`,
    accountId: account.mock.accountId,
    credentials: account.credentials,
    restletUrl: mock.restletUrl(account.mock.accountId),
    query: {},
  });
  if ('problem' in built) throw new Error(built.problem);
  return built.target;
}

/** Samples the resident set size while `work` runs; returns its result and the peak seen. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly peakRssBytes: number }> {
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
  const restlets = await Promise.all(scenarioFiles.map((file) => emulatedRestlet(file, { now: NOW, projectRoot, remember: true })));
  // One RESTlet run per scenario now, so the timed runs measure the audit client, not the emulator.
  await Promise.all(restlets.map((restlet) => Promise.resolve(restlet.answers({}))));
  const emulationMs = performance.now() - emulationStart;

  const accounts = Array.from({ length: ACCOUNT_COUNT }, (_, index) => benchAccount(index, restlets[index % restlets.length] as EmulatedRestlet));
  const mock = await startMockNetSuite(accounts.map((account) => account.mock));
  const targets = accounts.map((account) => targetFor(mock, account));
  try {
    const wallTimes = new Map<number, number>();
    let peakRssBytes = 0;
    for (const concurrency of CONCURRENCIES) {
      const start = performance.now();
      const measured = await withPeakMemory(() => runAudit(targets, { concurrency, timeoutMs: 30_000 }));
      const wallMs = performance.now() - start;
      wallTimes.set(concurrency, wallMs);
      peakRssBytes = Math.max(peakRssBytes, measured.peakRssBytes);
      process.stdout.write(`concurrency ${String(concurrency).padStart(2)}: ${(wallMs / 1000).toFixed(2)} s for ${ACCOUNT_COUNT} accounts (${outcomes(measured.result)})\n`);
    }
    const ratio = (wallTimes.get(1) ?? 0) / (wallTimes.get(16) ?? 1);
    process.stdout.write(
      [
        '',
        `Accounts: ${ACCOUNT_COUNT} (${scenarioFiles.length} scenarios), added latency ${LATENCY_MS} ms per request`,
        `Emulator set-up and one compiled RESTlet run per scenario: ${(emulationMs / 1000).toFixed(2)} s`,
        `Wall time ratio, concurrency 1 / 16: ${ratio.toFixed(1)}x`,
        `Peak memory: ${mebibytes(peakRssBytes)} RSS sampled every ${MEMORY_SAMPLE_MS} ms; ${mebibytes(process.resourceUsage().maxRSS * 1024)} max RSS (OS)`,
        '',
      ].join('\n'),
    );
  } finally {
    await mock.close();
    for (const restlet of restlets) restlet.close();
  }
}

main().catch((problem: unknown) => {
  process.stderr.write(`bench:audit failed: ${problem instanceof Error ? problem.message : String(problem)}\n`);
  process.exitCode = 1;
});
