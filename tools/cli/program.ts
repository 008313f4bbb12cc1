/**
 * The `acton-readiness` command-line program: commander set up so that usage errors exit 64
 * with a one-line message and a pointer to --help, and nothing ever ends in a stack trace.
 * Commands live in ./commands, one file each, and register themselves on the program.
 */
import { Command, CommanderError } from 'commander';
import type { OutputConfiguration } from 'commander';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/tool';
import { printableLines } from '../../src/render/escape';
import { EXIT_INTERRUPTED, EXIT_SOFTWARE, EXIT_USAGE } from './exitCodes';

/** A problem with how the command was called: printed as is, exit 64. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The person pressed Ctrl-C at a prompt: the command ends quietly with 130, as a shell reports SIGINT. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled at the prompt');
    this.name = 'PromptCancelled';
  }
}

/** A stream a command writes text to. */
export interface OutputStream {
  readonly isTTY?: boolean;
  /** The terminal's width in columns, when it is one. */
  readonly columns?: number;
  write(text: string): boolean;
}

/** Where a command writes and what environment it sees: injectable so commands run in tests. */
export interface CommandIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: NodeJS.ProcessEnv;
}

export const PROCESS_IO: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** Where a command puts its exit code: `process.exitCode`, unless a test collects it. */
export type ExitCodeSink = (code: number) => void;

export const SET_PROCESS_EXIT_CODE: ExitCodeSink = (code) => {
  process.exitCode = code;
};

/** Commander's help and error text for a command, written to the command's streams. */
export function commanderOutputTo(io: CommandIo): OutputConfiguration {
  return { writeOut: (text) => void io.stdout.write(text), writeErr: (text) => void io.stderr.write(text) };
}

export function createProgram(): Command {
  return new Command(TOOL_NAME)
    .description("Audits NetSuite accounts for Act-On's connection over Token-Based Authentication.")
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
}

/** Commander's own exits that are not errors. */
const HELP_CODES = new Set([
  'commander.helpDisplayed',
  'commander.help',
  'commander.version',
  'commander.executeSubCommandAsync',
]);

/** What an exception ending the program means for its exit code and message. */
export function exitCodeFor(thrown: unknown, stderr: OutputStream): number {
  if (thrown instanceof CommanderError) {
    // Commander has already printed its message (and the pointer to --help).
    return HELP_CODES.has(thrown.code) ? 0 : EXIT_USAGE;
  }
  if (thrown instanceof PromptCancelled) {
    stderr.write('\n');
    return EXIT_INTERRUPTED;
  }
  // Messages quote file names and values from input files: no control character reaches the terminal.
  if (thrown instanceof UsageError) {
    stderr.write(`${TOOL_NAME}: ${printableLines(thrown.message)}\n(run with --help for usage)\n`);
    return EXIT_USAGE;
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  stderr.write(`${TOOL_NAME}: unexpected error: ${printableLines(message)}\n`);
  return EXIT_SOFTWARE;
}

/** Parses the arguments and runs the command; sets `process.exitCode` (never throws). */
export async function runProgram(program: Command, argv: readonly string[]): Promise<void> {
  if (argv.length <= 2) {
    program.outputHelp();
    process.exitCode = EXIT_USAGE;
    return;
  }
  try {
    await program.parseAsync([...argv]);
  } catch (thrown) {
    process.exitCode = exitCodeFor(thrown, process.stderr);
  }
}
