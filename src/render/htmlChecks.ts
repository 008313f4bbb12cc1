/**
 * HTML for the top of the report and its checks: the verdict with the fix plan, the request's
 * problems, and each catalogue section with its checks (passing and information ones folded
 * to one line), evidence and fixes. Every string is escaped here,
 * catalogue text included, so no caller has to remember which strings came from the account.
 */
import { fixOwnerLabel } from '../core/fixOwners';
import { failureSummary } from '../core/fixPlan';
import { SECTIONS } from '../core/catalogue';
import type { InputProblem } from '../core/inputs';
import type { CheckResult, CheckStatus, Fix, FixLink, ReadinessReport } from '../core/report';
import { escapeHtml } from './escape';
import { safeHref } from './links';
import { SEVERITY_LABELS, STATUS_PRESENTATION, VERDICT_PRESENTATION } from './statusPresentation';
import { timeInWords } from '../core/timeWords';
import { othersNeededSentence, verdictHeadline } from './verdictHeadline';

/** A status as a badge: icon character and words, with colour only as a class. */
export function renderStatusBadge(status: CheckStatus): string {
  const presentation = STATUS_PRESENTATION[status];
  return (
    `<span class="ar-badge ar-tone-${presentation.tone}">` +
    (`<span class="ar-icon" aria-hidden="true">${escapeHtml(presentation.icon)}</span> ` +
      `${escapeHtml(presentation.label)}</span>`)
  );
}

/** The element id of a check's card, which the fix plan's steps link to. */
export function checkAnchor(checkId: string): string {
  return `check-${checkId}`;
}

function headlineHtml(report: ReadinessReport): string {
  const headline = verdictHeadline(report);
  const problems = headline.problems.map(
    (problem) =>
      `<li><a href="#${escapeHtml(checkAnchor(problem.checkId))}">${escapeHtml(problem.summary)}</a>` +
      (problem.detail === null ? '' : `: ${escapeHtml(problem.detail)}`) +
      '</li>',
  );
  const login = headline.latestLoginFailure;
  const loginLine =
    login === null
      ? ''
      : `<p class="ar-headline-login"><strong>Latest token login:</strong> ${escapeHtml(login.sentence)}` +
        (login.fix === null ? '' : ` ${escapeHtml(login.fix)}`) +
        '</p>';
  const rejected = headline.rejectedInputs.map((line) => `<li>Rejected input ${escapeHtml(line)}</li>`);
  const others = othersNeededSentence(headline);
  const othersLine = others === null ? '' : `<p class="ar-headline-others">${escapeHtml(others)}</p>`;
  const list = [...problems, ...rejected];
  return `${list.length === 0 ? '' : `<ul class="ar-headline">${list.join('')}</ul>`}${othersLine}${loginLine}`;
}

function fixPlanHtml(report: ReadinessReport, uiBaseUrl: string | undefined): string {
  if (report.fixPlan.length === 0) return '';
  const steps = report.fixPlan.map((step) => {
    const [root = ''] = step.resolves;
    const more =
      step.resolves.length > 1 ? ` <span class="ar-meta">(resolves ${step.resolves.length} checks)</span>` : '';
    const links =
      step.links.length === 0
        ? ''
        : ` \u00b7 Open: ${step.links.map((link) => renderFixLink(link, uiBaseUrl)).join(' \u00b7 ')}`;
    return (
      `<li><a class="ar-step-title" href="#${escapeHtml(checkAnchor(root))}">${escapeHtml(step.title)}</a>${more}` +
      `<br /><span class="ar-owner">Who: ${escapeHtml(fixOwnerLabel(step.owner))}</span>` +
      (`<br /><span class="ar-navigation">Where: <span ` +
        `class="ar-mono">${escapeHtml(step.navigation)}</span></span>${links}</li>`)
    );
  });
  return `<div id="fix-plan" class="ar-fix-plan"><h3>Fix plan</h3><ol>${steps.join('')}</ol></div>`;
}

