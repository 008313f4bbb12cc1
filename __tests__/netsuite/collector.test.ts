jest.mock('N/query');
jest.mock('N/runtime');

import * as runtime from 'N/runtime';
import type { AuditInputs } from '../../src/core/inputs';
import { AUDITED_FEATURES, type AccountSnapshot, type BoundedList, type Probe } from '../../src/core/snapshot';
import { collectSnapshot } from '../../src/netsuite/collector';
import { DATA_NEW_RECORDS, DATA_STATEMENTS } from '../../src/netsuite/dataReads/dataFacts';
import { evaluateReadiness } from '../../src/core/engine';
import { statusOf } from '../fixtures/reportReading';
import { ROW_BOUNDS } from '../../src/netsuite/queries';
import {
  ALL_FEATURES_ON,
  AUDIT_NOW,
  integrationMissing,
  integrationWithoutTokens,
  manyActOnLogins,
  manyActOnTokens,
  manyIntegrations,
  readyWithDedicatedRole,
  setupFor,
  usableTokenOlderThanManyRevoked,
} from './support/accounts';
import type { NamedTableRows } from '../../tools/emulator/database/namedRows';
import {
  installFailingNetSuite,
  installFakeNetSuite,
  type FakeNetSuite,
  type FakeNetSuiteSetup,
} from './support/fakeNetSuite';

const ACTON_TBA: AuditInputs = { integrationName: 'ActOnTBA', roleId: null, userId: null, scoreFieldIds: [] };

/** The Act-On data reads (specified in ./dataFacts.test.ts): 6 statements and 2 new records after the connection's. */
const DATA_TABLES = new Set(['customfield', 'entitystatus', 'customer', 'contact']);

/** The statements of the connection checks: every one but the data statements. */
function connectionStatements(netsuite: FakeNetSuite) {
  return netsuite.statements.filter((call) => !DATA_TABLES.has(call.sql.match(/FROM (\w+)/)?.[1] ?? ''));
}

/** The diagnostics of the connection checks' statements. */
function connectionProbes(snapshot: AccountSnapshot) {
  return snapshot.probes.filter(
    (probe) => !/the (customfield|entitystatus|customer|contact) table|\(unsaved\)/.test(probe.subject),
  );
}

/** What the documented prices make the data reads cost when the script cannot say: 6 statements and 2 records. */
const DATA_UNITS = DATA_STATEMENTS * 10 + DATA_NEW_RECORDS * 5;

const installedNetSuites: FakeNetSuite[] = [];

afterEach(() => {
  for (const netsuite of installedNetSuites.splice(0)) netsuite.close();
  jest.resetAllMocks();
});

/** Installs NetSuite over `tables` and collects the snapshot, as the Suitelet does at {@link AUDIT_NOW}. */
async function collect(
  tables: NamedTableRows,
  inputs: AuditInputs = ACTON_TBA,
  overrides: Partial<FakeNetSuiteSetup> = {},
) {
  const netsuite = await installFakeNetSuite(setupFor(tables, overrides));
  installedNetSuites.push(netsuite);
  const snapshot = collectSnapshot(inputs, AUDIT_NOW);
  return { netsuite, snapshot };
}

function valueOf<T>(probe: Probe<T> | null): T {
  if (probe === null || !probe.ok) throw new Error(`expected a readable probe, got ${JSON.stringify(probe)}`);
  return probe.value;
}

/** The rows of a readable bounded list. */
function rowsOf<T>(probe: Probe<BoundedList<T>> | null): readonly T[] {
  return valueOf(probe).rows;
}

function failureOf(probe: Probe<unknown> | null): { reason: string; code?: string } {
  if (probe === null || probe.ok) throw new Error(`expected a failed probe, got ${JSON.stringify(probe)}`);
  return probe;
}

/** The single-quoted literals in a statement: only fixed SQL text may appear there. */
function stringLiterals(sql: string): string[] {
  return Array.from(sql.matchAll(/'([^']*)'/g), (match) => match[1] ?? '');
}

