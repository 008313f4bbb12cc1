/**
 * Building check outcomes and fixes from the catalogue, so every rule words its fix in the
 * catalogue's menu steps and adds only what it knows better (a record's own link, a more
 * specific first step).
 */
import { catalogueSummary, checkDefinition, NETSUITE_PAGES, type CheckId } from '../catalogue';
import type { Finding, FixChoice } from '../checks/define';
import { fixDefinition, sentence, wordedFix } from '../checks/wording';
import type { CheckOutcome, CheckResult, Fix, FixLink } from '../report';

/** The statuses whose outcome must carry a fix. */
export type ProblemStatus = 'fail' | 'warn' | 'manual' | 'unknown';

/** What a rule adds to or replaces in the catalogue's default fix. */
export interface FixAdjustments {
  /** Steps shown before the catalogue's (or the replacement) steps. */
  readonly leadingSteps?: readonly string[];
  /** Replaces the catalogue's steps. */
  readonly steps?: readonly string[];
  /** Steps shown after the catalogue's (or the replacement) steps. */
  readonly trailingSteps?: readonly string[];
  /** Links shown before the catalogue's links, e.g. to the very record to edit. */
  readonly recordLinks?: readonly FixLink[];
  /** Replaces the catalogue's navigation path, when the fix is made elsewhere. */
  readonly navigation?: string;
}

/** The catalogue's fix for a check, adjusted by what the rule knows. Links are de-duplicated by address. */
export function catalogueFix(id: CheckId, adjustments: FixAdjustments = {}): Fix {
  const definition = checkDefinition(id);
  const links: FixLink[] = [];
  for (const link of [...(adjustments.recordLinks ?? []), ...fixDefinition(definition, 'default').links]) {
    if (!links.some((known) => known.href === link.href)) links.push(link);
  }
  const fix = fixDefinition(definition, 'default');
  return {
    id: 'default',
    title: typeof fix.title === 'string' ? fix.title : definition.title,
    owner: fix.owner,
    steps: [
      ...(adjustments.leadingSteps ?? []),
      ...(adjustments.steps ?? (typeof fix.steps === 'function' ? [] : fix.steps)),
      ...(adjustments.trailingSteps ?? []),
    ],
    navigation: adjustments.navigation ?? (typeof fix.navigation === 'string' ? fix.navigation : ''),
    links,
  };
}

export function passOutcome(evidence: readonly string[]): CheckOutcome {
  return { status: 'pass', evidence };
}

/** Information; a fix only where there is something to do (most information needs no action). */
export function infoOutcome(evidence: readonly string[], fix?: Fix): CheckOutcome {
  return fix === undefined ? { status: 'info', evidence } : { status: 'info', evidence, fix };
}

/**
 * A problem; `summary` says what was found in one failure-worded sentence naming the records (else
 * the catalogue's wording is used).
 */
export function problemOutcome(
  status: ProblemStatus,
  evidence: readonly string[],
  fix: Fix,
  summary?: string,
): CheckOutcome {
  // toCheckResult words a missing summary from the catalogue.
  return { status, evidence, fix, summary };
}

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

/** A rule's outcome: findings to be worded, or (rules not yet moved to findings) sentences. */
export type AnyOutcome = CheckOutcome | RuleOutcome;

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

function isRuleOutcome(outcome: AnyOutcome): outcome is RuleOutcome {
  return 'findings' in outcome;
}

/** A rule's outcome in words: evidence, summary and fix from the check's messages and chosen fix. */
function worded(id: CheckId, outcome: AnyOutcome): { readonly findings: readonly Finding[] } & CheckOutcome {
  if (!isRuleOutcome(outcome)) return { findings: [], ...outcome };
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
export function toCheckResult(id: CheckId, outcome: AnyOutcome): CheckResult {
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

/** A link to one integration record. */
export function integrationRecordLink(integrationId: number, name: string | null): FixLink {
  return {
    label: `Integration ${name ?? `id ${integrationId}`}`,
    href: `${NETSUITE_PAGES.integration}?id=${integrationId}`,
  };
}
