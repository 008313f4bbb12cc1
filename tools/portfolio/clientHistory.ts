/**
 * One client's history, folded run by run in time order: the verdicts inside the window, what
 * changed between consecutive runs, whether the latest run is worse than the one before, and
 * where the client stands on the platform timeline. Only the latest runs are held, never all.
 */
import { compareReleases, parseRelease, PLATFORM_MILESTONES, releaseLabel } from '../../src/core/platformTimeline';
import type { MilestoneId, PlatformMilestone } from '../../src/core/platformTimeline';
import type { CheckStatus, Verdict } from '../../src/core/report';
import type { OpenProblem, RunSummary } from './runSummary';

/** How a change reads: a check that newly fails, warns or recovers, a token, a login failure, the audit itself. */
export type ChangeKind =
  | 'failed'
  | 'warned'
  | 'recovered'
  | 'unread'
  | 'changed'
  | 'token-appeared'
  | 'token-gone'
  | 'login-failure'
  | 'not-reached'
  | 'reached';

export interface PortfolioChange {
  readonly at: string;
  /** The check it concerns (`token.active` for tokens, `login.recent` for Login Audit failures). */
  readonly checkId: string;
  readonly title: string;
  readonly from: string;
  readonly to: string;
  readonly kind: ChangeKind;
  /** The cause of a Login Audit failure, or why the audit did not reach the account. */
  readonly cause?: string;
}

export interface NextMilestone {
  readonly id: MilestoneId;
  readonly release: string;
  readonly what: string;
  readonly sure: PlatformMilestone['sure'];
  /** Other milestones of the same release. */
  readonly also: readonly {
    readonly id: MilestoneId;
    readonly what: string;
    readonly sure: PlatformMilestone['sure'];
  }[];
}

export interface ClientPortfolio {
  readonly accountId: string;
  /** The name of the latest run's entry (an entry renamed since keeps its history). */
  readonly name: string;
  /** The runs inside the window, oldest first. */
  readonly runs: readonly { readonly at: string; readonly verdict: Verdict; readonly failure?: string }[];
  /** The changes inside the window, oldest first. */
  readonly changes: readonly PortfolioChange[];
  /** When the latest run was, and the one before it (null for a first run). */
  readonly latestAt: string;
  readonly previous: { readonly at: string; readonly verdict: Verdict } | null;
  readonly verdict: Verdict;
  /** True when the latest run is worse than the one before it. */
  readonly worse: boolean;
  readonly release: string | null;
  readonly nextMilestone: NextMilestone | null;
  /** The latest run's fix plan, each step with who acts on it. */
  readonly openProblems: readonly OpenProblem[];
  /** Runs before the window, read for the baseline and not shown. */
  readonly runsBeforeWindow: number;
}

/** Worse verdicts rank higher. */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  READY: 0,
  READY_WITH_WARNINGS: 1,
  INCOMPLETE: 2,
  NOT_READY: 3,
};

const PROBLEM_STATUSES: ReadonlySet<CheckStatus> = new Set(['fail', 'warn', 'unknown', 'manual']);

function checkChangeKind(from: CheckStatus, to: CheckStatus): ChangeKind {
  if (to === 'fail') return 'failed';
  if (to === 'warn') return 'warned';
  if (to === 'unknown') return 'unread';
  if (PROBLEM_STATUSES.has(from) && (to === 'pass' || to === 'info')) return 'recovered';
  return 'changed';
}

/** What changed between two audited runs of one account. */
function reportChanges(before: RunSummary, after: RunSummary): PortfolioChange[] {
  const changes: PortfolioChange[] = [];
  for (const [checkId, state] of after.checks) {
    const earlier = before.checks.get(checkId);
    // A check one of the two versions did not have is no change in the account.
    if (earlier === undefined || earlier.status === state.status) continue;
    const kind = checkChangeKind(earlier.status, state.status);
    changes.push({ at: after.at, checkId, title: state.title, from: earlier.status, to: state.status, kind });
  }
  // A list that could not be read is no evidence that a token or a failure came or went.
  const unread = (run: RunSummary, checkId: string): boolean => run.checks.get(checkId)?.status === 'unknown';
  if (!unread(before, 'token.active') && !unread(after, 'token.active')) changes.push(...tokenChanges(before, after));
  if (!unread(before, 'login.recent') && !unread(after, 'login.recent')) changes.push(...loginChanges(before, after));
  return changes;
}

function tokenChanges(before: RunSummary, after: RunSummary): PortfolioChange[] {
  const changes: PortfolioChange[] = [];
  for (const [tokenId, name] of after.tokens) {
    if (before.tokens.has(tokenId)) continue;
    const title = `Access token ${name} (id ${tokenId})`;
    changes.push({
      at: after.at,
      checkId: 'token.active',
      title,
      from: 'absent',
      to: 'listed',
      kind: 'token-appeared',
    });
  }
  for (const [tokenId, name] of before.tokens) {
    if (after.tokens.has(tokenId)) continue;
    const title = `Access token ${name} (id ${tokenId})`;
    changes.push({ at: after.at, checkId: 'token.active', title, from: 'listed', to: 'gone', kind: 'token-gone' });
  }
  return changes;
}

