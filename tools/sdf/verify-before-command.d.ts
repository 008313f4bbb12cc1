// Types for verify-before-command.js, which stays plain JavaScript because the SuiteCloud CLI
// loads it through suitecloud.config.js without a TypeScript step.

/** What the SuiteCloud CLI passes to a `beforeExecuting` hook, and expects back. */
export interface SuiteCloudCommandContext {
  readonly command: string;
  readonly projectPath: string;
  readonly arguments: object;
}

export interface CommandResult {
  readonly status: number | null;
  readonly signal: string | null;
  readonly error?: Error;
}

export type CommandRunner = (
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv },
) => CommandResult;

export interface VerifierDependencies {
  readonly runCommand?: CommandRunner;
  readonly environment?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
}

/** The environment flag that marks a process as started by a verification already under way. */
export const VERIFIED_FLAG: 'ACTON_READINESS_VERIFIED';

export function createVerifier(
  dependencies?: VerifierDependencies,
): <Context extends SuiteCloudCommandContext>(context: Context) => Promise<Context>;

export const verifyBeforeSuiteCloudCommand: ReturnType<typeof createVerifier>;
