/**
 * Logging an unexpected failure to the script deployment's Execution Log. Only the error's
 * code, message and stack are written: nothing from the request or the account.
 */
import * as log from 'N/log';
import { describeThrown } from './probes';

/** NetSuite cuts log titles at 99 characters. */
const MAX_TITLE_LENGTH = 99;

/**
 * Logs `thrown` as an error and returns the message to show the person, e.g.
 * "SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded".
 */
export function logUnexpectedFailure(title: string, thrown: unknown): string {
  const description = describeThrown(thrown);
  const shown = description.code === undefined ? description.message : `${description.code}: ${description.message}`;
  const stack = thrown instanceof Error && typeof thrown.stack === 'string' ? thrown.stack : '';
  log.error({ title: title.slice(0, MAX_TITLE_LENGTH), details: stack === '' ? shown : `${shown}\n${stack}` });
  return shown;
}
