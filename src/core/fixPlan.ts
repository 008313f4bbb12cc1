/**
 * The fix plan: one step per root cause, in dependency order. A check that does not pass
 * because a check it depends on does not either is marked `causedBy` that root (its own status
 * is unchanged) and is resolved by the root's step, so one missing record is one step, not four.
 */
import { catalogueSummary, CHECK_CATALOGUE, defaultFixTitle, dependenciesOf, type CheckId } from './catalogue';
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

/** Report order, keyed by check ids, which may come from a saved document. */
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
  return defaultFixTitle(check);
}

/**
 * A step's title: the chosen fix's. The default fix says how to make the check pass; when the
 * audit could not read or prove it, the step is to find out or confirm by hand first.
 */
function stepTitle(root: CheckResult, fix: Fix): string {
  if (fix.id === 'default' && root.status === 'unknown') return `Find out by hand: ${root.title}`;
  if (fix.id === 'default' && root.status === 'manual') return `Confirm by hand: ${root.title}`;
  return fix.title;
}

/** Who acts on a step: the chosen fix's owner; whoever runs the audit works out what it could not read. */
function stepOwner(root: CheckResult, fix: Fix): FixOwner {
  return fix.id === 'default' && root.status === 'unknown' ? fixOwnerOf(root) : fix.owner;
}

/**
 * Whether an upstream check explains a downstream one: a failure explains anything short of a
 * pass; an unread fact explains what could not be read or proven after it, unless that check's
 * own read was refused (a different cause, with a step of its own).
 */
function explains(upstream: CheckResult, downstream: CheckResult): boolean {
  if (upstream.status === 'fail') return downstream.status !== 'pass' && downstream.status !== 'info';
  if (upstream.status !== 'unknown') return false;
  if (downstream.status === 'unknown' && downstream.findings.some((finding) => finding.id === 'unreadable'))
    return false;
  return downstream.status === 'unknown' || downstream.status === 'manual';
}

/**
 * The checks (as rules give them, without causes) with `causedBy` set on each one whose failure an
 * upstream check explains (the root of the chain).
 */
export function withCauses(checks: readonly CheckResult[]): CheckResult[] {
  const byId = new Map<string, CheckResult>(checks.map((check) => [check.id, check]));
  const roots = new Map<string, CheckId | null>();
  // The dependencies have no cycle (the dependency test pins it), so the walk ends.
  const rootOf = (check: CheckResult): CheckId | null => {
    const known = roots.get(check.id);
    if (known !== undefined) return known;
    let root: CheckId | null = null;
    // Stryker disable next-line ArrayDeclaration: a made-up id names no check, like an unknown one
    for (const dependencyId of dependenciesOf(check.id)) {
      const dependency = byId.get(dependencyId);
      if (dependency === undefined || !explains(dependency, check)) continue;
      root = rootOf(dependency) ?? dependency.id;
      break;
    }
    roots.set(check.id, root);
    return root;
  };
  return checks.map((check) => {
    const root = rootOf(check);
    return root === null ? check : { ...check, causedBy: root };
  });
}

/**
 * Which plan group a root cause falls in, matching the verdict (0: blockers, then 1: warnings),
 * with its fix (every check that does not pass carries one); null when it needs no step.
 */
function planPlace(check: CheckResult): { readonly group: 0 | 1; readonly fix: Fix } | null {
  if (check.status === 'pass' || check.status === 'info') return null;
  const blocking = check.severity === 'blocker' && check.status !== 'warn';
  return { group: blocking ? 0 : 1, fix: check.fix };
}

/** How many dependency links lie above a check: the plan's order within a group. The dependencies have no cycle. */
function depth(id: string): number {
  return dependenciesOf(id).reduce((deepest, dependency) => Math.max(deepest, depth(dependency) + 1), 0);
}

function sameSteps(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((step, index) => step === right[index]);
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
    .flatMap((check) => {
      const place = check.causedBy === undefined ? planPlace(check) : null;
      if (place === null) return [];
      const index = CATALOGUE_INDEX.get(check.id) ?? CATALOGUE_INDEX.size;
      return [{ check, ...place, depth: depth(check.id), index }];
    })
    .sort((a, b) => a.group - b.group || a.depth - b.depth || a.index - b.index);
  const drafts: DraftStep[] = [];
  for (const { check, fix } of roots) {
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
      title: stepTitle(draft.root, fix),
      resolves: [...draft.resolves, ...caused],
      navigation: fix.navigation,
      links: fix.links.map((link) => ({ label: link.label, href: link.href })),
      owner: stepOwner(draft.root, fix),
    };
  });
}

/** The fix plan step number that resolves each check, by check id. */
export function stepNumbers(plan: readonly FixPlanStep[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const step of plan) for (const id of step.resolves) if (!numbers.has(id)) numbers.set(id, step.order);
  return numbers;
}
