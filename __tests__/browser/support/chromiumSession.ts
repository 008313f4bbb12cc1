/**
 * One preview server and one Chromium for a describe block, and a fresh browser context and
 * page for each test, closed afterwards: the set-up every browser suite shares. A block whose
 * tests all read one loaded page (e.g. at two window sizes) opens it once with useSharedPage.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import type { DemoScenario } from '../../../tools/scenarios/demoScenarios';
import { launchChromium } from './chromium';
import { requireCompiledSuitelet, startTestPreview, type TestPreview } from './previewFixture';

export interface ChromiumSession {
  readonly preview: TestPreview;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
}

export interface ChromiumSessionOptions {
  /** The demo accounts the preview offers; default: the bundled small ones. */
  readonly scenarios?: readonly DemoScenario[];
  readonly contextOptions?: BrowserContextOptions;
  /** Called with each new context before its page opens (e.g. to listen for dialogs). */
  readonly onContext?: (context: BrowserContext) => void;
  /** false: no context and page per test (the blocks inside open theirs with useSharedPage). Default true. */
  readonly pagePerTest?: boolean;
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

  if (options.pagePerTest !== false) {
    beforeEach(async () => {
      if (browser === undefined) throw new Error('Chromium did not start (see the beforeAll failure).');
      context = await browser.newContext(options.contextOptions);
      options.onContext?.(context);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context?.close();
    });
  }

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is only available inside a test.`);
    return value;
  };
  return {
    get preview() {
      return started(preview, 'preview server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get context() {
      return started(context, 'browser context');
    },
    get page() {
      return started(page, 'page');
    },
  };
}

export interface SharedPage {
  readonly page: Page;
  /** The answer to the page's one load. */
  readonly response: Response | null;
}

/**
 * One page for every test of the enclosing describe block: a fresh context, and the page loaded
 * from `path` on the preview before the block's first test; closed after its last. Each test
 * sets the window size it reads the page at.
 */
export function useSharedPage(
  session: ChromiumSession,
  path: string,
  contextOptions: BrowserContextOptions = {},
): SharedPage {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let response: Response | null = null;

  beforeAll(async () => {
    context = await session.browser.newContext(contextOptions);
    page = await context.newPage();
    response = await page.goto(session.preview.origin + path);
  });

  afterAll(async () => {
    await context?.close();
  });

  return {
    get page() {
      if (page === undefined)
        throw new Error('The shared page is only available inside a test (see the beforeAll failure).');
      return page;
    },
    get response() {
      return response;
    },
  };
}
