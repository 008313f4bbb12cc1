/** The watch deployment's parameters, through N/runtime (no units). */
import * as runtime from 'N/runtime';
import { WATCH_PARAMETERS } from './historyRecordType';

export interface WatchParameters {
  /** The recipients parameter as typed; null when empty. */
  readonly recipients: string | null;
  /** The integration name parameter; null for the default. */
  readonly integration: string | null;
  /** The score fields parameter as typed (comma-separated custom entity field ids); null when empty. */
  readonly scoreFields: string | null;
  /**
   * The Email sender parameter: the employee the email is from, and its default recipient.
   * Null when unset: a scheduled script runs as the System user, who cannot send email.
   */
  readonly senderId: number | null;
}

function textParameter(script: runtime.Script, name: string): string | null {
  const value = script.getParameter({ name });
  const text = typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
  return text === '' ? null : text;
}

/** An employee select parameter: NetSuite gives its internal id as text or as a number. */
function employeeIdParameter(script: runtime.Script, name: string): number | null {
  const text = textParameter(script, name);
  return text !== null && /^[1-9]\d{0,9}$/.test(text) ? Number(text) : null;
}

export function readWatchParameters(): WatchParameters {
  const script = runtime.getCurrentScript();
  return {
    recipients: textParameter(script, WATCH_PARAMETERS.recipients),
    integration: textParameter(script, WATCH_PARAMETERS.integration),
    scoreFields: textParameter(script, WATCH_PARAMETERS.scoreFields),
    senderId: employeeIdParameter(script, WATCH_PARAMETERS.sender),
  };
}
