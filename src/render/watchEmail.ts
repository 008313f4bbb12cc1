/**
 * The watch's email: what got worse and since when, what to fix (title, menu path, link) and a
 * link to the readiness page. NetSuite sends a body with HTML tags as HTML, so the body is HTML
 * and every value from the account is escaped; the subject is plain text, control bytes removed.
 */
import { checkDefinition } from '../core/catalogue';
import { fixOwnerLabel } from '../core/fixOwners';
import type { ReadinessReport } from '../core/report';
import type { WatchChange } from '../core/watch/watchComparison';
import type { WatchDecision } from '../core/watch/watchAlert';
import type { WatchFixItem } from '../core/watch/watchFixList';
import { timeInWords } from '../core/timeWords';
import { escapeHtml, printableText } from './escape';
import { accountUiBaseUrl, safeHref } from './links';
import { STATUS_PRESENTATION, VERDICT_PRESENTATION } from './statusPresentation';

export interface WatchEmail {
  readonly subject: string;
  /** HTML. */
  readonly body: string;
}

function verdictWords(verdict: keyof typeof VERDICT_PRESENTATION): string {
  return VERDICT_PRESENTATION[verdict].label;
}

function changeLine(change: WatchChange): string {
  switch (change.kind) {
    case 'first-run-not-ready':
      return `The first watch run found the account ${verdictWords(change.verdict)}.`;
    case 'verdict-dropped':
      return `The verdict dropped from ${verdictWords(change.from)} to ${verdictWords(change.to)}.`;
    case 'blocker-newly-fails':
      return `Blocker newly failing: ${checkDefinition(change.checkId).title} (${change.checkId}).`;
    case 'new-warning':
      return `New warning: ${checkDefinition(change.checkId).title} (${change.checkId}).`;
  }
}

function link(href: string, label: string, uiBaseUrl: string | undefined): string {
  const target = safeHref(href, uiBaseUrl);
  return target === null ? escapeHtml(label) : `<a href="${escapeHtml(target)}">${escapeHtml(label)}</a>`;
}

function fixItemHtml(item: WatchFixItem, uiBaseUrl: string | undefined): string {
  const { step } = item;
  const links = step.links.map((fixLink) => link(fixLink.href, fixLink.label, uiBaseUrl)).join(' · ');
  const evidence = item.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const instructions = item.instructions.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return (
    `<li><strong>${escapeHtml(step.title)}</strong> (resolves ${escapeHtml(step.resolves.join(', '))}; ` +
    `${STATUS_PRESENTATION[item.status].label})` +
    (evidence === '' ? '' : `<ul>${evidence}</ul>`) +
    `<p>Who: ${escapeHtml(fixOwnerLabel(step.owner))}<br>Where: ${escapeHtml(step.navigation)}` +
    `${links === '' ? '' : `<br>Link: ${links}`}</p>` +
    (instructions === '' ? '' : `<ol>${instructions}</ol>`) +
    '</li>'
  );
}

function sinceSentence(decision: WatchDecision): string {
  if (decision.previous === null) return `First watch run, ${timeInWords(decision.run.runAt)}.`;
  return (
    `Got worse since the watch run of ${timeInWords(decision.previous.runAt)} ` +
    `(${verdictWords(decision.previous.verdict)}); found at ${timeInWords(decision.run.runAt)}.`
  );
}

/**
 * The email for a run that found readiness worse.
 * @param readinessPageUrl the Suitelet's absolute URL
 */
export function renderWatchEmail(
  decision: WatchDecision,
  report: ReadinessReport,
  readinessPageUrl: string,
): WatchEmail {
  const accountId = printableText(report.account.actOnAccountId);
  const subject =
    decision.previous === null
      ? `Act-On readiness: NetSuite account ${accountId} is ${verdictWords(decision.run.verdict)}`
      : `Act-On readiness got worse in NetSuite account ${accountId}: ${verdictWords(decision.run.verdict)}`;
  const uiBaseUrl = accountUiBaseUrl(report.account);
  const changes = decision.changes.map((change) => `<li>${escapeHtml(changeLine(change))}</li>`).join('');
  const fixes = decision.fixes.map((item) => fixItemHtml(item, uiBaseUrl)).join('');
  const page = safeHref(readinessPageUrl, uiBaseUrl);
  const body = [
    `<p>Act-On readiness for NetSuite account ${escapeHtml(accountId)}: ` +
      `<strong>${escapeHtml(verdictWords(decision.run.verdict))}</strong>. ` +
      `${escapeHtml(sinceSentence(decision))}</p>`,
    `<p>What changed:</p><ul>${changes}</ul>`,
    fixes === '' ? '' : `<p>The fix plan, in order:</p><ol>${fixes}</ol>`,
    page === null
      ? ''
      : `<p>The full report: <a href="${escapeHtml(page)}">Act-On Readiness</a> (Setup &gt; Integration &gt; ` +
        `Act-On Readiness).</p>`,
    '<p>Sent by the Act-On Readiness watch. It emails only when readiness gets worse.</p>',
  ].join('\n');
  return { subject: subject.slice(0, 200), body };
}
