/**
 * One script execution's state, shared by the N/* modules built for it: the account, the
 * governance meter, the realm errors are created in, and what the execution records.
 */
import type { EmulatedAccount } from './account';
import type { QueryFailureKind } from './database/accountDatabase';
import type { GovernanceMeter, MeteredScriptType } from './governance';
import type { ScriptRealm } from './loader/scriptRealm';
import type { CapturedEmail } from './modules/emailModule';
import type { CustomRecordStore } from './records/customRecordStore';

/** A log call (N/log or the global `log`). */
export interface LogEntry {
  readonly level: 'DEBUG' | 'AUDIT' | 'ERROR' | 'EMERGENCY';
  readonly title: string;
  readonly details: string;
}

/** How a SuiteQL statement ended. */
export type StatementOutcome =
  | { readonly status: 'ok'; readonly rowCount: number }
  | { readonly status: QueryFailureKind; readonly code: string; readonly message: string };

/** A SuiteQL statement a script ran, as it sent it. */
export interface StatementRecord {
  readonly api: 'runSuiteQL' | 'runSuiteQLPaged';
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly outcome: StatementOutcome;
}

/** The script and deployment being run, as `runtime.getCurrentScript()` describes them. */
export interface ScriptDeployment {
  readonly scriptId: string;
  readonly deploymentId: string;
  /** Script parameters by id (`getParameter`). */
  readonly parameters: Readonly<Record<string, string | number | boolean>>;
}

export interface Execution {
  readonly account: EmulatedAccount;
  readonly scriptType: MeteredScriptType;
  readonly deployment: ScriptDeployment;
  readonly meter: GovernanceMeter;
  readonly realm: ScriptRealm;
  readonly logs: LogEntry[];
  readonly statements: StatementRecord[];
  /** NetSuite API members the script reached that the emulator does not provide. */
  readonly unsupported: Set<string>;
  /** The custom records scripts write (they outlive the run). */
  readonly records: CustomRecordStore;
  /** Emails the script sent (captured, never delivered). */
  readonly emails: CapturedEmail[];
}
