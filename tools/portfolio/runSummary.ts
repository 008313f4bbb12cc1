/**
 * What the portfolio keeps of one run of one account: verdict, check statuses, tokens, Login
 * Audit failures, release and open problems. A few hundred bytes in place of the whole report,
 * so memory grows with the number of clients, not of runs.
 */
import { fixOwnerOf } from '../../src/core/fixOwners';
import type { FixOwner } from '../../src/core/fixOwners';
import { detailKey, explainLoginDetail } from '../../src/core/loginDetails';
import type { CheckStatus, Verdict } from '../../src/core/report';
import type { ReportDocument } from '../../src/render/reportDocument';
import type { HistoryEntry } from '../audit/history';

export interface CheckState {
  readonly status: CheckStatus;
  readonly title: string;
}

/** A Login Audit Trail failure detail as the report states it. */
export interface LoginFailure {
  readonly detail: string;
  /** When it last happened, in the report's words. */
  readonly last: string;
  readonly cause: string;
}

/** One fix plan step still to do (or, for a run that did not reach the account, the reason). */
export interface OpenProblem {
  readonly title: string;
  readonly owner: FixOwner;
  /** The root check; null when the account could not be audited at all. */
  readonly checkId: string | null;
  readonly navigation: string;
}

export interface RunSummary {
  readonly at: string;
  readonly name: string;
  readonly verdict: Verdict;
  /** Why the account was not audited; null when it was. */
  readonly failure: { readonly kind: string; readonly message: string } | null;
  /** Empty when the account was not audited. */
  readonly checks: ReadonlyMap<string, CheckState>;
  /** Access tokens the report lists, by internal id: their names. */
  readonly tokens: ReadonlyMap<string, string>;
  /** By detail key. */
  readonly loginFailures: ReadonlyMap<string, LoginFailure>;
  /** The NetSuite release, e.g. `2026.2`; null when not audited. */
  readonly release: string | null;
  readonly problems: readonly OpenProblem[];
}

/** A refused login proves a blocker; any other failure leaves the answer missing (as `audit`'s exit code). */
function failureVerdict(kind: string): Verdict {
  return kind === 'authentication' ? 'NOT_READY' : 'INCOMPLETE';
}

/** `"InvalidToken": 1 time, last on 26 Nov 2026, 09:00 UTC. <cause>` — how the login rule words each failure detail. */
const LOGIN_FAILURE_LINE = /^"([^"]+)": [^,]+, last on (.+? UTC)\./;

function loginFailures(report: ReportDocument): Map<string, LoginFailure> {
  const failures = new Map<string, LoginFailure>();
  const check = report.checks.find((candidate) => candidate.id === 'login.recent');
  for (const line of check?.evidence ?? []) {
    const match = LOGIN_FAILURE_LINE.exec(line);
    if (match === null) continue;
    const [, detail = '', last = ''] = match;
    failures.set(detailKey(detail), { detail, last, cause: explainLoginDetail(detail).cause });
  }
  return failures;
}

function tokens(report: ReportDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const candidate of report.candidates) {
    if (candidate.source !== 'token' || candidate.tokenId === null) continue;
    found.set(String(candidate.tokenId), candidate.tokenName ?? `token ${candidate.tokenId}`);
  }
  return found;
}

function problems(report: ReportDocument): OpenProblem[] {
  const statuses = new Map(report.checks.map((check) => [check.id, check.status]));
  return (report.fixPlan ?? []).map((step) => {
    const checkId = step.resolves[0] ?? null;
    return {
      title: step.title,
      owner: step.owner ?? fixOwnerOf({ id: checkId ?? '', status: statuses.get(checkId ?? '') ?? 'fail' }),
      checkId,
      navigation: step.navigation,
    };
  });
}

export function summariseRun(entry: HistoryEntry): RunSummary {
  const { report, error } = entry;
  if (entry.outcome === 'error' || report === undefined) {
    const kind = error?.kind ?? 'error';
    const message = error?.message ?? 'The account was not audited.';
    return {
      at: entry.at,
      name: entry.name,
      verdict: failureVerdict(kind),
      failure: { kind, message },
      checks: new Map(),
      tokens: new Map(),
      loginFailures: new Map(),
      release: null,
      problems: [
        {
          title: `Audit the account again: ${message}${error?.remedy === undefined ? '' : ` ${error.remedy}`}`,
          owner: 'consultant',
          checkId: null,
          navigation: '',
        },
      ],
    };
  }
  return {
    at: entry.at,
    name: entry.name,
    verdict: report.verdict,
    failure: null,
    checks: new Map(report.checks.map((check) => [check.id, { status: check.status, title: check.title }])),
    tokens: tokens(report),
    loginFailures: loginFailures(report),
    release: report.account.netsuiteVersion,
    problems: problems(report),
  };
}
