/**
 * Runs a compiled RESTlet's entry point for one request: `get`/`delete` receive the query
 * parameters, `post`/`put` the body (parsed when it is JSON). A returned string is sent as is,
 * anything else as JSON. RESTlets have 5,000 governance units. An escaped exception answers
 * status 400 with `{"error":{"code","message"}}`, the shape NetSuite's RESTlet errors take.
 */
import type { EmulatedAccount } from '../account';
import { EmulatorError } from '../scriptErrors';
import { entryPoint, executeScript, type EntryOutcome, type ScriptSelection } from './scriptExecution';
import type { ScriptRunResult } from './scriptRunResult';

export type RestletMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RestletRequestOptions extends ScriptSelection {
  /** Default GET. */
  readonly method?: RestletMethod;
  /** Query-string parameters (`script` and `deploy` are added, as NetSuite does). */
  readonly parameters?: Readonly<Record<string, string>>;
  /** The request body of POST and PUT. */
  readonly body?: string;
  /** Default `application/json`. */
  readonly contentType?: string;
}

const ENTRY_POINTS: Readonly<Record<RestletMethod, string>> = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  DELETE: 'delete',
};

function isJson(contentType: string): boolean {
  return /^application\/json\b/i.test(contentType);
}

function requestBody(options: RestletRequestOptions, contentType: string): unknown {
  const body = options.body ?? '';
  if (!isJson(contentType) || body.trim() === '') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new EmulatorError('BAD_REQUEST', 'The request body is not valid JSON, but the content type says it is.');
  }
}

/**
 * Runs the RESTlet at `options.scriptPath` for one request against `account`.
 * @throws EmulatorError for a missing or malformed script, a method it does not export, or an
 *   N/* feature the emulator does not provide
 */
export function runRestlet(account: EmulatedAccount, options: RestletRequestOptions): Promise<ScriptRunResult> {
  const method = options.method ?? 'GET';
  const entryName = ENTRY_POINTS[method];
  if (entryName === undefined)
    return Promise.reject(
      new EmulatorError('BAD_REQUEST', `A RESTlet request is GET, POST, PUT or DELETE, not ${String(method)}.`),
    );
  const contentType = options.contentType ?? 'application/json';
  return executeScript(
    account,
    'Restlet',
    options,
    (exports, execution): EntryOutcome => {
      const entry = entryPoint(exports, entryName, options.scriptPath);
      const { scriptId, deploymentId } = execution.deployment;
      const argument =
        method === 'GET' || method === 'DELETE'
          ? { ...(options.parameters ?? {}), script: scriptId, deploy: deploymentId }
          : requestBody(options, contentType);
      const returned = entry(argument);
      const body = typeof returned === 'string' ? returned : returned === undefined ? '' : JSON.stringify(returned);
      return { status: 200, headers: { 'content-type': contentType }, body };
    },
    (failure) => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: { code: failure.name, message: failure.message } }),
    }),
  );
}
