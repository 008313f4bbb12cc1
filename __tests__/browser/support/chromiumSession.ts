/**
 * One preview server and one Chromium for a describe block, and a fresh browser context and
 * page for each test, closed afterwards: the set-up every browser suite shares.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { DemoScenario } from '../../../tools/scenarios/demoScenarios';
import { launchChromium } from './chromium';
import { requireCompiledSuitelet, startTestPreview, type TestPreview } from './previewFixture';

export interface ChromiumSession {
  readonly preview: TestPreview;
  readonly context: BrowserContext;
  readonly page: Page;
}

export interface ChromiumSessionOptions {
  /** The demo accounts the preview offers; default: the bundled small ones. */
  readonly scenarios?: readonly DemoScenario[];
  readonly contextOptions?: BrowserContextOptions;
  /** Called with each new context before its page opens (e.g. to listen for dialogs). */
  readonly onContext?: (context: BrowserContext) => void;
}

/** Registers the hooks; the returned object's fields are valid inside tests only. */
export function useChromiumSession(options: ChromiumSessionOptions = {}): ChromiumSession {
  let preview: TestPreview | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    requireCompiledSuitelet();
    preview = await startTestPreview(options.scenarios);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  beforeEach(async () => {
    if (browser === undefined) throw new Error('Chromium did not start (see the beforeAll failure).');
    context = await browser.newContext(options.contextOptions);
    options.onContext?.(context);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is only available inside a test.`);
    return value;
  };
  return {
    get preview() {
      return started(preview, 'preview server');
    },
    get context() {
      return started(context, 'browser context');
    },
    get page() {
      return started(page, 'page');
    },
  };
}
