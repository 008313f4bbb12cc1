/**
 * The fix plan: one step per root cause, in dependency order. A check that does not pass
 * because a check it depends on does not either is marked `causedBy` that root (its own status
 * is unchanged) and is resolved by the root's step, so one missing record is one step, not four.
 */
import { CHECK_CATALOGUE, type CheckId } from './catalogue';
import { CHECK_DEPENDENCIES } from './checkDependencies';
import { catalogueSummary, checkWordingOf } from './checkWording';
import { fixOwnerOf, type FixOwner } from './fixOwners';
import type { CheckResult, CheckStatus, Fix, FixLink } from './report';

export interface FixPlanStep {
  /** 1 for the first step. */
  readonly order: number;
  /** What to do, in NetSuite's words ("Enable Token-Based Authentication"). */
  readonly title: string;
  /** The checks this step resolves: the root cause first, then those it causes. */
  readonly resolves: readonly CheckId[];
  readonly navigation: string;
  readonly links: readonly FixLink[];
  /** Who acts on it (see ./fixOwners). */
  readonly owner: FixOwner;
}

/** Lookups keyed by check ids, which may come from a saved document. */
const DEPENDENCIES: ReadonlyMap<string, readonly CheckId[]> = new Map(
  Object.entries(CHECK_DEPENDENCIES) as [CheckId, readonly CheckId[]][],
);
const CATALOGUE_INDEX: ReadonlyMap<string, number> = new Map(CHECK_CATALOGUE.map((entry, index) => [entry.id, index]));

/**
 * The failure-worded summary of a check ("The integration Act-On is Blocked"): the rule's, naming
 * the records, or the catalogue's wording for a check (or a saved document) without one.
 */
export function failureSummary(check: {
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
  readonly summary?: string;
}): string {
  return check.summary ?? catalogueSummary(check);
}

/** The fix plan step title of a check; its title for a check this version does not know. */
export function actionTitle(check: Pick<CheckResult, 'id' | 'title'>): string {
  return checkWordingOf(check.id)?.action ?? check.title;
}

/** A step's title: the action for a failure or warning; for what a script could not read or prove, to look by hand. */
function stepTitle(root: CheckResult): string {
  if (root.status === 'unknown') return `Find out by hand: ${root.title}`;
  if (root.status === 'manual') return `Confirm by hand: ${root.title}`;
  return actionTitle(root);
}

/**
 * Whether an upstream check's status explains a downstream one's: a failure explains anything short
 * of a pass; an unread fact explains what could not be read or proven after it.
 */
function explains(upstream: CheckStatus, downstream: CheckStatus): boolean {
  if (upstream === 'fail') return downstream !== 'pass' && downstream !== 'info';
  if (upstream === 'unknown') return downstream === 'unknown' || downstream === 'manual';
  return false;
}

/**
 * The checks (as rules give them, without causes) with `causedBy` set on each one whose failure an
 * upstream check explains (the root of the chain).
 */
export function withCauses(checks: readonly CheckResult[]): CheckResult[] {
  const byId = new Map<string, CheckResult>(checks.map((check) => [check.id, check]));
  const roots = new Map<string, CheckId | null>();
  const rootOf = (check: CheckResult, visiting: ReadonlySet<string>): CheckId | null => {
    const known = roots.get(check.id);
    if (known !== undefined) return known;
    let root: CheckId | null = null;
    // Stryker disable next-line ArrayDeclaration: an id this version does not know has no dependencies, and a made-up one names no check of the report, so it is skipped alike
    for (const dependencyId of DEPENDENCIES.get(check.id) ?? []) {
      const dependency = byId.get(dependencyId);
      if (dependency === undefined || visiting.has(dependencyId) || !explains(dependency.status, check.status))
        continue;
      // Stryker disable next-line ArrayDeclaration: the dependencies have no cycle (the dependency test pins it), so the path walked never meets a check again
      root = rootOf(dependency, new Set([...visiting, check.id])) ?? dependency.id;
      break;
    }
    roots.set(check.id, root);
    return root;
  };
  return checks.map((check) => {
    const root = rootOf(check, new Set());
    return root === null ? check : { ...check, causedBy: root };
  });
}