describe('collectSnapshot in an account ready with a dedicated Act-On role', () => {
  it('reads the account, the auditing user and every feature from N/runtime', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    expect(snapshot.collectedAt).toBe('2026-11-27T12:00:00Z');
    expect(snapshot.account).toEqual({ accountId: '1234567_SB1', envType: 'SANDBOX', version: '2026.2' });
    expect(snapshot.currentUser).toMatchObject({ id: 7, name: 'Ada Admin', roleId: 3 });
    expect(valueOf(snapshot.currentUser.permissions)).toMatchObject({
      ADMI_MANAGE_OWN_OAUTH_TOKENS: 4,
      ADMI_WEBSERVICES: 4,
    });
    expect(Object.keys(snapshot.features).sort()).toEqual([...AUDITED_FEATURES].sort());
    expect(valueOf(snapshot.features.TBA)).toBe(true);
  });

  it('reads every integration record', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    expect(rowsOf(snapshot.integrations)).toEqual([
      // The emulator's BUILTIN.DF of a column that references nothing gives the value itself.
      { id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED', stateName: 'ENABLED' },
      { id: 12, name: 'ActOnTBA', state: 'ENABLED', stateName: 'ENABLED' },
    ]);
  });

  it("reads only the integration's tokens, usable ones first, with ISO dates", async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    expect(rowsOf(snapshot.tokens)).toEqual([
      {
        id: 6,
        name: 'ActOnTBA Act-On Sync',
        applicationId: 12,
        applicationName: 'ActOnTBA',
        userId: 21,
        userName: 'Act-On Sync',
        roleId: 1001,
        roleName: 'Act-On Integration',
        inactive: false,
        revoked: false,
        createdAt: '2026-09-15T14:30:00Z',
      },
      {
        id: 5,
        name: 'ActOnTBA Ada',
        applicationId: 12,
        applicationName: 'ActOnTBA',
        userId: 7,
        userName: 'Ada Admin',
        roleId: 3,
        roleName: 'Administrator',
        inactive: false,
        revoked: true,
        createdAt: '2026-03-01T09:00:00Z',
      },
    ]);
  });

  it("reads the last 30 days of the integration's logins and every TBA failure that names no application, newest first", async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    const attempts = rowsOf(snapshot.loginAttempts);
    expect(attempts.map((attempt) => [attempt.at, attempt.status, attempt.detail])).toEqual([
      ['2026-11-26T06:00:00Z', 'Success', null],
      ['2026-11-25T06:00:00Z', 'Success', null],
      ['2026-11-21T10:00:00Z', 'Failure', 'InvalidSignature'],
      ['2026-11-20T10:00:00Z', 'Failure', 'consumer_key_refused'],
    ]);
    expect(attempts[0]).toEqual({
      at: '2026-11-26T06:00:00Z',
      status: 'Success',
      applicationName: 'ActOnTBA',
      tokenName: 'ActOnTBA Act-On Sync',
      userId: 21,
      userName: 'Act-On Sync',
      roleId: 1001,
      roleName: 'Act-On Integration',
      detail: null,
      ipAddress: null,
      requestUri: null,
    });
  });

  it("reads the tokens' roles and Administrator with only the audited permissions", async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    expect(valueOf(snapshot.roles)).toEqual([
      {
        id: 3,
        name: 'Administrator',
        inactive: false,
        webServicesOnly: false,
        permissions: {
          ok: false,
          reason: expect.stringContaining(
            'NetSuite listed none of the audited permissions for role Administrator (id 3)',
          ) as string,
        },
      },
      {
        id: 1001,
        name: 'Act-On Integration',
        inactive: false,
        webServicesOnly: false,
        permissions: {
          ok: true,
          value: { ADMI_MANAGE_OWN_OAUTH_TOKENS: 4, ADMI_WEBSERVICES: 4, LIST_CONTACT: 4, LIST_EMPLOYEE: 1 },
        },
      },
    ]);
  });

  it("reads the tokens' users with their role ids", async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    expect(valueOf(snapshot.employees)).toEqual([
      { id: 7, name: 'Ada Admin', inactive: false, giveAccess: true, roleIds: { ok: true, value: [3] } },
      { id: 21, name: 'Act-On Sync', inactive: false, giveAccess: true, roleIds: { ok: true, value: [1001, 1002] } },
    ]);
  });

  it(
    'runs five statements, reading tokens by the record id and skipping the application list, for the 50 units ' +
      'NetSuite charged',
    async () => {
      const { netsuite, snapshot } = await collect(readyWithDedicatedRole());

      expect(connectionStatements(netsuite).map((call) => call.sql.match(/FROM (\w+)/)?.[1])).toEqual([
        'integration',
        'oauthtoken',
        'loginaudit',
        'role',
        'employee',
      ]);
      expect(netsuite.statements[1]?.params).toEqual([12]);
      expect(snapshot.tokenApplications).toBeNull();
      expect(snapshot.usage).toEqual({ queries: 5 + DATA_STATEMENTS, governanceUnits: 50 + DATA_STATEMENTS * 10 });
      expect(netsuite.remainingUsage()).toBe(950 - DATA_STATEMENTS * 10);
    },
  );

  it('reports the units the script actually spent, not the documented price', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      startingUsage: 600,
      unitsPerStatement: 20,
    });

    expect(snapshot.usage).toEqual({ queries: 5 + DATA_STATEMENTS, governanceUnits: 100 + DATA_STATEMENTS * 20 });
  });

  it('reports the documented 10 units a statement when the script cannot say its usage after the audit', async () => {
    const netsuite = await installFakeNetSuite(
      setupFor(readyWithDedicatedRole(), { startingUsage: 600, unitsPerStatement: 20 }),
    );
    installedNetSuites.push(netsuite);
    const script = runtime.getCurrentScript();
    jest
      .mocked(runtime.getCurrentScript)
      .mockReturnValueOnce(script)
      .mockReturnValue({ getRemainingUsage: () => undefined } as unknown as runtime.Script);

    expect(collectSnapshot(ACTON_TBA, AUDIT_NOW).usage).toEqual({
      queries: 5 + DATA_STATEMENTS,
      governanceUnits: 50 + DATA_UNITS,
    });
  });

  it('reports the documented 10 units a statement when the script cannot say its usage before the audit', async () => {
    const netsuite = await installFakeNetSuite(
      setupFor(readyWithDedicatedRole(), { startingUsage: 600, unitsPerStatement: 20 }),
    );
    installedNetSuites.push(netsuite);
    jest
      .mocked(runtime.getCurrentScript)
      .mockReturnValueOnce({ getRemainingUsage: () => undefined } as unknown as runtime.Script);

    expect(collectSnapshot(ACTON_TBA, AUDIT_NOW).usage).toEqual({
      queries: 5 + DATA_STATEMENTS,
      governanceUnits: 50 + DATA_UNITS,
    });
  });

  it('also reads the requested role and user', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), {
      integrationName: 'ActOnTBA',
      roleId: 1002,
      userId: 22,
      scoreFieldIds: [],
    });

    expect(valueOf(snapshot.roles).map((role) => role.id)).toEqual([3, 1001, 1002]);
    expect(valueOf(snapshot.employees).map((employee) => employee.id)).toEqual([7, 21, 22]);
  });

  it('matches the integration name regardless of case and spaces', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), {
      integrationName: ' acton TBA',
      roleId: null,
      userId: null,
      scoreFieldIds: [],
    });

    expect(rowsOf(snapshot.tokens).map((token) => token.id)).toEqual([6, 5]);
    expect(rowsOf(snapshot.loginAttempts).filter((attempt) => attempt.applicationName === 'ActOnTBA')).toHaveLength(2);
  });

  it('matches a name typed with ordinary spaces to a record whose name holds no-break spaces', async () => {
    const tables = readyWithDedicatedRole();
    const { snapshot } = await collect(
      { ...tables, integration: [{ id: 12, name: 'Act-On\u00a0TBA', state: 'ENABLED' }] },
      { integrationName: 'Act-On TBA', roleId: null, userId: null, scoreFieldIds: [] },
    );

    expect(rowsOf(snapshot.tokens).map((token) => token.id)).toEqual([6, 5]);
  });

  it.each([' actontba ', 'ActOn  TBA', '  ActOnTBA'])(
    'finds the logins of an integration stored as "%s", looked for as the record is',
    async (stored) => {
      const tables = readyWithDedicatedRole();
      const { snapshot } = await collect({
        ...tables,
        integration: [{ id: 12, name: stored, state: 'ENABLED' }],
        loginaudit: (tables.loginaudit ?? []).map((row) =>
          row['oauthappname'] === 'ActOnTBA' ? { ...row, oauthappname: stored } : row,
        ),
      });

      expect(
        rowsOf(snapshot.loginAttempts).filter((attempt) => attempt.applicationName === stored.trim()),
      ).toHaveLength(2);
      expect(statusOf(evaluateReadiness(snapshot, ACTON_TBA, []), 'integration.authentication')).toBe('pass');
    },
  );

  it('finds the logins too when the Login Audit Trail shows the name without its stray spaces', async () => {
    const tables = readyWithDedicatedRole();
    const { snapshot } = await collect({
      ...tables,
      integration: [{ id: 12, name: ' ActOn  TBA ', state: 'ENABLED' }],
      loginaudit: (tables.loginaudit ?? []).map((row) =>
        row['oauthappname'] === 'ActOnTBA' ? { ...row, oauthappname: 'ActOn TBA' } : row,
      ),
    });

    expect(rowsOf(snapshot.loginAttempts).filter((attempt) => attempt.applicationName === 'ActOn TBA')).toHaveLength(2);
  });

  it('finds the logins of an integration named with accents, typed exactly as stored', async () => {
    const tables = readyWithDedicatedRole();
    const login = {
      date: '2026-11-26T06:00:00Z',
      status: 'Success',
      oauthappname: 'Act-On Société',
      oauthaccesstokenname: 'T',
      user: 21,
      role: 1001,
      detail: null,
    };
    const { snapshot } = await collect(
      { ...tables, integration: [{ id: 12, name: 'Act-On Société', state: 'ENABLED' }], loginaudit: [login] },
      { integrationName: 'Act-On Société', roleId: null, userId: null, scoreFieldIds: [] },
    );

    expect(rowsOf(snapshot.loginAttempts).map((attempt) => attempt.applicationName)).toEqual(['Act-On Société']);
  });

  it('finds the logins of an integration typed in another case, because UPPER folds every letter in both engines', async () => {
    const tables = readyWithDedicatedRole();
    const login = {
      date: '2026-11-26T06:00:00Z',
      status: 'Success',
      oauthappname: 'Act-On Société',
      oauthaccesstokenname: 'T',
      user: 21,
      role: 1001,
      detail: null,
    };
    const { snapshot } = await collect(
      { ...tables, integration: [], oauthtoken: [], loginaudit: [login] },
      { integrationName: 'ACT-ON SOCIÉTÉ', roleId: null, userId: null, scoreFieldIds: [] },
    );

    expect(rowsOf(snapshot.loginAttempts)).toHaveLength(1);
  });
});

