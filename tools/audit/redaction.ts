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

/**
 * Walks the value with an explicit stack, not recursion: a remote answer nested thousands of
 * levels deep must not exhaust the call stack and take the whole run with it.
 */
function redactValue(root: unknown, redact: Redactor): unknown {
  const copyOf = (value: unknown): unknown => {
    if (typeof value === 'string') return redact(value);
    if (Array.isArray(value)) return new Array<unknown>(value.length);
    if (typeof value !== 'object' || value === null) return value;
    return new Map<string, unknown>();
  };
  interface Frame {
    readonly copy: unknown;
    readonly entries: readonly (readonly [string | number, unknown])[];
    index: number;
    readonly assign: (result: unknown) => void;
  }
  let result: unknown = copyOf(root);
  const frameOf = (source: unknown, copy: unknown, assign: (value: unknown) => void): Frame | null => {
    if (Array.isArray(source)) return { copy, entries: source.map((item, i) => [i, item] as const), index: 0, assign };
    if (typeof source === 'object' && source !== null)
      return { copy, entries: Object.entries(source), index: 0, assign };
    return null;
  };
  const rootFrame = frameOf(root, result, (value) => {
    result = value;
  });
  const stack: Frame[] = rootFrame === null ? [] : [rootFrame];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.index >= frame.entries.length) {
      stack.pop();
      frame.assign(frame.copy instanceof Map ? Object.fromEntries(frame.copy) : frame.copy);
      continue;
    }
    const [key, item] = frame.entries[frame.index] as readonly [string | number, unknown];
    frame.index += 1;
    const itemCopy = copyOf(item);
    const store = (value: unknown): void => {
      if (frame.copy instanceof Map) frame.copy.set(redact(String(key)), value);
      else (frame.copy as unknown[])[key as number] = value;
    };
    const child = frameOf(item, itemCopy, store);
    if (child === null) store(itemCopy);
    else stack.push(child);
  }
  return result;
}
