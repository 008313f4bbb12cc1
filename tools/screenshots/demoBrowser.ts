/**
 * The preview server on the demo accounts, at the demo clock, with a headless Chromium beside it:
 * what the screenshots and the page bench both look through (the browser: tools/browser/chromium.ts).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, locateChromium } from '../browser/chromium';
import { DEMO_CLOCK } from '../preview/previewSettings';
import { SUITELET_PATH } from '../preview/previewSuitelet';
import { startPreviewServer } from '../preview/server';
import { DEMO_SCENARIOS } from '../scenarios/demoScenarios';

const SILENT_LOG = { info: (): void => undefined, warn: (): void => undefined, error: (): void => undefined };

/** What a caller works with: the Suitelet page of a demo account, and the browser. */
export interface DemoBrowser {
  readonly browser: Browser;
  /** The preview's address of the Suitelet page for a demo account. */
  readonly pageUrl: (scenarioId: string) => string;
}

/** Runs `work` with the preview and Chromium started, and closes both after, whatever happens. */
export async function withDemoBrowser<T>(root: string, work: (demo: DemoBrowser) => Promise<T>): Promise<T> {
  const preview = await startPreviewServer({
    projectRoot: root,
    now: DEMO_CLOCK,
    clockSource: 'demo',
    scenarios: DEMO_SCENARIOS,
    port: 0,
    log: SILENT_LOG,
  });
  try {
    const location = locateChromium();
    if (!('path' in location)) throw new Error(location.missing);
    const browser = await chromium.launch({ executablePath: location.path, args: CHROMIUM_FLAGS });
    try {
      const pageUrl = (scenarioId: string): string => {
        const search = new URLSearchParams({
          script: 'customscript_acton_readiness',
          deploy: 'customdeploy_acton_readiness',
          scenario: scenarioId,
        });
        return `${preview.url.replace(/\/$/, '')}${SUITELET_PATH}?${search.toString()}`;
      };
      return await work({ browser, pageUrl });
    } finally {
      await browser.close();
    }
  } finally {
    await preview.close();
  }
}
