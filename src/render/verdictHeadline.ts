/**
 * What the verdict says first, for every renderer: every root cause the plan has a step for, in
 * failure words and plan order (so each badge below is accounted for), who besides a NetSuite
 * administrator must act, the latest token login's failure when no step names it, and the inputs
 * that were rejected.
 */
import { catalogueSummary } from '../core/catalogue';
import { failureSummary } from '../core/fixPlan';
import { joinedWithAnd } from '../core/checks/words';
import type { FixOwner } from '../core/fixOwners';
import type { CheckResult, ReadinessReport } from '../core/report';

export interface HeadlineProblem {
  readonly checkId: string;
  /** Failure-worded, naming what was found ("The integration Act-On is Blocked"). */
  readonly summary: string;
  /** The first thing the audit saw, when the summary is the catalogue's and names no record; else null. */
  readonly detail: string | null;
  /** The fix plan step that resolves it. */
  readonly step: number | null;
}

export interface VerdictHeadline {
  /** Root causes with a fix plan step, in plan order. */
  readonly problems: readonly HeadlineProblem[];
  /** The latest token login's failure and its first fix step, when recent logins failed and no problem names it. */
  readonly latestLoginFailure: { readonly sentence: string; readonly fix: string | null } | null;
  /** Steps a NetSuite administrator cannot do alone, with who must act. */
  readonly othersNeeded: readonly { readonly step: number; readonly owner: FixOwner }[];
  /** Each rejected input: which parameter, what was wrong and what was audited instead. */
  readonly rejectedInputs: readonly string[];
}

function stepOf(report: ReadinessReport, check: CheckResult): number | null {
  return report.fixPlan.find((step) => step.resolves.includes(check.id))?.order ?? null;
}

function latestLoginFailure(report: ReadinessReport): VerdictHeadline['latestLoginFailure'] {
  const logins = report.checks.find((check) => check.id === 'login.recent');
  if (logins === undefined || (logins.status !== 'warn' && logins.status !== 'fail')) return null;
  const [sentence] = logins.evidence;
  if (sentence === undefined) return null;
  return { sentence, fix: logins.fix.steps[0] ?? null };
}

export function verdictHeadline(report: ReadinessReport): VerdictHeadline {
  const problems = report.checks
    .filter((check) => check.causedBy === undefined && check.status !== 'pass' && check.status !== 'info')
    .map((check) => {
      const summary = failureSummary(check);
      return {
        checkId: check.id,
        summary,
        detail: summary === catalogueSummary(check) ? (check.evidence[0] ?? null) : null,
        step: stepOf(report, check),
      };
    })
    .sort((a, b) => (a.step ?? Infinity) - (b.step ?? Infinity));
  const loginNamed = problems.some((problem) => problem.checkId === 'login.recent');
  return {
    problems,
    latestLoginFailure: loginNamed ? null : latestLoginFailure(report),
    othersNeeded: report.fixPlan
      .filter((step) => step.owner !== 'netsuite-admin')
      .map((step) => ({ step: step.order, owner: step.owner })),
    rejectedInputs: report.inputProblems.map((problem) => `${problem.parameter}: ${problem.message}`),
  };
}

/** Who a step needs, as the verdict names them. */
const WHO_IS_NEEDED: Readonly<Record<FixOwner, string>> = {
  'netsuite-admin': 'a NetSuite administrator',
  'acton-admin': "Act-On's administrator",
  'acton-support': 'Act-On support',
  consultant: 'whoever runs this audit',
};

/**
 * "A NetSuite administrator cannot do all of this alone: step 1 needs Act-On support." Null when
 * every step is the administrator's.
 */
export function othersNeededSentence(headline: VerdictHeadline): string | null {
  if (headline.othersNeeded.length === 0) return null;
  const owners = [...new Set(headline.othersNeeded.map((other) => other.owner))];
  const needs = owners.map((owner) => {
    const steps = headline.othersNeeded.filter((other) => other.owner === owner).map((other) => String(other.step));
    const named = steps.length === 1 ? `step ${steps[0]} needs` : `steps ${joinedWithAnd(steps)} need`;
    return `${named} ${WHO_IS_NEEDED[owner]}`;
  });
  return `A NetSuite administrator cannot do all of this alone: ${needs.join('; ')}.`;
}
