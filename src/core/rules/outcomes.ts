/**
 * What rules return (a status, findings and the fix they chose) and how the engine turns it into
 * a reported check, worded by the wording layer (../checks/wording).
 */
import { catalogueSummary, checkDefinition, type CheckId } from '../catalogue';
import type { Finding, FixChoice } from '../checks/define';
import { sentence, wordedFix } from '../checks/wording';
import type { CheckOutcome, CheckResult } from '../report';

/** The statuses whose outcome must carry a fix. */
export type ProblemStatus = 'fail' | 'warn' | 'manual' | 'unknown';

/**
 * What a rule decides: a status, its findings (message ids and data, no prose) and the fix it chose;
 * a problem may name a finding as its one-sentence summary. The wording layer words it.
 */
export type RuleOutcome =
  | { readonly status: 'pass'; readonly findings: readonly Finding[] }
  | { readonly status: 'info'; readonly findings: readonly Finding[]; readonly fix?: FixChoice }
  | {
      readonly status: ProblemStatus;
      readonly findings: readonly Finding[];
      readonly fix: FixChoice;
      readonly summary?: Finding;
    };

export function passed(findings: readonly Finding[]): RuleOutcome {
  return { status: 'pass', findings };
}

/** Information; a fix only where there is something to do (most information needs no action). */
export function informed(findings: readonly Finding[], fix?: FixChoice): RuleOutcome {
  return fix === undefined ? { status: 'info', findings } : { status: 'info', findings, fix };
}

/** A problem, with the fix the rule chose and, when it names the records, the finding that says it in one sentence. */
export function problem(
  status: ProblemStatus,
  findings: readonly Finding[],
  fix: FixChoice,
  summary?: Finding,
): RuleOutcome {
  return summary === undefined ? { status, findings, fix } : { status, findings, fix, summary };
}

/** A rule's outcome in words: evidence, summary and fix from the check's messages and chosen fix. */
function worded(id: CheckId, outcome: RuleOutcome): { readonly findings: readonly Finding[] } & CheckOutcome {
  const definition = checkDefinition(id);
  const evidence = outcome.findings.map((finding) => sentence(definition, finding));
  const findings = outcome.findings.map((finding) => ({ id: finding.id, data: finding.data }));
  switch (outcome.status) {
    case 'pass':
      return { status: 'pass', findings, evidence };
    case 'info':
      return outcome.fix === undefined
        ? { status: 'info', findings, evidence }
        : { status: 'info', findings, evidence, fix: wordedFix(definition, outcome.fix) };
    default:
      return {
        status: outcome.status,
        findings,
        evidence,
        fix: wordedFix(definition, outcome.fix),
        ...(outcome.summary === undefined ? {} : { summary: sentence(definition, outcome.summary) }),
      };
  }
}

/** A check as reported: its catalogue entry plus the rule's outcome in words; every problem carries a summary. */
export function toCheckResult(id: CheckId, outcome: RuleOutcome): CheckResult {
  const definition = checkDefinition(id);
  const described = {
    id,
    section: definition.section,
    title: definition.title,
    severity: definition.severity,
    why: definition.why,
  };
  const result = worded(id, outcome);
  if (result.status === 'pass' || result.status === 'info') return { ...described, ...result };
  return {
    ...described,
    ...result,
    summary: result.summary ?? catalogueSummary({ id, title: definition.title, status: result.status }),
  };
}
