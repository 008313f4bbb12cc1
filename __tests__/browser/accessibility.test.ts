/**
 * The page on every demo account, loaded once and read at two window sizes: on a laptop screen
 * (1366×768) axe-core finds no serious or critical accessibility violation, and narrowed to a
 * phone-sized window (420 px wide) it does not scroll sideways, so an administrator reading it on
 * a phone sees every line whole. The page has no script that reads the window's size (its layout
 * is CSS alone), so narrowing the loaded page lays it out as a page loaded at 420 px.
 */
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { axeViolations, loadAxeIntoEveryPage } from './support/axe';
import { describeInChromium } from './support/chromium';
import { useChromiumSession, useLoadedPage } from './support/chromiumSession';
import { suiteletPath } from './support/previewFixture';

jest.setTimeout(120_000);

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 420, height: 800 };

describeInChromium('The report page, for assistive technology and on a phone', () => {
  const session = useChromiumSession({ scenarios: DEMO_SCENARIOS });

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

  describe.each(DEMO_SCENARIOS.map((scenario) => scenario.id))('on %s', (scenarioId) => {
    const shared = useLoadedPage(session, suiteletPath(scenarioId));

    it('has no serious or critical accessibility violation at 1366×768', async () => {
      expect(shared.response?.status()).toBe(200);
      await session.page.setViewportSize(LAPTOP);

      const violations = await axeViolations(session.page);

      expect(
        violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
      ).toEqual([]);
    });

    it('does not scroll sideways at 420 px wide', async () => {
      expect(shared.response?.status()).toBe(200);
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
