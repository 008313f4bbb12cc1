import { join } from 'path';
import { createAccount, parseScenario, runRestlet, runSuitelet, type EmulatedAccount } from '../../tools/emulator';
import { GovernanceMeter, UsageLimitExceeded } from '../../tools/emulator/governance';
import { FIXTURE_SCRIPTS_FOLDER, readyAdministratorAccount } from './fixtures/scenarioDocuments';

const QUERY_SUITELET = join(FIXTURE_SCRIPTS_FOLDER, 'query_suitelet.js');
const RUNAWAY_SUITELET = join(FIXTURE_SCRIPTS_FOLDER, 'runaway_suitelet.js');
const ECHO_RESTLET = join(FIXTURE_SCRIPTS_FOLDER, 'echo_restlet.js');

let account: EmulatedAccount;

beforeAll(async () => {
  account = await createAccount(parseScenario(JSON.stringify(readyAdministratorAccount()), 'ready.json'));
});

afterAll(() => account.close());

describe('GovernanceMeter', () => {
  it('charges NetSuite’s documented costs: 10 per SuiteQL call, nothing per page or feature read', () => {
    const meter = new GovernanceMeter(1000);

    meter.charge('query.runSuiteQL');
    meter.charge('query.runSuiteQLPaged');
    meter.charge('query.PagedData.fetch');
    meter.charge('runtime.isFeatureInEffect');
    meter.charge('runtime.User.getPermission');

    expect(meter.used).toBe(20);
    expect(meter.remaining).toBe(980);
  });

  it('lets a script use its units exactly, then refuses the next call without charging it', () => {
    const meter = new GovernanceMeter(20);
    meter.charge('query.runSuiteQL');
    meter.charge('query.runSuiteQL');

    expect(() => meter.charge('query.runSuiteQL')).toThrow(UsageLimitExceeded);
    expect(meter.used).toBe(20);
    expect(meter.limitExceeded).toBe(true);
  });
});

describe('a Suitelet’s 1,000 units', () => {
  it('reports the true remaining usage after each statement', async () => {
    const result = await runSuitelet(account, { scriptPath: QUERY_SUITELET, parameters: { count: '3' } });

    expect(JSON.parse(result.body)).toEqual({ remaining: [990, 980, 970], stoppedBy: null });
    expect(result.usage).toMatchObject({ units: 30, limit: 1000, remaining: 970, queries: 3, limitExceeded: false });
  });

  it('allows 100 statements and stops the 101st with SSS_USAGE_LIMIT_EXCEEDED, an Error the script can see', async () => {
    const result = await runSuitelet(account, { scriptPath: QUERY_SUITELET, parameters: { count: '101' } });

    const body = JSON.parse(result.body) as { remaining: number[]; stoppedBy: unknown };
    expect(body.remaining).toHaveLength(100);
    expect(body.remaining.at(-1)).toBe(0);
    expect(body.stoppedBy).toEqual({ name: 'SSS_USAGE_LIMIT_EXCEEDED', isError: true });
    expect(result.usage).toMatchObject({ units: 1000, queries: 100, limitExceeded: true });
  });

  it('ends a script that never checks its units with NetSuite’s error page', async () => {
    const result = await runSuitelet(account, { scriptPath: RUNAWAY_SUITELET });

    expect(result.status).toBe(500);
    expect(result.error?.name).toBe('SSS_USAGE_LIMIT_EXCEEDED');
    expect(result.body).toContain('SSS_USAGE_LIMIT_EXCEEDED');
    expect(result.usage.queries).toBe(100);
  });

  it('starts every request with a full allowance', async () => {
    await runSuitelet(account, { scriptPath: QUERY_SUITELET, parameters: { count: '50' } });

    const second = await runSuitelet(account, { scriptPath: QUERY_SUITELET, parameters: { count: '1' } });

    expect(JSON.parse(second.body)).toEqual({ remaining: [990], stoppedBy: null });
  });
});

describe('a RESTlet’s 5,000 units', () => {
  it('starts with 5,000 remaining', async () => {
    const result = await runRestlet(account, { scriptPath: ECHO_RESTLET, parameters: { integration: 'ActOnTBA' } });

    expect(JSON.parse(result.body)).toMatchObject({ remaining: 5000 });
    expect(result.usage.limit).toBe(5000);
  });
});
