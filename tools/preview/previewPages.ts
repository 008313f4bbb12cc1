/**
 * The preview's own pages, outside any emulated NetSuite page: the landing page with the demo
 * account picker, "not found" (with the picker), and the error page. Every value is escaped;
 * error pages carry a message written for a person, never a stack trace.
 */
import type { Verdict } from '../../src/core/report';
import { timeInWords } from '../../src/core/timeWords';
import { escapeHtml } from '../../src/render/escape';
import { VERDICT_PRESENTATION } from '../../src/render/statusPresentation';
import type { ClockSource } from './previewSettings';
import { PAGE_CSS } from './previewStyles';

/** One demo account as a picker lists it. */
export interface AccountListing {
  readonly id: string;
  readonly title: string;
  /** Opens the Suitelet on this account. */
  readonly href: string;
  /** The scenario's description, when the account is loaded (null for one not loaded yet). */
  readonly description: string | null;
  /** The Suitelet's verdict for its default inputs, when known. */
  readonly verdict: Verdict | null;
  /** Why there is no verdict or description (e.g. "loads on first use"), or null. */
  readonly note: string | null;
}

/** "27 Nov 2026, 12:00 UTC", in the words the report uses. */
export function clockText(now: Date): string {
  return timeInWords(now.toISOString());
}

/** The clock the audits run at, in a few words (the banner): "Demo clock: 27 Nov 2026, 12:00 UTC". */
export function clockLabel(now: Date, source: ClockSource): string {
  return `${source === 'demo' ? 'Demo clock' : 'Clock (NOW)'}: ${clockText(now)}`;
}

/** The clock the audits run at, in a sentence that says why (the landing page, the terminal). */
export function clockSentence(now: Date, source: ClockSource): string {
  return source === 'demo'
    ? `${clockLabel(now, source)}, fixed so the demo accounts' recent logins stay recent (set NOW to change it).`
    : `${clockLabel(now, source)}, from the NOW variable.`;
}

/** A verdict as a badge: icon and words, colour only as a class. */
export function verdictBadge(verdict: Verdict): string {
  const presentation = VERDICT_PRESENTATION[verdict];
  return (
    `<span class="pv-verdict pv-tone-${presentation.tone}" data-verdict="${verdict}">` +
    `<span aria-hidden="true">${escapeHtml(presentation.icon)}</span> ${escapeHtml(presentation.label)}</span>`
  );
}

function renderListing(listing: AccountListing): string {
  const badge = listing.verdict === null ? '' : verdictBadge(listing.verdict);
  const description =
    listing.description === null || listing.description === '' ? '' : `<p>${escapeHtml(listing.description)}</p>`;
  const note = listing.note === null ? '' : `<p><em>${escapeHtml(listing.note)}</em></p>`;
  return (
    `<li class="pv-account" data-scenario="${escapeHtml(listing.id)}">` +
    `<a href="${escapeHtml(listing.href)}">${escapeHtml(listing.title)}</a>${badge}${description}${note}</li>`
  );
}

/** The demo accounts as a list of links. */
export function renderAccountList(listings: readonly AccountListing[]): string {
  return `<ol class="pv-accounts" aria-label="Demo accounts">${listings.map(renderListing).join('')}</ol>`;
}

function previewDocument(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head>`,
    `<body><main class="pv-page">${body}</main></body></html>`,
  ].join('\n');
}

/** The landing page: what the preview is, and the demo accounts to pick from. */
export function landingPage(listings: readonly AccountListing[], clock: string): string {
  return previewDocument(
    'Act-On Readiness: local preview',
    [
      '<h1>Act-On Readiness: local preview</h1>',
      '<p>This runs the readiness Suitelet exactly as it is deployed (the compiled files under ' +
        '<code>FileCabinet/SuiteScripts/acton_readiness/</code>) in a local NetSuite emulator, against demo accounts ' +
        'described in <code>scenarios/</code>. Nothing is sent to NetSuite and nothing is changed.</p>',
      '<p>Pick an account to see the page an administrator would see: the verdict, each check with its evidence ' +
        'and fix, ' +
        'the downloads, and the form to re-run the audit for another integration, role or user.</p>',
      `<p>${escapeHtml(clock)}</p>`,
      '<h2>Demo accounts</h2>',
      renderAccountList(listings),
    ].join('\n'),
  );
}

/** A 404 page: what was not found, and the demo accounts that are. */
export function notFoundPage(message: string, listings: readonly AccountListing[]): string {
  return previewDocument(
    'Not found: Act-On Readiness preview',
    `<h1>Not found</h1><p class="pv-message" role="alert">${escapeHtml(message)}</p>` +
      `<h2>Demo accounts</h2>${renderAccountList(listings)}<p><a href="/">Back to the preview's start page</a></p>`,
  );
}

/** An error page: a heading and a message for a person; the details stay in the terminal. */
export function errorPage(heading: string, message: string): string {
  return previewDocument(
    `${heading}: Act-On Readiness preview`,
    `<h1>${escapeHtml(heading)}</h1><p class="pv-message" role="alert">${escapeHtml(message)}</p>` +
      '<p>The terminal running the preview shows the details.</p><p><a href="/">Back to the demo accounts</a></p>',
  );
}
