/**
 * Runs one entry point of a compiled script against an account: checks the file, builds the
 * execution (meter, realm, N/* modules), loads the script with requirejs, calls the entry
 * point and collects what happened. Suitelet and RESTlet runners supply the entry call.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EmulatedAccount } from '../account';
import type { Execution, ScriptDeployment } from '../execution';
import { GovernanceMeter, USAGE_LIMITS, type MeteredScriptType } from '../governance';
import { fileCabinetRoot, loadEntryScript } from '../loader/amdScriptLoader';
import { deploymentIdsFor } from '../loader/scriptDeployment';
import { assertScriptHeader, type EntryScriptType } from '../loader/scriptHeader';
import { createScriptRealm } from '../loader/scriptRealm';
import { createLogModule } from '../modules/logModule';
import { CustomRecordStore } from '../records/customRecordStore';
import { EmulatorError } from '../scriptErrors';
import { valueText } from '../valueText';
import { createExecutionModules } from './executionModules';
import type { ScriptFailure, ScriptRunResult } from './scriptRunResult';

export interface ScriptSelection {
  /** The compiled script, e.g. `FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js`. */
  readonly scriptPath: string;
  /** Overrides the script id read from the SDF objects. */
  readonly scriptId?: string;
  /** Overrides the deployment id read from the SDF objects. */
  readonly deploymentId?: string;
  /** Script parameters (`runtime.getCurrentScript().getParameter`). */
  readonly scriptParameters?: Readonly<Record<string, string | number | boolean>>;
  /** The custom records scripts read and write; by default an empty store for the script's project. */
  readonly records?: CustomRecordStore;
}

/** What an entry call produced besides the shared figures. */
export interface EntryOutcome {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Calls the script's entry point; an exception escaping it is the script's failure. */
export type EntryCall = (exports: Readonly<Record<string, unknown>>, execution: Execution) => EntryOutcome;

/** Turns an escaped failure into the response NetSuite would send. */
export type FailureResponse = (failure: ScriptFailure) => EntryOutcome;

const SCRIPT_TYPES: Readonly<Record<EntryScriptType, MeteredScriptType>> = {
  Suitelet: 'SUITELET',
  Restlet: 'RESTLET',
  ScheduledScript: 'SCHEDULED',
};

function resolveScriptFile(scriptPath: unknown): string {
  if (typeof scriptPath !== 'string' || scriptPath.trim() === '')
    throw new EmulatorError('BAD_REQUEST', 'scriptPath must name a compiled script file.');
  const file = path.resolve(scriptPath);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new EmulatorError(
      'SCRIPT_NOT_FOUND',
      `No compiled script at ${scriptPath}: run "npm run build" first, or check the path.`,
    );
  }
  return file;
}

function deploymentFor(file: string, selection: ScriptSelection): ScriptDeployment {
  const derived = deploymentIdsFor(fileCabinetRoot(file), file);
  return {
    scriptId: selection.scriptId ?? derived.scriptId,
    deploymentId: selection.deploymentId ?? derived.deploymentId,
    parameters: { ...(selection.scriptParameters ?? {}) },
  };
}

/** A thrown value as a failure record (SuiteScriptErrors and plain errors alike). */
export function failureFrom(thrown: unknown): ScriptFailure {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message, stack } = thrown as { name?: unknown; message?: unknown; stack?: unknown };
    return {
      name: typeof name === 'string' ? name : 'Error',
      message: typeof message === 'string' ? message : valueText(thrown),
      stack: typeof stack === 'string' ? stack : null,
    };
  }
  return { name: 'Error', message: valueText(thrown), stack: null };
}

/** Builds an execution of `file` for `account`. */
function createExecution(
  account: EmulatedAccount,
  type: MeteredScriptType,
  deployment: ScriptDeployment,
  records: CustomRecordStore,
): { execution: Execution; log: object } {
  const realm = createScriptRealm({ now: account.now, globals: {} });
  const execution: Execution = {
    account,
    scriptType: type,
    deployment,
    meter: new GovernanceMeter(USAGE_LIMITS[type]),
    realm,
    logs: [],
    statements: [],
    unsupported: new Set(),
    records,
    emails: [],
  };
  const log = createLogModule(execution);
  // SuiteScript gives every script a global `log` (the N/log module).
  (realm.context as { log?: unknown }).log = log;
  return { execution, log };
}

/**
 * Runs a script's entry point.
 * @throws EmulatorError when the file is missing or not a script of `scriptType`, when the script
 *   needs an N/* module or member the emulator does not provide, or has no such entry point
 */
export async function executeScript(
  account: EmulatedAccount,
  scriptType: EntryScriptType,
  selection: ScriptSelection,
  callEntry: EntryCall,
  failureResponse: FailureResponse,
): Promise<ScriptRunResult> {
  const file = resolveScriptFile(selection.scriptPath);
  assertScriptHeader(selection.scriptPath, fs.readFileSync(file, 'utf8'), scriptType);
  const records = selection.records ?? CustomRecordStore.forProject(path.dirname(fileCabinetRoot(file)));
  const { execution, log } = createExecution(
    account,
    SCRIPT_TYPES[scriptType],
    deploymentFor(file, selection),
    records,
  );
  let outcome: EntryOutcome;
  let error: ScriptFailure | null = null;
  try {
    const exports = await loadEntryScript({
      file,
      provided: createExecutionModules(execution, log),
      realm: execution.realm,
    });
    outcome = callEntry(exports, execution);
  } catch (thrown) {
    if (thrown instanceof EmulatorError) throw thrown;
    error = failureFrom(thrown);
    outcome = failureResponse(error);
  }
  const { meter } = execution;
  return {
    ...outcome,
    usage: {
      units: meter.used,
      limit: meter.limit,
      remaining: meter.remaining,
      limitExceeded: meter.limitExceeded,
      queries: execution.statements.length,
      statements: [...execution.statements],
    },
    logs: [...execution.logs],
    emails: [...execution.emails],
    error,
    unsupported: [...execution.unsupported].sort(),
  };
}

/** The entry point function `name` of a script's exports. */
export function entryPoint(
  exports: Readonly<Record<string, unknown>>,
  name: string,
  scriptPath: string,
): (...args: unknown[]) => unknown {
  const entry = exports[name];
  if (typeof entry !== 'function') {
    throw new EmulatorError(
      'ENTRY_POINT_MISSING',
      `${scriptPath} exports no ${name} function (it exports ${Object.keys(exports).join(', ') || 'nothing'}).`,
    );
  }
  return entry as (...args: unknown[]) => unknown;
}
