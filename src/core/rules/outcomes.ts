/**
 * Building check outcomes and fixes from the catalogue, so every rule words its fix in the
 * catalogue's menu steps and adds only what it knows better (a record's own link, a more
 * specific first step).
 */
import { checkDefinition, NETSUITE_PAGES, type CheckId } from '../catalogue';
import { catalogueSummary } from '../checkWording';
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
  for (const link of [...(adjustments.recordLinks ?? []), ...definition.links]) {
    if (!links.some((known) => known.href === link.href)) links.push(link);
  }
  return {
    steps: [
      ...(adjustments.leadingSteps ?? []),
      ...(adjustments.steps ?? definition.steps),
      ...(adjustments.trailingSteps ?? []),
    ],
    navigation: adjustments.navigation ?? definition.navigation,
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

/** A check as reported: its catalogue entry plus the rule's outcome; every problem carries a summary. */
export function toCheckResult(id: CheckId, outcome: CheckOutcome): CheckResult {
  const definition = checkDefinition(id);
  const described = {
    id,
    section: definition.section,
    title: definition.title,
    severity: definition.severity,
    why: definition.why,
  };
  if (outcome.status === 'pass' || outcome.status === 'info') return { ...described, ...outcome };
  return {
    ...described,
    ...outcome,
    summary: outcome.summary ?? catalogueSummary({ id, title: definition.title, status: outcome.status }),
  };
}

/** A link to one integration record. */
export function integrationRecordLink(integrationId: number, name: string | null): FixLink {
  return {
    label: `Integration ${name ?? `id ${integrationId}`}`,
    href: `${NETSUITE_PAGES.integration}?id=${integrationId}`,
  };
}

/** A link to one role. */
export function roleRecordLink(roleId: number, name: string | null): FixLink {
  return { label: `Role ${name ?? `id ${roleId}`}`, href: `${NETSUITE_PAGES.role}?id=${roleId}` };
}

/** A link to one employee. */
export function employeeRecordLink(employeeId: number, name: string | null): FixLink {
  return { label: `Employee ${name ?? `id ${employeeId}`}`, href: `${NETSUITE_PAGES.employee}?id=${employeeId}` };
}
