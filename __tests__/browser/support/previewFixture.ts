/**
 * The preview server as the browser tests use it: started in-process on a free port, serving
 * the compiled Suitelet (run `npm run build` first; `npm test` does) on the small bundled demo
 * accounts and this folder's fixture accounts, at the fixed demo clock.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLED_DEMO_SCENARIOS, type DemoScenario } from '../../../tools/scenarios/demoScenarios';
import { describeThrown, type PreviewLog } from '../../../tools/preview/previewLog';
import { DEMO_CLOCK } from '../../../tools/preview/previewSettings';
import { READINESS_SUITELET_FILE, SUITELET_PATH } from '../../../tools/preview/previewSuitelet';
import { startPreviewServer, type RunningPreview } from '../../../tools/preview/server';

export const PROJECT_ROOT = path.join(__dirname, '..', '..', '..');

/** A demo account whose names are all markup (see fixtures/hostile-names.json). */
export const HOSTILE_NAMES_SCENARIO: DemoScenario = {
  id: 'hostile-names',
  title: readScenarioDocument('__tests__/browser/fixtures/hostile-names.json').name,
  file: '__tests__/browser/fixtures/hostile-names.json',
  generated: false,
};

/** The Suitelet's ids, as the SDF object declares them. */
export const SCRIPT_ID = 'customscript_acton_readiness';
export const DEPLOYMENT_ID = 'customdeploy_acton_readiness';

/** The parts of a scenario file the tests read. */
export interface ScenarioDocument {
  readonly name: string;
  readonly account: { readonly id: string };
  readonly roles: readonly { readonly id: number; readonly name: string }[];
  readonly employees: readonly { readonly id: number; readonly name: string; readonly roles: readonly number[] }[];
  readonly integrations: readonly { readonly id: number; readonly name: string }[];
  readonly tokens: readonly { readonly id: number; readonly name: string }[];
}

/** A scenario file's document, by path relative to the project root. */
export function readScenarioDocument(file: string): ScenarioDocument {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8')) as ScenarioDocument;
}

/** The Suitelet's URL path on demo account `scenarioId`, with more query parameters. */
export function suiteletPath(scenarioId: string, parameters: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams({ script: SCRIPT_ID, deploy: DEPLOYMENT_ID, scenario: scenarioId, ...parameters });
  return `${SUITELET_PATH}?${search.toString()}`;
}

/** A log that keeps its lines, so a test can read what the terminal would show. */
export interface RecordingLog extends PreviewLog {
  readonly lines: string[];
}

export function recordingLog(): RecordingLog {
  const lines: string[] = [];
  const record = (line: string, thrown?: unknown): void => {
    lines.push(thrown === undefined ? line : `${line}\n${describeThrown(thrown)}`);
  };
  return { lines, info: record, warn: record, error: record };
}

/** Fails early, with what to do, when the Suitelet has not been compiled. */
export function requireCompiledSuitelet(): void {
  if (!fs.existsSync(path.join(PROJECT_ROOT, READINESS_SUITELET_FILE))) {
    throw new Error(`${READINESS_SUITELET_FILE} is missing: run "npm run build" before these tests (npm test does).`);
  }
}

/** A preview server for tests, on a free port; its base URL has no trailing slash. */
export interface TestPreview extends RunningPreview {
  readonly origin: string;
  readonly log: RecordingLog;
}

export async function startTestPreview(
  scenarios: readonly DemoScenario[] = BUNDLED_DEMO_SCENARIOS,
  projectRoot = PROJECT_ROOT,
): Promise<TestPreview> {
  const log = recordingLog();
  const running = await startPreviewServer({
    projectRoot,
    now: DEMO_CLOCK,
    clockSource: 'demo',
    scenarios,
    port: 0,
    log,
  });
  return { ...running, close: () => running.close(), origin: `http://127.0.0.1:${running.port}`, log };
}