/** The verdict block: the answer in words, what stands in the way, and the fix plan. */
export function renderVerdict(report: ReadinessReport, uiBaseUrl?: string): string {
  const presentation = VERDICT_PRESENTATION[report.verdict];
  // A rejected input means the audit answered another question: never a plain green box.
  const tone = presentation.tone === 'good' && report.inputProblems.length > 0 ? 'caution' : presentation.tone;
  const { inputs } = report;
  const asked =
    `Integration <strong>${escapeHtml(inputs.integrationName)}</strong>` +
    (inputs.roleId === null ? '' : `, role id ${escapeHtml(String(inputs.roleId))}`) +
    (inputs.userId === null ? '' : `, user id ${escapeHtml(String(inputs.userId))}`);
  return (
    `<section id="verdict" class="ar-verdict ar-tone-${tone}" data-verdict="${escapeHtml(report.verdict)}">` +
    (`<h2><span aria-hidden="true">${escapeHtml(presentation.icon)}</span> Verdict: ` +
      `${escapeHtml(presentation.label)}</h2>`) +
    `<p>${escapeHtml(presentation.meaning)}</p>` +
    headlineHtml(report) +
    fixPlanHtml(report, uiBaseUrl) +
    `<p class="ar-meta">${asked}. Audited ${escapeHtml(timeInWords(report.generatedAt))}.</p>` +
    '</section>'
  );
}

/** The request's rejected parameters, shown above everything else; empty when there are none. */
export function renderInputProblems(problems: readonly InputProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems
    .map((problem) => `<li><strong>${escapeHtml(problem.parameter)}</strong>: ${escapeHtml(problem.message)}</li>`)
    .join('');
  return `<section class="ar-problems" role="alert"><h3>Problems with the audit inputs</h3><ul>${items}</ul></section>`;
}

