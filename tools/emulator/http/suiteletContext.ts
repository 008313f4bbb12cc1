/**
 * The `context` a Suitelet's `onRequest` receives: `request` (method, parameters, headers,
 * body, url) and `response` (write, writeLine, writePage, headers, sendRedirect), with the
 * response captured for the caller.
 */
import type { Execution } from '../execution';
import { formBehind } from '../modules/serverWidgetModule';
import { SCRIPT_PATHS, scriptQueryString } from '../modules/urlModule';
import { strictMembers } from '../modules/strictMembers';
import { createSuiteScriptError, EmulatorError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import type { ServerWidgetForm } from '../modules/formModel';
import { CapturedResponse } from './capturedResponse';

/** The request as the caller describes it, after defaults. */
export interface EmulatedRequest {
  readonly method: string;
  /** Query and form parameters merged, as NetSuite merges them. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly url: string;
}

type HeaderArguments = [unknown, unknown?];

/** Reads `({name, value})` and `(name, value)`. */
function headerArguments([first, second]: HeaderArguments): { name?: unknown; value?: unknown } {
  return typeof first === 'object' && first !== null ? first : { name: first, value: second };
}

/** The response object and what it captures. */
export function createSuiteletResponse(
  execution: Execution,
  render: (form: ServerWidgetForm) => string,
): { response: object; captured: CapturedResponse } {
  const captured = new CapturedResponse();
  const { realm } = execution;
  const wrongType = (message: string): Error =>
    createSuiteScriptError(realm, { name: NETSUITE_ERROR_CODES.wrongParameterType, message });
  const output = (options: unknown): string => {
    const value = typeof options === 'object' && options !== null ? (options as { output?: unknown }).output : options;
    if (typeof value !== 'string')
      throw wrongType(`response.write expects a string (or {output: string}), got ${typeof value}.`);
    return value;
  };
  const header = (args: HeaderArguments): { name: string; value: string } => {
    const { name, value } = headerArguments(args);
    if (typeof name !== 'string' || name.trim() === '' || typeof value !== 'string')
      throw wrongType('Headers need a name and a string value.');
    return { name, value };
  };
  const response = {
    get headers(): Record<string, string> {
      return captured.headersAsSet();
    },
    write: (options: unknown): void => captured.write(output(options)),
    writeLine: (options: unknown): void => captured.write(`${output(options)}\n`),
    writePage(options: unknown): void {
      const page = formBehind(options) ?? formBehind((options as { pageObject?: unknown } | null)?.pageObject);
      if (!page) throw wrongType('response.writePage expects a serverWidget form made by serverWidget.createForm.');
      if (captured.getHeader('Content-Type') === null) captured.setHeader('Content-Type', 'text/html; charset=utf-8');
      captured.write(render(page));
    },
    setHeader: (...args: HeaderArguments): void => {
      const { name, value } = header(args);
      captured.setHeader(name, value);
    },
    addHeader: (...args: HeaderArguments): void => {
      const { name, value } = header(args);
      captured.addHeader(name, value);
    },
    getHeader: (options: unknown): string | null => {
      const name = typeof options === 'object' && options !== null ? (options as { name?: unknown }).name : options;
      return typeof name === 'string' ? captured.getHeader(name) : null;
    },
    sendRedirect(
      options: { type?: unknown; identifier?: unknown; id?: unknown; parameters?: Record<string, unknown> } | undefined,
    ): void {
      const type = typeof options?.type === 'string' ? options.type.toUpperCase() : '';
      if (type !== 'SUITELET' && type !== 'RESTLET') {
        execution.unsupported.add(`http.ServerResponse.sendRedirect(${type || 'no type'})`);
        throw new EmulatorError(
          'MEMBER_NOT_EMULATED',
          `The emulator redirects to SUITELET and RESTLET targets only, not ${type || 'no type'}.`,
        );
      }
      if (typeof options?.identifier !== 'string' || typeof options.id !== 'string')
        throw wrongType('sendRedirect needs options.identifier (script id) and options.id (deployment id).');
      captured.status = 302;
      captured.setHeader(
        'Location',
        SCRIPT_PATHS[type] + scriptQueryString(options.identifier, options.id, options.parameters),
      );
    },
  };
  return { response: strictMembers('http.ServerResponse', response, execution.unsupported), captured };
}

/** The request object a Suitelet reads. */
export function createSuiteletRequest(execution: Execution, request: EmulatedRequest): object {
  return strictMembers(
    'http.ServerRequest',
    {
      method: request.method,
      parameters: { ...request.parameters },
      headers: { ...request.headers },
      body: request.body,
      url: request.url,
      clientIpAddress: '127.0.0.1',
    },
    execution.unsupported,
  );
}
