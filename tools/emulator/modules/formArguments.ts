/**
 * serverWidget's enums with NetSuite's string values, and the argument checks its calls share:
 * a value outside an enum, a missing text or a malformed id is refused as NetSuite refuses it.
 */

export const FIELD_TYPES = [
  'CHECKBOX',
  'CURRENCY',
  'DATE',
  'DATETIME',
  'DATETIMETZ',
  'EMAIL',
  'FILE',
  'FLOAT',
  'HELP',
  'IMAGE',
  'INLINEHTML',
  'INTEGER',
  'LABEL',
  'LONGTEXT',
  'MULTISELECT',
  'PASSWORD',
  'PERCENT',
  'PHONE',
  'RADIO',
  'RICHTEXT',
  'SELECT',
  'TEXTAREA',
  'TEXT',
  'TIMEOFDAY',
  'URL',
] as const;
export const FIELD_DISPLAY_TYPES = [
  'NORMAL',
  'HIDDEN',
  'READONLY',
  'DISABLED',
  'ENTRY',
  'INLINE',
  'NODISPLAY',
] as const;
export const FIELD_LAYOUT_TYPES = [
  'NORMAL',
  'OUTSIDE',
  'OUTSIDEBELOW',
  'OUTSIDEABOVE',
  'STARTROW',
  'MIDROW',
  'ENDROW',
] as const;
export const FIELD_BREAK_TYPES = ['NONE', 'STARTCOL', 'STARTROW'] as const;
export const PAGE_LINK_TYPES = ['BREADCRUMB', 'CROSSLINK'] as const;

export type FieldType = (typeof FIELD_TYPES)[number];
export type FieldDisplayType = (typeof FIELD_DISPLAY_TYPES)[number];
export type FieldLayoutType = (typeof FIELD_LAYOUT_TYPES)[number];
export type FieldBreakType = (typeof FIELD_BREAK_TYPES)[number];
export type PageLinkType = (typeof PAGE_LINK_TYPES)[number];

/** `{ NAME: 'NAME', ... }` as serverWidget exposes its enums. */
export function enumObject<T extends string>(values: readonly T[]): Readonly<Record<T, T>> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

/** A bad argument to a serverWidget call; the module turns it into the script's error. */
export class FormArgumentError extends Error {
  override readonly name = 'FormArgumentError';
}

/** Reads an enum argument case-insensitively. */
export function enumValue<T extends string>(values: readonly T[], value: unknown, what: string): T {
  const upper = typeof value === 'string' ? value.toUpperCase() : value;
  const match = values.find((candidate) => candidate === upper);
  if (match === undefined)
    throw new FormArgumentError(`${what} ${JSON.stringify(value)} is not one of ${values.join(', ')}.`);
  return match;
}

export function requiredText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new FormArgumentError(`Missing a required argument: ${what}.`);
  return value;
}

/** Ids of form objects: lower case letters, digits and underscores, as NetSuite requires. */
export function objectId(value: unknown, what: string): string {
  const id = requiredText(value, what);
  if (!/^[a-z0-9_]+$/.test(id))
    throw new FormArgumentError(`${what} "${id}" must be lower case letters, digits and underscores.`);
  return id;
}