/**
 * The integration table is refused; integrationapp numbers ActOnTBA 12, but the tokens' application
 * ids are another numbering, where 12 is "Other App" and ActOnTBA is 40.
 */
function differentIdSpaces(): [NamedTableRows, AuditInputs, Partial<FakeNetSuiteSetup>] {
  const tables = readyWithDedicatedRole();
  return [
    {
      ...tables,
      integration: [
        { id: 12, name: 'Other App', state: 'ENABLED' },
        { id: 40, name: 'ActOnTBA', state: 'ENABLED' },
      ],
      integrationapp: [{ id: 12, name: 'ActOnTBA', state: 'ENABLED' }],
      oauthtoken: [
        // The newest token (the numbering probe) is Other App's: id 12 is not ActOnTBA for tokens.
        {
          id: 31,
          tba_token_name: 'Other',
          tba_app_name: 12,
          entity_name: 7,
          role_name: 3,
          binactive: 'F',
          brevoked: 'F',
          dcreated: '2026-10-01T10:00:00Z',
        },
        {
          id: 30,
          tba_token_name: 'Act-On',
          tba_app_name: 40,
          entity_name: 21,
          role_name: 1001,
          binactive: 'F',
          brevoked: 'F',
          dcreated: '2026-10-02T10:00:00Z',
        },
      ],
    },
    ACTON_TBA,
    { unreadableTables: { integration: { name: 'INVALID_SEARCH_TYPE', message: 'Invalid search type: integration' } } },
  ];
}

