/**
 * `npm run bench`: how the audit scales with the account. Runs the compiled Suitelet in the
 * emulator on the small ready account (01) and the generated large account (5,000 roles,
 * 20,000 tokens, 100,000 Login Audit rows) and prints, for each: the time to read and validate
 * the scenario and to build its database (measured apart from the audit), the audit's median
 * wall time over several runs, its SuiteQL queries and governance units, and the large/small
 * time ratio; then the statements and units one audit costs on every bundled demo account, and
 * the most of them. Figures, not a test: nothing here passes or fails on time.
 *
 * Needs `npm run build` (the script runs it first), which also generates the large account.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { createAccount, loadScenario, rejectedStatements, runSuitelet } from '../emulator';
import type { EmulatedAccount, Scenario } from '../emulator';
import { COMPILED_SUITELET_PATH } from '../cli/commands/simulate';
import { DEMO_SCENARIOS, demoScenarioPath, findDemoScenario, projectRoot } from '../scenarios/demoScenarios';
import type { DemoScenario } from '../scenarios/demoScenarios';
import { LARGE_ACCOUNT_NOW } from '../scenarios/largeAccountActivity';

/** Timed audit runs per account. */
const TIMED_RUNS = 15;
/** Untimed runs per account first, so the timed ones see warmed-up code. */
const WARM_UP_RUNS = 5;
const SCENARIO_IDS = ['01-ready-administrator', '11-large-account'] as const;

/** What one account's bench measured. */
interface AccountFigures {
  readonly id: string;
  readonly roles: number;
  readonly tokens: number;
  readonly logins: number;
  readonly loadMs: number;
  readonly databaseMs: number;
  readonly auditMedianMs: number;
  readonly auditMinMs: number;
  readonly auditMaxMs: number;
  readonly queries: number;
  readonly units: number;
  readonly verdict: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ readonly result: T; readonly ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** What one audit request gave. */
type AuditFigures = Pick<AccountFigures, 'verdict' | 'queries' | 'units'>;

/** One audit request: the JSON download, whose document carries the verdict. */
async function audit(account: EmulatedAccount, scriptPath: string): Promise<AuditFigures> {
  const result = await runSuitelet(account, { scriptPath, parameters: { format: 'json' } });
  if (result.error !== null) throw new Error(`the Suitelet failed: ${result.error.name}: ${result.error.message}`);
  if (rejectedStatements(result).length > 0)
    throw new Error('the emulator refused a SuiteQL statement: fix it before measuring.');
  const verdict = (JSON.parse(result.body) as { readonly verdict?: unknown }).verdict;
  return {
    verdict: typeof verdict === 'string' ? verdict : 'unknown',
    queries: result.usage.queries,
    units: result.usage.units,
  };
}

/** A scenario's account, built once, with what building it cost. */
interface PreparedAccount {
  readonly scenario: DemoScenario;
  readonly account: EmulatedAccount;
  readonly counts: Pick<AccountFigures, 'roles' | 'tokens' | 'logins'>;
  readonly loadMs: number;
  readonly databaseMs: number;
}

async function prepare(scenario: DemoScenario): Promise<PreparedAccount> {
  const file = demoScenarioPath(scenario);
  if (!existsSync(file)) throw new Error(`${scenario.file} is missing: run npm run build first.`);
  const loaded = await timed((): Scenario => loadScenario(file));
  const built = await timed(() => createAccount(loaded.result, { now: LARGE_ACCOUNT_NOW }));
  const counts = {
    roles: loaded.result.roles.length + 1,
    tokens: loaded.result.tokens.length,
    logins: loaded.result.loginAudit.length,
  };
  return { scenario, account: built.result, counts, loadMs: loaded.ms, databaseMs: built.ms };
}

/**
 * Warms every account up, then times the audits taking turns between the accounts, so the
 * JIT's warm-up and any background load fall on all of them alike.
 */
async function measure(prepared: readonly PreparedAccount[], scriptPath: string): Promise<AccountFigures[]> {
  const firstRuns: AuditFigures[] = [];
  for (const { account } of prepared) {
    firstRuns.push(await audit(account, scriptPath));
    for (let run = 1; run < WARM_UP_RUNS; run += 1) await audit(account, scriptPath);
  }
  const times: number[][] = prepared.map(() => []);
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    for (const [index, { scenario, account }] of prepared.entries()) {
      const { result, ms } = await timed(() => audit(account, scriptPath));
      const first = firstRuns[index];
      if (result.queries !== first?.queries || result.units !== first.units)
        throw new Error(`${scenario.id}: usage changed between runs.`);
      times[index]?.push(ms);
    }
  }
  return prepared.map(({ scenario, counts, loadMs, databaseMs }, index) => {
    const runTimes = times[index] ?? [];
    const first = firstRuns[index] ?? { verdict: 'unknown', queries: 0, units: 0 };
    return {
      id: scenario.id,
      ...counts,
      loadMs,
      databaseMs,
      auditMedianMs: median(runTimes),
      auditMinMs: Math.min(...runTimes),
      auditMaxMs: Math.max(...runTimes),
      ...first,
    };
  });
}

