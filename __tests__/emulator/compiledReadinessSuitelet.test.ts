/**
 * The readiness Suitelet as it gets deployed (the compiled AMD files; `npm test` builds them
 * first) run in the emulator on small accounts of this suite's own.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import {
  createAccount,
  loadScenario,
  parseScenario,
  rejectedStatements,
  runSuitelet,
  type EmulatedAccount,
  type ScriptRunResult,
} from '../../tools/emulator';
import { accountOfSize } from './fixtures/scenarioDocuments';

const PROJECT_ROOT = join(__dirname, '..', '..');
const SUITELET = join(PROJECT_ROOT, 'FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js');
const SMALL_READY_ACCOUNT = join(__dirname, 'fixtures', 'scenarios', 'small-ready-account.json');
const NOW = new Date('2026-11-27T12:00:00Z');

const accounts: EmulatedAccount[] = [];

async function accountFor(scenario: Parameters<typeof createAccount>[0]): Promise<EmulatedAccount> {
  const account = await createAccount(scenario, { now: NOW });
  accounts.push(account);
  return account;
}

function verdictOf(result: ScriptRunResult): unknown {
  return (JSON.parse(result.body) as { verdict?: unknown }).verdict;
}

beforeAll(() => {
  if (!existsSync(SUITELET))
    throw new Error(`${SUITELET} is missing: run "npm run build" before these tests (npm test does).`);
});

afterAll(() => accounts.forEach((account) => account.close()));

describe('the compiled readiness Suitelet on a small ready account', () => {
  let account: EmulatedAccount;

  beforeAll(async () => {
    account = await accountFor(loadScenario(SMALL_READY_ACCOUNT));
  });

  it('finds the account READY, with every statement accepted', async () => {
    const result = await runSuitelet(account, { scriptPath: SUITELET, parameters: { format: 'json' } });

    expect(verdictOf(result)).toBe('READY');
    expect(rejectedStatements(result)).toEqual([]);
    expect(result.unsupported).toEqual([]);
  });

  it('spends 10 units per statement, 5 per new record (a lead and a contact), and at most 12 statements', async () => {
    const result = await runSuitelet(account, { scriptPath: SUITELET, parameters: { format: 'json' } });

    expect(result.usage.queries).toBeLessThanOrEqual(12);
    expect(result.usage.units).toBe(result.usage.queries * 10 + 2 * 5);
  });

  it('serves its page as HTML', async () => {
    const result = await runSuitelet(account, { scriptPath: SUITELET });

    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toMatch(/^text\/html/);
    expect(result.error).toBeNull();
  });

  it('serves the JSON download as an attachment', async () => {
    const result = await runSuitelet(account, { scriptPath: SUITELET, parameters: { format: 'json' } });

    expect(result.headers['content-type']).toMatch(/^application\/json/);
    expect(result.headers['content-disposition']).toMatch(/^attachment; filename=".+\.json"$/);
  });

  it('serves the CSV download as an attachment', async () => {
    const result = await runSuitelet(account, { scriptPath: SUITELET, parameters: { format: 'csv' } });

    expect(result.headers['content-type']).toMatch(/^text\/csv/);
    expect(result.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
  });
});

describe('the compiled readiness Suitelet where the token tables cannot be read', () => {
  it('reports INCOMPLETE, the unreadable tables failing as modelled and no statement refused', async () => {
    const scenario = loadScenario(SMALL_READY_ACCOUNT);
    const unavailable = {
      integration: 'INVALID_SEARCH_TYPE',
      integrationapp: 'INVALID_SEARCH_TYPE',
      oauthtoken: 'INSUFFICIENT_PERMISSION',
      loginaudit: 'SSS_SEARCH_ERROR_OCCURRED',
    };
    const account = await accountFor({ ...scenario, unavailable });

    const result = await runSuitelet(account, { scriptPath: SUITELET, parameters: { format: 'json' } });

    expect(verdictOf(result)).toBe('INCOMPLETE');
    // integration, integrationapp, the application list (no record led to a token statement), loginaudit.
    expect(
      result.usage.statements
        .filter((statement) => statement.outcome.status === 'unavailable')
        .map((statement) => statement.sql.match(/FROM (\w+)/)?.[1]),
    ).toEqual(['integration', 'integrationapp', 'oauthtoken', 'loginaudit']);
    expect(rejectedStatements(result)).toEqual([]);
  });
});

describe('the compiled readiness Suitelet as accounts grow', () => {
  it('sends the same statements and spends the same units on a small and a forty-times larger account', async () => {
    const small = await accountFor(parseScenario(JSON.stringify(accountOfSize(5)), 'five.json'));
    const large = await accountFor(parseScenario(JSON.stringify(accountOfSize(200)), 'two-hundred.json'));

    const onSmall = await runSuitelet(small, { scriptPath: SUITELET, parameters: { format: 'json' } });
    const onLarge = await runSuitelet(large, { scriptPath: SUITELET, parameters: { format: 'json' } });

    expect(onLarge.usage.statements.map((statement) => statement.sql)).toEqual(
      onSmall.usage.statements.map((statement) => statement.sql),
    );
    expect(onLarge.usage.units).toBe(onSmall.usage.units);
  });
});
