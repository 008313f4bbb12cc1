/** The watch's bounds: how much history it keeps and how much it may prune in one run. */

/** Runs kept in the history; older ones are deleted. */
export const HISTORY_BOUND = 90;

/**
 * Deletions one run may make (4 units each on a custom record: 400 units), so a history that
 * grew past the bound (say, a bound lowered by an update) is cut back over a few runs, each far
 * inside a scheduled script's 10,000 units.
 */
export const MAX_DELETIONS_PER_RUN = 100;

/** Runs the Suitelet shows as the watch's short history. */
export const SHORT_HISTORY_DAYS = 7;

/** With no run for this long, watching is reported as off (daily is the suggested schedule). */
export const WATCH_STALE_AFTER_HOURS = 48;

/** Which stored runs to delete once a new run is saved: every one past the bound, oldest first, capped. */
export function runsToPrune<T>(storedNewestFirst: readonly T[]): T[] {
  // The new run takes one place of the bound.
  const overflow = storedNewestFirst.slice(HISTORY_BOUND - 1);
  return overflow.reverse().slice(0, MAX_DELETIONS_PER_RUN);
}
