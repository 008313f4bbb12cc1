#!/usr/bin/env node
/**
 * `npm run bench:pages`: how long each demo account's report is to read. For every bundled demo
 * account it prints the verdict, the page's full height at 1366×768 (the preview's Suitelet page),
 * whether it scrolls sideways at 420 px, and how many A4 pages its print page fills (Chromium's
 * own print to PDF). Figures, not a test. Needs `npm run build` (the script runs it first) and
 * Chromium (tools/browser/chromium.ts: the headless shell, else the full browser; CHROMIUM_PATH overrides).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_CLOCK } from '../preview/previewSettings';
import { DEMO_SCENARIOS, demoScenarioPath, projectRoot } from '../scenarios/demoScenarios';
import { withDemoBrowser } from '../screenshots/demoBrowser';

/** The size of the page in the browser: its full height and whether it is wider than the window. */
async function pageSize(page: Page): Promise<{ readonly height: number; readonly sideways: boolean }> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as {
        document: { documentElement: { scrollHeight: number; scrollWidth: number; clientWidth: number } };
      }
    ).document.documentElement;
    return { height: root.scrollHeight, sideways: root.scrollWidth > root.clientWidth };
  });
}

/** Pages in a PDF: one `/Type /Page` object each (the `/Pages` tree node is not one). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The print page of a demo account, as the CLI writes it (`simulate --format html`). */
function printPage(root: string, file: string): string {
  try {
    return execFileSync(
      process.execPath,
      [
        path.join(root, 'build/tools/cli/main.js'),
        'simulate',
        '--format',
        'html',
        '--now',
        DEMO_CLOCK.toISOString(),
        file,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (thrown) {
    // NOT_READY and INCOMPLETE exit with 2 and 3 and still print the page.
    const output = (thrown as { stdout?: string }).stdout;
    if (typeof output === 'string' && output.length > 0) return output;
    throw thrown;
  }
}

async function main(): Promise<void> {
  const root = projectRoot();
  await withDemoBrowser(root, async ({ browser, pageUrl }) => {
    const wide = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const narrow = await browser.newPage({ viewport: { width: 420, height: 800 } });
    const paper = await browser.newPage();
    console.log('account\tverdict\theight at 1366 px\tsideways at 420 px\tA4 pages printed');
    for (const scenario of DEMO_SCENARIOS) {
      await wide.goto(pageUrl(scenario.id));
      const verdict = (await wide.locator('[data-verdict]').first().getAttribute('data-verdict')) ?? '?';
      const { height } = await pageSize(wide);
      await narrow.goto(pageUrl(scenario.id));
      const { sideways } = await pageSize(narrow);
      await paper.setContent(printPage(root, demoScenarioPath(scenario, root)), { waitUntil: 'load' });
      const pages = pdfPageCount(await paper.pdf({ format: 'A4', printBackground: true }));
      console.log(`${scenario.id}\t${verdict}\t${height} px\t${sideways ? 'yes' : 'no'}\t${pages}`);
    }
  });
}

main().catch((thrown: unknown) => {
  console.error(`bench:pages: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  process.exitCode = 1;
});
