/**
 * Pure operations on {@link BoundedList}s, so a list a rule narrows down keeps saying whether
 * the account holds more rows than were read.
 */
import type { BoundedList } from './snapshot';

/**
 * The rows that satisfy `predicate`, in their order. A list cut at its bound stays incomplete:
 * rows that were never read may satisfy the predicate too.
 */
export function keepRows<T>(list: BoundedList<T>, predicate: (row: T) => boolean): BoundedList<T> {
  return { rows: list.rows.filter(predicate), complete: list.complete };
}
