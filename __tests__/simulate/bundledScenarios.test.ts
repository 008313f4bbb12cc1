/**
 * Every bundled demo account through `acton-readiness simulate`: the compiled Suitelet, run
 * in the emulator, gives the verdict the account's situation calls for, for the reasons it
 * calls for, and the command exits with the verdict's code.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { parseReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/reportDocument';
import { PROJECT_ROOT, SIMULATED_NOW, bundledScenario, runSimulate } from './support/simulateCli';
import type { SimulateRun } from './support/simulateCli';

/** What a scenario must come out as: the verdict, and the status of every blocker and warning check that did not pass. */
interface ExpectedAudit {
  readonly verdict: ReportDocument['verdict'];
  readonly exitCode: number;
  readonly notPassing: Readonly<Record<string, string>>;
}

const EXPECTED: Readonly<Record<string, ExpectedAudit>> = {
  '01-ready-administrator.json': { verdict: 'READY', exitCode: 0, notPassing: {} },
  '02-ready-integration-role.json': { verdict: 'READY', exitCode: 0, notPassing: {} },
  '03-tba-disabled.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: {
      'feature.token-based-authentication': 'fail',
      'integration.authentication': 'manual',
      'login.recent': 'fail',
    },
  },
  '04-integration-missing.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: {
      'integration.record': 'fail',
      'integration.state': 'fail',
      'integration.authentication': 'fail',
      'token.active': 'fail',
    },
  },
  '05-integration-blocked.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: { 'integration.state': 'fail', 'login.recent': 'fail' },
  },
  '06-role-without-user-access-tokens.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: {
      'integration.authentication': 'manual',
      'role.token-login': 'fail',
      'role.acton-permissions': 'fail',
      'login.recent': 'fail',
    },
  },
  '07-token-revoked.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: { 'token.active': 'fail', 'login.recent': 'fail' },
  },
  '08-user-lost-role.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: { 'user.access': 'fail', 'login.recent': 'fail' },
  },
  '09-sandbox.json': { verdict: 'READY', exitCode: 0, notPassing: {} },
  '10-tables-unreadable.json': {
    verdict: 'INCOMPLETE',
    exitCode: 3,
    notPassing: {
      'integration.record': 'unknown',
      'integration.state': 'unknown',
      'integration.authentication': 'unknown',
      'token.active': 'unknown',
      'login.recent': 'unknown',
    },
  },
  '12-advanced-employee-permissions.json': { verdict: 'READY', exitCode: 0, notPassing: {} },
  '13-failure-without-application.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: { 'login.recent': 'fail' },
  },
  '14-release-2027-1-integration-missing.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: {
      'integration.record': 'fail',
      'integration.state': 'fail',
      'integration.authentication': 'fail',
      'token.active': 'fail',
    },
  },
  '15-release-2027-1-ready.json': { verdict: 'READY', exitCode: 0, notPassing: {} },
  '16-old-soap-endpoint.json': {
    verdict: 'READY_WITH_WARNINGS',
    exitCode: 0,
    notPassing: { 'platform.soap-retirement': 'warn' },
  },
  '17-web-services-only-role-token-revoked.json': {
    verdict: 'NOT_READY',
    exitCode: 2,
    notPassing: { 'token.active': 'fail', 'login.recent': 'fail' },
  },
  '18-ip-address-rules.json': { verdict: 'READY', exitCode: 0, notPassing: {} },
  // Act-On data accounts: each connects as the first one, and its data makes one data check warn.
  '19-no-score-field.json': {
    verdict: 'READY_WITH_WARNINGS',
    exitCode: 0,
    notPassing: { 'data.score-fields': 'warn' },
  },
  '20-no-active-lead-status.json': {
    verdict: 'READY_WITH_WARNINGS',
    exitCode: 0,
    notPassing: { 'data.lead-status': 'warn' },
  },
  '21-mandatory-custom-field.json': {
    verdict: 'READY_WITH_WARNINGS',
    exitCode: 0,
    notPassing: { 'data.mandatory-fields': 'warn' },
  },
  '22-contacts-without-email.json': {
    verdict: 'READY_WITH_WARNINGS',
    exitCode: 0,
    notPassing: { 'data.email-coverage': 'warn' },
  },
};

function documentOf(run: SimulateRun): ReportDocument {
  const parsed = parseReportDocument(run.stdout);
  if ('error' in parsed) throw new Error(`simulate printed no report document: ${parsed.error}\n${run.stderr}`);
  return parsed;
}

function statusOf(document: ReportDocument, checkId: string): string | undefined {
  return document.checks.find((check) => check.id === checkId)?.status;
}

function notPassingJudgedChecks(document: ReportDocument): Record<string, string> {
  // A warning check at `info` has nothing to judge in this account (e.g. IP address rules off).
  return Object.fromEntries(
    document.checks
      .filter((check) => check.severity !== 'info' && check.status !== 'pass' && check.status !== 'info')
      .map((check) => [check.id, check.status]),
  );
}

