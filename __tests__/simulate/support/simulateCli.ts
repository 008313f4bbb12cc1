/**
 * Runs `acton-readiness simulate` in-process, as `runProgram` would: the real commander
 * program with the real command, its output captured and its exit code returned. The command
 * runs the COMPILED Suitelet: `npm run build` first (`npm test` does).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { registerSimulateCommand } from '../../../tools/cli/commands/simulate';
import { runCommand } from '../../audit/support/commandRun';
import type { CommandRun, TerminalOptions } from '../../audit/support/commandRun';

export type { TerminalOptions } from '../../audit/support/commandRun';

export const PROJECT_ROOT = join(__dirname, '../../..');

/** "Now" for every simulated audit: the bundled scenarios' logins fall in the 30 days before it. */
export const SIMULATED_NOW = '2026-11-27T12:00:00Z';

export type SimulateRun = CommandRun;

/** Runs `acton-readiness simulate ...args` and collects what it printed and its exit code. */
export function runSimulate(args: readonly string[], terminal: TerminalOptions = {}): Promise<SimulateRun> {
  return runCommand(registerSimulateCommand, ['simulate', ...args], terminal);
}

/** A bundled scenario's path. */
export function bundledScenario(fileName: string): string {
  return join(PROJECT_ROOT, 'scenarios', fileName);
}

/** A scratch folder for scenario files a test writes; removed by the returned function. */
export function scratchFolder(): {
  readonly path: (name: string) => string;
  readonly write: (name: string, text: string) => string;
  readonly remove: () => void;
} {
  const folder = mkdtempSync(join(tmpdir(), 'acton-simulate-'));
  return {
    path: (name) => join(folder, name),
    write: (name, text) => {
      const file = join(folder, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
