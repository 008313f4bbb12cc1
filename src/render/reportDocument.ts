/**
 * The public JSON report format. Consultants' tooling and the command-line renderer read it,
 * so fields are only ever added; removing or changing one raises `schemaVersion`.
 * Readers should ignore fields they do not know.
 */
import type { CheckSection, Severity } from '../core/catalogue';
import type { FixOwner } from '../core/fixOwners';
import type { CheckStatus, Verdict } from '../core/report';
import type { StatementDiagnostic } from '../core/snapshot';
import type { JsonValue } from './jsonShape';

export interface ReportDocument {
  /** Version of this format; see `REPORT_SCHEMA_VERSION`. */
  readonly schemaVersion: number;
  /** What produced the document. */
  readonly tool: {
    /** Always `acton-readiness`. */
    readonly name: string;
    /** The tool's version (semantic versioning), e.g. `1.0.0`. */
    readonly version: string;
  };
  /** When the audit ran: ISO-8601 date-time, UTC. */
  readonly generatedAt: string;
  readonly account: ReportDocumentAccount;
  /** What the audit was asked about, after validation. */
  readonly inputs: {
    /** Integration record name searched for (matched ignoring case and spaces). */
    readonly integrationName: string;
    /** Internal id of the role asked about; null when none was given. */
    readonly roleId: number | null;
    /** Internal id of the employee asked about; null when none was given. */
    readonly userId: number | null;
    /**
     * The custom entity field ids Act-On writes its score to, as given (lower case); empty when
     * none was given. Absent from documents written before it was kept.
     */
    readonly scoreFieldIds?: readonly string[];
  };
  /**
   * Problems with the request's parameters: values rejected (each message says what was used
   * instead) and ids the account does not have.
   */
  readonly inputProblems: readonly {
    /** The parameter's name, e.g. `role`. */
    readonly parameter: string;
    /** What was wrong, in words for the person who typed it. */
    readonly message: string;
  }[];
  /** The overall answer. */
  readonly verdict: Verdict;
  /**
   * What to do, in order: one step per root cause (every failing blocker, then the warnings
   * worth acting on), each naming the checks it resolves; empty when READY. Absent from
   * documents of earlier versions.
   */
  readonly fixPlan?: readonly ReportDocumentFixStep[];
  /** Every check, in catalogue order; credential checks are the best candidate's. */
  readonly checks: readonly ReportDocumentCheck[];
  /** Every (user, role) pair examined, best first. */
  readonly candidates: readonly ReportDocumentCandidate[];
  /** How many further candidates were examined but left out. */
  readonly candidatesOmitted: number;
  /** What the audit cost the account. */
  readonly usage: {
    /** SuiteQL queries run. */
    readonly queries: number;
    /** Governance units used (a Suitelet may use 1,000 per request). */
    readonly governanceUnits: number;
  };
  /**
   * Every SuiteQL statement the audit ran or skipped, in order: what an administrator sends
   * back when the report disagrees with the account. Statement text with `?` placeholders,
   * never parameter values. Absent from documents of earlier versions.
   */
  readonly probes?: readonly ReportDocumentProbe[];
}

/**
 * One SuiteQL statement of the audit: the collector's own diagnostic, field for field (what it
 * reads, the SQL with `?` placeholders, `ok` / `failed` / `skipped` with the reason, rows read,
 * whether the bound cut them, NetSuite's error code and message).
 */
export type ReportDocumentProbe = StatementDiagnostic;

/** The account identity, in every form Act-On and NetSuite use. */
export interface ReportDocumentAccount {
  /** The account id as NetSuite reports it, e.g. `1234567_SB1`. */
  readonly id: string;
  /** What to type into Act-On's Account ID field: upper case, underscore. */
  readonly actOnAccountId: string;
  /** The host form: lower case, hyphen, e.g. `1234567-sb1`. */
  readonly hostId: string;
  /** `PRODUCTION`, `SANDBOX`, `BETA` (Release Preview), `INTERNAL`, or what NetSuite said. */
  readonly environment: string;
  /** The NetSuite release, e.g. `2026.2`. */
  readonly netsuiteVersion: string;
  /** The UI host, e.g. `1234567-sb1.app.netsuite.com`. */
  readonly uiHost: string;
  /** The RESTlet host, e.g. `1234567-sb1.restlets.api.netsuite.com`. */
  readonly restletHost: string;
}

