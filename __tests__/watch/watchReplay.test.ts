/**
 * The compiled watch, run by the emulator's scheduler once per scenario against one history.
 * Needs `npm run build` (npm test runs it first).
 */
import { join } from 'path';
import { CustomRecordStore, type ScriptRunResult } from '../../tools/emulator';
import { LARGE_ACCOUNT_FILE } from '../../tools/scenarios/demoScenarios';
import { LARGE_ACCOUNT_NOW } from '../../tools/scenarios/largeAccountActivity';
import { readyHistory, replayWatch, type WatchReplayRun } from '../../tools/watch/watchReplay';
import { HISTORY_BOUND, MAX_DELETIONS_PER_RUN } from '../../src/core/watch/watchPolicy';
import { RUN_FIELDS, RUN_RECORD_TYPE, WATCH_PARAMETERS } from '../../src/netsuite/watchReads/historyRecordType';

const PROJECT_ROOT = join(__dirname, '../..');
const FIRST_RUN_AT = new Date('2026-11-27T12:00:00Z');
const scenario = (name: string): string => join(PROJECT_ROOT, 'scenarios', name);
const READY = scenario('01-ready-administrator.json');
const TOKEN_REVOKED = scenario('07-token-revoked.json');
const TBA_OFF = scenario('03-tba-disabled.json');

const replay = (
  files: readonly string[],
  records?: CustomRecordStore,
  scriptParameters?: Record<string, string>,
): Promise<WatchReplayRun[]> =>
  replayWatch(files, {
    projectRoot: PROJECT_ROOT,
    firstRunAt: FIRST_RUN_AT,
    ...(records ? { records } : {}),
    ...(scriptParameters ? { scriptParameters } : {}),
  });

/** Ada Admin (employee 7), an active employee with an address, as the Email sender. */
const SENT_BY_ADA = { [WATCH_PARAMETERS.sender]: '7' };

const emailsOf = (runs: readonly WatchReplayRun[]): ScriptRunResult['emails'][] => runs.map((run) => run.result.emails);

