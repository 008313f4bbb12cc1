/**
 * NetSuite at the boundary, for tests: wires Oracle's automocked N/query and N/runtime stubs
 * (the test file calls jest.mock for both) to the emulator's SuiteQL engine, so the collector's
 * statements meet the same dialect rules, BUILTIN.DF lookups, date functions and error codes as
 * in the local emulator. A table marked unreadable throws the error NetSuite gives for it, and
 * governance is charged at NetSuite's documented prices (runSuiteQLPaged 10 units, page
 * fetches and runtime calls 0).
 */
import * as query from 'N/query';
import * as runtime from 'N/runtime';
import { AccountDatabase, QueryFailure, type QueryRows } from '../../../tools/emulator/database/accountDatabase';
import type { NamedTableRows, NamedValue } from '../../../tools/emulator/database/namedRows';
import type { ScenarioTable } from '../../../tools/emulator/scenario/scenarioTypes';
import { NETSUITE_ERROR_CODES } from '../../../tools/emulator/scriptErrors';

/** NetSuite's documented cost of one runSuiteQLPaged call. */
const RUN_SUITEQL_PAGED_UNITS = 10;

/** The shape of a SuiteScriptError as the collector sees it. */
export interface NetSuiteErrorLike {
  readonly name: string;
  readonly message: string;
}

/**
 * A value NetSuite's answer carries in place of the stored one. No table column can hold such
 * a value (a date-time column cannot hold "yesterday"), so an answer the collector does not
 * expect is made here, where NetSuite's answer enters the script.
 */
export interface MalformedValue {
  /** The output column (lower-case alias); every answer with this column is altered. */
  readonly column: string;
  /** Zero-based row of the answer. */
  readonly row: number;
  readonly value: NamedValue;
}

export interface FakeNetSuiteSetup {
  /** The account's SuiteQL tables, row by row. */
  readonly tables: NamedTableRows;
  /** Tables SuiteQL cannot read in this account, with the error NetSuite throws for them. */
  readonly unreadableTables?: Partial<Record<ScenarioTable, NetSuiteErrorLike>>;
  readonly malformedValues?: readonly MalformedValue[];
  /** Output columns (lower-case aliases) NetSuite's answers leave out, whatever the statement selects. */
  readonly missingColumns?: readonly string[];
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
  /** Frees the account's database. */
  close(): void;
}

type MappedRow = Record<string, NamedValue>;

function pagedDataOf(rows: readonly MappedRow[], pageSize: number, call: StatementCall): query.PagedData {
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

/** The error codes the database gives the unreadable tables (their messages stay with the setup). */
function unavailableCodes(
  unreadableTables: FakeNetSuiteSetup['unreadableTables'] = {},
): Partial<Record<ScenarioTable, string>> {
  return Object.fromEntries(Object.entries(unreadableTables).map(([table, error]) => [table, error.name]));
}

/** The parameters as the emulator's N/query takes them: strings and numbers only. */
function suiteQlParameters(params: readonly (string | number | boolean)[]): (string | number)[] {
  return params.map((param) => {
    if (typeof param === 'boolean') {
      throw suiteScriptError({
        name: NETSUITE_ERROR_CODES.wrongParameterType,
        message: 'runSuiteQLPaged: options.params must be an array of strings and numbers.',
      });
    }
    return param;
  });
}

/** Runs a call on the database, throwing NetSuite's error when it fails. */
function answerOf(database: AccountDatabase, call: StatementCall, setup: FakeNetSuiteSetup): QueryRows {
  try {
    return database.query(call.sql, suiteQlParameters(call.params), { paged: true });
  } catch (thrown) {
    if (!(thrown instanceof QueryFailure)) throw thrown;
    const unreadable = thrown.table === undefined ? undefined : setup.unreadableTables?.[thrown.table];
    throw suiteScriptError(unreadable ?? { name: thrown.code, message: thrown.message });
  }
}

/** An answer's rows keyed by output name, with the setup's malformed values put in. */
function mappedRows(
  answer: QueryRows,
  malformedValues: readonly MalformedValue[] = [],
  missingColumns: readonly string[] = [],
): MappedRow[] {
  const rows = answer.rows.map((values) =>
    Object.fromEntries(
      answer.columns.flatMap((column, index) =>
        missingColumns.includes(column) ? [] : [[column, values[index] ?? null] as const],
      ),
    ),
  );
  for (const malformed of malformedValues) {
    const row = rows[malformed.row];
    if (row !== undefined && malformed.column in row) row[malformed.column] = malformed.value;
  }
  return rows;
}

/** Points the mocked N/query and N/runtime at `setup` and returns what the account saw. */
export async function installFakeNetSuite(setup: FakeNetSuiteSetup): Promise<FakeNetSuite> {
  const database = await AccountDatabase.fromRows(setup.tables, unavailableCodes(setup.unreadableTables));
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
    const rows = mappedRows(answerOf(database, call, setup), setup.malformedValues, setup.missingColumns);
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
  jest
    .mocked(runtime.getCurrentScript)
    .mockImplementation(() => ({ getRemainingUsage: () => remainingUsage }) as unknown as runtime.Script);

  return { statements, remainingUsage: () => remainingUsage, close: () => database.close() };
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
