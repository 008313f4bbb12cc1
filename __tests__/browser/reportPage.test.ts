/**
 * The report page on every demo account, loaded once and read as its readers meet it. On a
 * laptop screen (1366×768): axe-core finds no serious or critical accessibility violation; on a
 * not-ready account the first fix step shows without scrolling and following it brings its check
 * into view; a ready account's page fits in about two screens. Narrowed to a phone-sized window
 * (420 px wide) it does not scroll sideways, so every line reads whole. The page has no script
 * that reads the window's size (its layout is CSS alone), so narrowing the loaded page lays it
 * out as a page loaded at 420 px. Also: every status badge has one width, and folds open from the
 * keyboard.
 */
import type { Page } from 'playwright-core';
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { axeViolations, loadAxeIntoEveryPage } from './support/axe';
import { describeInChromium } from './support/chromium';
import { useChromiumSession, useLoadedPage } from './support/chromiumSession';
import { NOT_READY_SCENARIOS, READY_SCENARIOS } from './support/demoVerdicts';
import { suiteletPath } from './support/previewFixture';

jest.setTimeout(120_000);

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 420, height: 800 };

/** "About two laptop screens": two screens' height and a tenth of one for fonts that measure differently. */
const ABOUT_TWO_SCREENS = 2.1 * LAPTOP.height;

/** Whether the element's box lies at least partly inside the viewport as it is scrolled now. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.height > 0 && box.y + box.height > 0 && box.y < LAPTOP.height;
}

describeInChromium('The report page on every demo account', () => {
  const session = useChromiumSession({ scenarios: DEMO_SCENARIOS, contextOptions: { viewport: LAPTOP } });

  beforeAll(async () => {
    await loadAxeIntoEveryPage(session.context);
  });

  it('reports a critical violation on a page made to have one, with axe already in the page', async () => {
    const probe = `${session.preview.origin}/axe-probe`;
    await session.page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><body><img src="x.png"></body></html>',
      }),
    );
    await session.page.goto(probe);
    await expect(session.page.evaluate(() => 'axe' in globalThis)).resolves.toBe(true);

    const violations = await axeViolations(session.page);

    expect(violations).toContainEqual(expect.objectContaining({ id: 'image-alt', impact: 'critical' }));
    await session.page.unroute(probe);
  });

  it('gives every status badge the same width', async () => {
    await session.open('10-tables-unreadable');

    const widths = await session.page
      .locator('.ar-badge')
      .evaluateAll((badges) => badges.map((badge) => badge.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(10);
    expect(new Set(widths.map((width) => Math.round(width))).size).toBe(1);
  });

  it('opens a folded section and a folded check in it from the keyboard', async () => {
    await session.open('01-ready-administrator');

    await session.page.locator('[data-section="credentials"] .ar-section-fold > summary').focus();
    await session.page.keyboard.press('Enter');
    await session.page.locator('[id="check-token.active"] summary').focus();
    await session.page.keyboard.press('Enter');

    await expect(
      session.page.locator('[id="check-token.active"] details').getAttribute('open'),
    ).resolves.not.toBeNull();
    await expect(session.page.locator('[id="check-token.active"] .ar-evidence').isVisible()).resolves.toBe(true);
  });

  describe.each(DEMO_SCENARIOS.map((scenario) => scenario.id))('on %s', (scenarioId) => {
    const loaded = useLoadedPage(session, suiteletPath(scenarioId));

    it('has no serious or critical accessibility violation at 1366×768', async () => {
      expect(loaded.response?.status()).toBe(200);

      const violations = await axeViolations(session.page);

      expect(
        violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
      ).toEqual([]);
    });

    if (NOT_READY_SCENARIOS.includes(scenarioId)) {
      it('shows the first fix step without scrolling, and following it brings its check into view', async () => {
        const firstStep = session.page.locator('#fix-plan ol > li:first-child a.ar-step-title');
        await expect(session.page.locator('#verdict h2').innerText()).resolves.toContain('Not ready');

        await expect(inViewport(session.page, '#fix-plan ol > li:first-child a.ar-step-title')).resolves.toBe(true);
        const target = (await firstStep.getAttribute('href')) ?? '';
        await firstStep.click();

        expect(target).toMatch(/^#check-/);
        await expect(inViewport(session.page, `[id="${target.slice(1)}"]`)).resolves.toBe(true);
      });
    }

    if (READY_SCENARIOS.includes(scenarioId)) {
      it('fits the whole page in about two laptop screens', async () => {
        await expect(session.page.locator('#verdict h2').innerText()).resolves.toMatch(/Verdict: Ready$/);

        const height = await session.page.locator('html').evaluate((root) => root.scrollHeight);

        expect(height).toBeLessThanOrEqual(ABOUT_TWO_SCREENS);
      });
    }

    it('does not scroll sideways at 420 px wide', async () => {
      expect(loaded.response?.status()).toBe(200);
      await session.page.setViewportSize(PHONE);

      const widths = await session.page
        .locator('html')
        .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));

      // The window did narrow: the comparison below is made at phone width, not at laptop width.
      expect(widths.client).toBeGreaterThan(0);
      expect(widths.client).toBeLessThanOrEqual(PHONE.width);
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });
  });
});
