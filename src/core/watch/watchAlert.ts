/**
 * The watch's decision for one run: the run to keep, what got worse since the previous run, and
 * whether to email. Pure: the scheduled script supplies the previous run and the report.
 */
import type { ReadinessReport } from '../report';
import { compareRuns, type WatchChange } from './watchComparison';
import { watchFixItems, type WatchFixItem } from './watchFixList';
import { summariseRun, type WatchRun } from './watchRun';

export interface WatchDecision {
  readonly run: WatchRun;
  /** The run compared with, or null on the first run. */
  readonly previous: WatchRun | null;
  readonly changes: readonly WatchChange[];
  /** True when readiness got worse (or the first run is not ready): the watch emails. */
  readonly notify: boolean;
  readonly fixes: readonly WatchFixItem[];
}

export function decideWatchRun(previous: WatchRun | null, report: ReadinessReport): WatchDecision {
  const run = summariseRun(report);
  const changes = compareRuns(previous, run);
  return {
    run,
    previous,
    changes,
    notify: changes.length > 0,
    fixes: changes.length > 0 ? watchFixItems(report, changes) : [],
  };
}
