/** What running a script in the emulator gives back. */
import type { LogEntry, StatementRecord } from '../execution';
import type { CapturedEmail } from '../modules/emailModule';

/** An exception the script let escape. */
export interface ScriptFailure {
  /** NetSuite's error code (`name`), e.g. SSS_USAGE_LIMIT_EXCEEDED, or the JavaScript error name. */
  readonly name: string;
  readonly message: string;
  readonly stack: string | null;
}

export interface ScriptUsage {
  /** Governance units used. */
  readonly units: number;
  readonly limit: number;
  readonly remaining: number;
  /** True when a call was refused with SSS_USAGE_LIMIT_EXCEEDED. */
  readonly limitExceeded: boolean;
  /** SuiteQL statements sent (runSuiteQL and runSuiteQLPaged calls, failed ones included). */
  readonly queries: number;
  /** Each statement in order, with its outcome. */
  readonly statements: readonly StatementRecord[];
}

export interface ScriptRunResult {
  /** HTTP status: 200, 302 after sendRedirect, 500 (Suitelet) or 400 (RESTlet) when the script threw. */
  readonly status: number;
  /** Response headers by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly usage: ScriptUsage;
  readonly logs: readonly LogEntry[];
  /** Emails the script sent (N/email, captured). */
  readonly emails: readonly CapturedEmail[];
  /** The exception that ended the script, or null when it returned. */
  readonly error: ScriptFailure | null;
  /** NetSuite API members the script reached that the emulator does not provide (even if the script caught the error). */
  readonly unsupported: readonly string[];
}

/** Statements the emulator refused (wrong table or column, outside the subset): each one is a defect to fix. */
export function rejectedStatements(result: ScriptRunResult): readonly StatementRecord[] {
  return result.usage.statements.filter((statement) => statement.outcome.status === 'rejected');
}
