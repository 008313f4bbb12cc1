import { decideWatchRun } from '../../src/core/watch/watchAlert';
import type { WatchRun } from '../../src/core/watch/watchRun';
import { renderWatchEmail } from '../../src/render/watchEmail';
import { renderWatchStatusHtml } from '../../src/render/watchStatusHtml';
import { evaluateReadiness } from '../../src/core/engine';
import { tokenRevoked } from '../fixtures/situations/tokenRevoked';

const READY_YESTERDAY: WatchRun = { runAt: '2026-11-26T12:00:00Z', verdict: 'READY', failing: [], warning: [] };

describe('renderWatchEmail', () => {
  const report = evaluateReadiness(tokenRevoked.snapshot, tokenRevoked.inputs);
  const email = renderWatchEmail(
    decideWatchRun(READY_YESTERDAY, report),
    report,
    '/app/site/hosting/scriptlet.nl?script=1&deploy=1',
  );

  it('says what changed and since when in the subject and first paragraph', () => {
    expect(email.subject).toMatch(/^Act-On readiness got worse in NetSuite account \S+: Not ready$/);
    expect(email.body).toContain('Got worse since the watch run of 26 Nov 2026, 12:00 UTC (Ready)');
  });

  it(
    "lists the fix plan's steps, each with the checks it resolves, who acts on it, its menu path and an absolute " +
      "link on the account's host",
    () => {
      expect(email.body).toContain(
        '<p>The fix plan, in order:</p><ol><li><strong>Create a new access token for Act-On</strong> (resolves ' +
          'token.active, login.recent; Fail)',
      );
      expect(email.body).toContain(
        'Who: NetSuite administrator<br>Where: Home &gt; Settings &gt; Manage Access Tokens &gt; New My Access Token',
      );
      expect(email.body).toMatch(/<a href="https:\/\/[a-z0-9-]+\.app\.netsuite\.com\/app\/setup\/accesstoken\.nl">/);
    },
  );

  it('links to the readiness page', () => {
    expect(email.body).toMatch(
      /<a href="https:\/\/[a-z0-9-]+\.app\.netsuite\.com\/app\/site\/hosting\/scriptlet\.nl\?script=1&amp;deploy=1">Act-On Readiness<\/a>/,
    );
  });
});

describe('renderWatchStatusHtml', () => {
  it('escapes the reason the history could not be read', () => {
    expect(renderWatchStatusHtml({ unreadable: '<img src=x onerror=alert(1)>' })).toContain(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
  });
});

describe('renderWatchEmail on hostile account values', () => {
  it('escapes evidence from the account and strips control bytes from the subject', () => {
    const report = evaluateReadiness(tokenRevoked.snapshot, tokenRevoked.inputs);
    const hostile = {
      ...report,
      account: { ...report.account, actOnAccountId: '1234567\u001b[2J' },
      checks: report.checks.map((check) =>
        check.id === 'token.active' ? { ...check, evidence: ['<script>alert(1)</script>'] } : check,
      ),
    };

    const email = renderWatchEmail(
      decideWatchRun(READY_YESTERDAY, hostile),
      hostile,
      '/app/site/hosting/scriptlet.nl?script=1&deploy=1',
    );

    expect(email.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.body).not.toContain('<script>');
    expect(email.subject).not.toMatch(/[\u0000-\u001f]/);
  });
});