describe('collectSnapshot finds the tokens by application id, never by name in SQL', () => {
  it(
    'drops tokens of another application that a record id finds, then reads the tokens by the id the application ' +
      'list gives',
    async () => {
      const { netsuite, snapshot } = await collect(...differentIdSpaces());

      expect(connectionStatements(netsuite).map((call) => call.sql.match(/FROM (\w+)/)?.[1])).toEqual([
        'integration',
        'integrationapp',
        'oauthtoken',
        'oauthtoken',
        'oauthtoken',
        'loginaudit',
        'role',
        'employee',
      ]);
      expect(
        netsuite.statements.filter((call) => call.sql.includes('WHERE t.tba_app_name IN')).map((call) => call.params),
      ).toEqual([[12], [40]]);
      expect(rowsOf(snapshot.tokens).map((token) => token.id)).toEqual([30]);
    },
  );

  it('reads no token statement when no application carries the name, and says the empty list is complete', async () => {
    const { netsuite, snapshot } = await collect(integrationMissing());

    expect(netsuite.statements.filter((call) => call.sql.includes('WHERE t.tba_app_name IN'))).toEqual([]);
    expect(valueOf(snapshot.tokens)).toEqual({ rows: [], complete: true });
  });
});

describe('collectSnapshot sends account values only as parameters', () => {
  const hostileName = "x' OR '1'='1";

  it('keeps a quote-laden integration name out of every SQL text and in the parameters', async () => {
    const { netsuite } = await collect(readyWithDedicatedRole(), {
      integrationName: hostileName,
      roleId: 1002,
      userId: 22,
      scoreFieldIds: [],
    });

    expect(connectionStatements(netsuite)).toHaveLength(5);
    for (const call of netsuite.statements) {
      expect(call.sql).not.toContain("x'");
      // The only literals: the date format, and the data statements' fixed 'F' (active records).
      expect(stringLiterals(call.sql).every((literal) => literal === 'YYYY-MM-DD HH24:MI:SS' || literal === 'F')).toBe(
        true,
      );
      expect(call.sql.split('?').length - 1).toBe(call.params.length);
    }
    const loginCall = netsuite.statements.find((call) => call.sql.includes('FROM loginaudit'));
    expect(loginCall?.params.slice(1, 3)).toEqual([hostileName, hostileName.toUpperCase()]);
  });

  it('finds nothing for the hostile name instead of everything', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), {
      integrationName: hostileName,
      roleId: null,
      userId: null,
      scoreFieldIds: [],
    });

    expect(rowsOf(snapshot.tokens)).toEqual([]);
    expect(rowsOf(snapshot.loginAttempts).every((attempt) => attempt.applicationName === null)).toBe(true);
  });

  it('passes the window start, 30 days before now, as a parameter', async () => {
    const { netsuite } = await collect(readyWithDedicatedRole());

    const loginCall = netsuite.statements.find((call) => call.sql.includes('FROM loginaudit'));
    expect(loginCall?.params[0]).toBe('2026-10-28 12:00:00');
    expect(loginCall?.sql).not.toMatch(/SYSDATE|2026/);
  });
});

