/**
 * The watch's recipients parameter: e-mail addresses and/or employee internal ids, separated by
 * commas, semicolons or spaces. Empty means the Email sender. NetSuite's email.send takes
 * at most 10 recipients, so any beyond are reported rather than silently dropped.
 */

/** email.send's limit on recipients (to, cc and bcc together). */
export const MAX_EMAIL_RECIPIENTS = 10;

export type Recipient =
  { readonly kind: 'email'; readonly address: string } | { readonly kind: 'employee'; readonly id: number };

export interface ParsedRecipients {
  readonly recipients: readonly Recipient[];
  /** Entries that were neither an address nor an id, or beyond the limit, as typed (shortened). */
  readonly rejected: readonly string[];
}

const EMAIL_ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
const INTERNAL_ID = /^[1-9]\d{0,9}$/;

function parseEntry(entry: string): Recipient | null {
  if (INTERNAL_ID.test(entry)) return { kind: 'employee', id: Number(entry) };
  return EMAIL_ADDRESS.test(entry) && entry.length <= 254 ? { kind: 'email', address: entry } : null;
}

/** Reads the parameter; `ownerId` is who gets the email when it names nobody usable. */
export function parseRecipients(parameter: string | null, ownerId: number): ParsedRecipients {
  // Runs of separators split into empty entries, which the filter drops.
  const entries = (parameter ?? '').split(/[\s,;]/).filter((entry) => entry !== '');
  const recipients: Recipient[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const recipient = parseEntry(entry);
    if (recipient === null || recipients.length >= MAX_EMAIL_RECIPIENTS) {
      rejected.push(entry.slice(0, 60));
      continue;
    }
    const key = recipient.kind === 'email' ? recipient.address.toLowerCase() : String(recipient.id);
    if (!seen.has(key)) {
      seen.add(key);
      recipients.push(recipient);
    }
  }
  if (recipients.length === 0 && ownerId > 0) recipients.push({ kind: 'employee', id: ownerId });
  return { recipients, rejected };
}