/** A fix link: opens in a new tab; an href that is not http(s) or `/app/` is shown as text only. */
export function renderFixLink(link: FixLink, uiBaseUrl: string | undefined): string {
  const href = safeHref(link.href, uiBaseUrl);
  if (href === null) return escapeHtml(link.label);
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(link.label)}</a>`;
}

function renderFix(fix: Fix, heading: string, uiBaseUrl: string | undefined): string {
  const steps = fix.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('');
  const links =
    fix.links.length === 0
      ? ''
      : `<p class="ar-fix-links">Open: ${fix.links.map((link) => renderFixLink(link, uiBaseUrl)).join(' \u00b7 ')}</p>`;
  return (
    `<div class="ar-fix"><h4>${escapeHtml(heading)}</h4>` +
    (fix.navigation === ''
      ? ''
      : `<p class="ar-navigation">Where: <span class="ar-mono">${escapeHtml(fix.navigation)}</span></p>`) +
    `<ol class="ar-steps">${steps}</ol>${links}</div>`
  );
}

/** A line under a check an upstream failure explains: what that cause is, in failure words, and its step. */
function causeHtml(check: CheckResult, report: ReadinessReport): string {
  if (check.causedBy === undefined) return '';
  const cause = report.checks.find((candidate) => candidate.id === check.causedBy);
  const step = report.fixPlan.find((planStep) => planStep.resolves.includes(check.id));
  return (
    `<p class="ar-cause">Caused by: <a href="#${escapeHtml(checkAnchor(check.causedBy))}">` +
    `${escapeHtml(cause === undefined ? check.causedBy : failureSummary(cause))}</a>` +
    (step === undefined ? '' : `; fix plan step ${escapeHtml(String(step.order))} resolves both`) +
    '.</p>'
  );
}

/**
 * A check's fix, written out once: on the check its plan step stands for. Another check the same
 * step resolves points to it; one the plan has no step for shows its own fix.
 */
function fixHtml(check: CheckResult, report: ReadinessReport, uiBaseUrl: string | undefined, printed: boolean): string {
  if (check.status === 'pass' || check.fix === undefined) return '';
  const step = report.fixPlan.find((planStep) => planStep.resolves.includes(check.id));
  const heading = STATUS_PRESENTATION[check.status].fixHeading;
  if (step === undefined) return renderFix(check.fix, heading, uiBaseUrl);
  // On paper the plan's step already says where and links there: the card adds only the steps.
  if (step.resolves[0] === check.id)
    return printed
      ? renderFix({ ...check.fix, navigation: '', links: [] }, `${heading} (fix plan step ${step.order})`, uiBaseUrl)
      : renderFix(check.fix, heading, uiBaseUrl);
  if (check.causedBy !== undefined) return '';
  return (
    `<p class="ar-fix-ref">${escapeHtml(STATUS_PRESENTATION[check.status].fixHeading)}: see fix plan ` +
    `<a href="#${escapeHtml(checkAnchor(step.resolves[0] ?? ''))}">step ${escapeHtml(String(step.order))}</a>, ` +
    `${escapeHtml(step.title)}.</p>`
  );
}

/** Passing and information checks fold to one line; the rest stay open. */
function foldsAway(check: CheckResult): boolean {
  return check.status === 'pass' || check.status === 'info';
}

function renderCheck(
  check: CheckResult,
  report: ReadinessReport,
  uiBaseUrl: string | undefined,
  printed: boolean,
): string {
  const presentation = STATUS_PRESENTATION[check.status];
  const evidence =
    check.evidence.length === 0
      ? ''
      : `<ul class="ar-evidence">${check.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
  const why = check.status === 'pass' ? '' : `<p class="ar-why">Why it matters: ${escapeHtml(check.why)}</p>`;
  const fix = fixHtml(check, report, uiBaseUrl, printed);
  // On paper a check with nothing to do is one line: its evidence is on the page and in the JSON.
  const compact = printed && foldsAway(check);
  const titleLine =
    `${renderStatusBadge(check.status)}<span class="ar-check-title">${escapeHtml(check.title)}</span>` +
    (compact ? '' : `<span class="ar-severity">(${escapeHtml(SEVERITY_LABELS[check.severity])})</span>`);
  const body = `${causeHtml(check, report)}${evidence}${why}${fix}`;
  const card = compact
    ? `<div>${titleLine}</div>`
    : foldsAway(check)
      ? `<details><summary>${titleLine}</summary>${body}</details>`
      : `<div>${titleLine}</div>${body}`;
  return (
    `<li id="${escapeHtml(checkAnchor(check.id))}" class="ar-check ar-tone-${presentation.tone}` +
    `${compact ? ' ar-check-compact' : ''}" ` +
    `data-check-id="${escapeHtml(check.id)}" data-status="${escapeHtml(check.status)}">${card}</li>`
  );
}

/** "7 checks: 5 pass, 2 information" for a section where nothing needs doing. */
function quietSectionSummary(checks: readonly CheckResult[]): string {
  const passed = checks.filter((check) => check.status === 'pass').length;
  const parts = [
    passed === 0 ? '' : `${passed} pass`,
    passed === checks.length ? '' : `${checks.length - passed} information`,
  ].filter((part) => part !== '');
  return `${checks.length === 1 ? '1 check' : `${checks.length} checks`}: ${parts.join(', ')}`;
}

/** The checks, grouped by section in the catalogue's order; sections without checks are left out. */
export function renderCheckSections(report: ReadinessReport, uiBaseUrl: string | undefined, printed = false): string {
  return SECTIONS.map((section) => {
    const checks = report.checks.filter((check) => check.section === section.id);
    if (checks.length === 0) return '';
    const list = `<ol class="ar-checks">${checks.map((check) => renderCheck(check, report, uiBaseUrl, printed)).join('')}</ol>`;
    // A section with nothing to do folds to one line as well: its checks are a click away.
    const body = checks.every(foldsAway)
      ? `<details class="ar-section-fold"${printed ? ' open="open"' : ''}><summary>` +
        `${escapeHtml(quietSectionSummary(checks))}</summary>${list}</details>`
      : list;
    return (
      `<section class="ar-section" data-section="${escapeHtml(section.id)}"><h3>${escapeHtml(section.title)}</h3>` +
      `${body}</section>`
    );
  }).join('');
}
