/**
 * One watch run as the history keeps it: when it ran, the verdict, and which checks failed or
 * warned. Stored as plain text fields on the watch's custom record, so reading a stored run back
 * is defensive: a value this version does not know is dropped, never trusted.
 */
import { CHECK_CATALOGUE, type CheckId } from '../catalogue';
import type { ReadinessReport, Verdict } from '../report';

export interface WatchRun {
  /** ISO-8601 UTC, to the second. */
  readonly runAt: string;
  readonly verdict: Verdict;
  /** Checks whose status was `fail`, in catalogue order. */
  readonly failing: readonly CheckId[];
  /** Checks whose status was `warn`, in catalogue order. */
  readonly warning: readonly CheckId[];
}

/** Worst first: a lower rank is a worse verdict. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  NOT_READY: 0,
  INCOMPLETE: 1,
  READY_WITH_WARNINGS: 2,
  READY: 3,
};

const KNOWN_CHECK_IDS: ReadonlySet<string> = new Set(CHECK_CATALOGUE.map((definition) => definition.id));

/** The run a report makes. */
export function summariseRun(report: ReadinessReport): WatchRun {
  return {
    runAt: report.generatedAt,
    verdict: report.verdict,
    failing: report.checks.filter((check) => check.status === 'fail').map((check) => check.id),
    warning: report.checks.filter((check) => check.status === 'warn').map((check) => check.id),
  };
}

/** A list of check ids as one text field: `token.active,user.access`. */
export function checkIdsText(ids: readonly CheckId[]): string {
  return ids.join(',');
}

function isVerdict(value: string): value is Verdict {
  return Object.prototype.hasOwnProperty.call(VERDICT_RANK, value);
}

function isCheckId(value: string): value is CheckId {
  return KNOWN_CHECK_IDS.has(value);
}

/** The check ids of a stored text field; unknown ids (a renamed check, a hand edit) are dropped. */
export function parseCheckIds(text: string): CheckId[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(isCheckId);
}

/** Stored field values of one run, as read back from the account. */
export interface StoredRunFields {
  readonly runAt: string;
  readonly verdict: string;
  readonly failing: string;
  readonly warning: string;
}

/** A stored run, or null when its verdict or date is not one this version can compare with. */
export function parseStoredRun(fields: StoredRunFields): WatchRun | null {
  const verdict = fields.verdict.trim();
  const runAt = fields.runAt.trim();
  if (!isVerdict(verdict) || Number.isNaN(Date.parse(runAt))) return null;
  return { runAt, verdict, failing: parseCheckIds(fields.failing), warning: parseCheckIds(fields.warning) };
}
