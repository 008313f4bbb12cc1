/**
 * Building {@link Probe} values at the NetSuite boundary, including the failed probe a thrown
 * NetSuite error becomes. The collector never rethrows: a fact it cannot read is a failed probe
 * whose reason says what was attempted and what NetSuite answered.
 */
import type { Probe } from '../core/snapshot';

/** Longest NetSuite error message kept in a reason: enough to diagnose, short enough for a report cell. */
const MAX_ERROR_MESSAGE_LENGTH = 300;

/** NetSuite error codes are upper-case words joined by underscores, e.g. `SSS_SEARCH_ERROR_OCCURRED`. */
const NETSUITE_ERROR_CODE = /^[A-Z][A-Z0-9_]*$/;

/** A probe that read its value. */
export function probeValue<T>(value: T): Probe<T> {
  return { ok: true, value };
}

/** A probe that could not read its value, with the reason and NetSuite's error code where there was one. */
export function probeFailure(reason: string, code?: string): Probe<never> {
  return code === undefined ? { ok: false, reason } : { ok: false, reason, code };
}

/** The code and message of anything thrown: a SuiteScriptError, a JavaScript Error, or a bare value. */
export interface ThrownErrorDescription {
  readonly code?: string;
  readonly message: string;
}

function stringProperty(thrown: unknown, property: string): string | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const value: unknown = (thrown as Record<string, unknown>)[property];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Describes a thrown value. A SuiteScriptError carries its code in `name` (JavaScript errors use
 * `name` for the class, e.g. `TypeError`, which is not a code and is left out).
 */
export function describeThrown(thrown: unknown): ThrownErrorDescription {
  const name = stringProperty(thrown, 'name');
  // No name reads as "undefined", which is no error code.
  const code = NETSUITE_ERROR_CODE.test(String(name)) ? name : stringProperty(thrown, 'code');
  const rawMessage = stringProperty(thrown, 'message') ?? (typeof thrown === 'string' ? thrown : 'no message');
  const flatMessage = rawMessage.replace(/\s+/g, ' ').trim();
  const message =
    flatMessage.length > MAX_ERROR_MESSAGE_LENGTH
      ? `${flatMessage.slice(0, MAX_ERROR_MESSAGE_LENGTH - 1)}…`
      : flatMessage;
  return code === undefined ? { message } : { code, message };
}

/**
 * The failed probe for something thrown while `attempt` was under way, e.g.
 * "Reading the integration table failed: INVALID_SEARCH_TYPE: Invalid search type."
 */
export function probeFailureFromThrown(attempt: string, thrown: unknown): Probe<never> {
  const description = describeThrown(thrown);
  const codePart = description.code === undefined ? '' : `${description.code}: `;
  return probeFailure(`${attempt} failed: ${codePart}${description.message}`, description.code);
}