describe('collectSnapshot when the integration is not found', () => {
  it('lists the applications tokens exist for, in place of the token statement: still five statements', async () => {
    const { snapshot } = await collect(integrationMissing());

    expect(rowsOf(snapshot.tokenApplications)).toEqual([
      { applicationId: 4, applicationName: 'SuiteCloud Development Integration', tokenCount: 1 },
      { applicationId: 13, applicationName: 'Act-On Legacy', tokenCount: 2 },
    ]);
    expect(snapshot.usage).toEqual({ queries: 5 + DATA_STATEMENTS, governanceUnits: 50 + DATA_STATEMENTS * 10 });
  });

  it('reads the auditing user and their role as the candidate when no token matched and no user was asked for', async () => {
    const { snapshot } = await collect(integrationMissing());

    expect(valueOf(snapshot.employees).map((employee) => employee.id)).toEqual([7]);
    expect(valueOf(snapshot.roles).map((role) => role.id)).toEqual([3]);
  });

  it('reads the auditing user too when a user was asked for but no token is theirs: the id may not exist', async () => {
    const { snapshot } = await collect(integrationMissing(), {
      integrationName: 'ActOnTBA',
      roleId: 1001,
      userId: 21,
      scoreFieldIds: [],
    });

    expect(valueOf(snapshot.employees).map((employee) => employee.id)).toEqual([7, 21]);
    expect(valueOf(snapshot.roles).map((role) => role.id)).toEqual([3, 1001]);
  });

  it('proves an integration record without tokens has none in five statements, when the account has no token at all', async () => {
    const { snapshot } = await collect(integrationWithoutTokens());

    expect(valueOf(snapshot.tokens)).toEqual({ rows: [], complete: true });
    expect(snapshot.tokenApplications).toBeNull();
    expect(snapshot.usage.queries).toBe(5 + DATA_STATEMENTS);
  });

  it("proves it too when another application's newest token shows tokens number applications as the records do", async () => {
    const tables = readyWithDedicatedRole();
    const cliToken = {
      id: 8,
      tba_token_name: 'CLI Ada',
      tba_app_name: 4,
      entity_name: 7,
      role_name: 3,
      binactive: 'F',
      brevoked: 'F',
      dcreated: '2026-10-01T10:00:00Z',
    };
    const { netsuite, snapshot } = await collect({ ...tables, oauthtoken: [cliToken] });

    expect(valueOf(snapshot.tokens)).toEqual({ rows: [], complete: true });
    expect(connectionStatements(netsuite).map((call) => call.sql.match(/FROM (\w+)/)?.[1])).toEqual([
      'integration',
      'oauthtoken',
      'loginaudit',
      'role',
      'employee',
    ]);
    expect(netsuite.statements[1]?.sql).toContain('OR t.id = (SELECT MAX(p.id) FROM oauthtoken p)');
  });
});

describe('collectSnapshot when NetSuite refuses a read', () => {
  it('reads the integrationapp table when the integration table is refused', async () => {
    const tables = readyWithDedicatedRole();
    const { netsuite, snapshot } = await collect({ ...tables, integrationapp: tables.integration }, ACTON_TBA, {
      unreadableTables: { integration: { name: 'INVALID_SEARCH_TYPE', message: 'Invalid search type: integration' } },
    });

    expect(rowsOf(snapshot.integrations).map((record) => record.name)).toEqual([
      'SuiteCloud Development Integration',
      'ActOnTBA',
    ]);
    expect(connectionStatements(netsuite).map((call) => call.sql.match(/FROM (\w+)/)?.[1])).toEqual([
      'integration',
      'integrationapp',
      'oauthtoken',
      'loginaudit',
      'role',
      'employee',
    ]);
  });

  it(
    'reports both refusals when neither integration table can be read, and still finds the integration through its ' +
      'tokens',
    async () => {
      const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
        unreadableTables: {
          integration: { name: 'INVALID_SEARCH_TYPE', message: 'Invalid search type: integration' },
          integrationapp: { name: 'SSS_SEARCH_ERROR_OCCURRED', message: "Record 'integrationapp' was not found." },
        },
      });

      expect(failureOf(snapshot.integrations)).toEqual({
        ok: false,
        code: 'INVALID_SEARCH_TYPE',
        reason:
          'Reading the integration table failed: INVALID_SEARCH_TYPE: Invalid search type: integration ' +
          "Reading the integrationapp table failed: SSS_SEARCH_ERROR_OCCURRED: Record 'integrationapp' was not found.",
      });
      expect(rowsOf(snapshot.tokens)).toHaveLength(2);
      expect(rowsOf(snapshot.tokenApplications).map((application) => application.applicationName)).toContain(
        'ActOnTBA',
      );
      expect(snapshot.usage.queries).toBe(7 + DATA_STATEMENTS);
    },
  );

  it('costs at most eight statements and 80 units when every fallback runs', async () => {
    const { snapshot } = await collect(...differentIdSpaces());

    expect(snapshot.usage).toEqual({ queries: 8 + DATA_STATEMENTS, governanceUnits: 80 + DATA_STATEMENTS * 10 });
  });

  it('reports unreadable tokens after trying the application list once, and falls back to the auditing user', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      unreadableTables: {
        oauthtoken: { name: 'INSUFFICIENT_PERMISSION', message: 'You do not have permission to view access tokens.' },
      },
    });

    expect(failureOf(snapshot.tokens).code).toBe('INSUFFICIENT_PERMISSION');
    expect(failureOf(snapshot.tokenApplications).code).toBe('INSUFFICIENT_PERMISSION');
    expect(valueOf(snapshot.employees).map((employee) => employee.id)).toEqual([7]);
    // A refused token statement (its numbering probe included) does not end the search: the list is asked once.
    expect(snapshot.usage.queries).toBe(6 + DATA_STATEMENTS);
  });

  it('reports an unreadable Login Audit Trail and keeps the other facts', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      unreadableTables: {
        loginaudit: {
          name: 'SSS_SEARCH_ERROR_OCCURRED',
          message: 'Search error occurred: Record loginaudit was not found.',
        },
      },
    });

    expect(failureOf(snapshot.loginAttempts).reason).toContain(
      'Reading the loginaudit table failed: SSS_SEARCH_ERROR_OCCURRED',
    );
    expect(valueOf(snapshot.roles)).toHaveLength(2);
  });

  it('reports roles as unreadable when the permission join fails', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      unreadableTables: { rolepermissions: { name: 'SSS_SEARCH_ERROR_OCCURRED', message: 'Search error occurred.' } },
    });

    expect(failureOf(snapshot.roles).reason).toContain('Reading the role and rolepermissions tables failed');
    expect(valueOf(snapshot.employees)).toHaveLength(2);
  });

  it('reports employees as unreadable when the employee table fails', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      unreadableTables: { employee: { name: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation.' } },
    });

    expect(failureOf(snapshot.employees).code).toBe('INSUFFICIENT_PERMISSION');
    expect(rowsOf(snapshot.tokens)).toHaveLength(2);
  });

  it('reports a feature NetSuite does not know as unreadable and reads the others', async () => {
    const { OAUTH2: _unknownHere, ...olderAccountFeatures } = {
      CUSTOMCODE: true,
      SERVERSIDESCRIPTING: true,
      WEBSERVICESEXTERNAL: true,
      SUITESIGNON: false,
      TBA: true,
      RESTWEBSERVICES: true,
      OAUTH2: true,
    };
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, { features: olderAccountFeatures });

    expect(failureOf(snapshot.features.OAUTH2)).toMatchObject({ code: 'SSS_INVALID_FEATURE_ID' });
    expect(failureOf(snapshot.features.OAUTH2).reason).toContain('Reading feature OAUTH2 failed');
    expect(valueOf(snapshot.features.SUITESIGNON)).toBe(false);
  });
});

