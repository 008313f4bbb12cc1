jest.mock('N/query');
jest.mock('N/runtime');

import type {
  AccessTokenFact,
  BoundedList,
  IntegrationRecordFact,
  Probe,
  TokenApplicationFact,
} from '../../src/core/snapshot';
import {
  integrationNamesSeen,
  readIntegrationTokens,
  readIntegrations,
  readEmployees,
  readRoles,
  readRoleSubsidiaries,
  readTokensOf,
  type IntegrationTokens,
} from '../../src/netsuite/accountTables';
import { ROW_BOUNDS, tokensStatement } from '../../src/netsuite/queries';
import { SuiteQLRunner } from '../../src/netsuite/suiteql';
import type { NamedTableRows } from '../../tools/emulator/database/namedRows';
import { integrationMissing, readyWithDedicatedRole, setupFor } from './support/accounts';
import { installFakeNetSuite, type FakeNetSuite, type FakeNetSuiteSetup } from './support/fakeNetSuite';

const installedNetSuites: FakeNetSuite[] = [];

afterEach(() => {
  for (const netsuite of installedNetSuites.splice(0)) netsuite.close();
  jest.resetAllMocks();
});

/** Installs NetSuite over `tables` and gives a fresh runner to read them with. */
async function runnerOver(
  tables: NamedTableRows,
  overrides: Partial<FakeNetSuiteSetup> = {},
): Promise<{ runner: SuiteQLRunner; netsuite: FakeNetSuite }> {
  const netsuite = await installFakeNetSuite(setupFor(tables, overrides));
  installedNetSuites.push(netsuite);
  return { runner: new SuiteQLRunner(), netsuite };
}

/** Each statement the runner ran or skipped: subject, outcome and the reason of a skipped one. */
function diagnostics(runner: SuiteQLRunner): (string | null)[][] {
  return runner.probes.map((probe) => [probe.subject, probe.outcome, probe.reason ?? null]);
}

