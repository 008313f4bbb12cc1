import {
  VERIFIED_FLAG,
  createVerifier,
  type CommandResult,
  type CommandRunner,
} from '../../tools/sdf/verify-before-command';

interface RecordedCall {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly verifiedFlag: string | undefined;
}

/** Stands in for child_process: records each command and answers with `result`. */
function recordingRunner(result: CommandResult): { runCommand: CommandRunner; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const runCommand: CommandRunner = (command, args, options) => {
    calls.push({ command, args, cwd: options.cwd, verifiedFlag: options.env[VERIFIED_FLAG] });
    return result;
  };
  return { runCommand, calls };
}

const deployContext = {
  command: 'project:deploy',
  projectPath: '/projects/acton',
  arguments: { accountspecificvalues: 'ERROR' },
};
const silent = (): void => undefined;

describe('verifyBeforeSuiteCloudCommand', () => {
  it('runs "npm test" in the project, flagged as verified, and hands back the same context when it passes', async () => {
    const { runCommand, calls } = recordingRunner({ status: 0, signal: null });
    const verify = createVerifier({ runCommand, environment: {}, log: silent });

    const returned = await verify(deployContext);

    expect(calls).toEqual([{ command: 'npm', args: ['test'], cwd: '/projects/acton', verifiedFlag: '1' }]);
    expect(returned).toBe(deployContext);
  });

  it('stops the command, naming it and the exit code, when the tests fail', async () => {
    const { runCommand } = recordingRunner({ status: 1, signal: null });
    const verify = createVerifier({ runCommand, environment: {}, log: silent });

    await expect(verify(deployContext)).rejects.toThrow('project:deploy stopped: "npm test" failed with exit code 1');
  });

  it('stops the command when the tests are killed', async () => {
    const { runCommand } = recordingRunner({ status: null, signal: 'SIGTERM' });
    const verify = createVerifier({ runCommand, environment: {}, log: silent });

    await expect(verify(deployContext)).rejects.toThrow('"npm test" was stopped by SIGTERM');
  });

  it('stops the command when npm cannot be started', async () => {
    const { runCommand } = recordingRunner({ status: null, signal: null, error: new Error('spawn npm ENOENT') });
    const verify = createVerifier({ runCommand, environment: {}, log: silent });

    await expect(verify(deployContext)).rejects.toThrow('could not start "npm test" (spawn npm ENOENT)');
  });

  it('runs nothing when an outer verification already started this process, so packaging from the tests cannot recurse', async () => {
    const { runCommand, calls } = recordingRunner({ status: 1, signal: null });
    const verify = createVerifier({ runCommand, environment: { [VERIFIED_FLAG]: '1' }, log: silent });

    const returned = await verify({ ...deployContext, command: 'project:package' });

    expect(calls).toEqual([]);
    expect(returned.command).toBe('project:package');
  });

  it('says what it is doing before and after the tests', async () => {
    const lines: string[] = [];
    const { runCommand } = recordingRunner({ status: 0, signal: null });
    const verify = createVerifier({ runCommand, environment: {}, log: (line) => lines.push(line) });

    await verify(deployContext);

    expect(lines).toEqual([
      'project:deploy: running "npm test" first (build, type check, lint, tests).',
      'project:deploy: "npm test" passed.',
    ]);
  });
});
