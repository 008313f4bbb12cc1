import { toReportDocument } from '../../src/render/json';
import { reportFromDocument } from '../../tools/audit/reportFromDocument';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';

describe('reportFromDocument', () => {
  it.each(['ready-administrator', 'token-based-authentication-off', 'audit-tables-unreadable'] as const)(
    'reads back a %s document without losing anything the document holds',
    (situation) => {
      const document = cannedReport(situation, '1234567_SB1');

      expect(toReportDocument(reportFromDocument(document))).toEqual(document);
    },
  );

  it("takes each check's reason from the catalogue", () => {
    const report = reportFromDocument(cannedReport('ready-administrator', '1234567'));

    expect(report.checks.find((check) => check.id === 'feature.token-based-authentication')?.why).toContain('FeatureDisabled');
  });

  it('keeps a check this version does not know, under its own title', () => {
    const document = cannedReport('ready-administrator', '1234567');
    const newer = { ...document, checks: [...document.checks, { id: 'future.check', section: 'account' as const, title: 'A later check', severity: 'info' as const, status: 'info' as const, evidence: ['x'], fix: null }] };

    expect(reportFromDocument(newer).checks.at(-1)).toEqual(expect.objectContaining({ id: 'future.check', title: 'A later check', why: '' }));
  });
});
