/**
 * Asks for a secret on the terminal without echoing it (npm's `read`, silent), written to
 * stderr so stdout keeps only the answer. Only on a terminal: elsewhere a missing value is a
 * usage error, never a hang.
 */
import { read } from 'read';
import { PromptCancelled } from './program';

/** Asks for one value; resolves with it trimmed ('' when the person just presses Enter). */
export type SecretPrompt = (label: string) => Promise<string>;

export const TERMINAL_PROMPT: SecretPrompt = async (label) => {
  let value: string;
  try {
    value = await read({
      prompt: `${label}: `,
      silent: true,
      replace: '',
      input: process.stdin,
      output: process.stderr,
    });
  } catch (thrown) {
    // read rejects with "canceled" on Ctrl-C (and on Ctrl-D at an empty line): the person chose to stop.
    if (thrown instanceof Error && thrown.message === 'canceled') throw new PromptCancelled();
    throw thrown;
  }
  // Silent input ends without a line break of its own: the next prompt or the answer starts below.
  process.stderr.write('\n');
  return String(value).trim();
};

/** True when secrets can be asked for: stdin and stderr are both a terminal. */
export function canPrompt(): boolean {
  return process.stdin.isTTY === true && process.stderr.isTTY === true;
}
