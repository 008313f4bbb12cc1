/**
 * Replays the watch: runs the compiled scheduled script once per scenario, in order, against one
 * emulated history, each run one day after the one before. What `simulate-watch` prints and what
 * the watch bench measures.
 */
import { join } from 'path';
import { createAccount, CustomRecordStore, loadScenario, runScheduledScript } from '../emulator';
import type { ScriptRunResult } from '../emulator';
import { RUN_FIELDS, RUN_RECORD_TYPE } from '../../src/netsuite/watchReads/historyRecordType';

/** Where `npm run build` puts the watch, from the project root. */
export const COMPILED_WATCH_PATH = 'FileCabinet/SuiteScripts/acton_readiness/scheduled/acton_readiness_watch_ss.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One run of the watch as replayed. */
export interface WatchReplayRun {
  readonly scenario: string;
  readonly runAt: Date;
  /** The verdict the run stored, or null when it stored none (the run failed). */
  readonly verdict: string | null;
  /** Why the run, which should have emailed, did not (as it stored it); null when it emailed or had no need. */
  readonly emailProblem: string | null;
  readonly result: ScriptRunResult;
}

export interface WatchReplayOptions {
  readonly projectRoot: string;
  /** The first run's "now"; each next run is one day later. */
  readonly firstRunAt: Date;
  /** Script parameters (sender, recipients, integration). */
  readonly scriptParameters?: Readonly<Record<string, string>>;
  /** The history to start from; a new, empty one by default. */
  readonly records?: CustomRecordStore;
}

/** The verdict and email problem of the newest record the run added, if it added one. */
function storedOutcome(
  records: CustomRecordStore,
  before: number,
): { verdict: string | null; emailProblem: string | null } {
  const added = records.list(RUN_RECORD_TYPE).filter((record) => record.id > before);
  const newest = added[added.length - 1];
  const verdict = newest?.values[RUN_FIELDS.verdict];
  const problem = newest?.values[RUN_FIELDS.emailProblem];
  return {
    verdict: typeof verdict === 'string' ? verdict : null,
    emailProblem: typeof problem === 'string' && problem !== '' ? problem : null,
  };
}

/**
 * Runs the watch once per scenario file, in order.
 * @throws ScenarioError for a bad scenario file; EmulatorError when the script cannot be run
 */
export async function replayWatch(
  scenarioFiles: readonly string[],
  options: WatchReplayOptions,
): Promise<WatchReplayRun[]> {
  const records = options.records ?? CustomRecordStore.forProject(options.projectRoot);
  const scriptPath = join(options.projectRoot, COMPILED_WATCH_PATH);
  const runs: WatchReplayRun[] = [];
  for (const [index, scenarioFile] of scenarioFiles.entries()) {
    const runAt = new Date(options.firstRunAt.getTime() + index * DAY_MS);
    const account = await createAccount(loadScenario(scenarioFile), { now: runAt });
    try {
      const newestBefore = Math.max(0, ...records.list(RUN_RECORD_TYPE).map((record) => record.id));
      const result = await runScheduledScript(account, {
        scriptPath,
        records,
        scriptParameters: options.scriptParameters ?? {},
      });
      runs.push({ scenario: scenarioFile, runAt, ...storedOutcome(records, newestBefore), result });
    } finally {
      account.close();
    }
  }
  return runs;
}

/**
 * A history of `count` earlier runs, all READY with nothing failing, one a day from `firstDay`,
 * as earlier watch runs would have left it: to measure and specify pruning.
 */
export function readyHistory(
  projectRoot: string,
  count: number,
  firstDay: Date = new Date('2026-01-01T12:00:00Z'),
): CustomRecordStore {
  const records = CustomRecordStore.forProject(projectRoot);
  for (let day = 0; day < count; day += 1) {
    const runAt = `${new Date(firstDay.getTime() + day * DAY_MS).toISOString().slice(0, 19)}Z`;
    records.insert(RUN_RECORD_TYPE, {
      name: `${runAt.slice(0, 10)} READY`,
      [RUN_FIELDS.runAt]: runAt,
      [RUN_FIELDS.verdict]: 'READY',
      [RUN_FIELDS.failing]: '',
      [RUN_FIELDS.warning]: '',
      [RUN_FIELDS.report]: '{}',
      [RUN_FIELDS.emailed]: false,
      [RUN_FIELDS.emailProblem]: '',
    });
  }
  return records;
}
