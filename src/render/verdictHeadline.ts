/**
 * What the verdict says first, for every renderer: the failing blockers in failure words (each
 * root cause once, with what the audit saw), and what matters most when it is not a blocker:
 * the latest token login's failure and the inputs that were rejected.
 */
import { catalogueSummary } from '../core/catalogue';
import { failureSummary } from '../core/fixPlan';
import type { CheckResult, ReadinessReport } from '../core/report';

export interface HeadlineProblem {
  readonly checkId: string;
  /** Failure-worded, naming what was found ("The integration Act-On is Blocked"). */
  readonly summary: string;
  /** The first thing the audit saw, when the summary is the catalogue's and names no record; else null. */
  readonly detail: string | null;
}

export interface VerdictHeadline {
  /** Failing blocker checks that are root causes, in fix plan order. */
  readonly problems: readonly HeadlineProblem[];
  /** The latest token login's failure and its first fix step, when recent logins failed. */
  readonly latestLoginFailure: { readonly sentence: string; readonly fix: string | null } | null;
  /** Each rejected input: which parameter, what was wrong and what was audited instead. */
  readonly rejectedInputs: readonly string[];
}

function planPosition(report: ReadinessReport, check: CheckResult): number {
  const position = report.fixPlan.findIndex((step) => step.resolves.includes(check.id));
  return position === -1 ? report.fixPlan.length : position;
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
    .filter((check) => check.severity === 'blocker' && check.status === 'fail' && check.causedBy === undefined)
    .sort((a, b) => planPosition(report, a) - planPosition(report, b))
    .map((check) => {
      const summary = failureSummary(check);
      return {
        checkId: check.id,
        summary,
        detail: summary === catalogueSummary(check) ? (check.evidence[0] ?? null) : null,
      };
    });
  return {
    problems,
    latestLoginFailure: latestLoginFailure(report),
    rejectedInputs: report.inputProblems.map((problem) => `${problem.parameter}: ${problem.message}`),
  };
}
