/**
 * The preview page in a real browser: the start page, the verdict of a ready and a not-ready
 * account, failing checks with their fix, re-running through the form and the Suitelet's own
 * links, statuses in words, and the print page. Screenshots of a ready and a not-ready account
 * go to artifacts/screenshots/.
 */
import { wordedFix } from '../../src/core/checks/wording';
import * as fs from 'fs';
import * as path from 'path';
import { checkDefinition, NETSUITE_PAGES } from '../../src/core/catalogue';
import { STATUS_PRESENTATION } from '../../src/render/statusPresentation';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';
import { BUNDLED_DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { PROJECT_ROOT, readScenarioDocument, suiteletPath } from './support/previewFixture';

jest.setTimeout(60_000);

const SCREENSHOTS = path.join(PROJECT_ROOT, 'artifacts', 'screenshots');

describeInChromium('The preview page in Chromium', () => {
  const session = useChromiumSession({ contextOptions: { viewport: { width: 1280, height: 900 } } });

  const verdictHeading = (): Promise<string> => session.page.locator('.ar-verdict h2').innerText();
  const bannerScenario = (): Promise<string | null> =>
    session.page.locator('#acton-preview-banner').getAttribute('data-scenario');

  it('lists every bundled demo account on the start page, with its verdict in words', async () => {
    await session.page.goto(`${session.preview.origin}/`);

    const titles = await session.page.locator('.pv-account > a').allInnerTexts();
    expect(titles).toEqual(BUNDLED_DEMO_SCENARIOS.map((scenario) => scenario.title));
    await expect(
      session.page.locator('[data-scenario="01-ready-administrator"] .pv-verdict').innerText(),
    ).resolves.toContain('Ready');
    await expect(session.page.locator('[data-scenario="03-tba-disabled"] .pv-verdict').innerText()).resolves.toContain(
      'Not ready',
    );
  });

  it('opens the Suitelet on the account picked from the start page', async () => {
    await session.page.goto(`${session.preview.origin}/`);

    await session.page.getByRole('link', { name: 'Integration Blocked' }).click();

    await expect(session.page.locator('h1.ns-title').innerText()).resolves.toBe('Act-On Readiness');
    await expect(bannerScenario()).resolves.toBe('05-integration-blocked');
    await expect(verdictHeading()).resolves.toContain('Verdict: Not ready');
  });

  it("switches to another demo account from the banner's picker", async () => {
    await session.open('01-ready-administrator');

    await session.page.locator('#acton-preview-banner select').selectOption('07-token-revoked');
    await Promise.all([
      session.page.waitForNavigation(),
      session.page.locator('#acton-preview-banner').getByRole('button', { name: 'Open' }).click(),
    ]);

    await expect(bannerScenario()).resolves.toBe('07-token-revoked');
    await expect(verdictHeading()).resolves.toContain('Verdict: Not ready');
  });

  it('makes every link and form back to the Suitelet carry the demo account the page was rendered for', async () => {
    await session.open('07-token-revoked');

    const targets = await session.page
      .locator('a[href*="scriptlet.nl"], form[action*="scriptlet.nl"]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('href') ?? element.getAttribute('action') ?? ''),
      );
    const scenarios = targets.map((target) => new URL(target, 'http://localhost').searchParams.get('scenario'));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    // The banner's own picker chooses the account with its select, not its action.
    expect(scenarios.filter((scenario) => scenario !== '07-token-revoked')).toEqual([null]);
  });

  it("downloads the JSON of a tab's own demo account after another tab opened another one", async () => {
    await session.open('04-integration-missing');
    const otherTab = await session.context.newPage();
    await otherTab.goto(session.preview.origin + suiteletPath('07-token-revoked'));

    const href = (await session.page.getByRole('link', { name: 'Download JSON' }).getAttribute('href')) ?? '';
    const answer = await session.page.request.get(new URL(href, session.preview.origin).toString());

    const document = (await answer.json()) as { checks: { id: string; status: string }[] };
    expect(document.checks.find((check) => check.id === 'integration.record')?.status).toBe('fail');
  });

  it('fits the banner in a 420 px wide window, with the whole account name in the picker', async () => {
    await session.page.setViewportSize({ width: 420, height: 800 });
    await session.open('17-web-services-only-role-token-revoked');

    const banner = session.page.locator('#acton-preview-banner');
    const widths = await banner.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    const select = session.page.locator('#acton-preview-banner select');
    const selectWidths = await select.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    const box = await select.boundingBox();

    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(box !== null && box.x >= 0 && box.x + box.width <= 420).toBe(true);
    expect(selectWidths.scroll).toBeLessThanOrEqual(selectWidths.client);
  });

  it('shows the Ready verdict for a ready account', async () => {
    await session.open('01-ready-administrator');

    await expect(verdictHeading()).resolves.toContain('Verdict: Ready');
    await expect(session.page.locator('.ar-check[data-status="fail"]').count()).resolves.toBe(0);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await session.page.screenshot({ path: path.join(SCREENSHOTS, 'ready-account.png'), fullPage: true });
  });

  it('shows the Not ready verdict, naming the failing blocker, for an account with Token-Based Authentication off', async () => {
    await session.open('03-tba-disabled');

    await expect(verdictHeading()).resolves.toContain('Verdict: Not ready');
    await expect(session.page.locator('.ar-verdict .ar-headline li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Token-Based Authentication is not enabled: /),
    ]);
    await expect(session.page.locator('#fix-plan li .ar-step-title').first().innerText()).resolves.toBe(
      'Enable Token-Based Authentication',
    );
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await session.page.screenshot({ path: path.join(SCREENSHOTS, 'not-ready-account.png'), fullPage: true });
  });

  it('shows a failing check with its fix steps and a link to the NetSuite page where it is fixed', async () => {
    const definition = checkDefinition('feature.token-based-authentication');
    await session.open('03-tba-disabled');

    const check = session.page.locator(`.ar-check[data-check-id="${definition.id}"]`);
    await expect(check.getAttribute('data-status')).resolves.toBe('fail');
    await expect(check.locator('.ar-fix h4').innerText()).resolves.toBe(STATUS_PRESENTATION.fail.fixHeading);
    await expect(check.locator('.ar-steps li').allInnerTexts()).resolves.toEqual(
      wordedFix(definition, { id: 'default', data: {}, records: [] }).steps,
    );
    const link = check.locator('.ar-fix-links a');
    await expect(link.innerText()).resolves.toBe('Enable Features');
    await expect(link.getAttribute('href')).resolves.toBe(NETSUITE_PAGES.enableFeatures);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
  });

  it('re-runs the audit for the role and user typed into the form, on the same account', async () => {
    const account = readScenarioDocument('scenarios/02-ready-integration-role.json');
    const role = account.roles[0];
    const user = account.employees.find((employee) => role !== undefined && employee.roles.includes(role.id));
    if (role === undefined || user === undefined)
      throw new Error('02-ready-integration-role no longer has a role held by an employee');
    await session.open('02-ready-integration-role');

    await session.page.getByRole('tab', { name: 'Audit inputs' }).click();
    await session.page.locator('#custpage_role').fill(String(role.id));
    await session.page.locator('#custpage_user').fill(String(user.id));
    const [posted] = await Promise.all([
      session.page.waitForRequest((request) => request.method() === 'POST'),
      session.page.waitForNavigation(),
      session.page.getByRole('button', { name: 'Run audit again' }).first().click(),
    ]);

    expect(new URLSearchParams(posted.postData() ?? '').get('custpage_role')).toBe(String(role.id));
    await expect(session.page.locator('.ar-verdict .ar-meta').innerText()).resolves.toContain(
      `role id ${role.id}, user id ${user.id}`,
    );
    await expect(session.page.locator('#custpage_role').inputValue()).resolves.toBe(String(role.id));
    await expect(bannerScenario()).resolves.toBe('02-ready-integration-role');
  });

  it("keeps the picked account when following the Suitelet's own links, which name it", async () => {
    await session.open('09-sandbox');
    const rerunLink = session.page.locator('a[href*="role="][href*="user="]').first();
    await expect(rerunLink.getAttribute('href')).resolves.toContain('scenario=09-sandbox');

    await Promise.all([session.page.waitForNavigation(), rerunLink.click()]);

    await expect(bannerScenario()).resolves.toBe('09-sandbox');
    await expect(session.page.locator('.ar-account-id').first().innerText()).resolves.toContain(
      readScenarioDocument('scenarios/09-sandbox.json').account.id,
    );
  });

  it('tells every status by words and an icon, not by colour alone', async () => {
    const labelsByStatus = new Map<string, Set<string>>();
    for (const scenarioId of ['03-tba-disabled', '10-tables-unreadable', '16-old-soap-endpoint']) {
      await session.open(scenarioId);
      // Sections where nothing needs doing are folded: open them, as a reader would.
      for (const fold of await session.page.locator('.ar-section-fold > summary').all()) await fold.click();
      const badges = await session.page.locator('.ar-check').evaluateAll((checks) =>
        checks.map((check) => ({
          status: check.getAttribute('data-status') ?? '',
          text: ((check.querySelector('.ar-badge') as { innerText?: string } | null)?.innerText ?? '').trim(),
        })),
      );
      for (const { status, text } of badges)
        labelsByStatus.set(status, new Set([...(labelsByStatus.get(status) ?? []), text]));
    }

    expect([...labelsByStatus.keys()].sort()).toEqual(Object.keys(STATUS_PRESENTATION).sort());
    const labels = [...labelsByStatus.values()].map((texts) => [...texts]);
    for (const texts of labels) {
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/[A-Za-z]{3,}/);
    }
    expect(new Set(labels.flat()).size).toBe(labelsByStatus.size);
  });

  it('opens the print-friendly page in a new tab, with the report and without the preview banner on paper', async () => {
    await session.open('03-tba-disabled');

    const [printPage] = await Promise.all([
      session.context.waitForEvent('page'),
      session.page.getByRole('link', { name: 'Print-friendly page' }).click(),
    ]);
    await printPage.waitForLoadState();

    await expect(printPage.locator('h1').innerText()).resolves.toBe('Act-On readiness: 1234567');
    await expect(printPage.locator('.ar-verdict h2').innerText()).resolves.toContain('Verdict: Not ready');
    await expect(printPage.locator('#acton-preview-banner').isVisible()).resolves.toBe(true);
    await printPage.emulateMedia({ media: 'print' });
    await expect(printPage.locator('#acton-preview-banner').isVisible()).resolves.toBe(false);
  });
});
