/**
 * `npm run bench:portfolio`: how long `portfolio` takes to render the history of 50 clients × 90
 * daily runs as HTML, and its peak memory, beside 50 × 10 (memory should follow the clients, not
 * the runs). The folder is generated in a temporary directory with the real engine's reports.
 * Figures, not a test: nothing here passes or fails.
 *
 * Each measurement runs in a fresh Node process (`--measure <dir> <days>`), so peak memory is its own.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { accountFolderName, historyEntry, runFileName } from '../audit/history';
import type { AccountAuditResult } from '../audit/accountAuditResult';
import { executePortfolio } from '../cli/commands/portfolio';
import { cannedReport } from '../mocknetsuite/cannedReports';
import type { CannedSituation } from '../mocknetsuite/cannedReports';
import type { ReportDocument } from '../../src/render/reportDocument';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-05T06:00:00Z');

/** Which situation client `client` is in on day `day` (0 = oldest): most ready, some changing. */
function situationOf(client: number, day: number, days: number): CannedSituation | 'timeout' {
  if (client % 7 === 0 && day === days - 1) return 'token-based-authentication-off';
  if (client % 5 === 1 && day % 9 === 4) return 'audit-tables-unreadable';
  if (client % 11 === 3 && day % 13 === 6) return 'timeout';
  return 'ready-administrator';
}

/** Writes `clients` × `days` history files as `audit --history` would, one report per client and situation reused. */
export function generateHistory(folder: string, clients: number, days: number, now: Date = NOW): void {
  for (let client = 0; client < clients; client += 1) {
    const accountId = `${4000000 + client}`;
    const reports = new Map<CannedSituation, ReportDocument>();
    const accountFolder = join(folder, accountFolderName(accountId));
    mkdirSync(accountFolder, { recursive: true, mode: 0o700 });
    for (let day = 0; day < days; day += 1) {
      const at = new Date(now.getTime() - (days - 1 - day) * DAY_MS).toISOString();
      const situation = situationOf(client, day, days);
      const account = { name: `Client ${client + 1}`, accountId };
      let result: AccountAuditResult;
      if (situation === 'timeout') {
        const failure = { kind: 'timeout', message: 'No answer within 60 s.', remedy: 'Run again.' } as const;
        result = { outcome: 'error', account, attempts: 3, failure: { ...failure, httpStatus: null, code: null } };
      } else {
        const report = reports.get(situation) ?? cannedReport(situation, accountId);
        reports.set(situation, report);
        result = { outcome: 'report', account, attempts: 1, report: { ...report, generatedAt: at } };
      }
      writeFileSync(join(accountFolder, runFileName(at)), `${JSON.stringify(historyEntry(at, result), null, 2)}\n`, {
        mode: 0o600,
      });
    }
  }
}

/** Renders the folder's portfolio as HTML in this process and prints time and peak memory as JSON. */
function measure(folder: string, days: number): void {
  const sink = { write: (): boolean => true };
  const start = performance.now();
  const code = executePortfolio(
    { folder, format: 'html', days, out: join(folder, '..', 'portfolio.html'), now: NOW },
    { stdout: sink, stderr: sink, env: {} },
  );
  const ms = performance.now() - start;
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ ms, maxRssMb: usage.maxRSS / 1024, exitCode: code }));
}

function run(clients: number, days: number): void {
  const root = mkdtempSync(join(tmpdir(), 'acton-portfolio-bench-'));
  try {
    const folder = join(root, 'history');
    const generating = performance.now();
    generateHistory(folder, clients, days);
    const generated = performance.now() - generating;
    const child = spawnSync(process.execPath, [__filename, '--measure', folder, String(days)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const figures = JSON.parse(child.stdout) as { ms: number; maxRssMb: number; exitCode: number };
    console.log(
      `${clients} clients × ${days} runs (${clients * days} files, generated in ${(generated / 1000).toFixed(1)} s): ` +
        `rendered in ${(figures.ms / 1000).toFixed(2)} s, peak memory ${figures.maxRssMb.toFixed(0)} MB ` +
        `(exit ${figures.exitCode})`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main !== module) {
  // Imported for generateHistory (the screenshots): nothing to measure.
} else if (process.argv[2] === '--measure') {
  measure(process.argv[3] ?? '', Number(process.argv[4] ?? '90'));
} else {
  console.log('portfolio --format html, each in a fresh Node process:');
  run(50, 10);
  run(50, 90);
  run(10, 90);
}
