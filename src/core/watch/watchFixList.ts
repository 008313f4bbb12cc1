/**
 * What the watch's email asks the administrator to fix. Until a fix plan exists this is the
 * report's own fixes: every failing check and every check that newly warns, in catalogue order.
 * A fix plan replaces this one function; the email renders whatever list it returns.
 */
import type { CheckId } from '../catalogue';
import type { CheckResult, Fix, ReadinessReport } from '../report';
import { changedCheckIds, type WatchChange } from './watchComparison';

export interface WatchFixItem {
  readonly checkId: CheckId;
  readonly title: string;
  readonly status: CheckResult['status'];
  readonly evidence: readonly string[];
  readonly fix: Fix;
}

/** The fixes to list, in catalogue order (the report's check order). */
export function watchFixItems(report: ReadinessReport, changes: readonly WatchChange[]): WatchFixItem[] {
  const changed = changedCheckIds(changes);
  const items: WatchFixItem[] = [];
  for (const check of report.checks) {
    if (check.status === 'fail' || (check.status === 'warn' && changed.has(check.id))) {
      items.push({ checkId: check.id, title: check.title, status: check.status, evidence: check.evidence, fix: check.fix });
    }
  }
  return items;
}
