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
  return (text) =>
    ordered.reduce(
      (redacted, form) => (redacted.includes(form) ? redacted.split(form).join(REDACTED) : redacted),
      text,
    );
}

/**
 * The same value with the redactor applied to every string in it (object keys included), so a
 * secret echoed by a server is removed before any renderer escapes it into another form.
 */
export function redactStrings<T>(value: T, redact: Redactor): T {
  return redactValue(value, redact) as T;
}

function redactValue(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item, redact));
  if (typeof value !== 'object' || value === null) return value;
  const copy = new Map<string, unknown>();
  for (const [key, item] of Object.entries(value)) copy.set(redact(key), redactValue(item, redact));
  return Object.fromEntries(copy);
}
