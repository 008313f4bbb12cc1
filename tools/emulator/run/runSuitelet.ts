/**
 * Runs a compiled Suitelet's `onRequest` for one HTTP request, as NetSuite would: parameters
 * from the query string and the posted form merged, the page or download the script writes
 * captured, an escaped exception shown as NetSuite's error page (status 500).
 */
import type { EmulatedAccount } from '../account';
import type { Execution } from '../execution';
import { accountDomain, HOST_TYPES } from '../modules/accountHosts';
import type { SelectOption, ServerWidgetForm } from '../modules/formModel';
import { SCRIPT_PATHS, scriptQueryString } from '../modules/urlModule';
import { createSuiteletRequest, createSuiteletResponse, type EmulatedRequest } from '../http/suiteletContext';
import { renderErrorPage } from '../render/errorPage';
import { renderForm } from '../render/formPage';
import { ADMINISTRATOR_ROLE } from '../scenario/scenarioTypes';
import { EmulatorError } from '../scriptErrors';
import { entryPoint, executeScript, type EntryOutcome, type ScriptSelection } from './scriptExecution';
import type { ScriptRunResult } from './scriptRunResult';

export interface SuiteletRequestOptions extends ScriptSelection {
  /** `GET` (default) or `POST`. */
  readonly method?: 'GET' | 'POST';
  /** Query-string parameters. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Posted form fields (url-encoded into the body); a repeated field keeps its last value, as NetSuite does. */
  readonly fields?: Readonly<Record<string, string | readonly string[]>>;
  /** A raw request body, when not posting form fields. */
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Where the rendered form posts; defaults to the Suitelet's NetSuite path with script and deploy. */
  readonly formAction?: string;
}

function lastValue(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : (value[value.length - 1] ?? '');
}

function requestBody(options: SuiteletRequestOptions): string {
  if (options.fields === undefined) return options.body ?? '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(options.fields))
    for (const one of typeof value === 'string' ? [value] : value) search.append(name, one);
  return search.toString();
}

/** The request NetSuite hands the script: its parameters include `script` and `deploy`. */
function emulatedRequest(execution: Execution, options: SuiteletRequestOptions): EmulatedRequest {
  const method = options.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST')
    throw new EmulatorError('BAD_REQUEST', `A Suitelet request is GET or POST, not ${String(method)}.`);
  const { scriptId, deploymentId } = execution.deployment;
  const posted =
    method === 'POST'
      ? Object.fromEntries(Object.entries(options.fields ?? {}).map(([name, value]) => [name, lastValue(value)]))
      : {};
  const parameters = { ...(options.parameters ?? {}), ...posted, script: scriptId, deploy: deploymentId };
  const host = accountDomain(execution.account.scenario.account.id, HOST_TYPES.APPLICATION) ?? 'localhost';
  const contentType: Record<string, string> =
    options.fields !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {};
  return {
    method,
    parameters,
    headers: { host, 'user-agent': 'acton-readiness-emulator', ...contentType, ...(options.headers ?? {}) },
    body: method === 'POST' ? requestBody(options) : '',
    url: `https://${host}${SCRIPT_PATHS.SUITELET}${scriptQueryString(scriptId, deploymentId, options.parameters)}`,
  };
}

/** Select options of a `source` field, for the sources scenarios describe. */
function sourceOptions(execution: Execution, source: string): readonly SelectOption[] | null {
  const { scenario } = execution.account;
  switch (source.toLowerCase()) {
    case 'employee':
      return scenario.employees.map((employee) => ({
        value: String(employee.id),
        text: employee.name,
        isSelected: false,
      }));
    case 'role':
      return [ADMINISTRATOR_ROLE, ...scenario.roles].map((role) => ({
        value: String(role.id),
        text: role.name,
        isSelected: false,
      }));
    default:
      execution.unsupported.add(`serverWidget.Field source "${source}"`);
      return null;
  }
}

function pageRenderer(execution: Execution, options: SuiteletRequestOptions): (form: ServerWidgetForm) => string {
  const { scriptId, deploymentId } = execution.deployment;
  const formAction = options.formAction ?? SCRIPT_PATHS.SUITELET + scriptQueryString(scriptId, deploymentId, {});
  return (form) =>
    renderForm(form, {
      formAction,
      accountId: execution.account.scenario.account.id,
      sourceOptions: (source) => sourceOptions(execution, source),
    });
}

/**
 * Runs the Suitelet at `options.scriptPath` for one request against `account`.
 * @throws EmulatorError for a missing or malformed script, a request the emulator cannot make,
 *   or an N/* feature the emulator does not provide
 */
export function runSuitelet(account: EmulatedAccount, options: SuiteletRequestOptions): Promise<ScriptRunResult> {
  return executeScript(
    account,
    'Suitelet',
    options,
    (exports, execution): EntryOutcome => {
      const onRequest = entryPoint(exports, 'onRequest', options.scriptPath);
      const request = createSuiteletRequest(execution, emulatedRequest(execution, options));
      const { response, captured } = createSuiteletResponse(execution, pageRenderer(execution, options));
      onRequest({ request, response });
      if (captured.getHeader('Content-Type') === null && captured.body !== '')
        captured.setHeader('Content-Type', 'text/html; charset=utf-8');
      return { status: captured.status, headers: captured.headers(), body: captured.body };
    },
    (failure) => ({
      status: 500,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: renderErrorPage(failure.name, failure.message),
    }),
  );
}
