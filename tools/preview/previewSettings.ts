/**
 * The preview server's settings, read from the environment: the port (`PORT`) and the clock
 * the demo accounts are audited at (`NOW`). Bad values are refused with a sentence saying what
 * to type instead, never silently replaced.
 */

/** The port `npm start` listens on when `PORT` is not set. */
export const DEFAULT_PORT = 4300;

/**
 * "Now" for the bundled demo accounts: their logins and tokens date from 2026-11-20..26, so a
 * fixed clock just after keeps every demo's 30-day login window (and verdict) from decaying.
 */
export const DEMO_CLOCK = new Date('2026-11-27T12:00:00Z');

/** A setting the environment gives in a form the preview cannot use. */
export class PreviewSettingsError extends Error {
  override readonly name = 'PreviewSettingsError';
}

/** Where the preview's clock came from: the fixed demo date, or the `NOW` variable. */
export type ClockSource = 'demo' | 'environment';

export interface PreviewSettings {
  readonly port: number;
  readonly now: Date;
  readonly clockSource: ClockSource;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The port to listen on: `PORT` as a whole number from 0 to 65535 (0 lets the system choose),
 * or {@link DEFAULT_PORT} when it is unset or empty.
 * @throws PreviewSettingsError for anything else
 */
export function portFrom(raw: string | undefined): number {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new PreviewSettingsError(
      `PORT=${JSON.stringify(raw)} is not a port: use a whole number from 1 to 65535 (0 picks a free one).`,
    );
  }
  return port;
}

/**
 * The instant the demo accounts are audited at: `NOW` as an ISO-8601 date or date-time with a
 * zone (`2026-11-27` or `2026-11-27T12:00:00Z`), or {@link DEMO_CLOCK} when unset or empty.
 * @throws PreviewSettingsError for any other text, or a date that does not exist (2026-02-30)
 */
export function clockFrom(raw: string | undefined): { readonly now: Date; readonly clockSource: ClockSource } {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return { now: DEMO_CLOCK, clockSource: 'demo' };
  const match = ISO_DATE_TIME.exec(trimmed);
  const now = new Date(trimmed);
  // Date() rolls 2026-02-30 over to March; a date that does not exist is refused instead.
  const datePart = match?.[1];
  const exists =
    datePart !== undefined &&
    !Number.isNaN(now.getTime()) &&
    new Date(`${datePart}T00:00:00Z`).toISOString().startsWith(datePart);
  if (!exists) {
    throw new PreviewSettingsError(
      `NOW=${JSON.stringify(raw)} is not an ISO-8601 date-time: use e.g. 2026-11-27T12:00:00Z (or leave NOW ` +
        `unset for the demo clock).`,
    );
  }
  return { now, clockSource: 'environment' };
}

/**
 * The settings from an environment such as `process.env`.
 * @throws PreviewSettingsError naming the first bad variable
 */
export function previewSettingsFrom(environment: Readonly<Record<string, string | undefined>>): PreviewSettings {
  return { port: portFrom(environment.PORT), ...clockFrom(environment.NOW) };
}