describe('collectSnapshot with malformed rows', () => {
  it('fails the token list, naming the row and column, when a date is not a date', async () => {
    const tables = readyWithDedicatedRole();
    const { snapshot } = await collect(
      {
        ...tables,
        oauthtoken: [
          {
            id: 6,
            tba_token_name: 'T',
            tba_app_name: 12,
            entity_name: 21,
            role_name: 1001,
            binactive: 'F',
            brevoked: 'F',
            dcreated: '2026-09-15T14:30:00Z',
          },
        ],
      },
      ACTON_TBA,
      // No date-time column holds "yesterday": the malformed value arrives in NetSuite's answer.
      { malformedValues: [{ column: 'created_at', row: 0, value: 'yesterday' }] },
    );

    expect(failureOf(snapshot.tokens).reason).toBe(
      `Row 1 of the oauthtoken table is malformed: column "created_at" holds "yesterday", expected a date-time ` +
        `'YYYY-MM-DD HH24:MI:SS'.`,
    );
  });

  it('reads an answer without the giveaccess column as unknown, never as "no access"', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, { missingColumns: ['giveaccess'] });

    expect(failureOf(snapshot.employees).reason).toBe(
      'Row 1 of the employee table is malformed: column "giveaccess" is missing from NetSuite\'s answer.',
    );
    const report = evaluateReadiness(snapshot, ACTON_TBA);
    const base = evaluateReadiness((await collect(readyWithDedicatedRole())).snapshot, ACTON_TBA);
    const changed = report.checks.filter((check, index) => check.status !== base.checks[index]?.status);
    // The user's access is unknown (a hand check), not a failure with false evidence.
    expect(changed.map((check) => [check.id, check.status])).toEqual([['user.access', 'unknown']]);
    expect(base.checks.find((check) => check.id === 'user.access')?.status).toBe('pass');
  });

  it("fails only that employee's role list when it holds names instead of ids", async () => {
    const tables = readyWithDedicatedRole();
    const { snapshot } = await collect({
      ...tables,
      employee: [
        { id: 7, entityid: 'Ada Admin', isinactive: 'F', giveaccess: 'T', rolesforsearch: '3' },
        { id: 21, entityid: 'Act-On Sync', isinactive: 'F', giveaccess: 'T', rolesforsearch: 'Act-On Integration' },
      ],
    });

    const [ada, sync] = valueOf(snapshot.employees);
    expect(ada?.roleIds).toEqual({ ok: true, value: [3] });
    expect(failureOf(sync?.roleIds ?? null).reason).toContain('Act-On Integration');
  });

  it("fails only that role's permissions when a level is out of range", async () => {
    const tables = readyWithDedicatedRole();
    const { snapshot } = await collect({
      ...tables,
      rolepermissions: [{ role: 1001, permkey: 'ADMI_WEBSERVICES', permlevel: 9 }],
    });

    const [administrator, actOnRole] = valueOf(snapshot.roles);
    expect(failureOf(administrator?.permissions ?? null).reason).toContain(
      'NetSuite listed none of the audited permissions',
    );
    expect(failureOf(actOnRole?.permissions ?? null).reason).toContain('ADMI_WEBSERVICES');
  });
});

