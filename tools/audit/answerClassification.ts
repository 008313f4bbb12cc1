/**
 * Reads NetSuite's answer to a signed RESTlet call: the report, or which kind of failure it is.
 * Pure: the answer comes in as status, content type and text.
 */
import { printableText } from '../../src/render/escape';
import { parseReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/reportDocument';
import type { AccountFailure, AccountFailureKind } from './accountAuditResult';
import type { AuthenticationMethod } from './auditTarget';
import { remedyFor } from './failureRemedies';
import { jsonDepth, MAX_JSON_DEPTH } from './jsonDepth';
import type { Redactor } from './redaction';

/** One HTTP answer, as received. */
export interface HttpAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** Where the answer came from, for the remedy text, and the redactor for anything quoted from it. */
export interface AnswerContext {
  readonly realm: string;
  readonly restletHost: string;
  readonly redact: Redactor;
  /** How the call was authenticated (the remedy for a refused login differs); TBA when not said. */
  readonly method?: AuthenticationMethod;
}

export type AnswerReading =
  | { readonly kind: 'report'; readonly report: ReportDocument }
  | { readonly kind: 'failure'; readonly failure: AccountFailure };

/** NetSuite's codes for a refused login. */
const AUTHENTICATION_CODES = new Set([
  'INVALID_LOGIN_ATTEMPT',
  'INVALID_LOGIN',
  'INVALID_LOGIN_CREDENTIALS',
  'USER_ERROR_INVALID_LOGIN',
]);

/** NetSuite's codes for a script or deployment id it does not know (older accounts answer the second). */
const UNKNOWN_SCRIPT_CODES = new Set([
  'SSS_INVALID_SCRIPTLET_ID',
  'INVALID_LOGIN_INVALID_SCRIPT_ID',
  'SSS_INVALID_SCRIPT_ID',
]);

/** Longest piece of a remote answer quoted in a message. */
const MAX_QUOTE_LENGTH = 160;

/** Longest error code kept: NetSuite's are short upper-case words; anything longer is not one. */
const MAX_CODE_LENGTH = 64;

/** 429 and every 5xx may pass: they are worth a retry. 401 and 403 never are. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Text from the remote side made safe to quote: one line, no control characters, bounded, secrets redacted. */
export function quoteRemote(text: string, redact: Redactor): string {
  const flat = printableText(redact(text)).replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE_LENGTH ? `${flat.slice(0, MAX_QUOTE_LENGTH - 1)}…` : flat;
}

/** A remote error code as kept and shown: one printable line, redacted, bounded. */
export function boundedCode(code: string, redact: Redactor): string {
  const flat = quoteRemote(code, redact);
  return flat.length > MAX_CODE_LENGTH ? `${flat.slice(0, MAX_CODE_LENGTH - 1)}…` : flat;
}

/** NetSuite's `{ "error": { "code", "message" } }` body, when the answer is one. */
function netsuiteError(parsed: unknown): { readonly code: string; readonly message: string } | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const error: unknown = (parsed as { readonly error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const code: unknown = (error as { readonly code?: unknown }).code;
  const message: unknown = (error as { readonly message?: unknown }).message;
  if (typeof code !== 'string') return null;
  return { code, message: typeof message === 'string' ? message : '' };
}

function parseJson(body: string): { readonly value: unknown } | null {
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return null;
  }
}

/** An HTML page's title, which usually says what the page is ("Service unavailable", a login page). */
function pageTitle(body: string): string | null {
  const match = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(body);
  return match?.[1]?.trim() || null;
}

function failure(
  kind: AccountFailureKind,
  message: string,
  context: AnswerContext,
  status: number | null,
  code: string | null,
): AnswerReading {
  return {
    kind: 'failure',
    failure: {
      kind,
      message: context.redact(message),
      remedy: remedyFor(kind, context.realm, context.restletHost, context.method),
      httpStatus: status,
      code,
    },
  };
}

function classifyNetSuiteError(
  answer: HttpAnswer,
  error: { readonly code: string; readonly message: string },
  context: AnswerContext,
): AnswerReading {
  // The code is remote text like the message: quoted, so it cannot pass for this tool's own words, and bounded.
  const code = boundedCode(error.code, context.redact);
  const said = `"${code}"${error.message === '' ? '' : `: ${quoteRemote(error.message, context.redact)}`}`;
  if (UNKNOWN_SCRIPT_CODES.has(error.code)) {
    return failure(
      'restlet-not-deployed',
      `NetSuite does not know the RESTlet's script or deployment id (HTTP ${answer.status}, ${said}).`,
      context,
      answer.status,
      code,
    );
  }
  if (AUTHENTICATION_CODES.has(error.code) || answer.status === 401 || answer.status === 403) {
    return failure(
      'authentication',
      `NetSuite refused the login (HTTP ${answer.status}, ${said}).`,
      context,
      answer.status,
      code,
    );
  }
  if (isRetryableStatus(answer.status)) {
    return failure(
      'http-error',
      `NetSuite was busy or failing (HTTP ${answer.status}, ${said}).`,
      context,
      answer.status,
      code,
    );
  }
  return failure(
    'restlet-error',
    `The RESTlet answered with an error (HTTP ${answer.status}, ${said}).`,
    context,
    answer.status,
    code,
  );
}

function classifyWithoutErrorBody(answer: HttpAnswer, context: AnswerContext, isJson: boolean): AnswerReading {
  const { status } = answer;
  if (status === 401 || status === 403) {
    return failure('authentication', `NetSuite refused the token login (HTTP ${status}).`, context, status, null);
  }
  if (status === 404) {
    return failure('restlet-not-deployed', 'Nothing answers at the RESTlet URL (HTTP 404).', context, status, null);
  }
  if (status >= 300 && status < 400) {
    return failure(
      'http-error',
      `NetSuite redirected the call (HTTP ${status}): the RESTlet URL points to the wrong data center or host.`,
      context,
      status,
      null,
    );
  }
  if (status < 200 || status >= 300) {
    return failure(
      'http-error',
      `NetSuite answered HTTP ${status}${isJson ? '' : ` (${answer.contentType || 'no content type'})`}.`,
      context,
      status,
      null,
    );
  }
  const title = pageTitle(answer.body);
  const what =
    title === null ? answer.contentType || 'no content type' : `a page titled "${quoteRemote(title, context.redact)}"`;
  return failure('not-json', `The answer was not JSON (HTTP ${status}, ${what}).`, context, status, null);
}

/** Classifies one answer; a 2xx JSON readiness report is the only success. */
export function readAnswer(answer: HttpAnswer, context: AnswerContext): AnswerReading {
  const parsed = parseJson(answer.body);
  const error = parsed === null ? null : netsuiteError(parsed.value);
  if (error !== null) return classifyNetSuiteError(answer, error, context);
  if (parsed === null || answer.status < 200 || answer.status >= 300)
    return classifyWithoutErrorBody(answer, context, parsed !== null);
  if (jsonDepth(answer.body) > MAX_JSON_DEPTH) {
    return failure(
      'wrong-schema',
      `The answer is JSON nested more than ${MAX_JSON_DEPTH} levels deep, which no readiness report is.`,
      context,
      answer.status,
      null,
    );
  }
  const document = parseReportDocument(answer.body);
  if ('error' in document) {
    return failure(
      'wrong-schema',
      `The answer is JSON but not a readiness report (${quoteRemote(document.error, context.redact)}).`,
      context,
      answer.status,
      null,
    );
  }
  return { kind: 'report', report: document };
}
