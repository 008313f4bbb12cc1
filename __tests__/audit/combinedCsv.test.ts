import { CHECK_CSV_COLUMNS, renderReportCsv } from '../../src/render/csv';
import { fromReportDocument } from '../../src/render/json';
import { COMBINED_CSV_COLUMNS, renderCombinedCsv } from '../../tools/audit/combinedCsv';
import { readCsv } from '../render/csvReader';
import { failedResult, NOT_READY, READY, reportResult } from './support/auditResults';

/** The data rows as objects keyed by their header, as a spreadsheet filter sees them. */
function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = readCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])));
}

function checkCells(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(CHECK_CSV_COLUMNS.map((column) => [column, record[column] ?? '']));
}

describe('renderCombinedCsv', () => {
  it('starts with the account columns, then the check columns of the single-account CSV', () => {
    const [header] = readCsv(renderCombinedCsv([READY]));

    expect(header).toEqual([...COMBINED_CSV_COLUMNS]);
    expect(header?.slice(-CHECK_CSV_COLUMNS.length)).toEqual([...CHECK_CSV_COLUMNS]);
  });

  it("gives an audited account's checks exactly the cells of the Suitelet's CSV of the same report", () => {
    const suiteletCsv = NOT_READY.outcome === 'report' ? renderReportCsv(fromReportDocument(NOT_READY.report)) : '';

    const combined = csvRecords(renderCombinedCsv([NOT_READY]));

    expect(combined.map(checkCells)).toEqual(csvRecords(suiteletCsv).map(checkCells));
  });

  it('writes a failed account as one row holding the failure, with empty check cells', () => {
    const records = csvRecords(renderCombinedCsv([failedResult('Offline Co', 'network')]));

    expect(records).toHaveLength(1);
    expect(records[0]).toEqual(
      expect.objectContaining({
        account_name: 'Offline Co',
        outcome: 'error',
        error_kind: 'network',
        check_id: '',
        fix_steps: '',
      }),
    );
  });

  it('shows a formula-like account name as text', () => {
    const records = csvRecords(
      renderCombinedCsv([reportResult('=HYPERLINK("http://evil.example")', 'ready-administrator')]),
    );

    expect(records[0]?.account_name).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
