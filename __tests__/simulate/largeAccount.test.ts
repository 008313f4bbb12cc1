/**
 * The large demo account: generated the same on every run, realistic in shape, and audited by
 * `simulate` with exactly the queries and governance units of a small account, because every
 * statement is bounded whatever the account's size. The tests read the file `npm run build`
 * wrote, as `npm start` and `simulate` do, and build it again here only to compare.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { parseReportDocument } from '../../src/render/json';
import type { ScenarioDocument } from '../../tools/emulator/scenario/scenarioSemantics';
import type { ReportDocument } from '../../src/render/reportDocument';
import { LARGE_ACCOUNT_NOW } from '../../tools/scenarios/largeAccountActivity';
import { ACT_ON_SET_UP, LARGE_ACCOUNT_SIZE } from '../../tools/scenarios/largeAccountDirectory';
import { LARGE_ACCOUNT_FILE } from '../../tools/scenarios/demoScenarios';
import { buildLargeAccount, formatScenarioJson } from '../../tools/scenarios/generateLargeAccount';
import { PROJECT_ROOT, SIMULATED_NOW, bundledScenario, runSimulate } from './support/simulateCli';
import type { SimulateRun } from './support/simulateCli';

/** Building, validating and loading 100,000 login rows takes seconds, not milliseconds. */
const LARGE_ACCOUNT_TIMEOUT_MS = 120_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The large account as the build wrote it. */
const BUILT_FILE = path.join(PROJECT_ROOT, ...LARGE_ACCOUNT_FILE.split('/'));

function documentOf(run: SimulateRun): ReportDocument {
  const parsed = parseReportDocument(run.stdout);
  if ('error' in parsed) throw new Error(`${parsed.error}\n${run.stderr}`);
  return parsed;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('the generated large account', () => {
  let built: string;
  let account: ScenarioDocument;
  let tokens: NonNullable<ScenarioDocument['tokens']>;
  let logins: NonNullable<ScenarioDocument['loginAudit']>;
  let actOnTokens: NonNullable<ScenarioDocument['tokens']>;

  beforeAll(() => {
    built = fs.readFileSync(BUILT_FILE, 'utf8');
    account = JSON.parse(built) as ScenarioDocument;
    tokens = account.tokens ?? [];
    logins = account.loginAudit ?? [];
    actOnTokens = tokens.filter((token) => token.integration === ACT_ON_SET_UP.integrationId);
  }, LARGE_ACCOUNT_TIMEOUT_MS);

  it(
    'is the same document on every build: built here, it is the file the build wrote',
    () => {
      expect(sha256(formatScenarioJson(buildLargeAccount()))).toBe(sha256(built));
    },
    LARGE_ACCOUNT_TIMEOUT_MS,
  );

  it(
    'differs with another seed, so the sameness comes from the seed and not from a constant',
    () => {
      expect(sha256(formatScenarioJson(buildLargeAccount(1)))).not.toBe(sha256(built));
    },
    LARGE_ACCOUNT_TIMEOUT_MS,
  );

  it('holds 5,000 roles, 20,000 tokens and 100,000 Login Audit rows', () => {
    expect({ roles: account.roles?.length, tokens: tokens.length, logins: logins.length }).toEqual({
      roles: LARGE_ACCOUNT_SIZE.roles,
      tokens: LARGE_ACCOUNT_SIZE.tokens,
      logins: LARGE_ACCOUNT_SIZE.logins,
    });
  });

  it('has ActOnTBA among about fifty integration records', () => {
    const integrations = account.integrations ?? [];

    expect(integrations).toHaveLength(LARGE_ACCOUNT_SIZE.integrations);
    expect(integrations.filter((integration) => integration.name === 'ActOnTBA')).toEqual([
      { id: ACT_ON_SET_UP.integrationId, name: 'ActOnTBA', state: 'ENABLED' },
    ]);
  });

  it('gives ActOnTBA a few hundred tokens, most of them revoked, and spreads the rest over the other integrations', () => {
    const integrationsWithTokens = new Set(tokens.map((token) => token.integration));

    expect(actOnTokens).toHaveLength(LARGE_ACCOUNT_SIZE.actOnTokens);
    expect(actOnTokens.filter((token) => token.revoked === true).length).toBeGreaterThan(
      LARGE_ACCOUNT_SIZE.actOnTokens / 2,
    );
    expect(
      actOnTokens.some(
        (token) => token.revoked !== true && token.user === ACT_ON_SET_UP.userId && token.role === ACT_ON_SET_UP.roleId,
      ),
    ).toBe(true);
    expect(integrationsWithTokens.size).toBeGreaterThan(40);
  });

  it('spreads the Login Audit Trail over 90 days, with successes and failures', () => {
    const times = logins.map((login) => Date.parse(login.date));
    const statuses = new Set(logins.map((login) => login.status));

    expect(Math.min(...times)).toBeGreaterThanOrEqual(LARGE_ACCOUNT_NOW.getTime() - 90 * DAY_MS);
    expect(Math.min(...times)).toBeLessThan(LARGE_ACCOUNT_NOW.getTime() - 85 * DAY_MS);
    expect(Math.max(...times)).toBeLessThanOrEqual(LARGE_ACCOUNT_NOW.getTime());
    expect(statuses).toEqual(new Set(['Success', 'Failure']));
  });

  it("ends Act-On's sync history with a successful login", () => {
    const actOnTokenIds = new Set(actOnTokens.map((token) => token.id));
    const actOnLogins = logins.filter(
      (login) => login.token !== undefined && login.token !== null && actOnTokenIds.has(login.token),
    );

    expect(actOnLogins.at(-1)?.status).toBe('Success');
  });
});

describe('simulate on the large account', () => {
  let large: SimulateRun;
  let small: SimulateRun;

  beforeAll(async () => {
    large = await runSimulate([BUILT_FILE, '--format', 'json', '--now', SIMULATED_NOW]);
    small = await runSimulate([
      bundledScenario('01-ready-administrator.json'),
      '--format',
      'json',
      '--now',
      SIMULATED_NOW,
    ]);
  }, LARGE_ACCOUNT_TIMEOUT_MS);

  it('comes out ready, like the small ready account, so the two compare like with like', () => {
    expect(['READY', 'READY_WITH_WARNINGS']).toContain(documentOf(large).verdict);
    expect(large.exitCode).toBe(0);
    expect(large.stderr).toBe('');
  });

  it("finds Act-On's sync token among 20,000", () => {
    expect(documentOf(large).candidates[0]).toMatchObject({
      userId: ACT_ON_SET_UP.userId,
      roleId: ACT_ON_SET_UP.roleId,
      blockersFailed: 0,
    });
  });

  it('runs exactly as many SuiteQL queries and governance units as the small account: nothing grows with its size', () => {
    expect(documentOf(large).usage).toEqual(documentOf(small).usage);
  });
});
