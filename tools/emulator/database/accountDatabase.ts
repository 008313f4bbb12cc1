/**
 * The emulated account's SuiteQL engine: an in-memory SQLite database (sql.js) holding the
 * scenario's tables, which runs a script's statements and answers like NetSuite, errors
 * included. Unavailable tables are simply absent, so any statement reading them fails with
 * the scenario's error code; their display names stay in the lookup tables. Built from a
 * scenario, or from rows given table by table ({@link AccountDatabase.fromRows}).
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { loadSqlJs } from './sqlJsLoader';
import type { Scenario, ScenarioTable } from '../scenario/scenarioTypes';
import { accountRows, displayNameRows, type RowValues } from './accountRows';
import { columnOrderedRows, type NamedTableRows } from './namedRows';
import {
  ACCOUNT_TABLES,
  DISPLAY_COLUMNS,
  createDisplayTableSql,
  createIndexSql,
  createTableSql,
  displayTableName,
  type DisplayedTable,
} from './accountTables';
import { isStoredDateTime, toChar, toDate, toUserDateTime } from './dateTimes';
import { prepareStatement, StatementRejected } from './statementPreparation';

/** Why a statement failed: the scenario made its table unreadable, or the statement is wrong. */
export type QueryFailureKind = 'unavailable' | 'rejected';

/** A failed statement, with the NetSuite error code a script would see. */
export class QueryFailure extends Error {
  override readonly name = 'QueryFailure';

  constructor(
    readonly code: string,
    message: string,
    readonly kind: QueryFailureKind,
    /** The unreadable table, for an `unavailable` failure. */
    readonly table?: ScenarioTable,
  ) {
    super(message);
  }
}

/** The NetSuite error code for statements NetSuite cannot run. */
export const SEARCH_ERROR_CODE = 'SSS_SEARCH_ERROR_OCCURRED';

/** How a statement is run. */
export interface QueryOptions {
  /** Read in pages (runSuiteQLPaged): NetSuite asks for a unique ORDER BY then. */
  readonly paged?: boolean;
}

/** Why an unordered paged statement is refused. */
export const UNORDERED_PAGING =
  'a paged statement needs an ORDER BY that makes the order unique: without one NetSuite may repeat or skip rows ' +
  'between pages';

/** Rows of a statement, values as a script reads them. */
export interface QueryRows {
  /** Lower-case output names (`exprN` for an unnamed expression). */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

let sqlJsModule: Promise<SqlJsStatic> | null = null;

/** sql.js compiles its WebAssembly once per process. */
function sqlJs(): Promise<SqlJsStatic> {
  sqlJsModule ??= loadSqlJs()();
  return sqlJsModule;
}

/** Rows per INSERT: many rows per statement cut sql.js's per-call overhead (bound values stay far below SQLite's limit). */
const ROWS_PER_INSERT = 100;

function insertStatementSql(table: string, columnCount: number, rowCount: number): string {
  const row = `(${Array.from({ length: columnCount }, () => '?').join(', ')})`;
  return `INSERT INTO "${table}" VALUES ${Array.from({ length: rowCount }, () => row).join(', ')}`;
}

/** The values of `count` rows from `first`, flattened into `values` (reused to spare the garbage collector). */
function fillBatch(values: SqlValue[], rows: readonly RowValues[], first: number, count: number): SqlValue[] {
  values.length = 0;
  for (let index = first; index < first + count; index += 1) for (const value of rows[index] ?? []) values.push(value);
  return values;
}

/** Inserts rows with prepared statements of {@link ROWS_PER_INSERT} rows each, then the remainder. */
function insertRows(database: Database, table: string, columnCount: number, rows: readonly RowValues[]): void {
  const fullBatches = Math.floor(rows.length / ROWS_PER_INSERT);
  const values: SqlValue[] = [];
  if (fullBatches > 0) {
    const batch = database.prepare(insertStatementSql(table, columnCount, ROWS_PER_INSERT));
    try {
      for (let index = 0; index < fullBatches; index += 1)
        batch.run(fillBatch(values, rows, index * ROWS_PER_INSERT, ROWS_PER_INSERT));
    } finally {
      batch.free();
    }
  }
  const remainder = rows.length - fullBatches * ROWS_PER_INSERT;
  if (remainder > 0)
    database.run(
      insertStatementSql(table, columnCount, remainder),
      fillBatch(values, rows, fullBatches * ROWS_PER_INSERT, remainder),
    );
}

/** Every table's rows in column order, and the tables statements cannot read. */
interface AccountContents {
  readonly rows: Readonly<Record<ScenarioTable, readonly RowValues[]>>;
  readonly unavailable: Scenario['unavailable'];
}

function loadTables(database: Database, { rows, unavailable }: AccountContents): void {
  const displayRows = displayNameRows(rows);
  database.run('BEGIN');
  for (const table of ACCOUNT_TABLES) {
    if (unavailable[table.name] !== undefined) continue;
    database.run(createTableSql(table));
    insertRows(database, table.name, table.columns.length, rows[table.name]);
    for (const index of createIndexSql(table)) database.run(index);
  }
  for (const table of Object.keys(DISPLAY_COLUMNS) as DisplayedTable[]) {
    database.run(createDisplayTableSql(table));
    insertRows(database, displayTableName(table), 2, displayRows[table]);
  }
  database.run('COMMIT');
}

/** Output names as NetSuite gives them: lower-case aliases, `exprN` for unnamed expressions. */
function outputNames(names: readonly string[]): string[] {
  let unnamed = 0;
  return names.map((name) => {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name.toLowerCase();
    unnamed += 1;
    return `expr${unnamed}`;
  });
}

function presentedValue(value: SqlValue): string | number | null {
  if (value === null || typeof value === 'number') return value;
  if (typeof value === 'string') return isStoredDateTime(value) ? toUserDateTime(value) : value;
  return null; // no column holds blobs
}

/** SQLite's message as a NetSuite failure: unknown tables may be the scenario's unavailable ones. */
function failureFromSqlite(message: string, unavailable: Scenario['unavailable']): QueryFailure {
  const missingTable = /no such table: (?:main\.)?(\w+)/i.exec(message)?.[1]?.toLowerCase();
  const code = missingTable === undefined ? undefined : unavailable[missingTable as ScenarioTable];
  if (missingTable !== undefined && code !== undefined) {
    return new QueryFailure(
      code,
      `The ${missingTable} table cannot be read in this account.`,
      'unavailable',
      missingTable as ScenarioTable,
    );
  }
  if (missingTable !== undefined)
    return new QueryFailure(
      SEARCH_ERROR_CODE,
      `Search error occurred: Record '${missingTable}' was not found.`,
      'rejected',
    );
  // Oracle's SDK guide (SuiteQL pitfall 13) names the error a column a table lacks gives: "Unknown identifier".
  const missingColumn = /no such column: ([\w.]+)/i.exec(message)?.[1];
  if (missingColumn !== undefined)
    return new QueryFailure(
      SEARCH_ERROR_CODE,
      `Search error occurred: Unknown identifier '${missingColumn}': Field '${missingColumn}' was not found.`,
      'rejected',
    );
  return new QueryFailure(SEARCH_ERROR_CODE, `Search error occurred: Invalid search query: ${message}`, 'rejected');
}

/** One scenario's tables in SQLite, queried with SuiteQL text. Read-only once built. */
export class AccountDatabase {
  private constructor(
    private readonly database: Database,
    private readonly unavailable: Scenario['unavailable'],
  ) {}

