/**
 * The portfolio as one self-contained HTML page: no script, no external file, styles inline,
 * readable by a client and printable (each client starts on a block that does not split). A
 * client that got worse comes first. Every value from an account or a file name is escaped.
 */
import { timeInWords } from '../../src/core/timeWords';
import { escapeHtml } from '../../src/render/escape';
import { VERDICT_PRESENTATION } from '../../src/render/statusPresentation';
import type { ClientPortfolio, PortfolioChange } from './clientHistory';
import type { Portfolio } from './portfolioFolder';
import {
  changeSentence,
  latestChanges,
  milestoneSentence,
  ownerWords,
  runsSentence,
  trendSentence,
} from './portfolioWords';

const STYLES = `
body { font: 14px/1.45 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328; margin: 0;
  padding: 24px; max-width: 1100px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 0; } h3 { font-size: 14px; margin: 14px 0 4px; }
.meta { color: #57606a; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #d0d7de; }
th { font-size: 12px; color: #57606a; font-weight: 600; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-weight: 600; white-space: nowrap;
  border: 1px solid currentColor; }
.tone-good { color: #1a7f37; } .tone-bad { color: #cf222e; } .tone-caution { color: #9a6700; }
.tone-neutral { color: #57606a; }
.client { border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 16px 0; break-inside: avoid; }
.client.worse { border: 2px solid #cf222e; }
.worse-flag { color: #cf222e; font-weight: 700; }
.runs { display: flex; flex-wrap: wrap; gap: 2px; margin: 6px 0; padding: 0; list-style: none; }
.runs li { width: 14px; height: 18px; font-size: 11px; line-height: 18px; text-align: center; border-radius: 2px;
  color: #fff; }
.runs li.tone-good { background: #1a7f37; } .runs li.tone-bad { background: #cf222e; }
.runs li.tone-caution { background: #9a6700; } .runs li.tone-neutral { background: #57606a; }
ul.changes { margin: 4px 0; padding-left: 20px; }
.owner { white-space: nowrap; font-weight: 600; }
@media print {
  body { padding: 0; font-size: 11px; } .client { page-break-inside: avoid; }
  .runs li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function verdictBadge(verdict: ClientPortfolio['verdict']): string {
  const presentation = VERDICT_PRESENTATION[verdict];
  return (
    `<span class="badge tone-${presentation.tone}"><span aria-hidden="true">${escapeHtml(presentation.icon)}</span> ` +
    `${escapeHtml(presentation.label)}</span>`
  );
}

/** One square per run, oldest first; its letter and title say the verdict without colour. */
function runStrip(client: ClientPortfolio): string {
  if (client.runs.length === 0) return '';
  const squares = client.runs.map((run) => {
    const presentation = VERDICT_PRESENTATION[run.verdict];
    const failure = run.failure === undefined ? '' : ` (not reached: ${run.failure})`;
    const title = `${timeInWords(run.at)}: ${presentation.label}${failure}`;
    return `<li class="tone-${presentation.tone}" title="${escapeHtml(title)}">${escapeHtml(presentation.icon)}</li>`;
  });
  return `<ol class="runs" aria-label="Verdict of each run, oldest first">${squares.join('')}</ol>`;
}

function changeList(changes: readonly PortfolioChange[], dated: boolean): string {
  const items = changes.map(
    (change) =>
      `<li>${dated ? `${escapeHtml(timeInWords(change.at))}: ` : ''}${escapeHtml(changeSentence(change))}</li>`,
  );
  return `<ul class="changes">${items.join('')}</ul>`;
}

function problemsTable(client: ClientPortfolio): string {
  if (client.openProblems.length === 0) return '<p>Nothing to fix.</p>';
  const rows = client.openProblems.map(
    (problem, index) =>
      `<tr><td>${index + 1}</td><td>${escapeHtml(problem.title)}</td>` +
      `<td class="owner">${escapeHtml(ownerWords(problem.owner))}</td>` +
      `<td>${escapeHtml(problem.navigation)}</td></tr>`,
  );
  return (
    '<table><thead><tr><th>#</th><th>What to do</th><th>Who</th><th>Where</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function clientSection(client: ClientPortfolio, days: number, index: number): string {
  const since = latestChanges(client);
  const earlier = client.changes.filter((change) => change.at !== client.latestAt);
  return (
    `<section class="client${client.worse ? ' worse' : ''}" id="client-${index + 1}">` +
    `<h2>${escapeHtml(client.name)} <span class="meta">${escapeHtml(client.accountId)}</span></h2>` +
    `<p>${verdictBadge(client.verdict)} ${client.worse ? '<span class="worse-flag">Got worse.</span> ' : ''}` +
    `Latest run ${escapeHtml(timeInWords(client.latestAt))}. ${escapeHtml(trendSentence(client))}</p>` +
    runStrip(client) +
    `<p class="meta">${escapeHtml(runsSentence(client, days))}</p>` +
    (since.length === 0 ? '' : `<h3>What changed since the previous run</h3>${changeList(since, false)}`) +
    (earlier.length === 0 ? '' : `<h3>Earlier in the last ${days} days</h3>${changeList(earlier, true)}`) +
    `<h3>Open problems and who fixes them</h3>${problemsTable(client)}` +
    `<h3>Platform</h3><p>${escapeHtml(milestoneSentence(client))}</p>` +
    '</section>'
  );
}

function overview(portfolio: Portfolio): string {
  const rows = portfolio.clients.map((client, index) => {
    const owners = [...new Set(client.openProblems.map((problem) => ownerWords(problem.owner)))];
    return (
      `<tr><td><a href="#client-${index + 1}">${escapeHtml(client.name)}</a></td>` +
      `<td>${escapeHtml(client.accountId)}</td><td>${verdictBadge(client.verdict)}</td>` +
      `<td>${client.worse ? '<span class="worse-flag">Got worse</span>' : escapeHtml(client.previous === null ? 'First run' : 'Not worse')}</td>` +
      `<td>${client.openProblems.length}${owners.length === 0 ? '' : ` (${escapeHtml(owners.join(', '))})`}</td></tr>`
    );
  });
  return (
    '<table><thead><tr><th>Client</th><th>Account ID</th><th>Latest verdict</th>' +
    '<th>Since the previous run</th><th>Open problems (who)</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function skippedList(portfolio: Portfolio): string {
  if (portfolio.skipped.length === 0) return '';
  const items = portfolio.skipped.map(
    (skipped) => `<li><code>${escapeHtml(skipped.file)}</code>: ${escapeHtml(skipped.reason)}</li>`,
  );
  return `<section class="skipped"><h3>Files not read</h3><ul>${items.join('')}</ul></section>`;
}

export function renderPortfolioHtml(portfolio: Portfolio): string {
  const worse = portfolio.clients.filter((client) => client.worse).length;
  const headline =
    worse === 0
      ? 'No client got worse since its previous run.'
      : `${worse === 1 ? '1 client' : `${worse} clients`} got worse since the previous run.`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<title>Act-On readiness portfolio</title>',
    `<style>${STYLES}</style></head><body>`,
    `<h1>Act-On readiness: ${portfolio.clients.length} ${portfolio.clients.length === 1 ? 'client' : 'clients'}</h1>`,
    `<p class="meta">The last ${portfolio.days} days, to ${escapeHtml(timeInWords(portfolio.generatedAt))}. ` +
      'Each square is one audit, oldest first: \u2714 Ready, \u26A0 Ready with warnings, ? Incomplete, ' +
      '\u2716 Not ready.</p>',
    `<p><strong>${escapeHtml(headline)}</strong></p>`,
    overview(portfolio),
    ...portfolio.clients.map((client, index) => clientSection(client, portfolio.days, index)),
    skippedList(portfolio),
    '</body></html>',
    '',
  ].join('\n');
}
