/**
 * HTML for the lower part of the report: the credential candidates, the Account ID to type
 * into Act-On, and what the audit cost. Every account-supplied value is escaped.
 */
import type { AccountIdentity, CredentialCandidate, ReadinessReport } from '../core/report';
import type { StatementDiagnostic } from '../core/snapshot';
import { AUDIT_DETAILS_INTRO, auditDetailsTitle, foldedStatement, probeOutcomeText } from './auditDetails';
import { escapeHtml } from './escape';
import { safeHref } from './links';
import { ENVIRONMENT_LABELS } from './statusPresentation';

/** What a re-run link audits: the integration, with one candidate's role and user, and the same score fields. */
export interface RerunParameters {
  readonly integrationName: string;
  readonly roleId: number;
  readonly userId: number | null;
  readonly scoreFieldIds: readonly string[];
}

/** Builds the URL that re-runs the audit for a role and user (the Suitelet's own URL). */
export type RerunUrlBuilder = (parameters: RerunParameters) => string;

/** A name with its internal id, e.g. "Act-On Integration (id 1001)"; "Unknown" when neither is known. */
function namedRecord(name: string | null, id: number | null): string {
  const idPart = id === null ? '' : `(id ${id})`;
  if (name === null || name.trim() === '') return id === null ? 'Unknown' : idPart;
  return id === null ? name : `${name} ${idPart}`;
}

function tokenCell(candidate: CredentialCandidate): string {
  if (candidate.source === 'request') return 'None: no token for this role and user';
  return namedRecord(candidate.tokenName, candidate.tokenId);
}

function rerunCell(
  candidate: CredentialCandidate,
  inputs: ReadinessReport['inputs'],
  rerunUrl: RerunUrlBuilder,
): string {
  const href = safeHref(
    rerunUrl({
      integrationName: inputs.integrationName,
      roleId: candidate.roleId,
      userId: candidate.userId,
      scoreFieldIds: inputs.scoreFieldIds,
    }),
  );
  return href === null ? '' : `<a href="${escapeHtml(href)}">Audit this role and user</a>`;
}

/**
 * A candidate's failed blockers counted as the verdict counts them: its own credential checks
 * plus the account-wide ones (features, integration record) that fail for every candidate.
 */
function blockersCell(candidate: CredentialCandidate, accountWide: number): string {
  const total = candidate.blockersFailed + accountWide;
  if (total === 0) return '0 (none)';
  return accountWide === 0 ? String(total) : `${total} (${accountWide} account-wide)`;
}

function candidateRow(
  candidate: CredentialCandidate,
  inputs: ReadinessReport['inputs'],
  rerunUrl: RerunUrlBuilder | undefined,
  accountWide: number,
): string {
  const blockers = blockersCell(candidate, accountWide);
  const cells = [
    escapeHtml(tokenCell(candidate)),
    escapeHtml(namedRecord(candidate.userName, candidate.userId)),
    escapeHtml(namedRecord(candidate.roleName, candidate.roleId)),
    escapeHtml(blockers),
    ...(rerunUrl === undefined ? [] : [rerunCell(candidate, inputs, rerunUrl)]),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/** The candidates table, best first, with a re-run link per row when `rerunUrl` is given. */
export function renderCandidates(report: ReadinessReport, rerunUrl: RerunUrlBuilder | undefined): string {
  const intro =
    '<h3>Tokens, users and roles examined</h3>' +
    "<p>Each row is a user and role Act-On's token could run as; the credential checks above are the first row's.</p>";
  if (report.candidates.length === 0) {
    const none = '<p>No access token for the integration was found and no role was asked about.</p>';
    return `<section class="ar-candidates-section">${intro}${none}</section>`;
  }
  const headings = ['Access token', 'User', 'Role', 'Blockers failed', ...(rerunUrl === undefined ? [] : ['Re-run'])];
  const accountWide = report.checks.filter(
    (check) => check.severity === 'blocker' && check.status === 'fail' && check.section !== 'credentials',
  ).length;
  const rows = report.candidates
    .map((candidate) => candidateRow(candidate, report.inputs, rerunUrl, accountWide))
    .join('');
  const omitted =
    report.candidatesOmitted === 0
      ? ''
      : `<p>${escapeHtml(String(report.candidatesOmitted))} more not shown; ask about a role and user to audit ` +
        `one of them.</p>`;
  return (
    `<section class="ar-candidates-section">${intro}<table class="ar-candidates">` +
    `<thead><tr>${headings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows}</tbody></table>${omitted}</section>`
  );
}

function environmentText(account: AccountIdentity): string {
  const label = ENVIRONMENT_LABELS.get(account.environment);
  return label === undefined ? account.environment : `${label} (${account.environment})`;
}

/** The Account ID block: the value to type into Act-On, large, and the forms it must not be confused with. */
export function renderAccountIdentity(account: AccountIdentity): string {
  const facts: readonly (readonly [string, string])[] = [
    ['Host form', `<code>${escapeHtml(account.hostId)}</code>`],
    ['UI host', `<code>${escapeHtml(account.uiHost)}</code>`],
    ['RESTlet host', `<code>${escapeHtml(account.restletHost)}</code>`],
    ['Environment', escapeHtml(environmentText(account))],
    ['NetSuite version', escapeHtml(account.netsuiteVersion)],
  ];
  return (
    '<section class="ar-account"><h3>Account ID for Act-On</h3>' +
    '<p>In Act-On, go to Settings &gt; Connectors &gt; CRM &gt; NetSuite and type this exactly as shown:</p>' +
    `<div class="ar-account-id" data-account-id="${escapeHtml(account.actOnAccountId)}">${escapeHtml(account.actOnAccountId)}</div>` +
    `<dl class="ar-facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>` +
    '<p>Act-On takes the upper-case form with an underscore; host names use lower case with a hyphen. ' +
    'Typing the host form into Act-On makes every login fail with "InvalidSignature".</p></section>'
  );
}

/**
 * What each statement read, collapsed under its title (open in print): what an administrator
 * sends back when the report disagrees with the account.
 */
export function renderAuditDetails(probes: readonly StatementDiagnostic[], open: boolean): string {
  if (probes.length === 0) return '';
  const items = probes
    .map(
      (probe) =>
        `<li><strong>${escapeHtml(probe.subject)}</strong>: ${escapeHtml(probeOutcomeText(probe))}` +
        `<pre class="ar-statement">${escapeHtml(foldedStatement(probe))}</pre></li>`,
    )
    .join('');
  return (
    `<details class="ar-audit-details"${open ? ' open="open"' : ''}><summary>${escapeHtml(auditDetailsTitle(probes))}</summary>` +
    `<p>${escapeHtml(AUDIT_DETAILS_INTRO)}</p><ol>${items}</ol></details>`
  );
}

/** What the audit cost the account. */
export function renderUsage(usage: ReadinessReport['usage']): string {
  return (
    '<section class="ar-usage"><h3>Audit cost</h3>' +
    (`<p>This audit ran ${escapeHtml(String(usage.queries))} queries and used ` +
      `${escapeHtml(String(usage.governanceUnits))} `) +
    ('governance units (a Suitelet may use 1000 per request). It only reads: nothing in the account was ' +
      'changed.</p></section>')
  );
}
