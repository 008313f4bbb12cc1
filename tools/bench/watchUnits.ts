/**
 * `npm run bench:watch`: what one watch run costs in governance units (a scheduled script may use
 * 10,000), on the small ready account (01) and the generated large account (5,000 roles, 20,000
 * tokens, 100,000 Login Audit rows), in the situations that cost the most: the first run, a run
 * that emails, a run at the 90-run bound (one deletion) and a run on an overgrown history (the
 * most deletions one run makes). Figures, not a test: nothing here passes or fails.
 *
 * Needs `npm run build` (the script runs it first), which also generates the large account.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { demoScenarioPath, findDemoScenario, projectRoot } from '../scenarios/demoScenarios';
import { LARGE_ACCOUNT_NOW } from '../scenarios/largeAccountActivity';
import { COMPILED_WATCH_PATH, readyHistory, replayWatch } from '../watch/watchReplay';
import { HISTORY_BOUND, MAX_DELETIONS_PER_RUN } from '../../src/core/watch/watchPolicy';
import { WATCH_PARAMETERS } from '../../src/netsuite/watchReads/historyRecordType';

/** The demo accounts' administrator (employee 7) as the Email sender, so a run that got worse emails. */
const SENDER = { [WATCH_PARAMETERS.sender]: '7' };

interface Situation {
  readonly name: string;
  /** Stored runs before the measured one. */
  readonly history: number;
  /** Run first (unmeasured), to leave a previous run the measured one compares with. */
  readonly before?: string;
}

const SITUATIONS: readonly Situation[] = [
  { name: 'first run', history: 0 },
  { name: `at the bound (${HISTORY_BOUND} kept, 1 deleted)`, history: HISTORY_BOUND },
  { name: `overgrown history (${MAX_DELETIONS_PER_RUN} deleted)`, history: HISTORY_BOUND + 3 * MAX_DELETIONS_PER_RUN },
];

interface Row {
  readonly account: string;
  readonly situation: string;
  readonly verdict: string;
  readonly emails: number;
  readonly queries: number;
  readonly units: number;
  readonly limit: number;
  readonly ms: number;
}

async function measure(root: string, account: string, file: string, now: Date, situation: Situation): Promise<Row> {
  const records = readyHistory(root, situation.history);
  const files = situation.before === undefined ? [file] : [situation.before, file];
  const start = performance.now();
  const runs = await replayWatch(files, { projectRoot: root, firstRunAt: now, records, scriptParameters: SENDER });
  const ms = performance.now() - start;
  const run = runs[runs.length - 1];
  if (run === undefined) throw new Error('the watch did not run.');
  if (run.result.error !== null)
    throw new Error(
      `${account}, ${situation.name}: the watch failed: ${run.result.error.name}: ${run.result.error.message}`,
    );
  const { units, limit, queries } = run.result.usage;
  return {
    account,
    situation: situation.name,
    verdict: run.verdict ?? 'none',
    emails: run.result.emails.length,
    queries,
    units,
    limit,
    ms,
  };
}

function table(rows: readonly Row[]): string {
  const cells = [
    ['Account', 'Situation', 'Verdict', 'Emails', 'Queries', 'Units', 'Of', 'Wall (one run)'],
    ...rows.map((row) => [
      row.account,
      row.situation,
      row.verdict,
      String(row.emails),
      String(row.queries),
      String(row.units),
      String(row.limit),
      `${row.ms.toFixed(0)} ms`,
    ]),
  ];
  const widths = (cells[0] ?? []).map((_, index) => Math.max(...cells.map((line) => (line[index] ?? '').length)));
  return cells
    .map((line) =>
      line
        .map((cell, index) => (index < 3 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const root = projectRoot();
  if (!existsSync(join(root, COMPILED_WATCH_PATH)))
    throw new Error(`${COMPILED_WATCH_PATH} is missing: run npm run build first.`);
  const path = (id: string): string => {
    const scenario = findDemoScenario(id);
    if (scenario === undefined) throw new Error(`No demo scenario ${id}.`);
    const file = demoScenarioPath(scenario, root);
    if (!existsSync(file)) throw new Error(`${scenario.file} is missing: run npm run build first.`);
    return file;
  };
  const small = path('01-ready-administrator');
  const large = path('11-large-account');
  const rows: Row[] = [];
  for (const situation of SITUATIONS)
    rows.push(await measure(root, '01-ready-administrator', small, LARGE_ACCOUNT_NOW, situation));
  rows.push(
    await measure(root, '07-token-revoked', path('07-token-revoked'), LARGE_ACCOUNT_NOW, {
      name: 'emails (after a ready run)',
      history: 0,
      before: small,
    }),
  );
  for (const situation of SITUATIONS)
    rows.push(await measure(root, '11-large-account', large, LARGE_ACCOUNT_NOW, situation));
  process.stdout.write(
    `Watch units bench: the compiled watch in the emulator, first run ${LARGE_ACCOUNT_NOW.toISOString()}; Node ` +
      `${process.version}.\n\n`,
  );
  process.stdout.write(
    `${table(rows)}\n\nThe most any run used: ${Math.max(...rows.map((row) => row.units))} of 10,000 units. ` +
      `Wall time includes building the account's database.\n`,
  );
}

main().catch((problem: unknown) => {
  process.stderr.write(`bench failed: ${problem instanceof Error ? problem.message : String(problem)}\n`);
  process.exitCode = 1;
});