  /** Builds the database of a scenario: tables, rows in one transaction, then indexes. */
  static async create(scenario: Scenario): Promise<AccountDatabase> {
    return AccountDatabase.load({ rows: accountRows(scenario), unavailable: scenario.unavailable });
  }

  /**
   * Builds a database from rows given table by table, exactly as given (no Administrator role
   * or derived values are added). Display names come from these rows, unavailable tables included.
   * @param unavailable tables whose statements fail, with the NetSuite error code they throw
   * @throws TableRowError for an unknown table or column, or a value the column cannot hold
   */
  static async fromRows(tables: NamedTableRows, unavailable: Scenario['unavailable'] = {}): Promise<AccountDatabase> {
    return AccountDatabase.load({ rows: columnOrderedRows(tables), unavailable });
  }

  private static async load(contents: AccountContents): Promise<AccountDatabase> {
    const { Database: SqlDatabase } = await sqlJs();
    const database = new SqlDatabase();
    try {
      // SuiteQL's LIKE is case-sensitive; SQLite's is not unless told.
      database.run('PRAGMA case_sensitive_like = ON');
      // Oracle's UPPER and LOWER fold every letter; SQLite's built-ins fold ASCII only.
      database.create_function('UPPER', (value: SqlValue) => (typeof value === 'string' ? value.toUpperCase() : value));
      database.create_function('LOWER', (value: SqlValue) => (typeof value === 'string' ? value.toLowerCase() : value));
      database.create_function('TO_CHAR', (value: SqlValue, format: SqlValue) => toChar(value, format));
      database.create_function('TO_DATE', (text: SqlValue, format: SqlValue) => toDate(text, format));
      loadTables(database, contents);
    } catch (thrown) {
      database.close(); // e.g. two rows with one id: SQLite's constraint message says which
      throw thrown;
    }
    return new AccountDatabase(database, contents.unavailable);
  }

  /**
   * Runs one SuiteQL statement with its `?` parameters.
   * @throws QueryFailure `unavailable` for a table the scenario made unreadable, `rejected` for
   *   a statement NetSuite would refuse (unknown table or column, outside the subset, bad parameters)
   */
  query(suiteQl: string, params: readonly (string | number)[], options: QueryOptions = {}): QueryRows {
    let sql: string;
    let parameterCount: number;
    let ordered: boolean;
    try {
      ({ sql, parameterCount, ordered } = prepareStatement(suiteQl));
    } catch (thrown) {
      if (thrown instanceof StatementRejected)
        throw new QueryFailure(
          SEARCH_ERROR_CODE,
          `Search error occurred: Invalid search query: ${thrown.message}`,
          'rejected',
        );
      throw thrown;
    }
    if (options.paged === true && !ordered) {
      throw new QueryFailure(
        SEARCH_ERROR_CODE,
        `Search error occurred: Invalid search query: ${UNORDERED_PAGING}`,
        'rejected',
      );
    }
    if (parameterCount !== params.length) {
      throw new QueryFailure(
        SEARCH_ERROR_CODE,
        `Search error occurred: the statement has ${parameterCount} ? parameters but ${params.length} values ` +
          `were given.`,
        'rejected',
      );
    }
    return this.execute(sql, params);
  }

  private execute(sql: string, params: readonly (string | number)[]): QueryRows {
    let statement;
    try {
      statement = this.database.prepare(sql);
    } catch (thrown) {
      throw failureFromSqlite(thrown instanceof Error ? thrown.message : String(thrown), this.unavailable);
    }
    try {
      statement.bind([...params]);
      const rows: (string | number | null)[][] = [];
      while (statement.step()) rows.push(statement.get().map(presentedValue));
      return { columns: outputNames(statement.getColumnNames()), rows };
    } catch (thrown) {
      throw failureFromSqlite(thrown instanceof Error ? thrown.message : String(thrown), this.unavailable);
    } finally {
      statement.free();
    }
  }

  /** Frees the database's memory. */
  close(): void {
    this.database.close();
  }
}
