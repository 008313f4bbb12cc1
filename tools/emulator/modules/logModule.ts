/**
 * N/log (also the global `log`): entries are collected on the execution, never printed.
 * Like NetSuite, `details` that are not strings are JSON-serialised and long texts truncated.
 */
import type { Execution, LogEntry } from '../execution';
import { strictMembers } from './strictMembers';
import { valueText } from '../valueText';

/** NetSuite keeps at most this many characters of a log's details. */
const MAX_DETAILS_LENGTH = 3999;
/** And of its title. */
const MAX_TITLE_LENGTH = 99;

/** Errors log as their name and message (their own properties may not serialise). */
function asText(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'message' in value && 'name' in value) {
    return JSON.stringify({
      name: (value as { name: unknown }).name,
      message: (value as { message: unknown }).message,
    });
  }
  return valueText(value);
}

/** Reads `log.x({title, details})` and the positional `log.x(title, details)`. */
function entryFrom(level: LogEntry['level'], first: unknown, second: unknown): LogEntry {
  const options =
    typeof first === 'object' && first !== null && second === undefined
      ? (first as { title?: unknown; details?: unknown })
      : { title: first, details: second };
  return {
    level,
    title: asText(options.title).slice(0, MAX_TITLE_LENGTH),
    details: asText(options.details).slice(0, MAX_DETAILS_LENGTH),
  };
}

/** The N/log module of one execution. */
export function createLogModule(execution: Execution): object {
  const writer =
    (level: LogEntry['level']) =>
    (first: unknown, second?: unknown): void => {
      execution.logs.push(entryFrom(level, first, second));
    };
  return strictMembers(
    'N/log',
    { debug: writer('DEBUG'), audit: writer('AUDIT'), error: writer('ERROR'), emergency: writer('EMERGENCY') },
    execution.unsupported,
  );
}