it('has an expectation for every bundled scenario file', () => {
  const files = readdirSync(join(PROJECT_ROOT, 'scenarios')).filter((file) => /^\d+-.+\.json$/.test(file));

  expect(Object.keys(EXPECTED).sort()).toEqual(files.sort());
});

describe.each(Object.entries(EXPECTED))('simulate %s', (file, expected) => {
  let run: SimulateRun;

  beforeAll(async () => {
    run = await runSimulate([bundledScenario(file), '--format', 'json', '--now', SIMULATED_NOW]);
  });

  it(`comes out ${expected.verdict}, exit code ${expected.exitCode}`, () => {
    expect({ verdict: documentOf(run).verdict, exitCode: run.exitCode }).toEqual({
      verdict: expected.verdict,
      exitCode: expected.exitCode,
    });
  });

  it('fails, warns or leaves unproven exactly the checks its situation calls for', () => {
    expect(notPassingJudgedChecks(documentOf(run))).toEqual(expected.notPassing);
  });

  it('runs without an emulator warning (no refused statement, no missing API)', () => {
    expect(run.stderr).toBe('');
  });

  it('stays within 5 connection statements (6 when a fallback runs) plus 6 data statements, at 10 units each, and 10 units for the new lead and contact', () => {
    const { usage } = documentOf(run);

    expect(usage.queries).toBeLessThanOrEqual(12);
    expect(usage.governanceUnits).toBe(usage.queries * 10 + 10);
  });
});

describe('what the bundled scenarios show besides the verdict', () => {
  it("proves the dedicated role's token for the account ready with a non-admin integration role", async () => {
    const document = documentOf(
      await runSimulate([
        bundledScenario('02-ready-integration-role.json'),
        '--format',
        'json',
        '--now',
        SIMULATED_NOW,
      ]),
    );

    expect(document.candidates[0]).toMatchObject({
      source: 'token',
      userName: 'Act-On Sync',
      roleName: 'Act-On Integration',
      blockersFailed: 0,
    });
  });

  it("gives the sandbox's Account ID in Act-On's form, as information", async () => {
    const document = documentOf(
      await runSimulate([bundledScenario('09-sandbox.json'), '--format', 'json', '--now', SIMULATED_NOW]),
    );

    expect(document.account).toMatchObject({
      actOnAccountId: '1234567_SB1',
      hostId: '1234567-sb1',
      environment: 'SANDBOX',
    });
    expect(statusOf(document, 'account.id')).toBe('info');
  });

  it('names the unreadable tables in the evidence of the checks it could not prove', async () => {
    const document = documentOf(
      await runSimulate([bundledScenario('10-tables-unreadable.json'), '--format', 'json', '--now', SIMULATED_NOW]),
    );

    const evidence = document.checks.find((check) => check.id === 'token.active')?.evidence.join(' ') ?? '';
    expect(evidence).toMatch(/oauthtoken/i);
  });
});

describe('bundled scenarios carry their own clock', () => {
  it.each(Object.keys(EXPECTED))('%s is audited at its own "now" when --now is not given', async (file) => {
    const document = documentOf(await runSimulate([bundledScenario(file), '--format', 'json']));

    expect(document.generatedAt).toBe('2026-11-27T12:00:00Z');
    expect(document.verdict).toBe(EXPECTED[file]?.verdict);
  });
});

describe('the demo accounts of the platform timeline and the later causes give the advice their situation calls for', () => {
  async function checkWords(file: string, checkId: string): Promise<string> {
    const check = documentOf(await runSimulate([bundledScenario(file), '--format', 'json'])).checks.find(
      (candidate) => candidate.id === checkId,
    );
    return [...(check?.evidence ?? []), ...(check?.fix?.steps ?? [])].join('\n');
  }

  it('2027.1 without the record: sends the administrator to Act-On instead of asking for a new TBA integration', async () => {
    const words = await checkWords('14-release-2027-1-integration-missing.json', 'integration.record');

    expect(words).toContain('Ask Act-On support which connection Act-On supports');
    expect(words).not.toContain('click New');
  });

  it('2027.1 with the record: says to keep it', async () => {
    expect(await checkWords('15-release-2027-1-ready.json', 'integration.record')).toContain(
      'Keep this record: do not delete it or reset it.',
    );
  });

  it('an old SOAP endpoint: names the endpoint and the release it stopped being supported', async () => {
    expect(await checkWords('16-old-soap-endpoint.json', 'platform.soap-retirement')).toContain('2019.1 SOAP endpoint');
  });

  it("a Web Services Only role's revoked token: an administrator creates the new one", async () => {
    const words = await checkWords('17-web-services-only-role-token-revoked.json', 'token.active');

    expect(words).toContain('Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.');
    expect(words).not.toContain('New My Access Token');
  });

  it("a Web Services Only role's revoked token: the plan's step is the administrator's, never New My Access Token", async () => {
    const document = documentOf(
      await runSimulate([bundledScenario('17-web-services-only-role-token-revoked.json'), '--format', 'json']),
    );
    const step = document.fixPlan?.find((entry) => entry.resolves.includes('token.active'));

    expect(step?.navigation).toBe('Setup > Users/Roles > Access Tokens > New');
    expect(step?.title).not.toContain('My Access Token');
  });

  it("IP address rules on: lists the addresses Act-On's logins came from", async () => {
    expect(await checkWords('18-ip-address-rules.json', 'login.ip-address-rules')).toContain('203.0.113.7');
  });
});

