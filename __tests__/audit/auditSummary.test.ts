import { summaryRows } from '../../tools/audit/auditSummary';
import { renderSummaryText } from '../../tools/audit/summaryText';
import { INCOMPLETE, LOGIN_REFUSED, NOT_READY, READY, reportResult } from './support/auditResults';

describe('the canned account situations', () => {
  it.each([
    [READY, 'READY'],
    [NOT_READY, 'NOT_READY'],
    [INCOMPLETE, 'INCOMPLETE'],
  ])('reach the verdict they are named after', (result, verdict) => {
    expect(result.outcome === 'report' && result.report.verdict).toBe(verdict);
  });
});

describe('summaryRows', () => {
  it('shows a ready account with no blockers and nothing to fix', () => {
    expect(summaryRows([READY])).toEqual([
      {
        name: 'Ready Co',
        accountId: '1234567',
        result: 'READY',
        outcome: 'report',
        blockersFailed: 0,
        firstFix: 'Nothing to fix.',
        failure: null,
      },
    ]);
  });

  it('names the failed blocker to fix first, with where it is fixed', () => {
    const [row] = summaryRows([NOT_READY]);

    expect(row).toEqual(
      expect.objectContaining({
        result: 'NOT_READY',
        blockersFailed: 1,
        firstFix: 'Enable Token-Based Authentication: Setup > Company > Enable Features > SuiteCloud',
      }),
    );
  });

  it('shows a refused login as AUTHENTICATION FAILED, naming the credentials to check and the Detail column to read', () => {
    const [row] = summaryRows([LOGIN_REFUSED]);

    expect(row).toEqual(
      expect.objectContaining({
        result: 'AUTHENTICATION FAILED',
        blockersFailed: null,
        firstFix:
          'Check the Account ID (7654321), Consumer Key and Secret, Token ID and Secret; read the Login Audit ' +
          "Trail's Detail column.",
      }),
    );
  });
});

describe('renderSummaryText', () => {
  it('writes one line per account after the heading, then the counts', () => {
    const text = renderSummaryText(summaryRows([READY, NOT_READY]), { color: false });

    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^Ready Co\s+1234567\s+READY\s+0\s+Nothing to fix\.$/);
    expect(lines[4]).toBe('2 accounts: 1 READY, 1 NOT_READY');
  });

  it('lists what happened to each account that failed, with the full remedy, below the table', () => {
    const text = renderSummaryText(summaryRows([READY, LOGIN_REFUSED]), { color: false });

    expect(text).toContain(
      'Accounts that could not be audited:\n- Wrong Secret Co (7654321): What happened: authentication.\n  Check ' +
        'the Account ID (signed as realm 7654321)',
    );
  });

  it('prints terminal control characters in names as spaces', () => {
    const text = renderSummaryText(summaryRows([reportResult('Evil\u001b[2J Co', 'ready-administrator')]), {
      color: false,
    });

    expect(text).not.toContain('\u001b');
  });

  it('writes no colour codes when colour is off', () => {
    expect(renderSummaryText(summaryRows([READY, NOT_READY]), { color: false })).not.toContain('\u001b[');
  });
});
