/**
 * A command's streams captured in memory, for tests that run a command in-process.
 */
import type { CommandIo } from '../../../tools/cli/program';

export interface CapturedIo extends CommandIo {
  /** Everything written to stdout so far. */
  readonly out: () => string;
  /** Everything written to stderr so far. */
  readonly err: () => string;
}

export function capturedIo(env: NodeJS.ProcessEnv = {}, isTTY = false): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { isTTY, write: (text) => out.push(text) > 0 },
    stderr: { write: (text) => err.push(text) > 0 },
    env,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