const COLUMNS: readonly { readonly heading: string; readonly cell: (figures: AccountFigures) => string }[] = [
  { heading: 'Account', cell: (figures) => figures.id },
  { heading: 'Roles', cell: (figures) => figures.roles.toLocaleString('en-US') },
  { heading: 'Tokens', cell: (figures) => figures.tokens.toLocaleString('en-US') },
  { heading: 'Logins', cell: (figures) => figures.logins.toLocaleString('en-US') },
  { heading: 'Load+validate', cell: (figures) => `${figures.loadMs.toFixed(0)} ms` },
  { heading: 'Build database', cell: (figures) => `${figures.databaseMs.toFixed(0)} ms` },
  { heading: 'Audit median', cell: (figures) => `${figures.auditMedianMs.toFixed(1)} ms` },
  {
    heading: 'Audit min-max',
    cell: (figures) => `${figures.auditMinMs.toFixed(1)}-${figures.auditMaxMs.toFixed(1)} ms`,
  },
  { heading: 'Queries', cell: (figures) => String(figures.queries) },
  { heading: 'Units', cell: (figures) => String(figures.units) },
  { heading: 'Verdict', cell: (figures) => figures.verdict },
];

function table(rows: readonly AccountFigures[]): string {
  const cells = [
    COLUMNS.map((column) => column.heading),
    ...rows.map((row) => COLUMNS.map((column) => column.cell(row))),
  ];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((line) => (line[index] ?? '').length)));
  return cells
    .map((line) =>
      line
        .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

function conclusion(small: AccountFigures, large: AccountFigures): string[] {
  const growth =
    small.queries === large.queries && small.units === large.units
      ? `Queries and governance units are equal (${large.queries} queries, ${large.units} units): they do not ` +
        `grow with the account.`
      : `Queries or units GROW with the account: ${small.queries}/${small.units} small, ` +
        `${large.queries}/${large.units} large.`;
  return [
    `Audit time ratio, large / small (medians): ${(large.auditMedianMs / small.auditMedianMs).toFixed(1)}x`,
    growth,
  ];
}

/** One untimed audit of every demo account: what each costs, and the most any costs. */
async function statementCounts(scriptPath: string): Promise<string[]> {
  const rows: string[] = [];
  let most = { queries: 0, units: 0 };
  for (const scenario of DEMO_SCENARIOS) {
    const { account } = await prepare(scenario);
    try {
      const figures = await audit(account, scriptPath);
      rows.push(
        `  ${scenario.id.padEnd(40)} ${String(figures.queries).padStart(2)} queries ` +
          `${String(figures.units).padStart(4)} units  ${figures.verdict}`,
      );
      if (figures.units > most.units) most = { queries: figures.queries, units: figures.units };
    } finally {
      account.close();
    }
  }
  return [
    'Statements per audit on every demo account:',
    ...rows,
    `Most on any demo account: ${most.queries} queries, ${most.units} units (a Suitelet may use 1,000).`,
  ];
}

async function main(): Promise<void> {
  const root = projectRoot();
  const scriptPath = join(root, COMPILED_SUITELET_PATH);
  if (!existsSync(scriptPath)) throw new Error(`${COMPILED_SUITELET_PATH} is missing: run npm run build first.`);
  let figures: AccountFigures[] = [];
  process.stdout.write(
    `Audit size bench: the compiled Suitelet (format=json) in the emulator, now ${LARGE_ACCOUNT_NOW.toISOString()}, ` +
      (`median of ${TIMED_RUNS} timed runs per account (taking turns) after ${WARM_UP_RUNS} warm-up runs each; ` +
        `Node ${process.version}.\n\n`),
  );
  const prepared: PreparedAccount[] = [];
  try {
    for (const id of SCENARIO_IDS) {
      const scenario = findDemoScenario(id);
      if (scenario === undefined) throw new Error(`No demo scenario ${id}.`);
      prepared.push(await prepare(scenario));
    }
    figures = await measure(prepared, scriptPath);
  } finally {
    for (const { account } of prepared) account.close();
  }
  const [small, large] = figures;

  process.stdout.write(`${table(figures)}\n\n`);
  if (small !== undefined && large !== undefined) process.stdout.write(`${conclusion(small, large).join('\n')}\n`);
  process.stdout.write(
    'Roles include the built-in Administrator. Audit time is one Suitelet request: loading the script, its ' +
      'SuiteQL statements, the rules and the JSON document.\n\n',
  );
  process.stdout.write(`${(await statementCounts(scriptPath)).join('\n')}\n`);
}

main().catch((problem: unknown) => {
  process.stderr.write(`bench failed: ${problem instanceof Error ? problem.message : String(problem)}\n`);
  process.exitCode = 1;
});
