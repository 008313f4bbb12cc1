/**
 * The report's downloads, clicked in a real browser: the JSON and CSV links of the Suitelet's
 * page give files with the right content type and file name, holding the same verdict as the page.
 */
import * as fs from 'fs';
import type { Download, Response } from 'playwright-core';
import { describeInChromium } from './support/chromium';
import { useChromiumSession } from './support/chromiumSession';
import { readScenarioDocument, suiteletPath } from './support/previewFixture';

jest.setTimeout(60_000);

/** The day the demo clock stands on, as the file names write it. */
const DEMO_DAY = '20261127';

describeInChromium('Report downloads in Chromium', () => {
  const session = useChromiumSession({ contextOptions: { acceptDownloads: true } });

  /** Clicks a download link; gives the download and the HTTP response that carried it. */
  async function download(
    linkText: string,
    format: string,
  ): Promise<{ file: Download; response: Response; text: string }> {
    const [file, response] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.waitForResponse((candidate) => new URL(candidate.url()).searchParams.get('format') === format),
      session.page.getByRole('link', { name: linkText }).click(),
    ]);
    const savedAt = await file.path();
    return { file, response, text: fs.readFileSync(savedAt, 'utf8') };
  }

  it('downloads the report as JSON, named after the account and the day, with the verdict the page shows', async () => {
    await session.page.goto(session.preview.origin + suiteletPath('03-tba-disabled'));

    const { file, response, text } = await download('Download JSON', 'json');

    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(file.suggestedFilename()).toBe(`acton-readiness-1234567-${DEMO_DAY}.json`);
    const document = JSON.parse(text) as { verdict: string; account: { actOnAccountId: string }; checks: unknown[] };
    expect(document.verdict).toBe('NOT_READY');
    expect(document.account.actOnAccountId).toBe('1234567');
    await expect(session.page.locator('.ar-check').count()).resolves.toBe(document.checks.length);
  });

  it("names a sandbox's JSON download with its Account ID as Act-On types it", async () => {
    const sandboxId = readScenarioDocument('scenarios/09-sandbox.json').account.id;
    await session.page.goto(session.preview.origin + suiteletPath('09-sandbox'));

    const { file } = await download('Download JSON', 'json');

    expect(file.suggestedFilename()).toBe(`acton-readiness-${sandboxId}-${DEMO_DAY}.json`);
  });

  it('downloads the report as CSV with a row for every check on the page, named after the account and the day', async () => {
    await session.page.goto(session.preview.origin + suiteletPath('03-tba-disabled'));

    const { file, response, text } = await download('Download CSV', 'csv');

    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.suggestedFilename()).toBe(`acton-readiness-1234567-${DEMO_DAY}.csv`);
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    expect(header.split(',')).toEqual(expect.arrayContaining(['account_id', 'verdict', 'check_id', 'status']));
    for (const check of await session.page.locator('.ar-check').all())
      expect(text).toContain(`,${(await check.getAttribute('data-check-id')) ?? 'missing'},`);
  });
});
