/**
 * axe-core in the page: its source (the npm package, pinned) comes with every page of a context
 * and runs on the whole document; violations come back grouped by impact.
 */
import * as fs from 'fs';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Has every page the context loads from now on start with axe defined. A tab that loads page
 * after page then compiles axe once rather than once per page (about half a second each).
 */
export async function loadAxeIntoEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe on the page as it stands (its context went through loadAxeIntoEveryPage); the violations it found. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis)))
    throw new Error('axe is not in this page: call loadAxeIntoEveryPage on its context before loading it.');
  return page.evaluate(async () => {
    // The page's globals: this function runs in Chromium, where axe's script defined `axe`.
    const page = globalThis as unknown as {
      readonly document: unknown;
      readonly axe: {
        run: (
          context: unknown,
          options: { resultTypes: string[] },
        ) => Promise<{
          violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    // Every rule runs; only the other result types (passes, inapplicable, incomplete) are cut to
    // one node each, which spares building a selector for every passing node.
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}
