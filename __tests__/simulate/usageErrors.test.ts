/**
 * Bad input to `simulate` ends with exit code 64 and a message that says what to fix (the
 * file, the JSON path, what was expected), never a report and never a stack trace.
 */
import { readFileSync } from 'fs';
import { SIMULATED_NOW, bundledScenario, runSimulate, scratchFolder } from './support/simulateCli';

const READY_SCENARIO = bundledScenario('01-ready-administrator.json');
const scratch = scratchFolder();

afterAll(() => scratch.remove());

/** The ready Administrator account's scenario, changed by `edit`, written to a scratch file. */
function editedScenario(
  name: string,
  edit: (scenario: Record<string, unknown> & { tokens: Record<string, unknown>[] }) => void,
): string {
  const scenario = JSON.parse(readFileSync(READY_SCENARIO, 'utf8')) as Record<string, unknown> & {
    tokens: Record<string, unknown>[];
  };
  edit(scenario);
  return scratch.write(name, JSON.stringify(scenario, null, 2));
}

function expectUsageError(run: { readonly exitCode: number; readonly stdout: string; readonly stderr: string }): void {
  expect(run.exitCode).toBe(64);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('simulate refuses a bad scenario file with exit code 64', () => {
  it('names the file and where its JSON breaks', async () => {
    const file = scratch.write('truncated.json', '{\n  "name": "Cut short",\n  "account": {');

    const run = await runSimulate([file, '--now', SIMULATED_NOW]);

    expectUsageError(run);
    expect(run.stderr).toContain(`${file}: /: is not valid JSON`);
  });

  it('gives the JSON path of a value of the wrong type and what was expected', async () => {
    const file = editedScenario('role-as-text.json', (scenario) => {
      scenario.tokens[0] = { ...scenario.tokens[0], role: 'Administrator' };
    });

    const run = await runSimulate([file, '--now', SIMULATED_NOW]);

    expectUsageError(run);
    expect(run.stderr).toContain(`${file}: /tokens/0/role: must be integer`);
  });

  it('refuses a key the format does not have, listing the allowed keys', async () => {
    const file = editedScenario('extra-key.json', (scenario) => {
      scenario['colour'] = 'red';
    });

    const run = await runSimulate([file, '--now', SIMULATED_NOW]);

    expectUsageError(run);
    expect(run.stderr).toContain(
      `${file}: /: unexpected key "colour"; allowed keys: $schema, name, description, now, account`,
    );
  });

  it('refuses a token whose user is not in the account', async () => {
    const file = editedScenario('unknown-user.json', (scenario) => {
      scenario.tokens[0] = { ...scenario.tokens[0], user: 999 };
    });

    const run = await runSimulate([file, '--now', SIMULATED_NOW]);

    expectUsageError(run);
    expect(run.stderr).toContain(`${file}: /tokens/0/user: no employee in /employees with id 999`);
  });

  it('says when the file does not exist', async () => {
    const missing = scratch.path('no-such-account.json');

    const run = await runSimulate([missing, '--now', SIMULATED_NOW]);

    expectUsageError(run);
    expect(run.stderr).toContain(`${missing}: /: no such file`);
  });

  it('refuses a file that is not a regular file (/dev/zero) without reading it', async () => {
    const run = await runSimulate(['/dev/zero', '--now', SIMULATED_NOW]);

    expectUsageError(run);
    expect(run.stderr).toContain('/dev/zero: /: is not a regular file');
  });
});

describe('simulate refuses bad options with exit code 64', () => {
  it('refuses a --now that is not an ISO-8601 date-time with a zone', async () => {
    const run = await runSimulate([READY_SCENARIO, '--now', '27/11/2026']);

    expectUsageError(run);
    expect(run.stderr).toContain('--now "27/11/2026" is not an ISO-8601 date-time with a time zone');
  });

  it('refuses a --role that is not an internal id', async () => {
    const run = await runSimulate([READY_SCENARIO, '--role', 'Administrator']);

    expectUsageError(run);
    expect(run.stderr).toContain('--role: "Administrator" is not an internal id');
  });

  it('refuses a --user that is not an internal id', async () => {
    const run = await runSimulate([READY_SCENARIO, '--user', '-7']);

    expectUsageError(run);
    expect(run.stderr).toContain('--user: "-7" is not an internal id');
  });

  it('refuses --score-fields that name something other than a custom entity field', async () => {
    const run = await runSimulate([READY_SCENARIO, '--score-fields', 'custentity_acton_score,custbody_score']);

    expectUsageError(run);
    expect(run.stderr).toContain('--score-fields: "custbody_score" is not a custom entity field id');
  });

  it('refuses a format it does not know, listing those it does', async () => {
    const run = await runSimulate([READY_SCENARIO, '--format', 'xml']);

    expectUsageError(run);
    expect(run.stderr).toContain('Allowed choices are text, json, csv, html');
  });

  it('asks for the scenario file when none is given', async () => {
    const run = await runSimulate([]);

    expectUsageError(run);
    expect(run.stderr).toContain("missing required argument 'scenario.json'");
  });
});
