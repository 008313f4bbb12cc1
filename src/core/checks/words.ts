/**
 * How evidence names things: roles, users, tokens, moments and counts. One place, so every
 * sentence in a report names a record the same way ("Act-On Integration (id 1001)").
 * Values are passed through untouched: escaping is the renderers' job.
 */
import { timeInWords } from '../timeWords';
import { ADMINISTRATOR_ROLE_ID } from '../snapshot';

/** A role as evidence names it: `Act-On Integration (id 1001)`, or `with internal id 1001` when unnamed. */
export function roleLabel(roleId: number, roleName: string | null): string {
  const name = roleName ?? (roleId === ADMINISTRATOR_ROLE_ID ? 'Administrator' : null);
  return name === null ? `with internal id ${roleId}` : `${name} (id ${roleId})`;
}

/** A role as a summary names it: `Act-On Integration`, or `id 1001` when unnamed. */
export function roleShortName(roleId: number, roleName: string | null): string {
  return roleName ?? (roleId === ADMINISTRATOR_ROLE_ID ? 'Administrator' : `id ${roleId}`);
}

/** A user as a summary names it: `Act-On Sync`, or `id 7` when unnamed. */
export function userShortName(userId: number, userName: string | null): string {
  return userName ?? `id ${userId}`;
}

/** The parts in order: nothing before the first, the conjunction before the last, a comma before the others. */
function listed(parts: readonly string[], conjunction: string): string {
  const separator = (index: number): string => {
    if (index === 0) return '';
    return index === parts.length - 1 ? ` ${conjunction} ` : ', ';
  };
  return parts.map((part, index) => `${separator(index)}${part}`).join('');
}

/** `a`, `a and b`, `a, b and c`. */
export function joinedWithAnd(parts: readonly string[]): string {
  return listed(parts, 'and');
}

/** A user as evidence names it: `Ada Admin (id 7)`, or `with internal id 7` when unnamed. */
export function userLabel(userId: number, userName: string | null): string {
  return userName === null ? `with internal id ${userId}` : `${userName} (id ${userId})`;
}

/** A token as evidence names it: `ActOnTBA Ada Admin (id 5)`. */
export function tokenLabel(token: { readonly id: number; readonly name: string }): string {
  return `${token.name} (id ${token.id})`;
}

/**
 * A moment as evidence shows it: `20 Nov 2026, 09:00 UTC`. A value that is not a date-time is
 * shown as NetSuite gave it, so nothing is hidden; a missing one reads "an unknown date".
 */
export function momentLabel(moment: string | null): string {
  if (moment === null || moment.trim() === '') return 'an unknown date';
  if (/^\d{4}-\d{2}-\d{2}$/.test(moment)) return moment;
  const parsed = new Date(moment);
  if (Number.isNaN(parsed.getTime())) return moment;
  return timeInWords(parsed.toISOString());
}

/** `1 token`, `3 tokens`. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * A count taken over a bounded list: `3`, or `at least 3` when the list was cut at its bound
 * (the account holds rows that were not read, so the count is only a lower bound).
 */
export function boundedCount(count: number, complete: boolean): string {
  return complete ? String(count) : `at least ${count}`;
}

/** `3 tokens`, or `at least 100 tokens` when counted in a list cut at its bound. */
export function boundedCountLabel(count: number, complete: boolean, singular: string, plural = `${singular}s`): string {
  return `${boundedCount(count, complete)} ${count === 1 ? singular : plural}`;
}

/** The text with its first letter in upper case, for a count that opens a sentence ("At least 3 ..."). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `"A"`, `"A" or "B"`, `"A", "B" or "C"`. */
export function quotedAlternatives(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return listed(quoted, 'or');
}
