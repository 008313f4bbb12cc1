/** The watch deployment's parameters and owner, through N/runtime (no units). */
import * as runtime from 'N/runtime';
import { WATCH_PARAMETERS } from './historyRecordType';

export interface WatchParameters {
  /** The recipients parameter as typed; null when empty. */
  readonly recipients: string | null;
  /** The integration name parameter; null for the default. */
  readonly integration: string | null;
  /** Who the scheduled script runs as: the deployment's owner, the email's sender and default recipient. */
  readonly ownerId: number;
}

function textParameter(script: runtime.Script, name: string): string | null {
  const value = script.getParameter({ name });
  const text = typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
  return text === '' ? null : text;
}

export function readWatchParameters(): WatchParameters {
  const script = runtime.getCurrentScript();
  return {
    recipients: textParameter(script, WATCH_PARAMETERS.recipients),
    integration: textParameter(script, WATCH_PARAMETERS.integration),
    ownerId: runtime.getCurrentUser().id,
  };
}
