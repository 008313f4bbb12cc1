/**
 * An emulated account: a validated scenario, its SuiteQL database, and the instant the
 * account calls "now". Built once, then any number of script executions read it; nothing a
 * script does changes it.
 */
import { AccountDatabase } from './database/accountDatabase';
import { loadScenario } from './scenario/scenarioFile';
import type { Scenario } from './scenario/scenarioTypes';

export interface EmulatedAccount {
  readonly scenario: Scenario;
  readonly database: AccountDatabase;
  /** What `new Date()` gives a script when it starts; null for the real clock. */
  readonly now: Date | null;
  /** Frees the database. The account cannot run scripts afterwards. */
  close(): void;
}

export interface AccountOptions {
  /** Fixes "now" for scripts (the clock then runs from there); else the scenario's own `now`, else the real clock. */
  readonly now?: Date;
}

/** Builds the account a scenario describes. */
export async function createAccount(scenario: Scenario, options: AccountOptions = {}): Promise<EmulatedAccount> {
  if (options.now !== undefined && Number.isNaN(options.now.getTime()))
    throw new RangeError('options.now is an invalid Date.');
  const database = await AccountDatabase.create(scenario);
  const scenarioNow = scenario.now === null ? null : new Date(scenario.now);
  return { scenario, database, now: options.now ?? scenarioNow, close: () => database.close() };
}

/**
 * Reads a scenario file and builds its account.
 * @throws ScenarioError when the file is not a valid scenario
 */
export async function openAccount(scenarioFile: string, options: AccountOptions = {}): Promise<EmulatedAccount> {
  return createAccount(loadScenario(scenarioFile), options);
}