function loginChanges(before: RunSummary, after: RunSummary): PortfolioChange[] {
  const changes: PortfolioChange[] = [];
  for (const [key, failure] of after.loginFailures) {
    const earlier = before.loginFailures.get(key);
    if (earlier !== undefined && earlier.last === failure.last) continue;
    changes.push({
      at: after.at,
      checkId: 'login.recent',
      title: `Token login failed with "${failure.detail}", last on ${failure.last}`,
      from: earlier === undefined ? 'none' : `last on ${earlier.last}`,
      to: `last on ${failure.last}`,
      kind: 'login-failure',
      cause: failure.cause,
    });
  }
  return changes;
}

/** The changes a run brings, given the run before it and the last run that audited the account. */
function runChanges(previous: RunSummary, lastAudited: RunSummary | null, run: RunSummary): PortfolioChange[] {
  if (run.failure !== null) {
    if (previous.failure !== null && previous.failure.kind === run.failure.kind) return [];
    return [
      {
        at: run.at,
        checkId: 'audit',
        title: 'The audit could not reach the account',
        from: previous.failure === null ? 'audited' : previous.failure.kind,
        to: run.failure.kind,
        kind: 'not-reached',
        cause: run.failure.message,
      },
    ];
  }
  const reached: PortfolioChange[] =
    previous.failure === null
      ? []
      : [
          {
            at: run.at,
            checkId: 'audit',
            title: 'The audit reached the account again',
            from: previous.failure.kind,
            to: 'audited',
            kind: 'reached',
          },
        ];
  return [...reached, ...(lastAudited === null ? [] : reportChanges(lastAudited, run))];
}

/** The first milestone after the account's release, from the platform timeline the audit itself uses. */
export function nextMilestone(version: string | null): NextMilestone | null {
  const release = version === null ? null : parseRelease(version);
  if (release === null) return null;
  const later = PLATFORM_MILESTONES.filter(
    (milestone) => milestone.release !== null && compareReleases(milestone.release, release) > 0,
  );
  const soonest = later.reduce<PlatformMilestone | null>(
    (best, milestone) =>
      best === null || compareReleases(milestone.release ?? release, best.release ?? release) < 0 ? milestone : best,
    null,
  );
  if (soonest === null || soonest.release === null) return null;
  const soonestRelease = soonest.release;
  return {
    id: soonest.id,
    release: releaseLabel(soonestRelease),
    what: soonest.what,
    sure: soonest.sure,
    also: later
      .filter(
        (milestone) => milestone !== soonest && compareReleases(milestone.release ?? release, soonestRelease) === 0,
      )
      .map((milestone) => ({ id: milestone.id, what: milestone.what, sure: milestone.sure })),
  };
}

/** Changes that make a run worse than the one before, even under the same verdict. */
const WORSENING: ReadonlySet<ChangeKind> = new Set(['failed', 'warned']);

/** Folds one client's runs, fed oldest first. */
export class ClientHistoryFold {
  private previous: RunSummary | null = null;
  private lastAudited: RunSummary | null = null;
  private latestRelease: string | null = null;
  private readonly runs: { at: string; verdict: Verdict; failure?: string }[] = [];
  private readonly changes: PortfolioChange[] = [];
  private latestChanges: readonly PortfolioChange[] = [];
  private previousOfLatest: RunSummary | null = null;
  private before = 0;

  constructor(
    readonly accountId: string,
    private readonly windowStart: number,
  ) {}

  /** The latest run folded so far, to keep runs in time order. */
  get latestAt(): string | null {
    return this.previous?.at ?? null;
  }

  add(run: RunSummary): void {
    const changes = this.previous === null ? [] : runChanges(this.previous, this.lastAudited, run);
    if (Date.parse(run.at) >= this.windowStart) {
      this.runs.push({
        at: run.at,
        verdict: run.verdict,
        ...(run.failure === null ? {} : { failure: run.failure.kind }),
      });
      this.changes.push(...changes);
    } else {
      this.before += 1;
    }
    this.latestChanges = changes;
    this.previousOfLatest = this.previous;
    this.previous = run;
    if (run.failure === null) {
      this.lastAudited = run;
      this.latestRelease = run.release;
    }
  }

  /** The client's portfolio entry; null when no run was folded. */
  result(): ClientPortfolio | null {
    const latest = this.previous;
    if (latest === null) return null;
    const before = this.previousOfLatest;
    const worse =
      before !== null &&
      (VERDICT_RANK[latest.verdict] > VERDICT_RANK[before.verdict] ||
        this.latestChanges.some((change) => WORSENING.has(change.kind)));
    return {
      accountId: this.accountId,
      name: latest.name,
      runs: this.runs,
      changes: this.changes,
      latestAt: latest.at,
      previous: before === null ? null : { at: before.at, verdict: before.verdict },
      verdict: latest.verdict,
      worse,
      release: this.latestRelease,
      nextMilestone: nextMilestone(this.latestRelease),
      openProblems: latest.problems,
      runsBeforeWindow: this.before,
    };
  }
}
