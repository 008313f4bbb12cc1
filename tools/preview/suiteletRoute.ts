/**
 * The route that runs the compiled Suitelet: `/app/site/hosting/scriptlet.nl?script=..&deploy=..`
 * on the demo account the request picks (see scenarioSelection), GET or POST, a fresh script
 * run per request. The Suitelet's status, headers and body go back as it wrote them; an HTML
 * page gets the preview banner on top.
 */
import { rejectedStatements, type ScriptRunResult } from '../emulator';
import type { DemoScenario } from '../scenarios/demoScenarios';
import { knownAccountListings } from './accountListings';
import { withBanner, renderBanner } from './previewBanner';
import { findScenario, htmlResponse, type PreviewApp, type PreviewRequest, type PreviewResponse } from './previewApp';
import { errorPage, notFoundPage } from './previewPages';
import { runPreviewSuitelet, suiteletUrl, type PreviewSuitelet, type SuiteletCall } from './previewSuitelet';
import { withScenarioInLinks } from './scenarioLinks';
import {
  chosenScenario,
  SCENARIO_COOKIE,
  SCENARIO_PARAMETER,
  scenarioCookie,
  type ScenarioChoice,
} from './scenarioSelection';

/** Query parameters that select the script or the account, not inputs of the Suitelet. */
const ROUTING_PARAMETERS = new Set(['script', 'deploy', SCENARIO_PARAMETER]);

/** The method to run the Suitelet with (HEAD runs as GET), or null for one NetSuite does not route to it. */
function suiteletMethod(method: string): 'GET' | 'POST' | null {
  if (method === 'GET' || method === 'HEAD') return 'GET';
  return method === 'POST' ? 'POST' : null;
}

/** Why the URL does not name the Suitelet's deployment, or null when it does. */
function deploymentMismatch(suitelet: PreviewSuitelet, search: URLSearchParams): string | null {
  const script = search.get('script');
  const deploy = search.get('deploy');
  if (script === suitelet.scriptId && deploy === suitelet.deploymentId) return null;
  return (
    `No script deployment script=${script ?? '(none)'}, deploy=${deploy ?? '(none)'} in this preview: ` +
    `it serves script=${suitelet.scriptId}, deploy=${suitelet.deploymentId}.`
  );
}

/** Each query parameter's last value, leaving out the routing ones. */
function suiteletParameters(search: URLSearchParams): Record<string, string> {
  // A Map, then own data properties: names such as constructor or __proto__ are plain names here.
  const parameters = new Map<string, string>();
  for (const [name, value] of search) if (!ROUTING_PARAMETERS.has(name)) parameters.set(name, value);
  return Object.fromEntries(parameters);
}

/** Posted form fields (every value of a repeated field); undefined when the body is not a form. */
function postedFields(request: PreviewRequest): Record<string, string[]> | undefined {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') return undefined;
  const fields = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(request.body)) fields.set(name, [...(fields.get(name) ?? []), value]);
  return Object.fromEntries(fields);
}

/** What a POST hands the Suitelet: its form fields, or the raw body when it is not a form. */
function postedContent(request: PreviewRequest): Pick<SuiteletCall, 'fields' | 'body'> {
  const fields = postedFields(request);
  return fields === undefined ? { body: request.body } : { fields };
}

function suiteletCall(
  app: PreviewApp,
  scenario: DemoScenario,
  method: 'GET' | 'POST',
  request: PreviewRequest,
): SuiteletCall {
  return {
    method,
    parameters: suiteletParameters(request.url.searchParams),
    ...(method === 'POST' ? postedContent(request) : {}),
    // The emulated form posts back to the Suitelet on the same account.
    formAction: suiteletUrl(app.suitelet, { [SCENARIO_PARAMETER]: scenario.id }),
  };
}

/** Logs what the emulator found wrong in this run and returns it in words for the banner. */
function runFindings(app: PreviewApp, scenario: DemoScenario, result: ScriptRunResult): string[] {
  const notes: string[] = [];
  const rejected = rejectedStatements(result);
  for (const statement of rejected) {
    const outcome = statement.outcome.status === 'ok' ? '' : `${statement.outcome.code}: ${statement.outcome.message}`;
    app.log.warn(`[${scenario.id}] The emulator rejected a SuiteQL statement (${outcome}):\n  ${statement.sql}`);
  }
  if (rejected.length > 0)
    notes.push(`The emulator rejected ${rejected.length} SuiteQL statement(s); see the terminal.`);
  if (result.unsupported.length > 0) {
    app.log.warn(
      `[${scenario.id}] The Suitelet used NetSuite APIs the emulator lacks: ${result.unsupported.join(', ')}.`,
    );
    notes.push(`The Suitelet used ${result.unsupported.length} NetSuite API(s) the emulator lacks; see the terminal.`);
  }
  if (result.error !== null) {
    app.log.error(
      `[${scenario.id}] The Suitelet threw ${result.error.name}: ${result.error.message}`,
      result.error.stack ?? undefined,
    );
    notes.push('The Suitelet threw an error; see the terminal.');
  }
  return notes;
}

function choiceHeaders(choice: ScenarioChoice, scenario: DemoScenario): Record<string, string> {
  return choice.source === 'query' ? { 'set-cookie': scenarioCookie(scenario.id) } : {};
}

function suiteletResponse(
  app: PreviewApp,
  scenario: DemoScenario,
  choice: ScenarioChoice,
  result: ScriptRunResult,
): PreviewResponse {
  const notes = runFindings(app, scenario, result);
  const headers = { ...result.headers, 'cache-control': 'no-store', ...choiceHeaders(choice, scenario) };
  const isPage = (result.headers['content-type'] ?? '').toLowerCase().startsWith('text/html');
  const banner = isPage
    ? renderBanner({ scenarios: app.scenarios, current: scenario, suitelet: app.suitelet, clock: app.clock, notes })
    : '';
  return {
    status: result.status,
    headers,
    body: isPage ? withBanner(withScenarioInLinks(result.body, scenario.id), banner) : result.body,
    summary: `${scenario.id}, ${result.usage.units} units, ${result.usage.queries} queries`,
  };
}

/** Answers a request for the Suitelet's URL. */
export async function serveSuitelet(app: PreviewApp, request: PreviewRequest): Promise<PreviewResponse> {
  const method = suiteletMethod(request.method);
  if (method === null) {
    return htmlResponse(
      405,
      errorPage('Method not allowed', `The Suitelet answers GET and POST requests, not ${request.method}.`),
      { allow: 'GET, HEAD, POST' },
    );
  }
  const search = request.url.searchParams;
  const mismatch = deploymentMismatch(app.suitelet, search);
  if (mismatch !== null) return htmlResponse(404, notFoundPage(mismatch, knownAccountListings(app)));
  const choice = chosenScenario(search, request.headers.cookie);
  if (choice === null) return { status: 303, headers: { location: '/' }, body: '' };
  const scenario = findScenario(app, choice.id);
  if (scenario === undefined) {
    // A stale cookie would keep failing: forget it.
    const forget: Record<string, string> =
      choice.source === 'cookie' ? { 'set-cookie': `${SCENARIO_COOKIE}=; Path=/; Max-Age=0` } : {};
    return htmlResponse(
      404,
      notFoundPage(`No demo account is called "${choice.id}". Pick one of these:`, knownAccountListings(app)),
      forget,
    );
  }
  const account = await app.pool.account(scenario);
  return suiteletResponse(
    app,
    scenario,
    choice,
    await runPreviewSuitelet(account, app.suitelet, suiteletCall(app, scenario, method, request)),
  );
}
