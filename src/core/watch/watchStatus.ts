/**
 * What the Suitelet says about the watch: whether it is watching (a run in the last two days),
 * its last run, and a short history with one verdict per day (the day's last run).
 */
import type { Verdict } from '../report';
import { SHORT_HISTORY_DAYS, WATCH_STALE_AFTER_HOURS } from './watchPolicy';
import type { WatchRun } from './watchRun';

export interface WatchStatus {
  /** `on`: a run in the last {@link WATCH_STALE_AFTER_HOURS} hours; `stale`: runs, but none lately; `never`: no run kept. */
  readonly state: 'on' | 'stale' | 'never';
  readonly lastRunAt: string | null;
  /** Newest day first, at most {@link SHORT_HISTORY_DAYS}. */
  readonly days: readonly { readonly day: string; readonly verdict: Verdict }[];
}

const HOUR_MS = 60 * 60 * 1000;

/** The status from the stored runs, newest first, as of `now`. */
export function summariseWatch(runsNewestFirst: readonly WatchRun[], now: Date): WatchStatus {
  const [latest] = runsNewestFirst;
  if (latest === undefined) return { state: 'never', lastRunAt: null, days: [] };
  const ageHours = (now.getTime() - Date.parse(latest.runAt)) / HOUR_MS;
  const days: { day: string; verdict: Verdict }[] = [];
  for (const run of runsNewestFirst) {
    const day = run.runAt.slice(0, 10);
    if (days.length >= SHORT_HISTORY_DAYS) break;
    if (!days.some((entry) => entry.day === day)) days.push({ day, verdict: run.verdict });
  }
  return { state: ageHours <= WATCH_STALE_AFTER_HOURS ? 'on' : 'stale', lastRunAt: latest.runAt, days };
}
