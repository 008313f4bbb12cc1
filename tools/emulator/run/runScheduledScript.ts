/**
 * Runs a compiled Scheduled Script's `execute` once, as NetSuite's scheduler would: context type
 * SCHEDULED, 10,000 governance units, script parameters through N/runtime, and the custom
 * records it writes kept in `records`, so the next run sees them. An escaped exception is the
 * run's `error` (status 500); nothing is answered to anyone.
 */
import type { EmulatedAccount } from '../account';
import { entryPoint, executeScript, type EntryOutcome, type ScriptSelection } from './scriptExecution';
import type { ScriptRunResult } from './scriptRunResult';

/** `context.type` values of a scheduled script (NetSuite's InvocationType). */
export type ScheduledInvocationType = 'SCHEDULED' | 'ON_DEMAND' | 'USER_INTERFACE';

export interface ScheduledRunOptions extends ScriptSelection {
  /** Default SCHEDULED. */
  readonly invocationType?: ScheduledInvocationType;
}

/**
 * Runs the scheduled script at `options.scriptPath` once against `account`.
 * @throws EmulatorError for a missing or malformed script, no `execute` entry point, or an N/*
 *   feature the emulator does not provide
 */
export function runScheduledScript(account: EmulatedAccount, options: ScheduledRunOptions): Promise<ScriptRunResult> {
  return executeScript(
    account,
    'ScheduledScript',
    options,
    (exports): EntryOutcome => {
      const execute = entryPoint(exports, 'execute', options.scriptPath);
      execute({ type: options.invocationType ?? 'SCHEDULED' });
      return { status: 200, headers: {}, body: '' };
    },
    () => ({ status: 500, headers: {}, body: '' }),
  );
}