describe('collectSnapshot stays bounded', () => {
  it('reads only the first page of a long integration list', async () => {
    const { netsuite, snapshot } = await collect(manyIntegrations(450));

    const integrationCall = netsuite.statements.find((call) => call.sql.includes('FROM integration'));
    expect(integrationCall?.pageSize).toBe(200);
    expect(integrationCall?.fetchedPages).toEqual([0]);
    expect(rowsOf(snapshot.integrations)).toHaveLength(200);
  });

  it('reads the roles and users of at most 25 tokens, usable ones first', async () => {
    const tables = readyWithDedicatedRole();
    const tokenRow = (id: number, revoked: 'T' | 'F') => ({
      id,
      tba_token_name: `T${id}`,
      tba_app_name: 12,
      entity_name: 1000 + id,
      role_name: 2000 + id,
      binactive: 'F',
      brevoked: revoked,
      dcreated: `2026-01-01T00:00:${String(id % 60).padStart(2, '0')}Z`,
    });
    const revoked = Array.from({ length: 10 }, (_, index) => tokenRow(index + 1, 'T'));
    const usable = Array.from({ length: 30 }, (_, index) => tokenRow(index + 11, 'F'));
    const { netsuite } = await collect({ ...tables, oauthtoken: [...revoked, ...usable] });

    const employeeCall = netsuite.statements.find((call) => call.sql.includes('FROM employee'));
    expect(employeeCall?.params).toHaveLength(25);
    expect(employeeCall?.params.every((id) => Number(id) >= 1011)).toBe(true);
  });
});

describe('collectSnapshot says whether each counted list was read to its end', () => {
  it('marks every list of a small account complete', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    const completeness = [
      valueOf(snapshot.integrations),
      valueOf(snapshot.tokens),
      valueOf(snapshot.loginAttempts),
    ].map((list) => list.complete);

    expect(completeness).toEqual([true, true, true]);
  });

  it('marks the integration list incomplete when the account holds one record more than the bound', async () => {
    const { snapshot } = await collect(manyIntegrations(ROW_BOUNDS.integrations + 1));

    expect(valueOf(snapshot.integrations)).toMatchObject({ complete: false });
    expect(rowsOf(snapshot.integrations)).toHaveLength(ROW_BOUNDS.integrations);
  });

  it("keeps a list that exactly fills its bound complete, because NetSuite's count says nothing is left", async () => {
    const { snapshot } = await collect(manyIntegrations(ROW_BOUNDS.integrations));

    expect(valueOf(snapshot.integrations)).toMatchObject({ complete: true });
    expect(rowsOf(snapshot.integrations)).toHaveLength(ROW_BOUNDS.integrations);
  });

  it('marks the token list incomplete past its bound, still reading the usable token first', async () => {
    const { snapshot } = await collect(manyActOnTokens(ROW_BOUNDS.tokens + 50));

    expect(valueOf(snapshot.tokens).complete).toBe(false);
    expect(rowsOf(snapshot.tokens)).toHaveLength(ROW_BOUNDS.tokens);
    expect(rowsOf(snapshot.tokens)[0]).toMatchObject({
      name: `ActOnTBA Sync ${ROW_BOUNDS.tokens + 50}`,
      revoked: false,
    });
  });

  it('reads the one usable token first when more than a page of revoked tokens are newer, and the audit finds it active', async () => {
    const { snapshot } = await collect(usableTokenOlderThanManyRevoked(ROW_BOUNDS.tokens + 50));

    expect(valueOf(snapshot.tokens).complete).toBe(false);
    expect(rowsOf(snapshot.tokens)).toHaveLength(ROW_BOUNDS.tokens);
    expect(rowsOf(snapshot.tokens)[0]).toMatchObject({
      id: 100,
      name: 'ActOnTBA Sync 1',
      revoked: false,
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(rowsOf(snapshot.tokens)[1]).toMatchObject({
      name: `ActOnTBA Sync ${ROW_BOUNDS.tokens + 50}`,
      revoked: true,
    });
    expect(statusOf(evaluateReadiness(snapshot, ACTON_TBA), 'token.active')).toBe('pass');
  });

  it('marks the Login Audit Trail incomplete past its bound, keeping the newest attempts', async () => {
    const { snapshot } = await collect(manyActOnLogins(ROW_BOUNDS.loginAttempts + 160));

    expect(valueOf(snapshot.loginAttempts).complete).toBe(false);
    expect(rowsOf(snapshot.loginAttempts)).toHaveLength(ROW_BOUNDS.loginAttempts);
    expect(rowsOf(snapshot.loginAttempts)[0]?.at).toBe('2026-11-27T11:00:00Z');
  });
});

describe('collectSnapshot never throws', () => {
  it('returns a snapshot of failed probes when every NetSuite call throws', () => {
    installFailingNetSuite();

    let snapshot: AccountSnapshot | undefined;
    expect(() => {
      snapshot = collectSnapshot(ACTON_TBA, AUDIT_NOW);
    }).not.toThrow();

    expect(failureOf(snapshot?.integrations ?? null).code).toBe('SSS_REQUEST_TIME_EXCEEDED');
    expect(failureOf(snapshot?.tokens ?? null).reason).toContain('The request took too long.');
    expect(failureOf(snapshot?.features.TBA ?? null).reason).toBe(
      'Reading feature TBA failed: feature lookup unavailable',
    );
    expect(failureOf(snapshot?.currentUser.permissions ?? null).reason).toBe(
      'Reading the current user failed: no session',
    );
    expect(failureOf(snapshot?.roles ?? null).code).toBe('SSS_REQUEST_TIME_EXCEEDED');
    // integration, integrationapp, the application list, logins, roles; no token statement without applications, no
    // user to read; then the 6 data statements, and 2 new records that throw too.
    expect(snapshot?.usage).toEqual({ queries: 5 + DATA_STATEMENTS, governanceUnits: 50 + DATA_UNITS });
  });
});

describe('collectSnapshot keeps a diagnostic of every statement', () => {
  it('lists each statement run or skipped, in order, with its rows and outcome', async () => {
    const { snapshot } = await collect(readyWithDedicatedRole());

    expect(
      connectionProbes(snapshot).map((probe) => [probe.subject, probe.outcome, probe.rows, probe.reason ?? null]),
    ).toEqual([
      ['the integration table', 'ok', 2, null],
      ['the integrationapp table', 'skipped', 0, 'The integration table answered.'],
      // ActOnTBA's two tokens and the account's newest token (the CLI's), which shows the numbering.
      ['the oauthtoken table', 'ok', 3, null],
      ['the oauthtoken table (applications)', 'skipped', 0, 'The integration record gave the application id.'],
      ['the loginaudit table', 'ok', 4, null],
      ['the role and rolepermissions tables', 'ok', 5, null],
      ['the employee table', 'ok', 2, null],
      ['the role table (subsidiaries)', 'skipped', 0, 'Not a OneWorld account.'],
    ]);
  });

  it("records NetSuite's error code and message for a refused statement", async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      unreadableTables: {
        loginaudit: { name: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation: View Login Audit Trail.' },
      },
    });

    expect(snapshot.probes.find((probe) => probe.subject === 'the loginaudit table')).toMatchObject({
      outcome: 'failed',
      rows: 0,
      error: { code: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation: View Login Audit Trail.' },
    });
  });

  it('says when a statement was cut at its bound', async () => {
    const { snapshot } = await collect(manyIntegrations(ROW_BOUNDS.integrations + 1));

    expect(snapshot.probes[0]).toMatchObject({
      subject: 'the integration table',
      rows: ROW_BOUNDS.integrations,
      bounded: true,
    });
  });

  it('keeps the SQL with its placeholders and never a parameter value', async () => {
    const hostileName = "Secret' Name";
    const { netsuite, snapshot } = await collect(readyWithDedicatedRole(), {
      integrationName: hostileName,
      roleId: 1002,
      userId: 22,
      scoreFieldIds: [],
    });

    expect(
      connectionProbes(snapshot)
        .filter((probe) => probe.outcome !== 'skipped')
        .map((probe) => probe.statement),
    ).toEqual(connectionStatements(netsuite).map((call) => call.sql));
    expect(JSON.stringify(snapshot.probes)).not.toContain('Secret');
    expect(JSON.stringify(snapshot.probes)).not.toContain('2026-10-28');
  });
});

