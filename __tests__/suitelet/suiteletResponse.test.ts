import { auditFailureParagraphs, reportFileName, writeUnsupportedMethod } from '../../src/netsuite/suiteletResponse';
import { SANDBOX_ACCOUNT, readyProductionReport } from '../fixtures/reports';
import { responseDouble } from './support/suiteletDoubles';

describe('reportFileName', () => {
  it("names the file after Act-On's Account ID and the audit's date", () => {
    const report = { ...readyProductionReport(), account: SANDBOX_ACCOUNT };

    expect(reportFileName(report, 'json')).toBe('acton-readiness-1234567_SB1-20261127.json');
  });

  it('keeps only letters, digits, underscores and hyphens of the account id, so the header stays intact', () => {
    const report = {
      ...readyProductionReport(),
      account: { ...SANDBOX_ACCOUNT, actOnAccountId: '12"; x=y\r\nSet-Cookie' },
    };

    expect(reportFileName(report, 'csv')).toBe('acton-readiness-12___x_y__Set-Cookie-20261127.csv');
  });

  it('keeps at most 40 characters of a long account id', () => {
    const report = { ...readyProductionReport(), account: { ...SANDBOX_ACCOUNT, actOnAccountId: 'A'.repeat(50) } };

    expect(reportFileName(report, 'json')).toBe(`acton-readiness-${'A'.repeat(40)}-20261127.json`);
  });

  it('names the file "account" when the report carries no account id', () => {
    const report = { ...readyProductionReport(), account: { ...SANDBOX_ACCOUNT, actOnAccountId: '' } };

    expect(reportFileName(report, 'csv')).toBe('acton-readiness-account-20261127.csv');
  });

  it('says "undated" when the date is not at the start of the report\'s time stamp', () => {
    const report = { ...readyProductionReport(), generatedAt: 'at 2026-11-27T12:00:00Z' };

    expect(reportFileName(report, 'json')).toBe('acton-readiness-1234567-undated.json');
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

  it('ends with a full stop a message whose full stop is not at its end', () => {
    expect(auditFailureParagraphs('Limit reached. Retry later')[0]).toBe(
      'The audit could not finish: Limit reached. Retry later.',
    );
  });

  it('does not double a full stop', () => {
    expect(auditFailureParagraphs('Unexpected error.')[0]).toBe('The audit could not finish: Unexpected error.');
  });
});

describe('writeUnsupportedMethod', () => {
  function pageFor(method: string): string {
    const { response, recorded } = responseDouble();
    writeUnsupportedMethod(response, method);
    return recorded.body;
  }

  it('titles the page "Request not supported" and points to the menu and the download links', () => {
    const page = pageFor('PUT');

    expect(page).toContain('<title>Request not supported</title>');
    expect(page).toContain('<p>Open it from the Setup &gt; Integration menu, or follow its download links.</p>');
  });

  it('names the method in capitals, letters only', () => {
    expect(pageFor('de-lete<b>')).toContain(
      '<p>The Act-On readiness page answers GET and POST requests only, not DELETEB.</p>',
    );
  });

  it('names at most 12 letters of the method', () => {
    expect(pageFor('PROPFINDPROPFINDPROPFIND')).toContain('only, not PROPFINDPROP.</p>');
  });

  it('says "this method" when the method has no letter', () => {
    expect(pageFor('123')).toContain('only, not this method.</p>');
  });
});
