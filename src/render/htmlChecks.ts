/**
 * HTML for the top of the report and its checks: the verdict, the request's problems, and
 * each catalogue section with its checks, evidence and fixes. Every string is escaped here,
 * catalogue text included, so no caller has to remember which strings came from the account.
 */
import { SECTIONS } from '../core/catalogue';
import type { InputProblem } from '../core/inputs';
import type { CheckResult, CheckStatus, Fix, FixLink, ReadinessReport } from '../core/report';
import { escapeHtml } from './escape';
import { safeHref } from './links';
import { SEVERITY_LABELS, STATUS_PRESENTATION, VERDICT_PRESENTATION } from './statusPresentation';

/** A status as a badge: icon character and words, with colour only as a class. */
export function renderStatusBadge(status: CheckStatus): string {
  const presentation = STATUS_PRESENTATION[status];
  return (
    `<span class="ar-badge ar-tone-${presentation.tone}">` +
    `<span class="ar-icon" aria-hidden="true">${escapeHtml(presentation.icon)}</span> ${escapeHtml(presentation.label)}</span>`
  );
}

function countPhrase(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

function blockerChecks(report: ReadinessReport, statuses: readonly CheckStatus[]): readonly CheckResult[] {
  return report.checks.filter((check) => check.severity === 'blocker' && statuses.includes(check.status));
}

/** The verdict block: the answer in words, what it means, and which blockers stand in the way. */
export function renderVerdict(report: ReadinessReport): string {
  const presentation = VERDICT_PRESENTATION[report.verdict];
  const failing = blockerChecks(report, ['fail']);
  const unproven = blockerChecks(report, ['manual', 'unknown']);
  const failingLine =
    failing.length === 0 ? 'No blocker check fails.' : `${countPhrase(failing.length, 'blocker check fails', 'blocker checks fail')}:`;
  const failingList =
    failing.length === 0 ? '' : `<ul>${failing.map((check) => `<li>${escapeHtml(check.title)}</li>`).join('')}</ul>`;
  const unprovenLine =
    unproven.length === 0
      ? ''
      : `<p>${countPhrase(unproven.length, 'blocker check', 'blocker checks')} could not be proven by a script: check by hand.</p>`;
  const { inputs } = report;
  const asked =
    `Integration <strong>${escapeHtml(inputs.integrationName)}</strong>` +
    (inputs.roleId === null ? '' : `, role id ${escapeHtml(String(inputs.roleId))}`) +
    (inputs.userId === null ? '' : `, user id ${escapeHtml(String(inputs.userId))}`);
  return (
    `<section class="ar-verdict ar-tone-${presentation.tone}">` +
    `<h2><span aria-hidden="true">${escapeHtml(presentation.icon)}</span> Verdict: ${escapeHtml(presentation.label)}</h2>` +
    `<p>${escapeHtml(presentation.meaning)}</p>` +
    `<p class="ar-blocker-count">${escapeHtml(failingLine)}</p>${failingList}${unprovenLine}` +
    `<p class="ar-meta">${asked}. Audited ${escapeHtml(report.generatedAt)}.</p>` +
    '</section>'
  );
}

/** The request's rejected parameters, shown above everything else; empty when there are none. */
export function renderInputProblems(problems: readonly InputProblem[]): string {
  if (problems.length === 0) return '';
  const items = problems
    .map((problem) => `<li><strong>${escapeHtml(problem.parameter)}</strong>: ${escapeHtml(problem.message)}</li>`)
    .join('');
  return (
    `<section class="ar-problems" role="alert"><h3>Problems with the audit inputs</h3><ul>${items}</ul></section>`
  );
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
    `<p class="ar-navigation">Where: <span class="ar-mono">${escapeHtml(fix.navigation)}</span></p>` +
    `<ol class="ar-steps">${steps}</ol>${links}</div>`
  );
}

function renderCheck(check: CheckResult, uiBaseUrl: string | undefined): string {
  const presentation = STATUS_PRESENTATION[check.status];
  const evidence =
    check.evidence.length === 0
      ? ''
      : `<ul class="ar-evidence">${check.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
  const why = check.status === 'pass' ? '' : `<p class="ar-why">Why it matters: ${escapeHtml(check.why)}</p>`;
  const fix = check.status !== 'pass' && check.fix !== undefined ? renderFix(check.fix, presentation.fixHeading, uiBaseUrl) : '';
  return (
    `<li class="ar-check ar-tone-${presentation.tone}" ` +
    `data-check-id="${escapeHtml(check.id)}" data-status="${escapeHtml(check.status)}">` +
    `<div>${renderStatusBadge(check.status)}<span class="ar-check-title">${escapeHtml(check.title)}</span>` +
    `<span class="ar-severity">(${escapeHtml(SEVERITY_LABELS[check.severity])})</span></div>` +
    `${evidence}${why}${fix}</li>`
  );
}

/** The checks, grouped by section in the catalogue's order; sections without checks are left out. */
export function renderCheckSections(report: ReadinessReport, uiBaseUrl: string | undefined): string {
  return SECTIONS.map((section) => {
    const checks = report.checks.filter((check) => check.section === section.id);
    if (checks.length === 0) return '';
    return (
      `<section class="ar-section" data-section="${escapeHtml(section.id)}"><h3>${escapeHtml(section.title)}</h3>` +
      `<ol class="ar-checks">${checks.map((check) => renderCheck(check, uiBaseUrl)).join('')}</ol></section>`
    );
  }).join('');
}
