/**
 * One preview server, one Chromium and one tab for a describe block: the set-up every browser
 * suite shares. Each test loads its pages into that one tab, since loading a page into an open
 * tab costs a fraction of opening a tab (a new renderer process, over a second of CPU here).
 * After each test the tab is put back as a new one would be: other tabs closed, cookies cleared,
 * the window size and media reset. Tests that read one loaded page (e.g. at two window sizes)
 * load it once with useLoadedPage.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import type { DemoScenario } from '../../../tools/scenarios/demoScenarios';
import { launchChromium } from './chromium';
import { requireCompiledSuitelet, startTestPreview, suiteletPath, type TestPreview } from './previewFixture';

export interface ChromiumSession {
  readonly preview: TestPreview;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Loads the Suitelet's page on demo account `scenarioId` into the tab, and expects it answered 200. */
  open(scenarioId: string, parameters?: Readonly<Record<string, string>>): Promise<void>;
}

export interface ChromiumSessionOptions {
  /** The demo accounts the preview offers; default: the bundled small ones. */
  readonly scenarios?: readonly DemoScenario[];
  readonly contextOptions?: BrowserContextOptions;
  /** Called with the context before its tab opens (e.g. to listen for dialogs). */
  readonly onContext?: (context: BrowserContext) => void;
}

/** Playwright's window size when the context names none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

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
    context = await browser.newContext(options.contextOptions);
    options.onContext?.(context);
    page = await context.newPage();
  });

  afterEach(async () => {
    if (context === undefined || page === undefined) return;
    const tab = page;
    await Promise.all(
      context
        .pages()
        .filter((other) => other !== tab)
        .map((other) => other.close()),
    );
    await context.clearCookies();
    await tab.setViewportSize(options.contextOptions?.viewport ?? DEFAULT_VIEWPORT);
    await tab.emulateMedia({ media: null });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

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
    async open(scenarioId, parameters = {}) {
      const response = await started(page, 'page').goto(
        started(preview, 'preview server').origin + suiteletPath(scenarioId, parameters),
      );
      expect(response?.status()).toBe(200);
    },
  };
}

export interface LoadedPage {
  /** The answer to the page's one load. */
  readonly response: Response | null;
}

/**
 * Loads `path` from the preview into the session's shared page before the enclosing describe
 * block's first test; its tests read that one load (each sets the window size it reads at).
 */
export function useLoadedPage(session: ChromiumSession, path: string): LoadedPage {
  let response: Response | null = null;

  beforeAll(async () => {
    response = await session.page.goto(session.preview.origin + path);
  });

  return {
    get response() {
      return response;
    },
  };
}
