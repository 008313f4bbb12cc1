'use strict';
/**
 * The `beforeExecuting` hook for the SuiteCloud CLI commands that ship the bundle
 * (project:deploy, project:validate, project:package): it runs the project's one test command
 * (build, type check, lint, tests) and throws when it fails, so a broken bundle never leaves
 * the machine.
 */
const { spawnSync } = require('node:child_process');

/**
 * Set in the environment of every process the verification starts. The test suite packages the
 * project itself, so without this flag `project:package` would verify, run the tests, package,
 * verify again... forever. Tests that package the project set it too.
 */
const VERIFIED_FLAG = 'ACTON_READINESS_VERIFIED';

/** The README's single test command: build, type check, lint and Jest. */
const VERIFICATION = { command: 'npm', args: ['test'] };

/**
 * Runs a command in `cwd` with the terminal attached, waiting for it to end.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 * @returns {{ status: number | null, signal: string | null, error?: Error }}
 */
function runAttached(command, args, options) {
  // npm is npm.cmd on Windows, which Node only starts through a shell.
  const result = spawnSync(command, [...args], { ...options, stdio: 'inherit', shell: process.platform === 'win32' });
  return { status: result.status, signal: result.signal, error: result.error };
}

/**
 * Builds the hook. `runCommand` and `environment` are the only ties to the machine, so tests
 * can replace them; `log` receives one line per decision.
 * @param {{
 *   runCommand?: typeof runAttached,
 *   environment?: NodeJS.ProcessEnv,
 *   log?: (line: string) => void,
 * }} [dependencies]
 */
function createVerifier(dependencies = {}) {
  const runCommand = dependencies.runCommand ?? runAttached;
  const environment = dependencies.environment ?? process.env;
  const log = dependencies.log ?? ((line) => console.log(line));

  /**
   * @template {{ command: string, projectPath: string, arguments: object }} Context
   * @param {Context} context what the CLI hands to `beforeExecuting`
   * @returns {Promise<Context>} the same context: the hook changes no argument
   */
  return async function verifyBeforeSuiteCloudCommand(context) {
    const commandLine = [VERIFICATION.command, ...VERIFICATION.args].join(' ');
    if (environment[VERIFIED_FLAG] === '1') {
      log(`${context.command}: skipping "${commandLine}", already run by the process that started this one.`);
      return context;
    }
    log(`${context.command}: running "${commandLine}" first (build, type check, lint, tests).`);
    const result = runCommand(VERIFICATION.command, VERIFICATION.args, {
      cwd: context.projectPath,
      env: { ...environment, [VERIFIED_FLAG]: '1' },
    });
    if (result.error !== undefined) {
      throw new Error(`${context.command} stopped: could not start "${commandLine}" (${result.error.message}).`);
    }
    if (result.status !== 0) {
      const ending =
        result.signal !== null ? `was stopped by ${result.signal}` : `failed with exit code ${result.status}`;
      throw new Error(
        `${context.command} stopped: "${commandLine}" ${ending}. Fix the failures shown above and run it again.`,
      );
    }
    log(`${context.command}: "${commandLine}" passed.`);
    return context;
  };
}

module.exports = {
  VERIFIED_FLAG,
  createVerifier,
  verifyBeforeSuiteCloudCommand: createVerifier(),
};