describe('collectSnapshot in a OneWorld account', () => {
  const oneWorld = { features: { ...ALL_FEATURES_ON, SUBSIDIARIES: true } };

  it("reads the candidate roles' subsidiary access, Administrator left out, in a sixth statement", async () => {
    const tables = readyWithDedicatedRole();
    const role =
      tables.role?.map((row) =>
        row.id === 1001 ? { ...row, subsidiaryoption: 'SELECTED', subsidiaryrestriction: 'Canada' } : row,
      ) ?? [];
    const { netsuite, snapshot } = await collect({ ...tables, role }, ACTON_TBA, oneWorld);

    expect(valueOf(snapshot.roleSubsidiaries)).toEqual([{ roleId: 1001, option: 'SELECTED', restriction: 'Canada' }]);
    expect(connectionStatements(netsuite).at(-1)?.params).toEqual([1001]);
    expect(snapshot.usage.queries).toBe(6 + DATA_STATEMENTS);
  });

  it("reports a refused subsidiary statement in its own probe, with NetSuite's answer", async () => {
    const { snapshot } = await collect(readyWithDedicatedRole(), ACTON_TBA, {
      ...oneWorld,
      unreadableTables: {
        role: { name: 'SSS_SEARCH_ERROR_OCCURRED', message: "Field 'subsidiaryoption' was not found." },
      },
    });

    expect(failureOf(snapshot.roleSubsidiaries).reason).toContain("Field 'subsidiaryoption' was not found.");
  });

  it('reads no subsidiaries when Administrator is the only role', async () => {
    const { snapshot } = await collect(integrationMissing(), ACTON_TBA, oneWorld);

    expect(snapshot.roleSubsidiaries).toBeNull();
    expect(connectionProbes(snapshot).at(-1)).toMatchObject({
      subject: 'the role table (subsidiaries)',
      outcome: 'skipped',
      reason: 'No role but Administrator to read.',
    });
  });
});

describe('collectSnapshot keeps to its statement budget', () => {
  it('leaves the subsidiary statement out when the fallbacks have spent eight statements, saying so', async () => {
    const [tables, inputs, setup] = differentIdSpaces();
    const { snapshot } = await collect(tables, inputs, {
      ...setup,
      features: { ...ALL_FEATURES_ON, SUBSIDIARIES: true },
    });

    expect(snapshot.usage.queries).toBe(8 + DATA_STATEMENTS);
    expect(snapshot.roleSubsidiaries).toBeNull();
    expect(connectionProbes(snapshot).at(-1)).toMatchObject({
      subject: 'the role table (subsidiaries)',
      outcome: 'skipped',
      reason: "The audit's 8 statements were spent on fallbacks.",
    });
  });
});
