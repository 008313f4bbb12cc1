/**
 * `simulate`'s output formats and request options: text for a person (colour only on a
 * terminal), the JSON document, the Suitelet's own CSV download and print page, and the
 * integration, role, user and "now" the audit is asked about.
 */
import { CSV_COLUMNS } from '../../src/render/csv';
import { parseReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/reportDocument';
import { SIMULATED_NOW, bundledScenario, runSimulate } from './support/simulateCli';

const SANDBOX = bundledScenario('09-sandbox.json');
const TBA_DISABLED = bundledScenario('03-tba-disabled.json');
const ESCAPE = '\u001b';

async function simulatedDocument(args: readonly string[]): Promise<ReportDocument> {
  const run = await runSimulate([...args, '--format', 'json', '--now', SIMULATED_NOW]);
  const parsed = parseReportDocument(run.stdout);
  if ('error' in parsed) throw new Error(`${parsed.error}\n${run.stderr}`);
  return parsed;
}

describe('simulate --format text (the default)', () => {
  it('starts with the verdict line and gives each check a status word', async () => {
    const run = await runSimulate([TBA_DISABLED, '--now', SIMULATED_NOW]);

    expect(run.stdout.split('\n')[0]).toBe('Act-On readiness: \u2716 Not ready (NOT_READY)');
    expect(run.stdout).toMatch(/^ {2}\u2716 Fail +Token-Based Authentication is enabled \[Blocker\]$/m);
    expect(run.exitCode).toBe(2);
  });

  it("makes the fix links absolute on the account's own UI host", async () => {
    const run = await runSimulate([TBA_DISABLED, '--now', SIMULATED_NOW]);

    expect(run.stdout).toContain('<https://1234567.app.netsuite.com/app/setup/features.nl>');
  });

  it('writes no colour when standard output is not a terminal', async () => {
    const run = await runSimulate([TBA_DISABLED, '--now', SIMULATED_NOW], { isTTY: false });

    expect(run.stdout).not.toContain(ESCAPE);
  });

  it('colours the report on a terminal', async () => {
    const run = await runSimulate([TBA_DISABLED, '--now', SIMULATED_NOW], { isTTY: true });

    expect(run.stdout).toContain(`${ESCAPE}[31m`);
  });

  it('leaves colour off on a terminal when NO_COLOR is set or --no-color is given', async () => {
    const withNoColor = await runSimulate([TBA_DISABLED, '--now', SIMULATED_NOW], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    const withFlag = await runSimulate([TBA_DISABLED, '--now', SIMULATED_NOW, '--no-color'], { isTTY: true });

    expect(withNoColor.stdout).not.toContain(ESCAPE);
    expect(withFlag.stdout).not.toContain(ESCAPE);
  });
});

describe('simulate --format json', () => {
  it('prints the report document, which reads back as one', async () => {
    const run = await runSimulate([SANDBOX, '--format', 'json', '--now', SIMULATED_NOW]);

    const parsed = parseReportDocument(run.stdout);
    expect(parsed).toMatchObject({
      verdict: 'READY',
      account: { actOnAccountId: '1234567_SB1' },
      generatedAt: SIMULATED_NOW,
    });
  });
});

describe('simulate --format csv', () => {
  it("prints the Suitelet's CSV download: a header row, then one row per check with the verdict", async () => {
    const run = await runSimulate([SANDBOX, '--format', 'csv', '--now', SIMULATED_NOW]);
    const document = await simulatedDocument([SANDBOX]);

    const rows = run.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(document.checks.length + 1);
    expect(rows[1]?.split(',').slice(0, 4)).toEqual(['1234567_SB1', 'SANDBOX', SIMULATED_NOW, 'READY']);
    expect(run.exitCode).toBe(0);
  });
});

describe('simulate --format html', () => {
  it("prints the Suitelet's print page: a standalone HTML document with the verdict", async () => {
    const run = await runSimulate([TBA_DISABLED, '--format', 'html', '--now', SIMULATED_NOW]);

    expect(run.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(run.stdout.trimEnd()).toMatch(/<\/html>$/i);
    expect(run.stdout).toContain('Not ready');
    expect(run.exitCode).toBe(2);
  });
});

describe('simulate request options', () => {
  it('audits the integration named by --integration', async () => {
    const document = await simulatedDocument([
      bundledScenario('01-ready-administrator.json'),
      '--integration',
      'Other App',
    ]);

    expect(document.inputs.integrationName).toBe('Other App');
    expect(document.checks.find((check) => check.id === 'integration.record')?.status).toBe('fail');
  });

  it('audits the role and user named by --role and --user', async () => {
    const document = await simulatedDocument([
      bundledScenario('02-ready-integration-role.json'),
      '--role',
      '1001',
      '--user',
      '21',
    ]);

    expect(document.inputs).toEqual({ integrationName: 'ActOnTBA', roleId: 1001, userId: 21, scoreFieldIds: [] });
    expect(document.candidates[0]).toMatchObject({ roleId: 1001, userId: 21, blockersFailed: 0 });
  });

  it('judges and keeps the score fields named by --score-fields', async () => {
    const document = await simulatedDocument([
      bundledScenario('19-no-score-field.json'),
      '--score-fields',
      'CUSTENTITY_INDUSTRY',
    ]);

    expect(document.inputs.scoreFieldIds).toEqual(['custentity_industry']);
    const check = document.checks.find((candidate) => candidate.id === 'data.score-fields');
    expect(check?.status).toBe('warn');
    expect(check?.fix?.id).toBe('fixScoreField');
  });

  it('ends the 30-day login window at --now: months later, the same logins no longer count', async () => {
    const later = '2027-03-01T00:00:00Z';
    const run = await runSimulate([bundledScenario('01-ready-administrator.json'), '--format', 'json', '--now', later]);

    const parsed = parseReportDocument(run.stdout);
    expect(parsed).toMatchObject({ generatedAt: later, verdict: 'READY_WITH_WARNINGS' });
    expect('error' in parsed ? null : parsed.checks.find((check) => check.id === 'login.recent')?.status).toBe('pass');
  });
});
