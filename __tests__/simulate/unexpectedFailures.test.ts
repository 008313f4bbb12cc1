/**
 * Anything that goes wrong beyond bad input ends in one clear line on stderr and exit code 70;
 * the stack trace only when ACTON_READINESS_DEBUG=1 asks for it.
 */
import { simulateFailureExitCode } from '../../tools/cli/commands/simulate';
import { EmulatorError } from '../../tools/emulator';
import type { CommandIo, OutputStream } from '../../tools/cli/program';

function capturingIo(env: NodeJS.ProcessEnv): CommandIo & { readonly stderrText: () => string } {
  let text = '';
  const stderr: OutputStream = {
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
  };
  return { stdout: { write: () => true }, stderr, env, stderrText: () => text };
}

describe('simulateFailureExitCode', () => {
  it('words an unexpected error as one line and exits 70', () => {
    const io = capturingIo({});

    const exitCode = simulateFailureExitCode(new Error('database image is malformed'), io);

    expect(exitCode).toBe(70);
    expect(io.stderrText()).toBe('acton-readiness: unexpected error: database image is malformed\n');
  });

  it('adds the stack trace when ACTON_READINESS_DEBUG=1', () => {
    const io = capturingIo({ ACTON_READINESS_DEBUG: '1' });
    const failure = new Error('database image is malformed');

    simulateFailureExitCode(failure, io);

    expect(io.stderrText()).toContain(failure.stack ?? 'no stack');
  });
});

describe('simulateFailureExitCode for the emulator', () => {
  it('says the emulator cannot run the Suitelet, in one line, and exits 70', () => {
    const io = capturingIo({});

    const exitCode = simulateFailureExitCode(
      new EmulatorError('MODULE_NOT_EMULATED', 'The script needs N/record, which the emulator does not provide.'),
      io,
    );

    expect(exitCode).toBe(70);
    expect(io.stderrText()).toBe(
      'acton-readiness: simulate: the emulator cannot run the Suitelet: The script needs N/record, which the ' +
        'emulator does not provide.\n',
    );
  });
});
