/**
 * The whole chain: `audit` signs in to the mock NetSuite, which answers with the compiled
 * RESTlet (run `npm run build` first; `npm test` does) run by the emulator on bundled scenarios.
 */
import { join } from 'path';
import { auditAccount } from '../../tools/audit/auditClient';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { emulatedRestlet } from '../../tools/mocknetsuite/emulatedRestlet';
import type { EmulatedRestlet } from '../../tools/mocknetsuite/emulatedRestlet';
import { clientAccount, mockAccountOf, targetOf } from './support/clientAccounts';

const PROJECT_ROOT = join(__dirname, '../..');
/** The scenarios' login dates fall within the 30 days before this instant. */
const NOW = new Date('2026-11-27T12:00:00Z');
const SCENARIOS = ['01-ready-administrator', '03-tba-disabled', '09-sandbox'] as const;
type ScenarioName = (typeof SCENARIOS)[number];
/** Bundled scenarios share account ids; behind the mock each gets an account of its own. */
const MOCK_ACCOUNT_IDS: Readonly<Record<ScenarioName, string>> = {
  '01-ready-administrator': '8000001',
  '03-tba-disabled': '8000003',
  '09-sandbox': '8000009_SB1',
};

let mock: MockNetSuite;
const restlets = new Map<ScenarioName, EmulatedRestlet>();

beforeAll(async () => {
  for (const scenario of SCENARIOS) {
    restlets.set(
      scenario,
      await emulatedRestlet(join(PROJECT_ROOT, 'scenarios', `${scenario}.json`), {
        now: NOW,
        projectRoot: PROJECT_ROOT,
      }),
    );
  }
  mock = await startMockNetSuite(
    [...restlets.entries()].map(([scenario, restlet]) => ({
      ...mockAccountOf(clientAccount(scenario, MOCK_ACCOUNT_IDS[scenario])),
      answer: restlet.answers,
    })),
  );
});

afterAll(async () => {
  await mock.close();
  for (const restlet of restlets.values()) restlet.close();
});

async function auditScenario(scenario: ScenarioName) {
  const result = await auditAccount(targetOf(mock, clientAccount(scenario, MOCK_ACCOUNT_IDS[scenario])), {
    timeoutMs: 30_000,
  });
  if (result.outcome !== 'report') throw new Error(`${scenario}: ${result.failure.kind}: ${result.failure.message}`);
  return result.report;
}

describe('auditing emulated accounts through the mock NetSuite', () => {
  it('brings back READY for the ready Administrator account', async () => {
    expect((await auditScenario('01-ready-administrator')).verdict).toBe('READY');
  });

  it('brings back NOT_READY, with the failing feature, for the account with Token-Based Authentication off', async () => {
    const report = await auditScenario('03-tba-disabled');

    expect(report.verdict).toBe('NOT_READY');
    expect(report.checks.find((check) => check.id === 'feature.token-based-authentication')?.status).toBe('fail');
  });

  it("reports the sandbox's Account ID in the form Act-On needs", async () => {
    const report = await auditScenario('09-sandbox');

    expect(report.account.actOnAccountId).toMatch(/^\d+_SB\d$/);
  });
});