describe('the watch over successive days', () => {
  it('emails once when a ready account has its token revoked, naming the token', async () => {
    const runs = await replay([READY, TOKEN_REVOKED], undefined, SENT_BY_ADA);
    const [first, second] = runs;

    expect(runs.map((run) => run.verdict)).toEqual(['READY', 'NOT_READY']);
    expect(emailsOf(runs).map((emails) => emails.length)).toEqual([0, 1]);
    expect(second?.result.emails[0]?.subject).toMatch(/got worse/);
    expect(second?.result.emails[0]?.body).toContain('ActOnTBA Ada Admin Administrator');
    expect(second?.result.emails[0]?.body).toContain('27 Nov 2026, 12:00 UTC');
    expect(first?.result.error).toBeNull();
  });

  it('sends the email from the Email sender, to the sender when no recipients are set', async () => {
    const [, second] = await replay([READY, TOKEN_REVOKED], undefined, SENT_BY_ADA);

    expect(second?.result.emails[0]).toMatchObject({ author: 7, to: ['ada.admin@example.com'] });
    expect(second?.emailProblem).toBeNull();
  });

  it('sends it to the recipients parameter instead when it names some', async () => {
    const [, second] = await replay([READY, TOKEN_REVOKED], undefined, {
      ...SENT_BY_ADA,
      [WATCH_PARAMETERS.recipients]: 'ops@example.com, 7',
    });

    expect(second?.result.emails[0]?.to).toEqual(['ops@example.com', 'ada.admin@example.com']);
  });

  it('audits the score fields its Score fields parameter names, and keeps them in the run', async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    // custentity_industry is a list on leads and absent from contacts: no place for Act-On's score.
    const runs = await replay([READY], records, { [WATCH_PARAMETERS.scoreFields]: 'custentity_industry' });
    const stored = JSON.parse(String(records.list(RUN_RECORD_TYPE)[0]?.values[RUN_FIELDS.report])) as {
      inputs: { scoreFieldIds?: string[] };
      checks: { id: string; status: string }[];
    };

    expect(runs.map((run) => run.verdict)).toEqual(['READY_WITH_WARNINGS']);
    expect(stored.inputs.scoreFieldIds).toEqual(['custentity_industry']);
    expect(stored.checks.find((check) => check.id === 'data.score-fields')?.status).toBe('warn');
  });

  it('emails a new Act-On data warning with its counts when many contacts lose their email', async () => {
    const [, second] = await replay([READY, scenario('22-contacts-without-email.json')], undefined, SENT_BY_ADA);
    const body = second?.result.emails[0]?.body ?? '';

    expect(body).toContain('New warning: Leads and contacts have an email (data.email-coverage).');
    expect(body).toContain('Contacts: 4 of 10 active contacts have no email (40 %)');
    expect(body).not.toMatch(/\w@example\.com/);
  });

  it('keeps its runs and emails nobody without a sender, saying where to set one', async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    const runs = await replay([READY, TOKEN_REVOKED], records);

    expect(runs.map((run) => run.verdict)).toEqual(['READY', 'NOT_READY']);
    expect(emailsOf(runs)).toEqual([[], []]);
    expect(runs[1]?.result.error).toBeNull();
    expect(runs[1]?.emailProblem).toContain('No sender is set: set the Email sender parameter');
    expect(runs[1]?.emailProblem).toContain('Script Deployments > Act-On Readiness Watch > Edit > Parameters');
    expect(records.list(RUN_RECORD_TYPE).map((record) => record.values[RUN_FIELDS.emailed])).toEqual([false, false]);
  });

  it('leaves out an unknown and a malformed recipient, logs them, and emails the rest', async () => {
    const [, second] = await replay([READY, TOKEN_REVOKED], undefined, {
      ...SENT_BY_ADA,
      [WATCH_PARAMETERS.recipients]: '999, ops@example.com, not-an-address, 21',
    });

    expect(second?.result.emails).toHaveLength(1);
    expect(second?.result.emails[0]?.to).toEqual(['ops@example.com', 'act.on.sync@example.com']);
    expect(second?.emailProblem).toBeNull();
    const leftOut = second?.result.logs.find((entry) => entry.title === 'Watch recipients left out');
    expect(leftOut?.details).toContain('"not-an-address": neither an email address nor an employee id');
    expect(leftOut?.details).toContain('employee 999: no employee has this internal id');
  });

  it('keeps the run, saying why, when the sender is not an active employee; the next run with a sender tells of the change', async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    await replay([READY], records, SENT_BY_ADA);

    const [refused] = await replay([TOKEN_REVOKED], records, { [WATCH_PARAMETERS.sender]: '999' });
    const [retried] = await replay([TOKEN_REVOKED], records, SENT_BY_ADA);

    expect(refused?.result.error).toBeNull();
    expect(refused?.verdict).toBe('NOT_READY');
    expect(refused?.emailProblem).toContain(
      'The Email sender (employee 999) cannot send: no employee has this internal id',
    );
    expect(retried?.result.emails).toHaveLength(1);
    expect(records.list(RUN_RECORD_TYPE).map((record) => record.values[RUN_FIELDS.verdict])).toEqual([
      'READY',
      'NOT_READY',
      'NOT_READY',
    ]);
  });

  it('logs each run to the Execution Log: verdict, whether it emailed, what it pruned and its units', async () => {
    const [, second] = await replay([READY, TOKEN_REVOKED], undefined, SENT_BY_ADA);

    expect(second?.result.logs).toHaveLength(1);
    expect(second?.result.logs[0]).toMatchObject({ level: 'AUDIT', title: 'Act-On readiness watch' });
    expect(second?.result.logs[0]?.details).toBe(
      `Verdict NOT_READY; emailed; pruned 0; units ${second?.result.usage.units ?? 0}.`,
    );
  });

  it('is silent when a ready account stays ready', async () => {
    const runs = await replay([READY, READY]);

    expect(emailsOf(runs)).toEqual([[], []]);
  });

  it('emails on a first run that is not ready', async () => {
    const [first] = await replay([TBA_OFF], undefined, SENT_BY_ADA);

    expect(first?.verdict).toBe('NOT_READY');
    expect(first?.result.emails).toHaveLength(1);
    expect(first?.result.emails[0]?.body).toContain('Setup &gt; Company &gt; Enable Features &gt; SuiteCloud');
  });

  it('is silent when a not-ready account is unchanged the next day', async () => {
    const runs = await replay([TBA_OFF, TBA_OFF], undefined, SENT_BY_ADA);

    expect(emailsOf(runs).map((emails) => emails.length)).toEqual([1, 0]);
  });

  it("keeps one record per run, with the run's verdict, checks and JSON report", async () => {
    const records = CustomRecordStore.forProject(PROJECT_ROOT);
    await replay([READY, TOKEN_REVOKED], records, SENT_BY_ADA);

    const stored = records.list(RUN_RECORD_TYPE).map((record) => record.values);

    expect(
      stored.map((values) => [values[RUN_FIELDS.runAt], values[RUN_FIELDS.verdict], values[RUN_FIELDS.failing]]),
    ).toEqual([
      ['2026-11-27T12:00:00Z', 'READY', ''],
      ['2026-11-28T12:00:00Z', 'NOT_READY', 'token.active,login.recent'],
    ]);
    expect(JSON.parse(String(stored[1]?.[RUN_FIELDS.report]))).toMatchObject({
      schemaVersion: 1,
      verdict: 'NOT_READY',
    });
    expect(stored.map((values) => [values[RUN_FIELDS.emailed], values[RUN_FIELDS.emailProblem]])).toEqual([
      [false, ''],
      [true, ''],
    ]);
  });
});