const TOKEN_TABLE_UNREADABLE: Partial<FakeNetSuiteSetup> = {
  unreadableTables: {
    oauthtoken: { name: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation: Access Tokens.' },
  },
};

/** A malformed creation date in the first token row: only the token statement reads that column. */
const FIRST_TOKEN_DATE_MALFORMED: Partial<FakeNetSuiteSetup> = {
  malformedValues: [{ column: 'created_at', row: 0, value: 'yesterday' }],
};

function records(probe: Probe<BoundedList<IntegrationRecordFact>>): readonly IntegrationRecordFact[] {
  if (!probe.ok) throw new Error(`expected readable records, got ${probe.reason}`);
  return probe.value.rows;
}

describe('readTokensOf', () => {
  it('reads the tokens of the application list without the numbering probe when no records are given', async () => {
    const { runner, netsuite } = await runnerOver(readyWithDedicatedRole());

    readTokensOf(runner, [12], 'ActOnTBA');

    expect(netsuite.statements.map((call) => call.sql)).toEqual([tokensStatement([12]).sql]);
  });

  it(
    'says tokens read without records number applications the same way, the only ids asked being the application ' +
      "list's",
    async () => {
      const { runner } = await runnerOver(readyWithDedicatedRole());

      expect(readTokensOf(runner, [12], 'ActOnTBA').numbering).toBe('same');
    },
  );

  it('cannot say how tokens number applications when the token table is refused', async () => {
    const { runner } = await runnerOver(readyWithDedicatedRole(), TOKEN_TABLE_UNREADABLE);
    const integrations = records(readIntegrations(runner));

    const read = readTokensOf(runner, [12], 'ActOnTBA', integrations);

    expect(read.numbering).toBe('unknown');
    expect(read.tokens).toMatchObject({ ok: false, code: 'INSUFFICIENT_PERMISSION' });
  });

  it('cannot say how tokens number applications when a token row is malformed', async () => {
    const { runner } = await runnerOver(readyWithDedicatedRole(), FIRST_TOKEN_DATE_MALFORMED);
    const integrations = records(readIntegrations(runner));

    const read = readTokensOf(runner, [12], 'ActOnTBA', integrations);

    expect(read.numbering).toBe('unknown');
    expect(read.tokens.ok).toBe(false);
  });
});

describe('readIntegrationTokens', () => {
  it(
    'skips the application list when a record without tokens is proven to have none, because the account has no ' +
      'token at all',
    async () => {
      const { runner } = await runnerOver({ ...readyWithDedicatedRole(), oauthtoken: [] });
      const integrations = readIntegrations(runner);

      const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

      expect(found).toEqual({ tokens: { ok: true, value: { rows: [], complete: true } }, tokenApplications: null });
      expect(diagnostics(runner).slice(2)).toEqual([
        ['the oauthtoken table', 'ok', null],
        ['the oauthtoken table (applications)', 'skipped', 'The integration record gave the application id.'],
      ]);
    },
  );

  it(
    "keeps the tokens a record's id found and skips the application list, even when the newest token shows other " +
      'records numbered differently',
    async () => {
      const tables = readyWithDedicatedRole();
      const { runner } = await runnerOver(
        {
          ...tables,
          // For tokens, application 4 is "Other Tool", not the record's SuiteCloud Development Integration.
          integration: [
            { id: 4, name: 'Other Tool', state: 'ENABLED' },
            { id: 12, name: 'ActOnTBA', state: 'ENABLED' },
          ],
          integrationapp: [
            { id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED' },
            { id: 12, name: 'ActOnTBA', state: 'ENABLED' },
          ],
        },
        {
          unreadableTables: {
            integration: { name: 'INVALID_SEARCH_TYPE', message: 'Invalid search type: integration' },
          },
        },
      );
      const integrations = readIntegrations(runner);

      const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

      expect(found.tokens.ok && found.tokens.value.rows.map((token) => token.id)).toEqual([6, 5]);
      expect(found.tokenApplications).toBeNull();
    },
  );

  it('says the token statement was skipped when no record matches and the application list is refused', async () => {
    const { runner } = await runnerOver(integrationMissing(), TOKEN_TABLE_UNREADABLE);
    const integrations = readIntegrations(runner);

    const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

    expect(found.tokens).toMatchObject({ ok: false, code: 'INSUFFICIENT_PERMISSION' });
    expect(diagnostics(runner).slice(2)).toEqual([
      ['the oauthtoken table (applications)', 'failed', null],
      ['the oauthtoken table', 'skipped', 'The applications with tokens could not be read.'],
    ]);
  });

  it("records no skipped token statement when the record's token statement ran and failed like the application list", async () => {
    const { runner } = await runnerOver(readyWithDedicatedRole(), TOKEN_TABLE_UNREADABLE);
    const integrations = readIntegrations(runner);

    readIntegrationTokens(runner, integrations, 'ActOnTBA');

    expect(diagnostics(runner).slice(2)).toEqual([
      ['the oauthtoken table', 'failed', null],
      ['the oauthtoken table (applications)', 'failed', null],
    ]);
  });

  it('says the token statement was skipped when no record matches and no application with tokens carries the name', async () => {
    const { runner } = await runnerOver(integrationMissing());
    const integrations = readIntegrations(runner);

    const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

    expect(found.tokens).toEqual({ ok: true, value: { rows: [], complete: true } });
    expect(diagnostics(runner).slice(2)).toEqual([
      ['the oauthtoken table (applications)', 'ok', null],
      ['the oauthtoken table', 'skipped', 'No application with tokens carries the requested name.'],
    ]);
  });

  it("records no skipped token statement when the record's tokens were read but could not show the numbering", async () => {
    // Record 12 is ActOnTBA without tokens; the account's newest token belongs to application 13, which no record has.
    const tables = integrationMissing();
    const oauthtoken = (tables.oauthtoken ?? []).filter((token) => token.tba_app_name === 13);
    const { runner } = await runnerOver({
      ...tables,
      oauthtoken,
      integration: readyWithDedicatedRole().integration ?? [],
    });
    const integrations = readIntegrations(runner);

    const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

    expect(found.tokens).toEqual({ ok: true, value: { rows: [], complete: true } });
    expect(diagnostics(runner).slice(2)).toEqual([
      ['the oauthtoken table', 'ok', null],
      ['the oauthtoken table (applications)', 'ok', null],
    ]);
  });

  it("proves no token by the application list alone when the record's token rows were malformed", async () => {
    const { runner } = await runnerOver(readyWithDedicatedRole(), FIRST_TOKEN_DATE_MALFORMED);
    const integrations = readIntegrations(runner);

    const found = readIntegrationTokens(
      runner,
      {
        ok: true,
        value: { rows: records(integrations).map((record) => ({ ...record, name: 'Act-On Legacy' })), complete: true },
      },
      'Act-On Legacy',
    );

    expect(found.tokens).toEqual({ ok: true, value: { rows: [], complete: true } });
  });

  it(
    "reads a record's tokens by the application list's id when the record ids' token statement was cut before " +
      'reaching them',
    async () => {
      // Two records carry the name; for tokens, record 12's id is another application with more tokens than one
      // statement reads.
      const busyOtherApplication = Array.from({ length: ROW_BOUNDS.tokens + 1 }, (_, index) => ({
        id: 200 + index,
        tba_token_name: `Other ${index}`,
        tba_app_name: 12,
        entity_name: 7,
        role_name: 3,
        binactive: 'F',
        brevoked: 'F',
        dcreated: '2026-10-01T10:00:00Z',
      }));
      const actOnToken = {
        id: 30,
        tba_token_name: 'ActOnTBA Sync',
        tba_app_name: 13,
        entity_name: 21,
        role_name: 1001,
        binactive: 'F',
        brevoked: 'F',
        dcreated: '2026-01-01T10:00:00Z',
      };
      const { runner } = await runnerOver(
        {
          ...readyWithDedicatedRole(),
          integration: [
            { id: 12, name: 'Other App', state: 'ENABLED' },
            { id: 13, name: 'ActOnTBA', state: 'ENABLED' },
          ],
          integrationapp: [
            { id: 12, name: 'ActOnTBA', state: 'ENABLED' },
            { id: 13, name: 'ActOn TBA', state: 'ENABLED' },
          ],
          oauthtoken: [...busyOtherApplication, actOnToken],
        },
        {
          unreadableTables: {
            integration: { name: 'INVALID_SEARCH_TYPE', message: 'Invalid search type: integration' },
          },
        },
      );
      const integrations = readIntegrations(runner);

      const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

      expect(found.tokens.ok && found.tokens.value.rows.map((token) => token.id)).toEqual([30]);
    },
  );

  it(`does not call the empty token list complete when the application list was cut at ${ROW_BOUNDS.tokenApplications}`, async () => {
    const tables = integrationMissing();
    const otherApplications = Array.from({ length: ROW_BOUNDS.tokenApplications + 1 }, (_, index) => ({
      id: 1000 + index,
      tba_token_name: `Other ${index}`,
      tba_app_name: 500 + index,
      entity_name: 7,
      role_name: 3,
      binactive: 'F',
      brevoked: 'F',
      dcreated: '2025-01-01T00:00:00Z',
    }));
    const { runner } = await runnerOver({ ...tables, oauthtoken: otherApplications });
    const integrations = readIntegrations(runner);

    const found = readIntegrationTokens(runner, integrations, 'ActOnTBA');

    expect(found.tokens).toEqual({ ok: true, value: { rows: [], complete: false } });
  });
});

describe('integrationNamesSeen', () => {
  const record = (id: number, name: string): IntegrationRecordFact => ({
    id,
    name,
    state: 'ENABLED',
    stateName: 'ENABLED',
  });
  const tokenOf = (applicationName: string): AccessTokenFact => ({
    id: 6,
    name: 'T',
    applicationId: 12,
    applicationName,
    userId: 21,
    userName: 'U',
    roleId: 1001,
    roleName: 'R',
    inactive: false,
    revoked: false,
    createdAt: null,
  });
  const application = (applicationName: string): TokenApplicationFact => ({
    applicationId: 12,
    applicationName,
    tokenCount: 1,
  });
  const list = <T>(rows: T[]): Probe<BoundedList<T>> => ({ ok: true, value: { rows, complete: true } });
  const NOTHING_FOUND: IntegrationTokens = { tokens: list([]), tokenApplications: null };

  it('gives each spelling once when records, tokens and the application list share it', () => {
    const found: IntegrationTokens = {
      tokens: list([tokenOf('ActOn TBA')]),
      tokenApplications: list([application('ActOn TBA')]),
    };

    expect(integrationNamesSeen('acton tba', list([record(12, 'ActOn TBA')]), found)).toEqual([
      'acton tba',
      'ActOn TBA',
    ]);
  });

  it('gives the name as requested when NetSuite shows no other spelling', () => {
    expect(integrationNamesSeen('ActOnTBA', list([]), NOTHING_FOUND)).toEqual(['ActOnTBA']);
  });

  it("adds a matching record's spelling and leaves other records out", () => {
    expect(
      integrationNamesSeen('acton tba', list([record(4, 'SuiteCloud'), record(12, 'ActOnTBA')]), NOTHING_FOUND),
    ).toEqual(['acton tba', 'ActOnTBA']);
  });

  it("adds the tokens' application spelling", () => {
    expect(
      integrationNamesSeen('acton tba', list([]), { tokens: list([tokenOf('ACTON TBA')]), tokenApplications: null }),
    ).toEqual(['acton tba', 'ACTON TBA']);
  });

  it("adds the application list's spelling, once however often it appears", () => {
    const found: IntegrationTokens = {
      tokens: list([]),
      tokenApplications: list([application('ActOn TBA'), application('Other'), application('ActOn TBA')]),
    };

    expect(integrationNamesSeen('acton tba', list([]), found)).toEqual(['acton tba', 'ActOn TBA']);
  });

  it('never looks for an empty name, even when an unnamed record matches a name of only invisible characters', () => {
    expect(integrationNamesSeen('\u200B', list([record(12, '')]), NOTHING_FOUND)).toEqual(['\u200B']);
  });

  it('gives only the requested name when every list is unreadable', () => {
    const refused = { ok: false as const, reason: 'refused' };

    expect(integrationNamesSeen('ActOnTBA', refused, { tokens: refused, tokenApplications: refused })).toEqual([
      'ActOnTBA',
    ]);
  });
});

describe('readRoles and readEmployees', () => {
  it('sends no role statement for no role id, saying why', async () => {
    const { runner, netsuite } = await runnerOver(readyWithDedicatedRole());

    expect(readRoles(runner, [])).toEqual({ ok: true, value: [] });
    expect(netsuite.statements).toEqual([]);
    expect(diagnostics(runner)).toEqual([['the role and rolepermissions tables', 'skipped', 'No role to read.']]);
  });

  it('sends no employee statement for no user id, saying why', async () => {
    const { runner, netsuite } = await runnerOver(readyWithDedicatedRole());

    expect(readEmployees(runner, [])).toEqual({ ok: true, value: [] });
    expect(netsuite.statements).toEqual([]);
    expect(diagnostics(runner)).toEqual([['the employee table', 'skipped', 'No user to read.']]);
  });
});

describe('readRoleSubsidiaries', () => {
  it('reads nothing when whether the account is OneWorld could not be read, saying so', async () => {
    const { runner } = await runnerOver(readyWithDedicatedRole());

    expect(readRoleSubsidiaries(runner, { ok: false, reason: 'refused' }, [1001])).toBeNull();
    expect(diagnostics(runner)).toEqual([
      ['the role table (subsidiaries)', 'skipped', 'Whether this is a OneWorld account could not be read.'],
    ]);
  });
});
