/**
 * A report document of unknown origin (a file handed on, a remote answer) made safe to link
 * from: its fix links may only lead to NetSuite over https, and `/app/` paths are based on the
 * account's own NetSuite host, worked out from its id, never on the `uiHost` the document names.
 */
import { toHostId } from '../core/accountIdentity';
import type { ReportDocument, ReportDocumentCheck, ReportDocumentFixStep } from './reportDocument';

/** Account ids as NetSuite writes them (`1234567`, `1234567_SB1`, the host form `1234567-sb1`). */
const ACCOUNT_ID = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;
const NETSUITE_UI_PATH = /^\/app\/[^\s<>"'`\\]*$/;

/** An https URL: host name (no user name or password), optional port, then a path, query or fragment. */
const HTTPS_URL = /^https:\/\/([A-Za-z0-9.-]+)(?::\d{1,5})?(?:[/?#][^\s<>"'`\\]*)?$/;

/** True for an https URL on netsuite.com or one of its subdomains. */
export function isNetSuiteHttpsUrl(href: string): boolean {
  const host = HTTPS_URL.exec(href.trim())?.[1]?.toLowerCase();
  return host !== undefined && (host === 'netsuite.com' || host.endsWith('.netsuite.com'));
}

/** The account's UI host from its id (`1234567-sb1.app.netsuite.com`); '' when the id is not an account id. */
function uiHostOf(accountId: string): string {
  return ACCOUNT_ID.test(accountId.trim()) ? `${toHostId(accountId)}.app.netsuite.com` : '';
}

/** An href kept only when it is a NetSuite UI path or an https NetSuite URL; '' (shown as text, not a link) otherwise. */
function confinedHref(href: string): string {
  return NETSUITE_UI_PATH.test(href.trim()) || isNetSuiteHttpsUrl(href) ? href : '';
}

function confineCheck(check: ReportDocumentCheck): ReportDocumentCheck {
  if (check.fix === null) return check;
  return {
    ...check,
    fix: { ...check.fix, links: check.fix.links.map((link) => ({ label: link.label, href: confinedHref(link.href) })) },
  };
}

function confineStep(step: ReportDocumentFixStep): ReportDocumentFixStep {
  return { ...step, links: step.links.map((link) => ({ label: link.label, href: confinedHref(link.href) })) };
}

/** The document with links (fixes' and the fix plan's) confined to NetSuite and its UI host taken from the account id. */
export function confineLinksToNetSuite(document: ReportDocument): ReportDocument {
  const plan = document.fixPlan === undefined ? {} : { fixPlan: document.fixPlan.map(confineStep) };
  return {
    ...document,
    account: { ...document.account, uiHost: uiHostOf(document.account.id) },
    checks: document.checks.map(confineCheck),
    ...plan,
  };
}
