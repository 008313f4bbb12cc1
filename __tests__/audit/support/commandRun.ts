/**
 * Runs one `acton-readiness` command in-process, as `runProgram` would: the real commander
 * program with the real command registered on it, its output captured and its exit code
 * returned (a thrown usage error becomes 64, as on the command line).
 */
import type { Command } from 'commander';
import { commanderOutputTo, createProgram, exitCodeFor } from '../../../tools/cli/program';
import type { CommandIo, ExitCodeSink, OutputStream } from '../../../tools/cli/program';

export interface CommandRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TerminalOptions {
  /** Pretend standard output is a terminal. */
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** How a command file adds its command: the `register*Command` functions. */
export type CommandRegistration = (program: Command, io: CommandIo, setExitCode: ExitCodeSink) => void;

function capture(terminal: TerminalOptions): OutputStream & { text: string } {
  return {
    isTTY: terminal.isTTY === true,
    ...(terminal.columns === undefined ? {} : { columns: terminal.columns }),
    text: '',
    write(chunk: string): boolean {
      this.text += chunk;
      return true;
    },
  };
}

/** Runs `acton-readiness <args>` with only `register`'s command on the program. */
export async function runCommand(
  register: CommandRegistration,
  args: readonly string[],
  terminal: TerminalOptions = {},
): Promise<CommandRun> {
  const stdout = capture(terminal);
  const stderr = capture({});
  const io: CommandIo = { stdout, stderr, env: terminal.env ?? {} };
  let exitCode = 0;
  const program = createProgram().configureOutput(commanderOutputTo(io));
  register(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(['node', 'acton-readiness', ...args]);
  } catch (thrown) {
    exitCode = exitCodeFor(thrown, stderr);
  }
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}
