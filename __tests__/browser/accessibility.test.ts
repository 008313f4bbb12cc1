/**
 * The page on a laptop screen (1366×768), on every demo account: axe-core finds no serious or
 * critical accessibility violation.
 */
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { axeViolations } from './support/axe';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';
import { suiteletPath } from './support/previewFixture';

jest.setTimeout(120_000);

describeInChromium('The report page, for assistive technology', () => {
  const session = useChromiumSession({
    scenarios: DEMO_SCENARIOS,
    contextOptions: { viewport: { width: 1366, height: 768 } },
  });

  async function open(scenarioId: string): Promise<void> {
    const response = await session.page.goto(session.preview.origin + suiteletPath(scenarioId));
    expect(response?.status()).toBe(200);
  }

  it.each(DEMO_SCENARIOS.map((scenario) => scenario.id))(
    'has no serious or critical accessibility violation on %s',
    async (scenarioId) => {
      await open(scenarioId);

      const violations = await axeViolations(session.page);

      expect(
        violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
      ).toEqual([]);
    },
  );
});
