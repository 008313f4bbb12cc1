/**
 * Messages every check may use: a fact the audit could not read. A check's own messages never
 * reuse these ids (a test pins it).
 */
import type { FindingData, Message } from './define';

/** NetSuite's reason a read failed, and its error code (null when it gave none). */
type Reason = { readonly reason: string; readonly code: string | null };

/** The sentence for what could not be read, quoting the reason and a code the reason does not name. */
export function unreadableSentence(data: Reason & { readonly what: string }): string {
  const reason = data.reason.trim().replace(/[.\s]+$/, '');
  // Every reason includes the empty text, so an empty code is left out too.
  const code = data.code !== null && !reason.includes(data.code) ? ` (${data.code})` : '';
  return `${data.what} could not be read: ${reason === '' ? 'no reason was given' : reason}${code}.`;
}

/** The sources of facts a rule may report unread, and how a sentence names each. */
const UNREAD_SOURCES = {
  integrationRecords: 'The list of integration records',
  integrationState: 'The state of the integration record',
  accessTokens: 'The access tokens',
  loginAuditTrail: 'The Login Audit Trail',
  loginAddresses: "The addresses of Act-On's token logins",
  ipAddressRulesFeature: 'The IP Address Rules feature (IPADDRESSRULES)',
  oauth2Feature: 'The OAuth 2.0 feature',
  roles: 'The roles',
} as const;

export type UnreadSource = keyof typeof UNREAD_SOURCES;

/** What could not be read: one of the sources above, or a feature by its NetSuite id. */
export type UnreadableData = Reason & ({ readonly source: UnreadSource } | { readonly feature: string });

function unreadable(data: UnreadableData): string {
  const what = 'source' in data ? UNREAD_SOURCES[data.source] : `Feature ${data.feature}`;
  return unreadableSentence({ what, reason: data.reason, code: data.code });
}

export const SHARED_MESSAGES = {
  unreadable,
} as const satisfies Readonly<Record<string, Message<never>>>;

/** A finding that a source (or a feature) could not be read, from a probe's failure. */
export function unreadableFinding(
  what: { readonly source: UnreadSource } | { readonly feature: string },
  failure: { readonly reason: string; readonly code?: string },
): { readonly id: 'unreadable'; readonly data: UnreadableData & FindingData } {
  return { id: 'unreadable', data: { ...what, reason: failure.reason, code: failure.code ?? null } };
}
