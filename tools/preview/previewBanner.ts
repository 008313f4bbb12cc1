/**
 * The thin banner the preview puts above every emulated page: it says this is a local preview
 * (not NetSuite), which demo account and clock are in use, offers the account picker, and
 * flags emulator findings (a rejected statement, an unemulated API) that the terminal details.
 */
import { escapeHtml } from '../../src/render/escape';
import type { DemoScenario } from '../scenarios/demoScenarios';
import type { PreviewSuitelet } from './previewSuitelet';
import { SUITELET_PATH } from './previewSuitelet';
import { SCENARIO_PARAMETER } from './scenarioSelection';
import { BANNER_CSS, BANNER_ID } from './previewStyles';

export interface BannerContent {
  readonly scenarios: readonly DemoScenario[];
  /** The demo account the page shows. */
  readonly current: DemoScenario;
  readonly suitelet: PreviewSuitelet;
  /** The clock in a few words, and the sentence saying why (shown on hover). */
  readonly clock: { readonly label: string; readonly sentence: string };
  /** Emulator findings for this page, in words; empty when there are none. */
  readonly notes: readonly string[];
}

function picker(content: BannerContent): string {
  const options = content.scenarios.map(
    (scenario) =>
      `<option value="${escapeHtml(scenario.id)}"${scenario.id === content.current.id ? ' selected' : ''}>` +
      `${escapeHtml(scenario.title)}</option>`,
  );
  return (
    `<form method="get" action="${SUITELET_PATH}">` +
    `<input type="hidden" name="script" value="${escapeHtml(content.suitelet.scriptId)}">` +
    `<input type="hidden" name="deploy" value="${escapeHtml(content.suitelet.deploymentId)}">` +
    `<label for="${BANNER_ID}-scenario">Demo account</label>` +
    `<select id="${BANNER_ID}-scenario" name="${SCENARIO_PARAMETER}">${options.join('')}</select>` +
    '<button type="submit">Open</button></form>'
  );
}

/** The banner's HTML. */
export function renderBanner(content: BannerContent): string {
  const notes =
    content.notes.length === 0
      ? ''
      : `<span class="pv-notes" role="status">${escapeHtml(content.notes.join(' '))}</span>`;
  return (
    `<aside id="${BANNER_ID}" aria-label="Local preview" ` +
    `data-scenario="${escapeHtml(content.current.id)}"><style>${BANNER_CSS}</style>` +
    '<span class="pv-tag">PREVIEW</span><span>Local NetSuite emulator, not NetSuite.</span>' +
    (`${picker(content)}<span class="pv-clock" ` +
      `title="${escapeHtml(content.clock.sentence)}">${escapeHtml(content.clock.label)}</span>`) +
    `<a href="/">All demo accounts</a>${notes}</aside>`
  );
}

const BODY_START = /<body\b[^>]*>/i;

/** `page` with `banner` first inside its body (or first of all, for a page without a body tag). */
export function withBanner(page: string, banner: string): string {
  const match = BODY_START.exec(page);
  if (match === null) return banner + page;
  const end = match.index + match[0].length;
  return page.slice(0, end) + banner + page.slice(end);
}
