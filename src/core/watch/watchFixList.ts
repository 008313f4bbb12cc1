/**
 * What the watch's email asks the administrator to fix: the report's fix plan, in its order,
 * keeping the steps that resolve a failing check or a check that newly warns. Each step carries
 * its root check's evidence and detailed instructions, since the email stands without the page.
 */
import type { CheckId } from '../catalogue';
import type { FixPlanStep } from '../fixPlan';
import type { CheckResult, Fix, ReadinessReport } from '../report';
import { changedCheckIds, type WatchChange } from './watchComparison';

export interface WatchFixItem {
  readonly step: FixPlanStep;
  /** The root cause's status (the first check the step resolves). */
  readonly status: CheckResult['status'];
  readonly evidence: readonly string[];
  /** The root check's own instructions, in NetSuite's menu words. */
  readonly instructions: readonly string[];
}

/** The plan steps to list, in the plan's order. */
export function watchFixItems(report: ReadinessReport, changes: readonly WatchChange[]): WatchFixItem[] {
  const changed = changedCheckIds(changes);
  const checks = new Map<CheckId, CheckResult>(report.checks.map((check) => [check.id, check]));
  const worthMailing = (id: CheckId): boolean => {
    const check = checks.get(id);
    return check !== undefined && (check.status === 'fail' || (check.status === 'warn' && changed.has(id)));
  };
  const items: WatchFixItem[] = [];
  for (const step of report.fixPlan) {
    const [root] = step.resolves.map((id) => checks.get(id));
    if (root === undefined || !step.resolves.some(worthMailing)) continue;
    // Only a check that does not pass carries a fix (a plan older than its checks may name one that passes now).
    const { fix } = root as { readonly fix?: Fix };
    items.push({ step, status: root.status, evidence: root.evidence, instructions: fix?.steps ?? [] });
  }
  return items;
}
