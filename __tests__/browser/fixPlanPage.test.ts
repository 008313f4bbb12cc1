/**
 * The page on a laptop screen (1366×768): on every not-ready account the first fix step shows without
 * scrolling and following it brings its check into view; a ready account's page fits in about
 * two screens.
 */
import type { Page } from 'playwright-core';
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';
import { NOT_READY_SCENARIOS, READY_SCENARIOS } from './support/demoVerdicts';
import { suiteletPath } from './support/previewFixture';

jest.setTimeout(120_000);

const LAPTOP = { width: 1366, height: 768 };

/** "About two laptop screens": two screens' height and a tenth of one for fonts that measure differently. */
const ABOUT_TWO_SCREENS = 2.1 * LAPTOP.height;

/** Whether the element's box lies at least partly inside the viewport as it is scrolled now. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.height > 0 && box.y + box.height > 0 && box.y < LAPTOP.height;
}

describeInChromium('The report page at 1366×768', () => {
  const session = useChromiumSession({
    scenarios: DEMO_SCENARIOS,
    contextOptions: { viewport: LAPTOP },
  });

  async function open(scenarioId: string): Promise<void> {
    const response = await session.page.goto(session.preview.origin + suiteletPath(scenarioId));
    expect(response?.status()).toBe(200);
  }

  it('gives every status badge the same width', async () => {
    await open('10-tables-unreadable');

    const widths = await session.page
      .locator('.ar-badge')
      .evaluateAll((badges) => badges.map((badge) => badge.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(10);
    expect(new Set(widths.map((width) => Math.round(width))).size).toBe(1);
  });

  it('opens a folded section and a folded check in it from the keyboard', async () => {
    await open('01-ready-administrator');

    await session.page.locator('[data-section="credentials"] .ar-section-fold > summary').focus();
    await session.page.keyboard.press('Enter');
    await session.page.locator('[id="check-token.active"] summary').focus();
    await session.page.keyboard.press('Enter');

    await expect(
      session.page.locator('[id="check-token.active"] details').getAttribute('open'),
    ).resolves.not.toBeNull();
    await expect(session.page.locator('[id="check-token.active"] .ar-evidence').isVisible()).resolves.toBe(true);
  });

  it.each(NOT_READY_SCENARIOS)(
    'on %s, shows the first fix step without scrolling, and following it brings its check into view',
    async (scenarioId) => {
      await open(scenarioId);
      const firstStep = session.page.locator('#fix-plan ol > li:first-child a.ar-step-title');
      await expect(session.page.locator('#verdict h2').innerText()).resolves.toContain('Not ready');

      await expect(inViewport(session.page, '#fix-plan ol > li:first-child a.ar-step-title')).resolves.toBe(true);
      const target = (await firstStep.getAttribute('href')) ?? '';
      await firstStep.click();

      expect(target).toMatch(/^#check-/);
      await expect(inViewport(session.page, `[id="${target.slice(1)}"]`)).resolves.toBe(true);
    },
  );

  it.each(READY_SCENARIOS)('on %s, fits the whole page in about two laptop screens', async (scenarioId) => {
    await open(scenarioId);
    await expect(session.page.locator('#verdict h2').innerText()).resolves.toMatch(/Verdict: Ready$/);

    const height = await session.page.locator('html').evaluate((root) => root.scrollHeight);

    expect(height).toBeLessThanOrEqual(ABOUT_TWO_SCREENS);
  });
});
