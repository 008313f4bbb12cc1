/**
 * `acton-readiness` as a person runs it: `node bin/acton-readiness.js ...` in a child process,
 * so the bin script, the compiled command-line tool and the process exit codes are what is
 * tested. Needs `npm run build` (`npm test` runs it first).
 */
import { copyFileSync, mkdirSync } from 'fs';
import { spawnSync } from 'child_process';
import { join } from 'path';
import { PROJECT_ROOT, SIMULATED_NOW, bundledScenario, scratchFolder } from './support/simulateCli';

const BIN = join(PROJECT_ROOT, 'bin', 'acton-readiness.js');
/** Starting Node and loading the emulator takes a moment on a busy machine. */
const CHILD_PROCESS_TIMEOUT_MS = 60_000;

function runBin(binFile: string, args: readonly string[]) {
  const child = spawnSync(process.execPath, [binFile, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ACTON_READINESS_DEBUG: '' },
    timeout: CHILD_PROCESS_TIMEOUT_MS,
  });
  return { exitCode: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('node bin/acton-readiness.js simulate', () => {
  it.each([
    ['01-ready-administrator.json', 0, 'Act-On readiness: \u2714 Ready (READY)'],
    ['07-token-revoked.json', 2, 'Act-On readiness: \u2716 Not ready (NOT_READY)'],
    ['10-tables-unreadable.json', 3, 'Act-On readiness: ? Incomplete (INCOMPLETE)'],
  ])(
    'prints the text report of %s and exits with %i',
    (file, exitCode, verdictLine) => {
      const run = runBin(BIN, ['simulate', bundledScenario(file), '--now', SIMULATED_NOW]);

      expect({ exitCode: run.exitCode, firstLine: run.stdout.split('\n')[0], stderr: run.stderr }).toEqual({
        exitCode,
        firstLine: verdictLine,
        stderr: '',
      });
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    'exits 64 with the problem, and no stack trace, for a scenario file that does not exist',
    () => {
      const run = runBin(BIN, ['simulate', 'scenarios/no-such-account.json']);

      expect(run.exitCode).toBe(64);
      expect(run.stderr).toBe(
        'acton-readiness: the scenario cannot be used:\n  scenarios/no-such-account.json: /: no such file\n',
      );
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});

describe('node bin/acton-readiness.js', () => {
  it(
    'lists simulate among its commands',
    () => {
      const run = runBin(BIN, ['--help']);

      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/^ {2}simulate \[options\] <scenario\.json>/m);
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );

  it(
    'says to run npm run build first when the tool is not built, with exit code 64',
    () => {
      const scratch = scratchFolder();
      try {
        mkdirSync(scratch.path('bin'));
        const unbuiltBin = scratch.path(join('bin', 'acton-readiness.js'));
        copyFileSync(BIN, unbuiltBin);

        const run = runBin(unbuiltBin, ['simulate', bundledScenario('01-ready-administrator.json')]);

        expect(run.exitCode).toBe(64);
        expect(run.stderr).toContain('run npm run build first');
      } finally {
        scratch.remove();
      }
    },
    CHILD_PROCESS_TIMEOUT_MS,
  );
});
