/**
 * The readiness report: what the engine produces and every renderer reads.
 * Its JSON form (see `toReportDocument` in ../render/json) is a public, versioned format.
 */
import type { CheckId, CheckSection, Severity } from './catalogue';
import type { Finding } from './checks/define';
import type { FixOwner } from './fixOwners';
import type { AuditInputs, InputProblem } from './inputs';
import type { FixPlanStep } from './fixPlan';
import type { EnvironmentType, StatementDiagnostic } from './snapshot';

/**
 * - `pass`: proven ready; `fail`: proven not ready; `warn`: works, but something deserves attention;
 * - `manual`: cannot be read by a script: the person must look (the fix says where);
 * - `unknown`: the facts needed could not be read (evidence says why);
 * - `info`: nothing to judge, something to know.
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'unknown' | 'info';

export const CHECK_STATUSES: readonly CheckStatus[] = ['pass', 'fail', 'warn', 'manual', 'unknown', 'info'];

/** A link to the NetSuite page where the fix is made. */
export interface FixLink {
  readonly label: string;
  /** Absolute URL, or a path relative to the account's UI host (starting with `/app/`). */
  readonly href: string;
}

/** How to fix a check that did not pass: the fix its rule chose, in words. */
export interface Fix {
  /** The fix's id among its check's fixes (`default` for most). */
  readonly id: string;
  /** What to do, as the fix plan's step title. */
  readonly title: string;
  /** Who acts on it. */
  readonly owner: FixOwner;
  /** Steps in the words of NetSuite's menus. */
  readonly steps: readonly string[];
  /** Navigation path, e.g. `Setup > Company > Enable Features > SuiteCloud`. */
  readonly navigation: string;
  readonly links: readonly FixLink[];
}

/** The result of one check: a discriminated union on `status`; only non-passing outcomes carry a fix. */
export type CheckOutcome =
  | { readonly status: 'pass'; readonly evidence: readonly string[] }
  | { readonly status: 'info'; readonly evidence: readonly string[]; readonly fix?: Fix }
  | {
      readonly status: 'fail' | 'warn' | 'manual' | 'unknown';
      readonly evidence: readonly string[];
      readonly fix: Fix;
      /**
       * What was found, as one failure-worded sentence naming the records ("The integration Act-On
       * is Blocked"); every reported check of these statuses has one (the catalogue's wording when
       * the rule gives none). Values are the account's, unescaped.
       */
      readonly summary?: string;
    };

/** A check as reported: its catalogue entry plus its outcome. */
export type CheckResult = {
  /** What the rule found, as message ids and data (the evidence is these, in words). */
  readonly findings: readonly Finding[];
  readonly id: CheckId;
  readonly section: CheckSection;
  readonly title: string;
  readonly severity: Severity;
  /** Why the check matters to Act-On, from the catalogue. */
  readonly why: string;
  /** Set when the check does not pass because an upstream check (the root cause) does not: fix that one first. */
  readonly causedBy?: CheckId;
} & CheckOutcome;

export type Verdict = 'READY' | 'READY_WITH_WARNINGS' | 'INCOMPLETE' | 'NOT_READY';

/** A (user, role) pair Act-On's token could run as, with its own credential checks. */
export interface CredentialCandidate {
  /** Where the candidate came from. */
  readonly source: 'token' | 'request';
  readonly tokenId: number | null;
  readonly tokenName: string | null;
  readonly userId: number | null;
  readonly userName: string | null;
  readonly roleId: number;
  readonly roleName: string | null;
  /** The credential checks (section `credentials`) for this candidate. */
  readonly checks: readonly CheckResult[];
  /** Number of blocker checks that failed; lower is better. */
  readonly blockersFailed: number;
}

/** The Account ID forms an Act-On user needs. */
export interface AccountIdentity {
  /** As `runtime.accountId` gave it. */
  readonly id: string;
  /** What to type into Act-On's Account ID field (and the OAuth realm): upper case, underscore. */
  readonly actOnAccountId: string;
  /** The host form: lower case, hyphen (e.g. `1234567-sb1`). */
  readonly hostId: string;
  readonly uiHost: string;
  readonly restletHost: string;
  readonly environment: EnvironmentType | string;
  readonly netsuiteVersion: string;
}

export interface ReadinessReport {
  readonly generatedAt: string;
  readonly account: AccountIdentity;
  readonly inputs: AuditInputs;
  /** Problems with the request's parameters (bad ids, unknown role...). */
  readonly inputProblems: readonly InputProblem[];
  readonly verdict: Verdict;
  /** What to do, in order: one step per root cause; empty when READY. */
  readonly fixPlan: readonly FixPlanStep[];
  /** Every check, in catalogue order; credential checks are those of the best candidate. */
  readonly checks: readonly CheckResult[];
  /** Every candidate examined, best first. */
  readonly candidates: readonly CredentialCandidate[];
  /** How many further candidates were left out of the report (bounded). */
  readonly candidatesOmitted: number;
  readonly usage: { readonly queries: number; readonly governanceUnits: number };
  /** Every SuiteQL statement the audit ran or skipped, for diagnosis; empty for a document that had none. */
  readonly probes: readonly StatementDiagnostic[];
}
