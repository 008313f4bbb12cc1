/**
 * The page on a phone-sized window (420 px wide): no demo account's page scrolls sideways, so
 * an administrator reading it on a phone sees every line whole.
 */
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';
import { NOT_READY_SCENARIOS, READY_SCENARIOS } from './support/demoVerdicts';
import { suiteletPath } from './support/previewFixture';

jest.setTimeout(120_000);

describeInChromium('The report page at 420 px wide', () => {
  const session = useChromiumSession({
    scenarios: DEMO_SCENARIOS,
    contextOptions: { viewport: { width: 420, height: 800 } },
  });

  it.each([...NOT_READY_SCENARIOS, ...READY_SCENARIOS])('on %s, does not scroll sideways', async (scenarioId) => {
    const response = await session.page.goto(session.preview.origin + suiteletPath(scenarioId));
    expect(response?.status()).toBe(200);

    const widths = await session.page
      .locator('html')
      .evaluate((root) => ({ scroll: root.scrollWidth, client: root.clientWidth }));

    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
