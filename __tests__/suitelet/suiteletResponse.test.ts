import { auditFailureParagraphs, reportFileName } from '../../src/netsuite/suiteletResponse';
import { SANDBOX_ACCOUNT, readyProductionReport } from '../fixtures/reports';

describe('reportFileName', () => {
  it("names the file after Act-On's Account ID and the audit's date", () => {
    const report = { ...readyProductionReport(), account: SANDBOX_ACCOUNT };

    expect(reportFileName(report, 'json')).toBe('acton-readiness-1234567_SB1-20261127.json');
  });

  it('keeps only letters, digits, underscores and hyphens of the account id, so the header stays intact', () => {
    const report = { ...readyProductionReport(), account: { ...SANDBOX_ACCOUNT, actOnAccountId: '12"; x=y\r\nSet-Cookie' } };

    expect(reportFileName(report, 'csv')).toBe('acton-readiness-12___x_y__Set-Cookie-20261127.csv');
  });

  it('says "undated" when the report carries no ISO date', () => {
    const report = { ...readyProductionReport(), generatedAt: 'yesterday' };

    expect(reportFileName(report, 'json')).toBe('acton-readiness-1234567-undated.json');
  });
});

describe('auditFailureParagraphs', () => {
  it('ends the message with a full stop and asks the person to try again or pass it on', () => {
    expect(auditFailureParagraphs('Unexpected error')).toEqual([
      'The audit could not finish: Unexpected error.',
      'Try again; if it persists, send this message to your NetSuite administrator.',
    ]);
  });

  it('does not double a full stop', () => {
    expect(auditFailureParagraphs('Unexpected error.')[0]).toBe('The audit could not finish: Unexpected error.');
  });
});
