/**
 * What every route of the preview shares: the demo accounts, the Suitelet, the account pool,
 * the clock, the log; and the request and response shapes routes work with (plain data, so
 * routes stay free of Node's http objects).
 */
import type { DemoScenario } from '../scenarios/demoScenarios';
import type { DemoAccountPool } from './demoAccountPool';
import type { PreviewLog } from './previewLog';
import type { PreviewSuitelet } from './previewSuitelet';
import type { Verdict } from '../../src/core/report';

export interface PreviewApp {
  readonly scenarios: readonly DemoScenario[];
  readonly suitelet: PreviewSuitelet;
  readonly pool: DemoAccountPool;
  /** The clock the audits run at, in words. */
  readonly clock: { readonly label: string; readonly sentence: string };
  readonly log: PreviewLog;
  /** Verdicts already worked out, by scenario id (accounts and clock never change while serving). */
  readonly verdicts: Map<string, Verdict | null>;
}

/** An HTTP request as routes see it. */
export interface PreviewRequest {
  readonly method: string;
  readonly url: URL;
  /** Request headers by lower-case name. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/** An HTTP response as routes produce it. */
export interface PreviewResponse {
  readonly status: number;
  /** Response headers by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** A few words for the request's log line (e.g. the account and governance used), or undefined. */
  readonly summary?: string;
}

const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

/** An HTML response. */
export function htmlResponse(
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): PreviewResponse {
  return { status, headers: { 'content-type': HTML_CONTENT_TYPE, ...headers }, body };
}

/** The demo account with this id, or undefined. */
export function findScenario(app: PreviewApp, id: string): DemoScenario | undefined {
  return app.scenarios.find((scenario) => scenario.id === id);
}