describe("the watch's history bound", () => {
  it(`prunes a full history to ${HISTORY_BOUND} runs, keeping the newest`, async () => {
    const records = readyHistory(PROJECT_ROOT, HISTORY_BOUND + 5);
    const newestBefore = records.list(RUN_RECORD_TYPE).at(-1)?.id;

    const [run] = await replay([READY], records);
    const kept = records.list(RUN_RECORD_TYPE);

    expect(run?.result.error).toBeNull();
    expect(kept).toHaveLength(HISTORY_BOUND);
    expect(kept.map((record) => record.id)).toContain(newestBefore);
  });

  it(`cuts an overgrown history back by at most ${MAX_DELETIONS_PER_RUN} runs per run, within the run's units`, async () => {
    const records = readyHistory(PROJECT_ROOT, HISTORY_BOUND + 300);

    const [run] = await replay([READY], records);

    expect(records.list(RUN_RECORD_TYPE)).toHaveLength(HISTORY_BOUND + 300 + 1 - MAX_DELETIONS_PER_RUN);
    expect(run?.result.usage.limitExceeded).toBe(false);
    process.stdout.write(
      `watch run pruning ${MAX_DELETIONS_PER_RUN} runs: ${run?.result.usage.units ?? '?'} of ` +
        `${run?.result.usage.limit ?? '?'} units\n`,
    );
  });
});

describe("the watch's governance", () => {
  it('stays far inside 10,000 units on the small and on the large demo account', async () => {
    const small = await replay([READY, TOKEN_REVOKED]);
    const [large] = await replayWatch([join(PROJECT_ROOT, LARGE_ACCOUNT_FILE)], {
      projectRoot: PROJECT_ROOT,
      firstRunAt: LARGE_ACCOUNT_NOW,
    });
    const units = [...small, ...(large ? [large] : [])].map((run) => ({
      scenario: run.scenario.slice(PROJECT_ROOT.length + 1),
      units: run.result.usage.units,
      emails: run.result.emails.length,
    }));
    process.stdout.write(`watch units per run: ${JSON.stringify(units)}\n`);

    expect(large?.result.error).toBeNull();
    expect(units.every((run) => run.units <= 1000)).toBe(true);
  });
});
