/**
 * The one Suitelet the preview serves: the compiled readiness Suitelet that gets deployed,
 * with the script and deployment ids the emulator reads from the SDF objects, so its own
 * links (`url.resolveScript`) and the preview's routes name the same deployment.
 */
import * as path from 'path';
import { runSuitelet, type EmulatedAccount, type ScriptRunResult, type SuiteletRequestOptions } from '../emulator';
import { fileCabinetRoot } from '../emulator/loader/amdScriptLoader';
import { deploymentIdsFor } from '../emulator/loader/scriptDeployment';
import type { Verdict } from '../../src/core/report';

/** NetSuite's path for every Suitelet; `script` and `deploy` parameters say which one. */
export const SUITELET_PATH = '/app/site/hosting/scriptlet.nl';

/** The compiled Suitelet, relative to the project root. */
export const READINESS_SUITELET_FILE = 'FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js';

export interface PreviewSuitelet {
  /** Absolute path of the compiled script. */
  readonly scriptPath: string;
  readonly scriptId: string;
  readonly deploymentId: string;
}

/** The readiness Suitelet of the project at `projectRoot`, with its deployed ids. */
export function readinessSuitelet(projectRoot: string): PreviewSuitelet {
  const scriptPath = path.join(projectRoot, ...READINESS_SUITELET_FILE.split('/'));
  return { scriptPath, ...deploymentIdsFor(fileCabinetRoot(scriptPath), scriptPath) };
}

/** The Suitelet's URL (path and query) with `parameters` after `script` and `deploy`, as NetSuite orders them. */
export function suiteletUrl(suitelet: PreviewSuitelet, parameters: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams({ script: suitelet.scriptId, deploy: suitelet.deploymentId, ...parameters });
  return `${SUITELET_PATH}?${search.toString()}`;
}

/** The request to run, minus the script selection. */
export type SuiteletCall = Omit<
  SuiteletRequestOptions,
  'scriptPath' | 'scriptId' | 'deploymentId' | 'scriptParameters'
>;

/** Runs the Suitelet for one request against `account`. */
export function runPreviewSuitelet(
  account: EmulatedAccount,
  suitelet: PreviewSuitelet,
  call: SuiteletCall,
): Promise<ScriptRunResult> {
  return runSuitelet(account, { ...call, scriptPath: suitelet.scriptPath });
}

const VERDICTS: readonly Verdict[] = ['READY', 'READY_WITH_WARNINGS', 'INCOMPLETE', 'NOT_READY'];

/**
 * The verdict the Suitelet gives `account` for its default inputs, read from its own JSON
 * download; null when the Suitelet did not answer with a report.
 */
export async function auditVerdict(account: EmulatedAccount, suitelet: PreviewSuitelet): Promise<Verdict | null> {
  const result = await runPreviewSuitelet(account, suitelet, { parameters: { format: 'json' } });
  if (result.status !== 200) return null;
  try {
    const verdict = (JSON.parse(result.body) as { verdict?: unknown }).verdict;
    return VERDICTS.find((known) => known === verdict) ?? null;
  } catch {
    return null;
  }
}
