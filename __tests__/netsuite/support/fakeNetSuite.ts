/**
 * NetSuite at the boundary, for tests: wires Oracle's automocked N/query and N/runtime stubs
 * (the test file calls jest.mock for both) to a {@link SqliteAccount}. SuiteQL really runs, a
 * table marked unreadable throws the error NetSuite gives, and governance is charged at
 * NetSuite's documented prices (runSuiteQLPaged 10 units, page fetches and runtime calls 0).
 */
import * as query from 'N/query';
import * as runtime from 'N/runtime';
import type { SqlValue } from 'sql.js';
import { tablesReadBy, type SqliteAccount, type TableName } from './sqliteAccount';

/** NetSuite's documented cost of one runSuiteQLPaged call. */
const RUN_SUITEQL_PAGED_UNITS = 10;

/** The shape of a SuiteScriptError as the collector sees it. */
export interface NetSuiteErrorLike {
  readonly name: string;
  readonly message: string;
}

export interface FakeNetSuiteSetup {
  readonly account: SqliteAccount;
  /** Tables SuiteQL cannot read in this account, with the error NetSuite throws for them. */
  readonly unreadableTables?: Partial<Record<TableName, NetSuiteErrorLike>>;
  /** Features by id; reading an id not listed throws, as an unknown feature id may. */
  readonly features: Readonly<Record<string, boolean>>;
  readonly currentUser: {
    readonly id: number;
    readonly name: string;
    readonly role: number;
    readonly permissions: Readonly<Record<string, number>>;
  };
  readonly accountId?: string;
  readonly envType?: string;
  readonly version?: string;
  readonly startingUsage?: number;
  /** Units one runSuiteQLPaged call costs; NetSuite documents 10. */
  readonly unitsPerStatement?: number;
}

/** One runSuiteQLPaged call as NetSuite received it. */
export interface StatementCall {
  readonly sql: string;
  readonly params: readonly (string | number | boolean)[];
  readonly pageSize: number | undefined;
  /** Page indexes fetched from this statement's paged data. */
  readonly fetchedPages: number[];
}

export interface FakeNetSuite {
  readonly statements: StatementCall[];
  remainingUsage(): number;
}

function pagedDataOf(rows: readonly Record<string, SqlValue>[], pageSize: number, call: StatementCall): query.PagedData {
  const pageRanges = Array.from({ length: Math.ceil(rows.length / pageSize) }, (_, index) => ({
    index,
    size: Math.min(pageSize, rows.length - index * pageSize),
  }));
  const fetch = (options: { index: number }): query.Page => {
    if (options.index < 0 || options.index >= pageRanges.length) {
      throw Object.assign(new Error('Page index out of range'), { name: 'INVALID_PAGE_RANGE' });
    }
    call.fetchedPages.push(options.index);
    const pageRows = rows.slice(options.index * pageSize, (options.index + 1) * pageSize);
    return { data: { asMappedResults: () => pageRows.map((row) => ({ ...row })) } } as unknown as query.Page;
  };
  return { count: rows.length, pageSize, pageRanges, fetch } as unknown as query.PagedData;
}

function suiteScriptError(error: NetSuiteErrorLike): Error {
  return Object.assign(new Error(error.message), { name: error.name });
}

/** Points the mocked N/query and N/runtime at `setup` and returns what the account saw. */
export function installFakeNetSuite(setup: FakeNetSuiteSetup): FakeNetSuite {
  const statements: StatementCall[] = [];
  let remainingUsage = setup.startingUsage ?? 1000;

  jest.mocked(query.runSuiteQLPaged).mockImplementation((options) => {
    remainingUsage -= setup.unitsPerStatement ?? RUN_SUITEQL_PAGED_UNITS;
    const call: StatementCall = {
      sql: options.query,
      params: [...(options.params ?? [])],
      pageSize: options.pageSize,
      fetchedPages: [],
    };
    statements.push(call);
    for (const table of tablesReadBy(options.query)) {
      const error = setup.unreadableTables?.[table as TableName];
      if (error !== undefined) throw suiteScriptError(error);
    }
    const rows = setup.account.query(options.query, call.params.map((param) => (typeof param === 'boolean' ? String(param) : param)));
    return pagedDataOf(rows, options.pageSize ?? 50, call);
  });

  Object.assign(runtime, {
    accountId: setup.accountId ?? '1234567_SB1',
    envType: setup.envType ?? 'SANDBOX',
    version: setup.version ?? '2026.2',
  });
  jest.mocked(runtime.isFeatureInEffect).mockImplementation(({ feature }) => {
    const inEffect = setup.features[feature];
    if (inEffect === undefined) {
      throw suiteScriptError({ name: 'SSS_INVALID_FEATURE_ID', message: `Unknown feature: ${feature}` });
    }
    return inEffect;
  });
  jest.mocked(runtime.getCurrentUser).mockImplementation(
    () =>
      ({
        id: setup.currentUser.id,
        name: setup.currentUser.name,
        role: setup.currentUser.role,
        getPermission: ({ name }: { name: string }) => setup.currentUser.permissions[name] ?? 0,
      }) as unknown as runtime.User,
  );
  jest.mocked(runtime.getCurrentScript).mockImplementation(
    () => ({ getRemainingUsage: () => remainingUsage }) as unknown as runtime.Script,
  );

  return { statements, remainingUsage: () => remainingUsage };
}

/** A NetSuite where every call the collector makes throws (a plain Error, a code, or a bare string). */
export function installFailingNetSuite(): void {
  jest.mocked(query.runSuiteQLPaged).mockImplementation(() => {
    throw suiteScriptError({ name: 'SSS_REQUEST_TIME_EXCEEDED', message: 'The request took too long.' });
  });
  jest.mocked(runtime.isFeatureInEffect).mockImplementation(() => {
    throw 'feature lookup unavailable';
  });
  jest.mocked(runtime.getCurrentUser).mockImplementation(() => {
    throw new TypeError('no session');
  });
  jest.mocked(runtime.getCurrentScript).mockImplementation(() => {
    throw new TypeError('no script context');
  });
}
