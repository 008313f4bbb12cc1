/** `acton-readiness simulate-watch`, in-process, on the compiled watch (npm run build first). */
import { registerSimulateWatchCommand, type SimulateWatchDocument } from '../../tools/cli/commands/simulateWatch';
import { runCommand, type CommandRun } from '../audit/support/commandRun';
import { bundledScenario } from './support/simulateCli';

const runSimulateWatch = (args: readonly string[]): Promise<CommandRun> =>
  runCommand(registerSimulateWatchCommand, ['simulate-watch', ...args]);

describe('acton-readiness simulate-watch', () => {
  it("prints each run's verdict and the emails it sent as JSON, one day apart from --now", async () => {
    const run = await runSimulateWatch([
      bundledScenario('01-ready-administrator.json'),
      bundledScenario('07-token-revoked.json'),
      '--format',
      'json',
      '--now',
      '2026-11-27T12:00:00Z',
      '--sender',
      '7',
    ]);
    const document = JSON.parse(run.stdout) as SimulateWatchDocument;

    expect(run.exitCode).toBe(0);
    expect(document.runs.map((entry) => [entry.runAt, entry.verdict, entry.emails.length])).toEqual([
      ['2026-11-27T12:00:00.000Z', 'READY', 0],
      ['2026-11-28T12:00:00.000Z', 'NOT_READY', 1],
    ]);
    expect(document.runs.map((entry) => entry.emailProblem)).toEqual([null, null]);
    expect(document.runs[1]?.emails[0]).toEqual({
      author: 7,
      to: ['ada.admin@example.com'],
      subject: expect.stringMatching(/got worse/) as unknown,
      body: expect.stringContaining('token.active') as unknown,
    });
  });

  it('prints readable text by default, the email body without its tags', async () => {
    const run = await runSimulateWatch([
      bundledScenario('03-tba-disabled.json'),
      bundledScenario('03-tba-disabled.json'),
      '--sender',
      '7',
    ]);

    expect(run.stdout).toMatch(
      /^Run 1 \(2026-11-27\) .*03-tba-disabled\.json: NOT_READY, \d+ of 10000 units\n {2}email from employee 7 to ada\.admin@example\.com: /,
    );
    expect(run.stdout).toContain('Run 2 (2026-11-28)');
    expect(run.stdout).toContain('no email (nothing got worse)');
    expect(run.stdout).not.toMatch(/<\/?(p|li|a)\b/);
  });

  it('without --sender keeps the runs, emails nobody, and says why for the run that got worse', async () => {
    const json = await runSimulateWatch([
      bundledScenario('01-ready-administrator.json'),
      bundledScenario('07-token-revoked.json'),
      '--format',
      'json',
    ]);
    const text = await runSimulateWatch([
      bundledScenario('01-ready-administrator.json'),
      bundledScenario('07-token-revoked.json'),
    ]);
    const document = JSON.parse(json.stdout) as SimulateWatchDocument;

    expect(json.exitCode).toBe(0);
    expect(document.runs.map((entry) => [entry.verdict, entry.emails.length])).toEqual([
      ['READY', 0],
      ['NOT_READY', 0],
    ]);
    expect(document.runs[0]?.emailProblem).toBeNull();
    expect(document.runs[1]?.emailProblem).toMatch(/^No sender is set: set the Email sender parameter/);
    expect(text.stdout).toContain('no email, although readiness got worse: No sender is set');
    expect(text.stdout.match(/nothing got worse/g)).toHaveLength(1);
  });

  it('refuses a --sender that is not an employee internal id, with exit code 64', async () => {
    const run = await runSimulateWatch([bundledScenario('01-ready-administrator.json'), '--sender', 'ada']);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('--sender "ada" is not an employee internal id');
  });

  it('refuses a --now that is not an ISO date-time, with exit code 64', async () => {
    const run = await runSimulateWatch([bundledScenario('01-ready-administrator.json'), '--now', 'tomorrow']);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('--now "tomorrow" is not an ISO-8601 date-time');
  });

  it('names the scenario file that cannot be read, with exit code 64', async () => {
    const run = await runSimulateWatch(['no-such-scenario.json']);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('no-such-scenario.json');
  });
});
