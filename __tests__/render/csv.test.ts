import { evaluateReadiness } from '../../src/core/engine';
import { CSV_COLUMNS, renderReportCsv } from '../../src/render/csv';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import type { CsvColumn } from '../../src/render/csv';
import { readCsv } from './csvReader';
import {
  HOSTILE_SUMMARY,
  hostileSummaryReport,
  ATTRIBUTE_BREAKOUT_PAYLOAD,
  FORMULA_PAYLOADS,
  SCRIPT_TAG_PAYLOAD,
  hostileNamesReport,
  readyProductionReport,
  tbaDisabledSandboxReport,
} from '../fixtures/reports';

/** The data rows as objects keyed by column, as a spreadsheet filter sees them. */
function csvRecords(text: string): Record<CsvColumn, string>[] {
  const [header = [], ...rows] = readCsv(text);
  return rows.map(
    (row) =>
      Object.fromEntries(CSV_COLUMNS.map((column) => [column, row[header.indexOf(column)] ?? ''])) as Record<
        CsvColumn,
        string
      >,
  );
}

function recordFor(text: string, checkId: string): Record<CsvColumn, string> {
  const record = csvRecords(text).find((candidate) => candidate.check_id === checkId);
  if (record === undefined) throw new Error(`No row for ${checkId}`);
  return record;
}

describe('renderReportCsv', () => {
  it('starts with one header row naming every column', () => {
    const [header] = readCsv(renderReportCsv(readyProductionReport()));

    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it('writes one row per check, in report order', () => {
    const report = readyProductionReport();

    const records = csvRecords(renderReportCsv(report));

    expect(records.map((record) => record.check_id)).toEqual(report.checks.map((check) => check.id));
  });

  it('ends every line with CRLF', () => {
    const text = renderReportCsv(readyProductionReport());

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('repeats the account, environment, verdict and date on every row', () => {
    const records = csvRecords(renderReportCsv(tbaDisabledSandboxReport()));

    const distinct = new Set(
      records.map((record) => [record.account_id, record.environment, record.verdict, record.generated_at].join('|')),
    );
    expect([...distinct]).toEqual(['1234567_SB1|SANDBOX|NOT_READY|2026-11-27T21:15:00.000Z']);
  });

  it('gives a failed check its numbered steps, navigation and absolute links on the account host', () => {
    const record = recordFor(renderReportCsv(tbaDisabledSandboxReport()), 'feature.token-based-authentication');

    expect(record.status).toBe('fail');
    expect(record.fix_navigation).toBe('Setup > Company > Enable Features > SuiteCloud');
    expect(record.fix_steps.split('\n')[0]).toBe(
      '1. Go to Setup > Company > Enable Features and open the SuiteCloud subtab.',
    );
    expect(record.fix_links).toBe('Enable Features: https://1234567-sb1.app.netsuite.com/app/setup/features.nl');
  });

  it('gives each check the number of the fix plan step that resolves it, and none to a passed one', () => {
    const text = renderReportCsv(tbaDisabledSandboxReport());

    expect(recordFor(text, 'feature.token-based-authentication').fix_plan_step).toBe('1');
    expect(recordFor(text, 'role.soap-web-services').fix_plan_step).toBe('2');
    expect(recordFor(text, 'feature.server-suitescript').fix_plan_step).toBe('');
  });

  it('leaves the fix columns empty for a passed check', () => {
    const record = recordFor(renderReportCsv(readyProductionReport()), 'token.active');

    expect([record.fix_navigation, record.fix_steps, record.fix_links]).toEqual(['', '', '']);
  });

  it('makes links absolute against the given UI origin when one is given', () => {
    const text = renderReportCsv(tbaDisabledSandboxReport(), { uiBaseUrl: 'https://system.netsuite.com/' });

    expect(recordFor(text, 'feature.token-based-authentication').fix_links).toBe(
      'Enable Features: https://system.netsuite.com/app/setup/features.nl',
    );
  });

  it('shows formula-like evidence as text by prefixing an apostrophe', () => {
    const record = recordFor(renderReportCsv(hostileNamesReport()), 'login.recent');

    // Several evidence lines share one cell; the cell starts with the first one.
    expect(record.evidence).toBe(`'${FORMULA_PAYLOADS.join('\n')}`);
  });

  it.each(FORMULA_PAYLOADS.map((payload) => [payload]))(
    'never starts a cell with a formula trigger (%s alone)',
    (payload) => {
      const report = hostileNamesReport();
      const single = {
        ...report,
        checks: report.checks.map((check) => (check.id === 'login.recent' ? { ...check, evidence: [payload] } : check)),
      };

      const record = recordFor(renderReportCsv(single), 'login.recent');

      expect(record.evidence).toBe(`'${payload}`);
    },
  );

  it('keeps script and attribute payloads as plain text', () => {
    const record = recordFor(renderReportCsv(hostileNamesReport()), 'token.active');

    expect(record.evidence).toBe(`Token ${SCRIPT_TAG_PAYLOAD} of role ${ATTRIBUTE_BREAKOUT_PAYLOAD} is revoked.`);
  });
});

describe('renderReportCsv: summaries', () => {
  it('gives each check that does not pass a summary of what was found, and a passing one none', () => {
    const text = renderReportCsv(evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs));

    expect(recordFor(text, 'integration.state').summary).toBe('The integration ActOnTBA is Blocked');
    expect(recordFor(text, 'integration.record').summary).toBe('');
  });

  it('neutralises a formula at the start of a summary and keeps the rest as text', () => {
    const record = recordFor(renderReportCsv(hostileSummaryReport()), 'token.active');

    expect(record.summary).toBe(`'${HOSTILE_SUMMARY.replace('\u001b', ' ')}`);
  });
});
