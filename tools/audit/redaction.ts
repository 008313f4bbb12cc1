/**
 * Keeps secrets out of everything the tool prints or writes. Every error path passes its text
 * through a redactor that knows the run's secret values, in the forms they travel in (as is,
 * and percent-encoded as in the Authorization header).
 */
import { percentEncode } from './restletUrl';

export const REDACTED = '[redacted]';

/** Shorter values are not treated as secrets: redacting them would garble ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** Replaces secret values in a text. */
export type Redactor = (text: string) => string;

/**
 * A redactor for the given secret values. Longest first, so a secret that contains another is
 * removed whole; plain substring search keeps it fast over large outputs and many accounts.
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(percentEncode(secret));
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((redacted, form) => (redacted.includes(form) ? redacted.split(form).join(REDACTED) : redacted), text);
}
