/**
 * Did readiness get worse? Compares a watch run with the one before it. The watch emails only
 * when something here is found; an unchanged or better account stays silent.
 */
import { CHECK_CATALOGUE, type CheckId, type Severity } from '../catalogue';
import type { Verdict } from '../report';
import { VERDICT_RANK, type WatchRun } from './watchRun';

/** One way readiness got worse. */
export type WatchChange =
  /** The first run found the account not ready (NOT_READY or INCOMPLETE). */
  | { readonly kind: 'first-run-not-ready'; readonly verdict: Verdict }
  | { readonly kind: 'verdict-dropped'; readonly from: Verdict; readonly to: Verdict }
  /** A blocker check fails that did not fail last time. */
  | { readonly kind: 'blocker-newly-fails'; readonly checkId: CheckId }
  /** A warning-severity check newly fails, or any check newly warns. */
  | { readonly kind: 'new-warning'; readonly checkId: CheckId };

const SEVERITY_BY_ID: ReadonlyMap<string, Severity> = new Map(
  CHECK_CATALOGUE.map((definition) => [definition.id, definition.severity]),
);

function isReady(verdict: Verdict): boolean {
  return verdict === 'READY' || verdict === 'READY_WITH_WARNINGS';
}

function newlyIn(current: readonly CheckId[], previous: readonly CheckId[]): CheckId[] {
  const before = new Set(previous);
  return current.filter((id) => !before.has(id));
}

/**
 * What got worse from `previous` (null on the first run) to `current`; empty when nothing did.
 * Info checks never count: they judge nothing.
 */
export function compareRuns(previous: WatchRun | null, current: WatchRun): WatchChange[] {
  if (previous === null)
    return isReady(current.verdict) ? [] : [{ kind: 'first-run-not-ready', verdict: current.verdict }];
  const changes: WatchChange[] = [];
  if (VERDICT_RANK[current.verdict] < VERDICT_RANK[previous.verdict]) {
    changes.push({ kind: 'verdict-dropped', from: previous.verdict, to: current.verdict });
  }
  for (const checkId of newlyIn(current.failing, previous.failing)) {
    const severity = SEVERITY_BY_ID.get(checkId);
    if (severity === 'blocker') changes.push({ kind: 'blocker-newly-fails', checkId });
    else if (severity === 'warning') changes.push({ kind: 'new-warning', checkId });
  }
  for (const checkId of newlyIn(current.warning, [...previous.warning, ...previous.failing])) {
    if (SEVERITY_BY_ID.get(checkId) !== 'info') changes.push({ kind: 'new-warning', checkId });
  }
  return changes;
}

/** The check ids a list of changes names, once each. */
export function changedCheckIds(changes: readonly WatchChange[]): Set<CheckId> {
  return new Set(changes.flatMap((change) => ('checkId' in change ? [change.checkId] : [])));
}
