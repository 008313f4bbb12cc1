/**
 * Account-supplied names are data, never markup: an account whose role, integration, token,
 * employee and scenario names are `<script>`, `"><img onerror=...>` and the like shows them as
 * text on every page, and nothing they hold runs (no dialog, no flag set, no injected element).
 */
import type { Dialog, Page } from 'playwright-core';
import { BUNDLED_DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';
import { HOSTILE_NAMES_SCENARIO, readScenarioDocument, suiteletPath } from './support/previewFixture';

jest.setTimeout(60_000);

const ACCOUNT = readScenarioDocument(HOSTILE_NAMES_SCENARIO.file);

function nameOf<T extends { readonly name: string }>(records: readonly T[], index: number): string {
  const record = records[index];
  if (record === undefined) throw new Error(`${HOSTILE_NAMES_SCENARIO.file} has no record ${index}`);
  return record.name;
}

const ROLE_NAME = nameOf(ACCOUNT.roles, 0);
const INTEGRATION_NAME = nameOf(ACCOUNT.integrations, 0);
const EMPLOYEE_NAME = nameOf(ACCOUNT.employees, 1);
const TOKEN_NAME = nameOf(ACCOUNT.tokens, 0);

describeInChromium('Hostile names in Chromium', () => {
  let dialogs: string[] = [];
  const session = useChromiumSession({
    scenarios: [...BUNDLED_DEMO_SCENARIOS, HOSTILE_NAMES_SCENARIO],
    onContext: (context) => {
      context.on('page', (opened) => opened.on('dialog', (dialog: Dialog) => void recordDialog(dialog)));
    },
  });

  beforeEach(() => {
    dialogs = [];
  });

  async function recordDialog(dialog: Dialog): Promise<void> {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  }

  /** Asserts that no name's markup became part of the page or ran. */
  async function expectNothingInjected(target: Page): Promise<void> {
    expect(dialogs).toEqual([]);
    await expect(target.evaluate(() => (globalThis as { __hostile?: unknown }).__hostile)).resolves.toBeUndefined();
    await expect(target.locator('img[src="x"], svg[onload], iframe, [onerror]').count()).resolves.toBe(0);
    expect((await target.locator('script').allTextContents()).filter((script) => script.includes('__hostile'))).toEqual(
      [],
    );
  }

  it("shows every name as text on the Suitelet's page, and runs none of them", async () => {
    await session.page.goto(
      session.preview.origin + suiteletPath(HOSTILE_NAMES_SCENARIO.id, { integration: INTEGRATION_NAME }),
    );

    const text = await session.page.locator('body').innerText();
    for (const name of [ROLE_NAME, INTEGRATION_NAME, EMPLOYEE_NAME, TOKEN_NAME]) expect(text).toContain(name);
    await expect(session.page.locator('#custpage_integration').inputValue()).resolves.toBe(INTEGRATION_NAME);
    await expectNothingInjected(session.page);
  });

  it("shows a hostile name in the verdict's summary as text, and runs none of it", async () => {
    await session.page.goto(session.preview.origin + suiteletPath(HOSTILE_NAMES_SCENARIO.id));

    const summaries = await session.page.locator('#verdict .ar-headline li').allInnerTexts();
    expect(summaries).toEqual([`There is no integration record named ActOnTBA (did you mean "${INTEGRATION_NAME}"?)`]);
    await expectNothingInjected(session.page);
  });

  it('keeps the names inert when the form is re-run with the hostile integration name', async () => {
    await session.page.goto(session.preview.origin + suiteletPath(HOSTILE_NAMES_SCENARIO.id));

    await session.page.getByRole('tab', { name: 'Audit inputs' }).click();
    await session.page.locator('#custpage_integration').fill(INTEGRATION_NAME);
    await Promise.all([
      session.page.waitForNavigation(),
      session.page.getByRole('button', { name: 'Run audit again' }).first().click(),
    ]);

    await expect(session.page.locator('.ar-verdict .ar-meta').innerText()).resolves.toContain(INTEGRATION_NAME);
    await expectNothingInjected(session.page);
  });

  it('shows the names as text on the print-friendly page, and runs none of them', async () => {
    await session.page.goto(
      session.preview.origin +
        suiteletPath(HOSTILE_NAMES_SCENARIO.id, { integration: INTEGRATION_NAME, format: 'print' }),
    );

    const text = await session.page.locator('body').innerText();
    for (const name of [ROLE_NAME, INTEGRATION_NAME]) expect(text).toContain(name);
    await expectNothingInjected(session.page);
  });

  it("shows the account's title and description as text on the start page and in the banner's picker", async () => {
    await session.page.goto(`${session.preview.origin}/`);

    await expect(session.page.locator(`[data-scenario="${HOSTILE_NAMES_SCENARIO.id}"] > a`).innerText()).resolves.toBe(
      HOSTILE_NAMES_SCENARIO.title,
    );
    await expectNothingInjected(session.page);
    await session.page.goto(session.preview.origin + suiteletPath(HOSTILE_NAMES_SCENARIO.id));
    await expect(session.page.locator('#acton-preview-banner option:checked').innerText()).resolves.toBe(
      HOSTILE_NAMES_SCENARIO.title,
    );
    await expectNothingInjected(session.page);
  });

  it('shows an unknown account id holding markup as text on the not-found page', async () => {
    const markup = '<img src=x onerror="window.__hostile=1;alert(1)">';

    const response = await session.page.goto(session.preview.origin + suiteletPath(markup));

    expect(response?.status()).toBe(404);
    await expect(session.page.locator('[role="alert"]').innerText()).resolves.toContain(markup);
    await expectNothingInjected(session.page);
  });
});
