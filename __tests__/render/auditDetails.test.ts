import type { ReadinessReport } from '../../src/core/report';
import type { StatementDiagnostic } from '../../src/core/snapshot';
import { renderPrintPage, renderReportHtml } from '../../src/render/html';
import { fromReportDocument, parseReportDocument, toReportDocument } from '../../src/render/json';
import { renderReportText } from '../../src/render/text';
import { readyProductionReport } from '../fixtures/reports';
import { elementsWithClass, parseMarkup } from './markup';

/** An audit whose integration table was refused, whose token list came by application id, and which read no user. */
const PROBES: readonly StatementDiagnostic[] = [
  {
    subject: 'the integration table',
    statement: 'SELECT i.id, i.name FROM integration i ORDER BY i.id',
    outcome: 'failed',
    rows: 0,
    bounded: false,
    error: { code: 'INVALID_SEARCH_TYPE', message: 'Invalid search type: <integration>' },
  },
  {
    subject: 'the oauthtoken table',
    statement: 'SELECT t.id\nFROM oauthtoken t\nWHERE t.tba_app_name IN (?)\nORDER BY t.id',
    outcome: 'ok',
    rows: 100,
    bounded: true,
    error: null,
  },
  {
    subject: 'the employee table',
    statement: 'SELECT e.id FROM employee e WHERE e.id IN (?) ORDER BY e.id',
    outcome: 'skipped',
    reason: 'No user to read.',
    rows: 0,
    bounded: false,
    error: null,
  },
];

function reportWithProbes(): ReadinessReport {
  return { ...readyProductionReport(), probes: PROBES };
}

describe('the audit details on the page', () => {
  it('are one collapsed section titled with what ran and what was skipped', () => {
    const [details] = elementsWithClass(parseMarkup(renderReportHtml(reportWithProbes())), 'ar-audit-details');

    expect(details?.tag).toBe('details');
    expect(details?.attributes['open']).toBeUndefined();
    expect(details?.text).toContain('Audit details: 2 SuiteQL statements run, 1 skipped');
  });

  it("say each statement's outcome, NetSuite's error escaped, and the statement text", () => {
    const html = renderReportHtml(reportWithProbes());

    expect(html).toContain(
      'the integration table</strong>: failed: INVALID_SEARCH_TYPE: Invalid search type: &lt;integration&gt;',
    );
    expect(html).toContain('read 100 rows, cut at its bound (the account holds more)');
    expect(html).toContain('skipped: No user to read.');
    expect(html).toContain('SELECT t.id FROM oauthtoken t WHERE t.tba_app_name IN (?) ORDER BY t.id');
  });

  it('are left off the print page, which would run to pages of statements (the JSON keeps them)', () => {
    const page = parseMarkup(renderPrintPage(reportWithProbes()).replace('<!DOCTYPE html>\n', ''));

    expect(elementsWithClass(page, 'ar-audit-details')).toEqual([]);
    expect(elementsWithClass(page, 'ar-checks').length).toBeGreaterThan(0);
  });

  it('are left out when the report has none (a document of an earlier version)', () => {
    expect(elementsWithClass(parseMarkup(renderReportHtml(readyProductionReport())), 'ar-audit-details')).toEqual([]);
  });
});

describe('the audit details in the text report', () => {
  it('are listed with verbose, numbered, with each statement on its own lines', () => {
    const text = renderReportText(toReportDocument(reportWithProbes()), { color: false, verbose: true });

    expect(text).toContain('AUDIT DETAILS: 2 SUITEQL STATEMENTS RUN, 1 SKIPPED');
    expect(text).toContain('  1. the integration table: failed: INVALID_SEARCH_TYPE: Invalid search type:');
    expect(text).toContain('  3. the employee table: skipped: No user to read.');
  });

  it('are left out without verbose', () => {
    expect(renderReportText(toReportDocument(reportWithProbes()), { color: false })).not.toContain('AUDIT DETAILS');
  });
});

describe('the probes in the JSON report', () => {
  it('round-trip through the document', () => {
    const document = toReportDocument(reportWithProbes());

    expect(document.probes).toEqual(PROBES);
    expect(fromReportDocument(document).probes).toEqual(PROBES);
  });

  it('may be absent from a document of an earlier version, which still reads', () => {
    const { probes: _probes, ...earlier } = toReportDocument(reportWithProbes());

    const parsed = parseReportDocument(JSON.stringify(earlier));

    expect('error' in parsed).toBe(false);
    expect('error' in parsed ? null : fromReportDocument(parsed).probes).toEqual([]);
  });

  it('are refused when malformed, naming the field', () => {
    const document = { ...toReportDocument(reportWithProbes()), probes: [{ ...PROBES[0], outcome: 'maybe' }] };

    expect(parseReportDocument(JSON.stringify(document))).toEqual({
      error: expect.stringContaining('probes[0].outcome: expected one of "ok", "failed", "skipped"') as string,
    });
  });
});
