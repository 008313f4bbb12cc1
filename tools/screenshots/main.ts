#!/usr/bin/env node
/**
 * `npm run screenshots`: the report page of a few demo accounts, in Chromium at 1366×768 (a
 * laptop screen), as PNGs in docs/screenshots/ for the README. The page is the preview's (the
 * compiled Suitelet in the emulator, at the demo clock). It also prints the full page height of
 * every demo account at that size (the generated large one included: run `npm run build` first).
 * It also pictures the consultant's portfolio page (`portfolio --format html`) of a demo history.
 * The browser: Debian's headless shell or Chromium (tools/browser/chromium.ts; CHROMIUM_PATH overrides).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEMO_CLOCK } from '../preview/previewSettings';
import { DEMO_SCENARIOS, projectRoot } from '../scenarios/demoScenarios';
import { executePortfolio } from '../cli/commands/portfolio';
import { withDemoBrowser } from './demoBrowser';
import { HISTORY_DAYS, writeDemoHistory } from './portfolioHistory';

const VIEWPORT = { width: 1366, height: 768 };

/** The accounts pictured, and the file each picture goes to. */
const PICTURES: readonly { readonly scenarioId: string; readonly file: string }[] = [
  { scenarioId: '04-integration-missing', file: 'not-ready.png' },
  { scenarioId: '16-old-soap-endpoint', file: 'ready-with-warnings.png' },
  { scenarioId: '02-ready-integration-role', file: 'ready.png' },
];

/** The portfolio page of a demo history, rendered by the command itself, as docs/screenshots/portfolio.png. */
async function picturePortfolio(
  root: string,
  folder: string,
  page: { goto(url: string): Promise<unknown>; screenshot(options: { path: string }): Promise<unknown> },
): Promise<void> {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'acton-portfolio-picture-'));
  try {
    const history = path.join(temporary, 'history');
    writeDemoHistory(root, history, DEMO_CLOCK);
    const html = path.join(temporary, 'portfolio.html');
    const quiet = { write: (): boolean => true };
    executePortfolio(
      { folder: history, format: 'html', days: HISTORY_DAYS, out: html, now: DEMO_CLOCK },
      { stdout: quiet, stderr: quiet, env: {} },
    );
    await page.goto(`file://${html}`);
    const file = path.join(folder, 'portfolio.png');
    await page.screenshot({ path: file });
    console.log(`portfolio: ${path.relative(root, file)}`);
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const root = projectRoot();
  const folder = path.join(root, 'docs', 'screenshots');
  fs.mkdirSync(folder, { recursive: true });
  await withDemoBrowser(root, async ({ browser, pageUrl }) => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const open = async (scenarioId: string): Promise<number> => {
      await page.goto(pageUrl(scenarioId));
      return page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document
            .documentElement.scrollHeight,
      );
    };
    for (const picture of PICTURES) {
      await open(picture.scenarioId);
      const file = path.join(folder, picture.file);
      await page.screenshot({ path: file });
      console.log(`${picture.scenarioId}: ${path.relative(root, file)}`);
    }
    await picturePortfolio(root, folder, page);
    console.log(`Page heights at ${VIEWPORT.width}×${VIEWPORT.height}:`);
    for (const scenario of DEMO_SCENARIOS) console.log(`  ${scenario.id}\t${await open(scenario.id)} px`);
  });
}

main().catch((thrown: unknown) => {
  console.error(`screenshots: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  process.exitCode = 1;
});
