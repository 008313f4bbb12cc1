import { renderNoticePage, renderPrintPage } from '../../src/render/html';
import { allElements, elementsWithClass, parseMarkup } from './markup';
import type { MarkupElement } from './markup';
import { SCRIPT_TAG_PAYLOAD, hostileNamesReport, tbaDisabledSandboxReport } from '../fixtures/reports';

function elementsNamed(tree: readonly MarkupElement[], tag: string): MarkupElement[] {
  return allElements(tree).filter((element) => element.tag === tag);
}

describe('renderPrintPage', () => {
  it('is a complete, well-formed HTML document', () => {
    const page = renderPrintPage(tbaDisabledSandboxReport());

    const tree = parseMarkup(page);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(tree.map((element) => element.tag)).toEqual(['html']);
    expect(tree[0]?.children.map((element) => element.tag)).toEqual(['head', 'body']);
  });

  it('prints a check with nothing to do as one line, and the others with their evidence and fix', () => {
    const report = tbaDisabledSandboxReport();
    const tree = parseMarkup(renderPrintPage(report));
    const compact = elementsWithClass(tree, 'ar-check-compact').map((element) => element.attributes['data-check-id']);
    const quiet = report.checks.filter((check) => check.status === 'pass' || check.status === 'info');

    expect(compact).toEqual(quiet.map((check) => check.id));
    expect(elementsWithClass(elementsWithClass(tree, 'ar-check-compact'), 'ar-evidence')).toEqual([]);
    const failed = elementsWithClass(tree, 'ar-check').filter(
      (element) => element.attributes['data-check-id'] === 'feature.token-based-authentication',
    );
    expect(elementsWithClass(failed, 'ar-evidence')).toHaveLength(1);
    expect(elementsWithClass(failed, 'ar-fix')).toHaveLength(1);
  });

  it('opens every remaining fold, so nothing is hidden on paper', () => {
    const details = elementsNamed(parseMarkup(renderPrintPage(tbaDisabledSandboxReport())), 'details');

    expect(details.filter((element) => element.attributes.open !== 'open')).toEqual([]);
  });

  it('declares UTF-8 and titles the page with the Account ID', () => {
    const tree = parseMarkup(renderPrintPage(tbaDisabledSandboxReport()));

    expect(elementsNamed(tree, 'meta')[0]?.attributes.charset).toBe('utf-8');
    expect(elementsNamed(tree, 'title')[0]?.text).toBe('Act-On readiness: 1234567_SB1');
  });

  it('prints on A4 and has print rules', () => {
    const style = elementsNamed(parseMarkup(renderPrintPage(tbaDisabledSandboxReport())), 'style')[0]?.text ?? '';

    expect(style).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(style).toContain('@media print');
  });

  it('has no navigation: no download links and no re-run links', () => {
    const tree = parseMarkup(renderPrintPage(tbaDisabledSandboxReport()));

    expect(elementsWithClass(tree, 'ar-downloads')).toEqual([]);
    expect(elementsNamed(elementsWithClass(tree, 'ar-candidates'), 'a')).toEqual([]);
  });

  it('shows the verdict right under the heading', () => {
    const body = elementsNamed(parseMarkup(renderPrintPage(tbaDisabledSandboxReport())), 'main')[0];

    expect(body?.children.slice(0, 2).map((element) => [element.tag, element.attributes.class])).toEqual([
      ['h1', undefined],
      ['section', 'ar-verdict ar-tone-bad'],
    ]);
  });

  it("makes fix links absolute on the account's UI host, so they mean something on paper", () => {
    const tree = parseMarkup(renderPrintPage(tbaDisabledSandboxReport()));

    const hrefs = elementsNamed(elementsWithClass(tree, 'ar-fix-plan'), 'a')
      .map((link) => link.attributes.href ?? '')
      .filter((href) => !href.startsWith('#'));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('https://1234567-sb1.app.netsuite.com/app/'))).toBe(true);
  });

  it('builds no element from account-supplied payloads', () => {
    const page = renderPrintPage(hostileNamesReport());

    const tags = new Set(allElements(parseMarkup(page)).map((element) => element.tag));
    expect(tags.has('script')).toBe(false);
    expect(tags.has('img')).toBe(false);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain(SCRIPT_TAG_PAYLOAD);
  });
});

describe('renderNoticePage', () => {
  it('is a complete page whose heading and paragraphs are escaped', () => {
    const page = renderNoticePage({
      heading: 'The audit could not finish',
      paragraphs: [`Bad value ${SCRIPT_TAG_PAYLOAD}`],
    });

    const tree = parseMarkup(page);
    expect(elementsNamed(tree, 'h2')[0]?.text).toBe('The audit could not finish');
    expect(elementsNamed(tree, 'p')[0]?.text).toBe(`Bad value ${SCRIPT_TAG_PAYLOAD}`);
    expect(elementsNamed(tree, 'script')).toEqual([]);
  });
});
