/**
 * Date-times in the emulated database. They are stored as UTC text `YYYY-MM-DDTHH:MM:SSZ`,
 * which sorts and compares like the instants it names. The SuiteQL functions TO_CHAR and
 * TO_DATE (registered on SQLite) convert with the two formats the collector uses; a raw
 * date-time column comes back as NetSuite shows it to a user, so a script that forgets
 * TO_CHAR meets the same text it would meet in NetSuite.
 */

const STORED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** The date-time formats TO_CHAR and TO_DATE accept (Oracle format models, case-insensitive). */
export const SUPPORTED_DATE_FORMATS = ['YYYY-MM-DD HH24:MI:SS', 'YYYY-MM-DD'] as const;

/** Thrown by TO_CHAR/TO_DATE; SQLite reports the message as the statement's error. */
export class DateConversionError extends Error {
  override readonly name = 'DateConversionError';
}

/** The stored form of an ISO-8601 date-time (seconds precision, UTC). */
export function toStoredDateTime(iso: string): string {
  if (STORED_DATE_TIME.test(iso)) return iso; // already UTC to the second: most scenario dates
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new DateConversionError(`"${iso}" is not a date-time`);
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/** True when a value read from the database is a stored date-time. */
export function isStoredDateTime(value: unknown): value is string {
  return typeof value === 'string' && STORED_DATE_TIME.test(value);
}

function supportedFormat(format: unknown, functionName: string): (typeof SUPPORTED_DATE_FORMATS)[number] {
  const normalised = typeof format === 'string' ? format.trim().toUpperCase() : format;
  const match = SUPPORTED_DATE_FORMATS.find((supported) => supported === normalised);
  if (!match) {
    throw new DateConversionError(
      `${functionName} format ${JSON.stringify(format)} is not emulated; use ` +
        `${SUPPORTED_DATE_FORMATS.map((f) => `'${f}'`).join(' or ')}`,
    );
  }
  return match;
}

/** SuiteQL `TO_CHAR(dateTime, format)`: null stays null; the value must be a date-time. */
export function toChar(value: unknown, format: unknown): string | null {
  if (value === null || value === undefined) return null;
  const model = supportedFormat(format, 'TO_CHAR');
  if (!isStoredDateTime(value))
    throw new DateConversionError(`TO_CHAR expects a date-time, got ${JSON.stringify(value)}`);
  const text = value.slice(0, 19).replace('T', ' ');
  return model === 'YYYY-MM-DD' ? text.slice(0, 10) : text;
}

const DATE_TIME_TEXT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** SuiteQL `TO_DATE(text, format)`: the stored form, or an error when the text does not fit. */
export function toDate(text: unknown, format: unknown): string | null {
  if (text === null || text === undefined) return null;
  const model = supportedFormat(format, 'TO_DATE');
  const match =
    typeof text === 'string' ? (model === 'YYYY-MM-DD' ? DATE_TEXT : DATE_TIME_TEXT).exec(text.trim()) : null;
  if (!match) throw new DateConversionError(`TO_DATE: ${JSON.stringify(text)} does not match the format '${model}'`);
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const instant = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second));
  const roundTrips =
    instant.getUTCFullYear() === year &&
    instant.getUTCMonth() === (month ?? 1) - 1 &&
    instant.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!roundTrips) throw new DateConversionError(`TO_DATE: ${JSON.stringify(text)} is not a valid date-time`);
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/**
 * How NetSuite shows a date-time to a user with the default preferences (`M/D/YYYY h:mm am`);
 * the emulated account's time zone is UTC.
 */
export function toUserDateTime(stored: string): string {
  const match = STORED_DATE_TIME.exec(stored);
  if (!match) return stored;
  const [, year, month, day, hour, minute] = match;
  const hours = Number(hour);
  const twelveHour = hours % 12 === 0 ? 12 : hours % 12;
  return `${Number(month)}/${Number(day)}/${year} ${twelveHour}:${minute} ${hours < 12 ? 'am' : 'pm'}`;
}
