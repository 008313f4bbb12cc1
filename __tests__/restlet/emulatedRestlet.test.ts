/**
 * The compiled RESTlet (run `npm run build` first; `npm test` does) with the real collector,
 * in the local NetSuite emulator on bundled scenario accounts.
 */
import { join } from 'path';
import { parseReportDocument } from '../../src/render/json';
import { createAccount, loadScenario, runRestlet } from '../../tools/emulator';
import type { EmulatedAccount } from '../../tools/emulator';

const PROJECT_ROOT = join(__dirname, '../..');
const SCRIPT_PATH = join(PROJECT_ROOT, 'FileCabinet/SuiteScripts/acton_readiness/restlet/acton_readiness_rl.js');
/** The scenarios' login dates fall within the 30 days before this instant. */
const NOW = new Date('2026-11-27T12:00:00Z');

const openAccounts: EmulatedAccount[] = [];

async function accountOf(scenario: string): Promise<EmulatedAccount> {
  const account = await createAccount(loadScenario(join(PROJECT_ROOT, 'scenarios', `${scenario}.json`)), { now: NOW });
  openAccounts.push(account);
  return account;
}

afterEach(() => {
  for (const account of openAccounts.splice(0)) account.close();
});

describe('the compiled RESTlet in the emulator', () => {
  it('answers GET on a ready account with a READY report document', async () => {
    const result = await runRestlet(await accountOf('01-ready-administrator'), { scriptPath: SCRIPT_PATH });

    expect(result.status).toBe(200);
    expect(parseReportDocument(result.body)).toEqual(expect.objectContaining({ verdict: 'READY' }));
  });

  it('answers INCOMPLETE where the audit tables cannot be read, rather than failing', async () => {
    const result = await runRestlet(await accountOf('10-tables-unreadable'), { scriptPath: SCRIPT_PATH });

    expect(parseReportDocument(result.body)).toEqual(expect.objectContaining({ verdict: 'INCOMPLETE' }));
  });

  it('stays far below the RESTlet governance limit', async () => {
    const result = await runRestlet(await accountOf('04-integration-missing'), { scriptPath: SCRIPT_PATH });

    expect(result.usage.limitExceeded).toBe(false);
    // The audit's own budget: 15 statements and 150 units, of the RESTlet's 5,000.
    expect(result.usage.units).toBeLessThanOrEqual(150);
  });

  it('passes the role asked about into the report', async () => {
    const result = await runRestlet(await accountOf('02-ready-integration-role'), {
      scriptPath: SCRIPT_PATH,
      parameters: { role: '1001' },
    });

    expect(parseReportDocument(result.body)).toEqual(
      expect.objectContaining({ inputs: expect.objectContaining({ roleId: 1001 }) }),
    );
  });

  it('refuses POST with METHOD_NOT_ALLOWED', async () => {
    const result = await runRestlet(await accountOf('01-ready-administrator'), {
      scriptPath: SCRIPT_PATH,
      method: 'POST',
      body: '{}',
    });

    expect(result.status).toBe(400);
    expect(JSON.parse(result.body)).toEqual({
      error: { code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('only answers GET') },
    });
  });

  it('never reaches a NetSuite module the emulator does not provide', async () => {
    const result = await runRestlet(await accountOf('01-ready-administrator'), { scriptPath: SCRIPT_PATH });

    expect(result.unsupported).toEqual([]);
  });
});
