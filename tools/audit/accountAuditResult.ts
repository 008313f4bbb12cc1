/**
 * What auditing one account produced: the RESTlet's report, or a failure that is itself a
 * finding (a refused login says as much about Act-On's chances as a failed check).
 */
import type { ReportDocument } from '../../src/render/reportDocument';
import type { AuthenticationMethod } from './auditTarget';

/**
 * - `authentication`: NetSuite refused the login (a TBA signature: HTTP 401/403, INVALID_LOGIN_ATTEMPT;
 *   OAuth 2.0: the token endpoint gave no access token, or the RESTlet refused it);
 * - `restlet-not-deployed`: the login worked but the RESTlet's script or deployment id is unknown;
 * - `timeout`: no complete answer within the time allowed;
 * - `network`: the host could not be reached (name, connection, TLS);
 * - `not-json`: the answer was not JSON (an HTML error page, a proxy's page);
 * - `wrong-schema`: JSON, but not a readiness report this tool can read;
 * - `restlet-error`: the RESTlet or NetSuite answered with an error of its own;
 * - `http-error`: any other HTTP status, after the retries allowed;
 * - `interrupted`: the run was stopped (Ctrl-C) before this account finished;
 * - `tool-error`: this tool failed on the account (a bug or an answer it could not handle); the others go on.
 */
export type AccountFailureKind =
  | 'authentication'
  | 'restlet-not-deployed'
  | 'timeout'
  | 'network'
  | 'not-json'
  | 'wrong-schema'
  | 'restlet-error'
  | 'http-error'
  | 'interrupted'
  | 'tool-error';

export interface AccountFailure {
  readonly kind: AccountFailureKind;
  /** What happened, in one or two sentences; secrets redacted. */
  readonly message: string;
  /** What to do about it. */
  readonly remedy: string;
  /** The last HTTP status seen, when there was an answer. */
  readonly httpStatus: number | null;
  /** NetSuite's error code, when its answer named one (e.g. `INVALID_LOGIN_ATTEMPT`). */
  readonly code: string | null;
}

/** The account as reported: never its credentials. */
export interface AuditedAccount {
  readonly name: string;
  readonly accountId: string;
  /** How it was signed in to (the remedies differ); TBA when not said. */
  readonly method?: AuthenticationMethod;
}

export type AccountAuditResult =
  | {
      readonly outcome: 'report';
      readonly account: AuditedAccount;
      readonly attempts: number;
      readonly report: ReportDocument;
    }
  | {
      readonly outcome: 'error';
      readonly account: AuditedAccount;
      readonly attempts: number;
      readonly failure: AccountFailure;
    };
