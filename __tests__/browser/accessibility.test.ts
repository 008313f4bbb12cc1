/**
 * The page on every demo account, loaded once and read at two window sizes: on a laptop screen
 * (1366×768) axe-core finds no serious or critical accessibility violation, and narrowed to a
 * phone-sized window (420 px wide) it does not scroll sideways, so an administrator reading it on
 * a phone sees every line whole. The page has no script that reads the window's size (its layout
 * is CSS alone), so narrowing the loaded page lays it out as a page loaded at 420 px.
 */
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { axeViolations } from './support/axe';
import { describeInChromium } from './support/chromium';
import { useChromiumSession, useSharedPage } from './support/chromiumSession';
import { suiteletPath } from './support/previewFixture';

jest.setTimeout(120_000);

const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 420, height: 800 };

describeInChromium('The report page, for assistive technology and on a phone', () => {
  const session = useChromiumSession({ scenarios: DEMO_SCENARIOS, pagePerTest: false });

  describe.each(DEMO_SCENARIOS.map((scenario) => scenario.id))('on %s', (scenarioId) => {
    const shared = useSharedPage(session, suiteletPath(scenarioId), { viewport: LAPTOP });

    it('has no serious or critical accessibility violation at 1366×768', async () => {
      expect(shared.response?.status()).toBe(200);
      await shared.page.setViewportSize(LAPTOP);

      const violations = await axeViolations(shared.page);

      expect(
        violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
      ).toEqual([]);
    });

    it('does not scroll sideways at 420 px wide', async () => {
      expect(shared.response?.status()).toBe(200);
      await shared.page.setViewportSize(PHONE);

      const widths = await shared.page
        .locator('html')
        .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));

      // The window did narrow: the comparison below is made at phone width, not at laptop width.
      expect(widths.client).toBeGreaterThan(0);
      expect(widths.client).toBeLessThanOrEqual(PHONE.width);
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });
  });
});
