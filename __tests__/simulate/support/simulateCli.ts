/**
 * Runs `acton-readiness simulate` in-process, as `runProgram` would: the real commander
 * program with the real command, its output captured and its exit code returned. The command
 * runs the COMPILED Suitelet: `npm run build` first (`npm test` does).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { registerSimulateCommand } from '../../../tools/cli/commands/simulate';
import { createProgram, exitCodeFor } from '../../../tools/cli/program';
import type { CommandIo, OutputStream } from '../../../tools/cli/program';

export const PROJECT_ROOT = join(__dirname, '../../..');

/** "Now" for every simulated audit: the bundled scenarios' logins fall in the 30 days before it. */
export const SIMULATED_NOW = '2026-11-27T12:00:00Z';

export interface SimulateRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TerminalOptions {
  /** Pretend standard output is a terminal. */
  readonly isTTY?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

function capture(isTTY: boolean): OutputStream & { text: string } {
  return {
    isTTY,
    text: '',
    write(chunk: string): boolean {
      this.text += chunk;
      return true;
    },
  };
}

/** Runs `acton-readiness simulate ...args` and collects what it printed and its exit code. */
export async function runSimulate(args: readonly string[], terminal: TerminalOptions = {}): Promise<SimulateRun> {
  const stdout = capture(terminal.isTTY === true);
  const stderr = capture(false);
  const io: CommandIo = { stdout, stderr, env: terminal.env ?? {} };
  let exitCode = 0;
  const program = createProgram().configureOutput({ writeOut: (text) => void stdout.write(text), writeErr: (text) => void stderr.write(text) });
  registerSimulateCommand(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(['node', 'acton-readiness', 'simulate', ...args]);
  } catch (thrown) {
    exitCode = exitCodeFor(thrown, stderr);
  }
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

/** A bundled scenario's path. */
export function bundledScenario(fileName: string): string {
  return join(PROJECT_ROOT, 'scenarios', fileName);
}

/** A scratch folder for scenario files a test writes; removed by the returned function. */
export function scratchFolder(): { readonly path: (name: string) => string; readonly write: (name: string, text: string) => string; readonly remove: () => void } {
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
