/**
 * A NetSuite account's SuiteQL tables held in SQLite (sql.js), under the SuiteQL contract the
 * collector and the local emulator share: TO_CHAR/TO_DATE with the two agreed formats, and
 * BUILTIN.DF(alias.column) rewritten into a lookup of the referenced record's display name.
 * Date-times are stored as 'YYYY-MM-DD HH:MM:SS' text, so they compare in time order.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';

export type TableName = 'integration' | 'oauthtoken' | 'loginaudit' | 'role' | 'rolepermissions' | 'employee';

const SCHEMA: Readonly<Record<TableName, readonly string[]>> = {
  integration: ['id INTEGER', 'name TEXT', 'applicationid TEXT', 'state TEXT'],
  oauthtoken: [
    'id INTEGER', 'tba_token_name TEXT', 'tba_app_name INTEGER', 'entity_name INTEGER', 'role_name INTEGER',
    'binactive TEXT', 'brevoked TEXT', 'drevoked TEXT', 'dcreated TEXT', 'createdby INTEGER',
  ],
  loginaudit: [
    'date TEXT', 'status TEXT', 'oauthappname TEXT', 'oauthaccesstokenname TEXT', 'user INTEGER', 'role INTEGER',
    'emailaddress TEXT', 'ipaddress TEXT', 'requesturi TEXT', 'detail TEXT', 'secchallenge TEXT', 'useragent TEXT',
  ],
  role: ['id INTEGER', 'name TEXT', 'scriptid TEXT', 'isinactive TEXT', 'iswebserviceonlyrole TEXT', 'centertype TEXT'],
  rolepermissions: ['role INTEGER', 'permkey TEXT', 'name TEXT', 'permlevel INTEGER', 'restriction TEXT'],
  employee: [
    'id INTEGER', 'entityid TEXT', 'firstname TEXT', 'lastname TEXT', 'email TEXT', 'isinactive TEXT', 'giveaccess TEXT',
    'rolesforsearch TEXT',
  ],
};

/** Reference columns and the table whose display name BUILTIN.DF shows for them. */
const DISPLAY_NAME_SOURCES: Readonly<Record<string, { readonly table: TableName; readonly column: string }>> = {
  tba_app_name: { table: 'integration', column: 'name' },
  entity_name: { table: 'employee', column: 'entityid' },
  createdby: { table: 'employee', column: 'entityid' },
  user: { table: 'employee', column: 'entityid' },
  role_name: { table: 'role', column: 'name' },
  role: { table: 'role', column: 'name' },
};

export type TableRow = Readonly<Record<string, SqlValue>>;
export type AccountTables = Partial<Record<TableName, readonly TableRow[]>>;

const DATE_TIME_FORMAT = 'YYYY-MM-DD HH24:MI:SS';
const DATE_FORMAT = 'YYYY-MM-DD';

/** TO_CHAR for the stored date-time text; other formats are outside the contract and rejected. */
function toChar(value: SqlValue, format: SqlValue): SqlValue {
  if (value === null) return null;
  if (format === DATE_TIME_FORMAT) return String(value);
  if (format === DATE_FORMAT) return String(value).slice(0, 10);
  throw new Error(`TO_CHAR format ${String(format)} is outside the SuiteQL contract`);
}

/** TO_DATE into the stored form (a bare date is midnight). */
function toDate(text: SqlValue, format: SqlValue): SqlValue {
  if (text === null) return null;
  if (format === DATE_TIME_FORMAT) return String(text);
  if (format === DATE_FORMAT) return `${String(text)} 00:00:00`;
  throw new Error(`TO_DATE format ${String(format)} is outside the SuiteQL contract`);
}

/** Rewrites BUILTIN.DF(alias.column) into a scalar lookup of the display name. */
export function rewriteDisplayNames(sql: string): string {
  return sql.replace(/BUILTIN\.DF\((\w+)\.(\w+)\)/g, (call, alias: string, column: string) => {
    const source = DISPLAY_NAME_SOURCES[column];
    if (source === undefined) throw new Error(`No display name is known for ${call}`);
    return `(SELECT df.${source.column} FROM ${source.table} df WHERE df.id = ${alias}.${column})`;
  });
}

/** The tables a statement reads directly (BUILTIN.DF lookups excluded: they answer even for unreadable tables). */
export function tablesReadBy(sql: string): string[] {
  return Array.from(sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)/gi), (match) => (match[1] ?? '').toLowerCase());
}

/** An account whose SuiteQL tables live in an in-memory SQLite database. */
export class SqliteAccount {
  private readonly database: Database;

  constructor(sqlJs: SqlJsStatic, tables: AccountTables) {
    this.database = new sqlJs.Database();
    this.database.create_function('TO_CHAR', toChar);
    this.database.create_function('TO_DATE', toDate);
    for (const [table, columns] of Object.entries(SCHEMA)) {
      this.database.run(`CREATE TABLE ${table} (${columns.join(', ')})`);
    }
    for (const [table, rows] of Object.entries(tables)) {
      for (const row of rows ?? []) this.insert(table, row);
    }
  }

  private insert(table: string, row: TableRow): void {
    const columns = Object.keys(row);
    const values = columns.map((column) => row[column] ?? null);
    this.database.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, values);
  }

  /** Runs a SuiteQL statement; SQLite rejecting it throws, as NetSuite would. */
  query(sql: string, params: readonly SqlValue[]): Record<string, SqlValue>[] {
    const statement = this.database.prepare(rewriteDisplayNames(sql));
    try {
      statement.bind([...params]);
      const rows: Record<string, SqlValue>[] = [];
      while (statement.step()) rows.push(statement.getAsObject());
      return rows;
    } finally {
      statement.free();
    }
  }

  close(): void {
    this.database.close();
  }
}