/** One check's result. */
export interface ReportDocumentCheck {
  /** Stable check id from the catalogue, e.g. `feature.token-based-authentication`. */
  readonly id: string;
  readonly section: CheckSection;
  /** The check's title, in words. */
  readonly title: string;
  /** `blocker` checks decide the verdict. */
  readonly severity: Severity;
  readonly status: CheckStatus;
  /** What the audit saw, one fact per line. */
  readonly evidence: readonly string[];
  /**
   * What the audit saw as message ids and data, one per evidence line (the evidence is these in
   * words); absent from documents of earlier versions.
   */
  readonly findings?: readonly ReportDocumentFinding[];
  /** How to fix it; null when the check passed or needs nothing. */
  readonly fix: ReportDocumentFix | null;
  /**
   * Present when the check does not pass because the named upstream check does not: the root cause,
   * fixed by its plan step.
   */
  readonly causedBy?: string;
  /**
   * Present on every check that failed, warned, needs a manual look or could not be read: what was
   * found, failure-worded, naming the records ("The integration Act-On is Blocked").
   */
  readonly summary?: string;
}

/** One step of the fix plan. */
export interface ReportDocumentFixStep {
  /** 1 for the first step. */
  readonly order: number;
  /** What to do, in NetSuite's words, e.g. `Enable Token-Based Authentication`. */
  readonly title: string;
  /** Ids of the checks the step resolves: the root cause first. */
  readonly resolves: readonly string[];
  /** Menu path where the step is done. */
  readonly navigation: string;
  /** Pages where it is done, as in a check's fix. */
  readonly links: readonly { readonly label: string; readonly href: string }[];
  /**
   * Who acts on it: `netsuite-admin`, `acton-admin`, `acton-support` or `consultant`. Absent from
   * documents of earlier versions.
   */
  readonly owner?: FixOwner;
}

/** One finding: a message id of the check (or a shared one) and the values it names. */
export interface ReportDocumentFinding {
  readonly id: string;
  readonly data: { readonly [key: string]: JsonValue };
}

export interface ReportDocumentFix {
  /** The fix's id among the check's fixes (`default` for most); absent from documents of earlier versions. */
  readonly id?: string;
  /** What to do, as the fix plan's step title; absent from documents of earlier versions. */
  readonly title?: string;
  /** Who acts on it; absent from documents of earlier versions. */
  readonly owner?: FixOwner;
  /** Steps in the words of NetSuite's menus, in order. */
  readonly steps: readonly string[];
  /** Menu path, e.g. `Setup > Company > Enable Features > SuiteCloud`. */
  readonly navigation: string;
  /** Pages where the fix is made: absolute URLs or paths on the account's UI host (`/app/...`). */
  readonly links: readonly { readonly label: string; readonly href: string }[];
}

/** A (user, role) pair Act-On's token could run as. */
export interface ReportDocumentCandidate {
  /** `token`: found on an access token; `request`: the role and user asked about. */
  readonly source: 'token' | 'request';
  /** The access token's internal id; null for a `request` candidate. */
  readonly tokenId: number | null;
  readonly tokenName: string | null;
  /** The employee's internal id; null when unknown. */
  readonly userId: number | null;
  readonly userName: string | null;
  /** The role's internal id. */
  readonly roleId: number;
  readonly roleName: string | null;
  /** Blocker checks this candidate fails; lower is better. */
  readonly blockersFailed: number;
  /** This candidate's credential checks. */
  readonly checks: readonly {
    readonly id: string;
    readonly status: CheckStatus;
    readonly evidence: readonly string[];
  }[];
}
