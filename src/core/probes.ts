/**
 * Small pure operations on {@link Probe} values, so rules can carry "could not be read"
 * through a transformation instead of losing the reason.
 */
import type { Probe } from './snapshot';

/** The failed form of any probe: why a fact could not be read. */
export type ProbeFailure = Extract<Probe<unknown>, { readonly ok: false }>;

/** Applies `transform` to a probe's value; a failed probe passes through with its reason. */
export function mapProbe<T, U>(probe: Probe<T>, transform: (value: T) => U): Probe<U> {
  return probe.ok ? { ok: true, value: transform(probe.value) } : probe;
}
