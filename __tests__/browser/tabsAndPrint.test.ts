/**
 * The Suitelet's page in Chromium: the inputs folded into an "Audit inputs" tab after the
 * "Checks" tab (open in the main area when an input was rejected), the tab strip worked from the
 * keyboard, and the browser's own print opening every fold and closing them again after.
 */
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';

jest.setTimeout(120_000);

/** What the page's window offers here (the tests compile without the DOM library). */
type EventWindow = { dispatchEvent(event: unknown): boolean; Event: new (type: string) => unknown };

/** Fires a window event in the page, as the browser does around its print dialog (runs in the page). */
function dispatchWindowEvent(eventType: string): void {
  const page = globalThis as unknown as EventWindow;
  page.dispatchEvent(new page.Event(eventType));
}

describeInChromium('Tabs and print on the Suitelet page', () => {
  const session = useChromiumSession({
    scenarios: DEMO_SCENARIOS,
    contextOptions: { viewport: { width: 1366, height: 768 } },
  });

  it('shows the checks and folds the inputs into a tab when nothing was rejected', async () => {
    await session.open('01-ready-administrator');

    await expect(session.page.getByRole('tab').allInnerTexts()).resolves.toEqual(['Checks', 'Audit inputs']);
    await expect(session.page.locator('[data-section="credentials"]').isVisible()).resolves.toBe(true);
    await expect(session.page.locator('#custpage_integration').isVisible()).resolves.toBe(false);
  });

  it('opens the inputs tab on a click and goes back to the checks with the arrow keys', async () => {
    await session.open('01-ready-administrator');

    await session.page.getByRole('tab', { name: 'Audit inputs' }).click();
    await expect(session.page.locator('#custpage_integration').isVisible()).resolves.toBe(true);
    await expect(session.page.locator('[data-section="credentials"]').isVisible()).resolves.toBe(false);
    await session.page.keyboard.press('ArrowLeft');

    await expect(session.page.getByRole('tab', { name: 'Checks' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(
      session.page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
      ),
    ).resolves.toBe('tab_custpage_tab_checks');
    await expect(session.page.locator('[data-section="credentials"]').isVisible()).resolves.toBe(true);
  });

  it('keeps a rejected role id in its open field, with the message beside it, and no tab strip', async () => {
    await session.open('01-ready-administrator', { role: '12a' });

    await expect(session.page.locator('#custpage_role').isVisible()).resolves.toBe(true);
    await expect(session.page.locator('#custpage_role').inputValue()).resolves.toBe('12a');
    await expect(session.page.locator('#custpage_role_problem_val').innerText()).resolves.toContain(
      '"12a" is not an internal id',
    );
    await expect(session.page.getByRole('tab').count()).resolves.toBe(0);
    await expect(session.page.locator('[data-section="credentials"]').isVisible()).resolves.toBe(true);
  });

  it('opens every closed fold before the browser prints, and closes the same ones after', async () => {
    await session.open('13-failure-without-application');
    const closedBefore = await session.page.locator('.acton-readiness details:not([open])').count();
    const openBefore = await session.page.locator('.acton-readiness details[open]').count();
    expect(closedBefore).toBeGreaterThan(0);

    await session.page.evaluate(dispatchWindowEvent, 'beforeprint');
    await expect(session.page.locator('.acton-readiness details:not([open])').count()).resolves.toBe(0);
    await session.page.evaluate(dispatchWindowEvent, 'afterprint');

    await expect(session.page.locator('.acton-readiness details:not([open])').count()).resolves.toBe(closedBefore);
    await expect(session.page.locator('.acton-readiness details[open]').count()).resolves.toBe(openBefore);
  });

  it('prints the selected tab panel without the tab strip', async () => {
    await session.open('01-ready-administrator');

    await session.page.emulateMedia({ media: 'print' });

    await expect(session.page.locator('.ns-tablist').isVisible()).resolves.toBe(false);
    await expect(session.page.locator('#verdict').isVisible()).resolves.toBe(true);
    await expect(session.page.locator('[data-section="features"]').isVisible()).resolves.toBe(true);
    await expect(session.page.locator('#custpage_integration').isVisible()).resolves.toBe(false);
    await session.page.emulateMedia({ media: 'screen' });
  });
});