describe('a requested role or user id the demo account does not have is rejected, and the defaults are audited', () => {
  it('keeps the ready account READY with --role 9999, saying there is no such role', async () => {
    const document = documentOf(
      await runSimulate([bundledScenario('01-ready-administrator.json'), '--format', 'json', '--role', '9999']),
    );

    expect(document.verdict).toBe('READY');
    expect(document.inputProblems).toEqual([
      expect.objectContaining({ parameter: 'role', message: expect.stringContaining('no role with internal id 9999') }),
    ]);
    expect(document.candidates[0]?.roleId).toBe(3);
  });

  it('keeps the real fix, a new token, on the token-revoked account with --user 99999', async () => {
    const document = documentOf(
      await runSimulate([bundledScenario('07-token-revoked.json'), '--format', 'json', '--user', '99999']),
    );

    expect(document.inputProblems).toEqual([expect.objectContaining({ parameter: 'user' })]);
    expect(document.fixPlan?.[0]?.resolves).toContain('token.active');
    expect(document.fixPlan?.[0]?.title).toBe('Create a new access token for Act-On');
  });
});

describe('the Act-On data demo accounts say what their data calls for, in counts', () => {
  async function dataCheck(file: string, checkId: string): Promise<ReportDocument['checks'][number] | undefined> {
    const document = documentOf(await runSimulate([bundledScenario(file), '--format', 'json']));
    return document.checks.find((candidate) => candidate.id === checkId);
  }

  it('no score field: asks for a lead-level and a contact-level field', async () => {
    const check = await dataCheck('19-no-score-field.json', 'data.score-fields');

    expect(check?.fix?.title).toBe("Create a lead-level and a contact-level field for Act-On's score");
  });

  it('no active Lead status: says a new lead offers none, and how many statuses are inactive', async () => {
    const check = await dataCheck('20-no-active-lead-status.json', 'data.lead-status');

    expect(check?.evidence).toEqual([
      'A new lead offers no status; the account has 4 customer statuses, 2 of them inactive (read account-wide, as ' +
        'you see it).',
    ]);
  });

  it('a mandatory custom field: names it by id and label, with the SOAP preference as the way out', async () => {
    const check = await dataCheck('21-mandatory-custom-field.json', 'data.mandatory-fields');

    expect(check?.evidence[0]).toBe(
      'custentity_region ("Sales Region") is mandatory on new leads and new contacts (read account-wide, as you see it).',
    );
    expect(check?.fix?.steps.join(' ')).toContain('Disable Mandatory Custom Field Validation');
  });

  it('40 % of contacts without email: counts them, and counts the shared address without naming it', async () => {
    const coverage = await dataCheck('22-contacts-without-email.json', 'data.email-coverage');
    const duplicates = await dataCheck('22-contacts-without-email.json', 'data.duplicate-emails');

    expect(coverage?.evidence).toContain(
      'Contacts: 4 of 10 active contacts have no email (40 %) (read account-wide, as you see it).',
    );
    expect(duplicates?.status).toBe('info');
    expect([...(coverage?.evidence ?? []), ...(duplicates?.evidence ?? [])].join(' ')).not.toMatch(/@/);
  });
});

describe('the Act-On data section in every format', () => {
  const file = '21-mandatory-custom-field.json';
  const formatted = async (format: string): Promise<string> =>
    (await runSimulate([bundledScenario(file), '--format', format])).stdout;

  it('text: under its own heading, after the role and token checks', async () => {
    const text = await formatted('text');

    expect(text.indexOf('ACT-ON DATA')).toBeGreaterThan(text.indexOf('ROLE, USER AND ACCESS TOKEN'));
    expect(text).toContain('custentity_region ("Sales Region") is mandatory');
  });

  it('CSV: one row per data check', async () => {
    const rows = (await formatted('csv')).split('\r\n').filter((row) => /(^|,)"?data\./.test(row));

    expect(rows).toHaveLength(7);
  });

  it('HTML: a section titled Act-On data naming the mandatory field', async () => {
    const html = await formatted('html');

    expect(html).toContain('Act-On data');
    expect(html).toContain('custentity_region');
  });
});
