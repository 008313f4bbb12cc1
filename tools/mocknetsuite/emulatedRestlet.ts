/**
 * RESTlet answers produced by the real thing: the compiled RESTlet (the file that gets
 * deployed) run by the local NetSuite emulator on a scenario's account. The mock NetSuite
 * serves them behind its TBA check, so an audit of the mock exercises the whole chain.
 */
import { join } from 'path';
import { createAccount, loadScenario, runRestlet } from '../emulator';
import type { RestletAnswer, RestletAnswerSource } from './mockNetSuite';

/** Where `npm run build` puts the RESTlet, from the project root. */
export const COMPILED_RESTLET_PATH = 'FileCabinet/SuiteScripts/acton_readiness/restlet/acton_readiness_rl.js';

export interface EmulatedRestletOptions {
  /** "Now" in the account (the 30-day login window ends here). */
  readonly now: Date;
  /** The project root holding FileCabinet/; the working directory by default. */
  readonly projectRoot?: string;
  /**
   * Answer a query already asked from memory. The report for an account and a query does not
   * change while "now" is fixed, so benchmarks can measure the client rather than the emulator.
   */
  readonly remember?: boolean;
}

export interface EmulatedRestlet {
  /** The scenario's account id, as NetSuite gives it. */
  readonly accountId: string;
  readonly answers: RestletAnswerSource;
  close(): void;
}

/** The scenario's account in the emulator, answering RESTlet calls with the compiled RESTlet. */
export async function emulatedRestlet(scenarioFile: string, options: EmulatedRestletOptions): Promise<EmulatedRestlet> {
  const scenario = loadScenario(scenarioFile);
  const account = await createAccount(scenario, { now: options.now });
  const scriptPath = join(options.projectRoot ?? process.cwd(), COMPILED_RESTLET_PATH);
  const remembered = new Map<string, Promise<RestletAnswer>>();
  const run = async (parameters: Readonly<Record<string, string>>): Promise<RestletAnswer> => {
    const result = await runRestlet(account, { scriptPath, parameters });
    return { status: result.status, body: result.body };
  };
  return {
    accountId: scenario.account.id,
    answers: (query) => {
      const parameters: Record<string, string> = { ...query };
      if (options.remember !== true) return run(parameters);
      const key = JSON.stringify(Object.entries(parameters).sort());
      const known = remembered.get(key) ?? run(parameters);
      remembered.set(key, known);
      return known;
    },
    close: () => account.close(),
  };
}