/**
 * Which plan group a root cause falls in, matching the verdict: blockers first, then warnings; null
 * when it needs no step.
 */
function planGroup(check: CheckResult): 0 | 1 | null {
  if (
    check.severity === 'blocker' &&
    (check.status === 'fail' || check.status === 'unknown' || check.status === 'manual')
  )
    return 0;
  if (check.severity === 'warning' && (check.status === 'fail' || check.status === 'warn')) return 1;
  return null;
}

/** How many dependency links lie above a check: the plan's order within a group. */
function depth(id: string, visiting: ReadonlySet<string> = new Set()): number {
  // Stryker disable next-line MethodExpression: the dependencies have no cycle (the dependency test pins it), so no dependency is ever on the path walked
  const dependencies = (DEPENDENCIES.get(id) ?? []).filter((dependency) => !visiting.has(dependency));
  // Stryker disable next-line ArrayDeclaration: the dependencies have no cycle (the dependency test pins it), so the path walked never meets a check again
  const next = new Set([...visiting, id]);
  return dependencies.reduce((deepest, dependency) => Math.max(deepest, depth(dependency, next) + 1), 0);
}

function sameSteps(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((step, index) => step === right[index]);
}

/** A check's fix; null for a passed check or information with nothing to do. */
function fixOf(check: CheckResult): Fix | null {
  // Stryker disable next-line LogicalOperator,StringLiteral: planFixes asks only for the fix of a check planGroup places, never a passing one, and such a check always carries a fix
  return check.status !== 'pass' && check.fix !== undefined ? check.fix : null;
}

interface DraftStep {
  readonly root: CheckResult;
  readonly fix: Fix;
  readonly resolves: CheckId[];
}

/**
 * The plan for checks already marked by `withCauses`: one step per root cause (roots whose fixes
 * are the same steps share one), blockers then warnings, each in dependency order; empty when
 * nothing needs doing.
 */
export function planFixes(checks: readonly CheckResult[]): FixPlanStep[] {
  const roots = checks
    .filter(
      (check) =>
        check.causedBy === undefined &&
        planGroup(check) !== null &&
        // Stryker disable next-line ConditionalExpression: a check planGroup places does not pass, so it always carries a fix
        fixOf(check) !== null,
    )
    .map((check) => ({
      check,
      // Stryker disable next-line LogicalOperator: the filter kept only checks planGroup places, so the fallback is never taken, and 0 && 1 is 0, 1 && 1 is 1
      group: planGroup(check) ?? 1,
      depth: depth(check.id),
      index: CATALOGUE_INDEX.get(check.id) ?? CATALOGUE_INDEX.size,
    }))
    .sort((a, b) => a.group - b.group || a.depth - b.depth || a.index - b.index);
  const drafts: DraftStep[] = [];
  for (const { check } of roots) {
    const fix = fixOf(check);
    if (fix === null) continue;
    const same = drafts.find((draft) => sameSteps(draft.fix.steps, fix.steps));
    if (same === undefined) drafts.push({ root: check, fix, resolves: [check.id] });
    else same.resolves.push(check.id);
  }
  return drafts.map((draft, index) => {
    const caused = checks
      .filter((check) => check.causedBy !== undefined && draft.resolves.includes(check.causedBy))
      .map((check) => check.id);
    const { fix } = draft;
    return {
      order: index + 1,
      title: stepTitle(draft.root),
      resolves: [...draft.resolves, ...caused],
      navigation: fix.navigation,
      links: fix.links.map((link) => ({ label: link.label, href: link.href })),
      owner: fixOwnerOf(draft.root),
    };
  });
}

/** The fix plan step number that resolves each check, by check id. */
export function stepNumbers(plan: readonly FixPlanStep[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const step of plan) for (const id of step.resolves) if (!numbers.has(id)) numbers.set(id, step.order);
  return numbers;
}
