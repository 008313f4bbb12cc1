/**
 * Small, typed shape descriptions for validating parsed JSON, so a document read from disk
 * is checked field by field and a mismatch is reported as "path: expected X, found Y".
 * The type parameter ties each description to the TypeScript type it proves.
 */

export interface Shape<T> {
  /** What a matching value is, in words ("a string", "one of ..."). */
  readonly expected: string;
  /** The first mismatch as a message, or null when `value` has this shape. */
  readonly mismatch: (value: unknown, path: string) => string | null;
  /** Never set: carries `T` for the compiler. */
  readonly proves?: T;
}

const MAX_SHOWN_LENGTH = 40;

/** A value described briefly for an error message. */
function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function mismatchMessage(path: string, expected: string, value: unknown): string {
  const where = path === '' ? 'The document' : path;
  return `${where}: expected ${expected}, found ${describeFound(value)}`;
}

function primitive<T>(expected: string, accepts: (value: unknown) => boolean): Shape<T> {
  return {
    expected,
    mismatch: (value, path) => (accepts(value) ? null : mismatchMessage(path, expected, value)),
  };
}

export const textShape: Shape<string> = primitive('a string', (value) => typeof value === 'string');

/** Counts and internal ids: whole numbers, zero or more. */
export const wholeNumberShape: Shape<number> = primitive(
  'a whole number (0 or more)',
  (value) => typeof value === 'number' && Number.isInteger(value) && value >= 0,
);

/** One of a fixed list of strings. */
export function oneOfShape<const V extends string>(values: readonly V[]): Shape<V> {
  const expected = `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return primitive<V>(expected, (value) => typeof value === 'string' && (values as readonly string[]).includes(value));
}

export function nullableShape<T>(shape: Shape<T>): Shape<T | null> {
  return {
    expected: `null or ${shape.expected}`,
    mismatch: (value, path) => (value === null ? null : shape.mismatch(value, path)),
  };
}

/** A field that may be absent (fields added to the format after its first version). */
export function optionalShape<T>(shape: Shape<T>): Shape<T | undefined> {
  return {
    expected: `nothing or ${shape.expected}`,
    mismatch: (value, path) => (value === undefined ? null : shape.mismatch(value, path)),
  };
}

/** true or false. */
export const booleanShape: Shape<boolean> = primitive('true or false', (value) => typeof value === 'boolean');

export function arrayShape<T>(item: Shape<T>): Shape<readonly T[]> {
  const expected = 'an array';
  return {
    expected,
    mismatch: (value, path) => {
      if (!Array.isArray(value)) return mismatchMessage(path, expected, value);
      for (let index = 0; index < value.length; index += 1) {
        const problem = item.mismatch(value[index], `${path}[${index}]`);
        if (problem !== null) return problem;
      }
      return null;
    },
  };
}

/** An object with at least these fields (unknown extra fields are allowed: the format only grows). */
export function objectShape<T extends object>(fields: { readonly [K in keyof T]-?: Shape<T[K]> }): Shape<T> {
  const expected = 'an object';
  return {
    expected,
    mismatch: (value, path) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return mismatchMessage(path, expected, value);
      }
      const record = value as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(fields) as (keyof T & string)[]) {
        const fieldPath = path === '' ? key : `${path}.${key}`;
        const problem = fields[key].mismatch(record[key], fieldPath);
        if (problem !== null) return problem;
      }
      return null;
    },
  };
}

/** Plain JSON data: an object whose values are strings, finite numbers, booleans, null, arrays or such objects. */
export const jsonDataShape: Shape<{ readonly [key: string]: JsonValue }> = {
  expected: 'an object of plain values',
  mismatch: (value, path) => (isJsonObject(value) ? null : mismatchMessage(path, 'an object of plain values', value)),
};

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isJsonObject(value);
}

function isJsonObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(isJsonValue);
}
