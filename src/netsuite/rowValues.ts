/**
 * Pure readers of single SuiteQL result values: 'T'/'F' flags, internal ids given as numbers or
 * numeric text, `YYYY-MM-DD HH24:MI:SS` date-times. A value that is not what the column must
 * hold throws {@link MalformedRowError}, which the row mappers turn into a failed probe.
 */
import type { QueryResultValue } from 'N/query';
import type { PermissionLevel } from '../core/snapshot';

/** A result row as the row readers see it. */
export type ResultRow = Readonly<Record<string, QueryResultValue | undefined>>;

/** A value in a result row that the column cannot hold; the message names the column and the value. */
export class MalformedRowError extends Error {
  constructor(column: string, value: unknown, expected: string) {
    super(`column "${column}" holds ${quoteValue(value)}, expected ${expected}`);
    this.name = 'MalformedRowError';
  }
}

/**
 * A column the statement selects but the answer lacks: NetSuite answered something other than
 * what was asked, so nothing read from the row can be trusted (an absent column is not an
 * empty one: reading it as empty would turn "unknown" into a confident finding).
 */
export class MissingColumnError extends MalformedRowError {
  constructor(column: string) {
    super(column, undefined, 'a value');
    this.message = `column "${column}" is missing from NetSuite's answer`;
    this.name = 'MissingColumnError';
  }
}

/** The row's value for the column, which must be there (own property: the row comes from the account). */
function valueOf(row: ResultRow, column: string): QueryResultValue | undefined {
  if (!Object.prototype.hasOwnProperty.call(row, column)) throw new MissingColumnError(column);
  return row[column];
}

const MAX_QUOTED_LENGTH = 40;

/** Scalar values as text; anything else (never expected from SuiteQL) by its type. */
function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value.toString();
  // The ES2019 lib declares no BigInt methods; ids fit a double anyway.
  if (typeof value === 'bigint') return Number(value).toString();
  return `a value of type ${typeof value}`;
}

function quoteValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  const text = valueText(value);
  return JSON.stringify(text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text);
}

const INTEGER_TEXT = /^-?[0-9]{1,15}$/;
const SUITEQL_DATE_TIME = /^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})$/;

function isEmpty(value: QueryResultValue | undefined): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/**
 * An integer given as a number, numeric text or bigint; null when empty, the error when it is none.
 * NetSuite has negative ids (system entities).
 */
function optionalIntegerOrError(row: ResultRow, column: string): number | null | MalformedRowError {
  const value = valueOf(row, column);
  if (isEmpty(value)) return null;
  // Number.isSafeInteger is false for anything but a number (numeric text included).
  if (Number.isSafeInteger(value)) return Number(value);
  if (typeof value === 'bigint' && Number.isSafeInteger(Number(value))) return Number(value);
  // Number() ignores the spaces around the digits as trim() does.
  if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) return Number(value);
  return new MalformedRowError(column, value, 'a whole number');
}

/** An integer given as a number, numeric text or bigint; null when empty. NetSuite has negative ids (system entities). */
export function readOptionalInteger(row: ResultRow, column: string): number | null {
  const value = optionalIntegerOrError(row, column);
  if (value instanceof MalformedRowError) throw value;
  return value;
}

/** A required integer (internal id or count). */
export function readInteger(row: ResultRow, column: string): number {
  const value = readOptionalInteger(row, column);
  if (value === null) throw new MalformedRowError(column, row[column], 'a whole number');
  return value;
}

/** A checkbox: 'T' or 'F'. Empty counts as unchecked, as NetSuite shows an empty checkbox. */
export function readFlag(row: ResultRow, column: string): boolean {
  const value = valueOf(row, column);
  if (value === 'T' || value === true) return true;
  if (value === 'F' || value === false || isEmpty(value)) return false;
  throw new MalformedRowError(column, value, "'T' or 'F'");
}

/** Text, trimmed; null when empty. */
export function readOptionalText(row: ResultRow, column: string): string | null {
  const value = valueOf(row, column);
  if (isEmpty(value)) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return value.toString();
  if (typeof value === 'bigint') return Number(value).toString();
  throw new MalformedRowError(column, value, 'text');
}

/** A display name; an empty name reads as '' so one unnamed record does not hide the others. */
export function readName(row: ResultRow, column: string): string {
  return readOptionalText(row, column) ?? '';
}

/**
 * A name exactly as NetSuite stores it, spaces kept; '' when empty. Integration names are looked
 * for in the Login Audit Trail by their stored text, so " actontba " must stay " actontba ".
 */
export function readStoredName(row: ResultRow, column: string): string {
  const value = row[column];
  if (typeof value === 'string') return value.trim() === '' ? '' : value;
  return readName(row, column);
}

/** Converts `YYYY-MM-DD HH:MM:SS` into ISO `YYYY-MM-DDTHH:MM:SSZ`; null when it is not a real date-time. */
export function suiteQLDateTimeToIso(text: string): string | null {
  const parts = SUITEQL_DATE_TIME.exec(text.trim());
  if (parts === null) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-30 over into March: a round trip catches impossible dates.
  const roundTrip = instant.toISOString().slice(0, 19);
  const iso = `${text.trim().slice(0, 10)}T${text.trim().slice(11, 19)}`;
  return roundTrip === iso ? `${iso}Z` : null;
}

/** A date-time converted with TO_CHAR; null when empty. */
export function readOptionalDateTime(row: ResultRow, column: string): string | null {
  const value = valueOf(row, column);
  if (isEmpty(value)) return null;
  const iso = typeof value === 'string' ? suiteQLDateTimeToIso(value) : null;
  if (iso === null) throw new MalformedRowError(column, value, "a date-time 'YYYY-MM-DD HH24:MI:SS'");
  return iso;
}

/** A required date-time. */
export function readDateTime(row: ResultRow, column: string): string {
  const iso = readOptionalDateTime(row, column);
  if (iso === null) throw new MalformedRowError(column, row[column], "a date-time 'YYYY-MM-DD HH24:MI:SS'");
  return iso;
}

/** Narrows a number to a permission level (NONE 0 … FULL 4); null when it is not one. */
export function toPermissionLevel(value: unknown): PermissionLevel | null {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
}

/** A permission level 0..4, or the error saying why the column holds none (returned, not thrown). */
export function permissionLevelOrError(row: ResultRow, column: string): PermissionLevel | MalformedRowError {
  const value = optionalIntegerOrError(row, column);
  if (value instanceof MalformedRowError) return value;
  return toPermissionLevel(value) ?? new MalformedRowError(column, row[column], 'a permission level 0 to 4');
}

/**
 * Parses `employee.rolesforsearch` ("3, 1001") into role ids; empty text means no roles.
 * Returns null when an item is not an id (e.g. a role name).
 */
export function parseRoleIdList(text: string | null): number[] | null {
  if (text === null || text.trim() === '') return [];
  const items = text.split(',').map((item) => item.trim());
  if (!items.every((item) => /^[0-9]{1,15}$/.test(item))) return null;
  return Array.from(new Set(items.map(Number)));
}
