/**
 * Messages every check may use: a fact the audit could not read. A check's own messages never
 * reuse these ids (a test pins it).
 */
import type { FindingData, Message } from './define';

/** What could not be read, NetSuite's reason and its error code when the reason does not name it. */
export type UnreadableData = { readonly what: string; readonly reason: string; readonly code: string | null };

function unreadable(data: UnreadableData): string {
  const reason = data.reason.trim().replace(/[.\s]+$/, '');
  // Every reason includes the empty text, so an empty code is left out too.
  const code = data.code !== null && !reason.includes(data.code) ? ` (${data.code})` : '';
  return `${data.what} could not be read: ${reason === '' ? 'no reason was given' : reason}${code}.`;
}

export const SHARED_MESSAGES = {
  unreadable,
} as const satisfies Readonly<Record<string, Message<never>>>;

/** A finding that `what` could not be read, from a probe's failure. */
export function unreadableFinding(
  what: string,
  failure: { readonly reason: string; readonly code?: string },
): { readonly id: 'unreadable'; readonly data: UnreadableData & FindingData } {
  return { id: 'unreadable', data: { what, reason: failure.reason, code: failure.code ?? null } };
}
