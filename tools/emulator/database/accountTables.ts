/**
 * The emulated account's SuiteQL tables: NetSuite's table and column names, its conventions
 * ('T'/'F' flags, internal ids for references, date-times), and the map of references that
 * BUILTIN.DF follows to a record's display name.
 *
 * Display names live in separate lookup tables (`emu_display_<table>`), so BUILTIN.DF still
 * answers when a scenario makes the referenced table itself unavailable, as NetSuite does.
 * Scripts cannot name those tables: the dialect check rejects the `emu_` prefix.
 */
import type { ScenarioTable } from '../scenario/scenarioTypes';

/** How a column's values look: integers, text, 'T'/'F' flags, or stored date-times. */
export type ColumnKind = 'integer' | 'text' | 'flag' | 'datetime';

export interface ColumnDefinition {
  readonly name: string;
  readonly kind: ColumnKind;
  /** The table whose internal id this column holds (BUILTIN.DF follows it). */
  readonly references?: DisplayedTable;
}

/** Tables that have a display name (the targets of references). */
export type DisplayedTable = 'integration' | 'employee' | 'role';

export interface TableDefinition {
  readonly name: ScenarioTable;
  readonly columns: readonly ColumnDefinition[];
  /** The internal id column, when the table has one. */
  readonly primaryKey?: string;
  /** Column lists to index: the lookups the audit's statements filter, join or sort on. */
  readonly indexes: readonly (readonly string[])[];
}

/** Reserved prefix of the emulator's own tables; statements naming it are rejected. */
export const EMULATOR_TABLE_PREFIX = 'emu_';

/** The column holding each displayed table's display name (NetSuite's BUILTIN.DF answer). */
export const DISPLAY_COLUMNS: Readonly<Record<DisplayedTable, string>> = {
  integration: 'name',
  employee: 'entityid',
  role: 'name',
};

export const ACCOUNT_TABLES: readonly TableDefinition[] = [
  {
    name: 'integration',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'name', kind: 'text' },
      { name: 'applicationid', kind: 'text' },
      { name: 'state', kind: 'text' },
    ],
    indexes: [],
  },
  {
    // Named by one field log as the table where `integration` does not exist: same records.
    name: 'integrationapp',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'name', kind: 'text' },
      { name: 'state', kind: 'text' },
      { name: 'createddate', kind: 'datetime' },
    ],
    indexes: [],
  },
  {
    name: 'oauthtoken',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'tba_token_name', kind: 'text' },
      { name: 'tba_app_name', kind: 'integer', references: 'integration' },
      { name: 'entity_name', kind: 'integer', references: 'employee' },
      { name: 'role_name', kind: 'integer', references: 'role' },
      { name: 'binactive', kind: 'flag' },
      { name: 'brevoked', kind: 'flag' },
      { name: 'drevoked', kind: 'datetime' },
      { name: 'dcreated', kind: 'datetime' },
      { name: 'createdby', kind: 'integer', references: 'employee' },
    ],
    indexes: [['tba_app_name'], ['entity_name']],
  },
  {
    name: 'loginaudit',
    columns: [
      { name: 'date', kind: 'datetime' },
      { name: 'status', kind: 'text' },
      { name: 'oauthappname', kind: 'text' },
      { name: 'oauthaccesstokenname', kind: 'text' },
      { name: 'user', kind: 'integer', references: 'employee' },
      { name: 'role', kind: 'integer', references: 'role' },
      { name: 'emailaddress', kind: 'text' },
      { name: 'ipaddress', kind: 'text' },
      { name: 'requesturi', kind: 'text' },
      { name: 'detail', kind: 'text' },
      { name: 'secchallenge', kind: 'text' },
      { name: 'useragent', kind: 'text' },
    ],
    indexes: [['date'], ['oauthappname']],
  },
  {
    name: 'role',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'name', kind: 'text' },
      { name: 'scriptid', kind: 'text' },
      { name: 'isinactive', kind: 'flag' },
      { name: 'iswebserviceonlyrole', kind: 'flag' },
      { name: 'centertype', kind: 'text' },
      { name: 'subsidiaryoption', kind: 'text' },
      // The subsidiaries' names; NetSuite stores references (BUILTIN.DF of a plain column gives the value itself).
      { name: 'subsidiaryrestriction', kind: 'text' },
    ],
    indexes: [],
  },
  {
    name: 'rolepermissions',
    columns: [
      { name: 'role', kind: 'integer', references: 'role' },
      { name: 'permkey', kind: 'text' },
      { name: 'name', kind: 'text' },
      { name: 'permlevel', kind: 'integer' },
      { name: 'restriction', kind: 'text' },
    ],
    indexes: [['role', 'permkey']],
  },
  {
    name: 'employee',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'entityid', kind: 'text' },
      { name: 'firstname', kind: 'text' },
      { name: 'lastname', kind: 'text' },
      { name: 'email', kind: 'text' },
      { name: 'isinactive', kind: 'flag' },
      { name: 'giveaccess', kind: 'flag' },
      { name: 'rolesforsearch', kind: 'text' },
    ],
    indexes: [],
  },
  {
    // Oracle's SDK guide (SuiteQL pitfall 13): no `id` and no `isinactive` here, but `key` and `inactive`.
    name: 'entitystatus',
    columns: [
      { name: 'key', kind: 'integer' },
      { name: 'name', kind: 'text' },
      { name: 'entitytype', kind: 'text' },
      { name: 'inactive', kind: 'flag' },
    ],
    indexes: [],
  },
  {
    // Oracle documents the table and `scriptid`; `name` and `fieldvaluetype` come from public code
    // (docs/netsuite-facts.md, section 23). No applies-to or mandatory column: those are read from records.
    name: 'customfield',
    primaryKey: 'internalid',
    columns: [
      { name: 'internalid', kind: 'integer' },
      { name: 'scriptid', kind: 'text' },
      { name: 'name', kind: 'text' },
      { name: 'fieldtype', kind: 'text' },
      { name: 'fieldvaluetype', kind: 'text' },
    ],
    indexes: [],
  },
  {
    // Leads, prospects and customers: one table, `searchstage` says which.
    name: 'customer',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'searchstage', kind: 'text' },
      { name: 'entitystatus', kind: 'integer' },
      { name: 'email', kind: 'text' },
      { name: 'isinactive', kind: 'flag' },
      { name: 'salesrep', kind: 'integer', references: 'employee' },
    ],
    indexes: [['isinactive', 'searchstage'], ['email']],
  },
  {
    name: 'contact',
    primaryKey: 'id',
    columns: [
      { name: 'id', kind: 'integer' },
      { name: 'email', kind: 'text' },
      { name: 'isinactive', kind: 'flag' },
      { name: 'company', kind: 'integer' },
    ],
    indexes: [['isinactive'], ['email']],
  },
];

/** The lookup table holding `table`'s display names. */
export function displayTableName(table: DisplayedTable): string {
  return `${EMULATOR_TABLE_PREFIX}display_${table}`;
}

const TABLES_BY_NAME = new Map(ACCOUNT_TABLES.map((table) => [table.name as string, table]));

/** The definition of a table by its (case-insensitive) name, if the account has it. */
export function tableDefinition(name: string): TableDefinition | undefined {
  return TABLES_BY_NAME.get(name.toLowerCase());
}

/** The table `table.column` references, or null when the column holds no reference. */
export function referencedTable(table: string, column: string): DisplayedTable | null {
  const definition = tableDefinition(table);
  const columnDefinition = definition?.columns.find((candidate) => candidate.name === column.toLowerCase());
  return columnDefinition?.references ?? null;
}

const SQL_TYPES: Readonly<Record<ColumnKind, string>> = {
  integer: 'INTEGER',
  text: 'TEXT',
  flag: 'TEXT',
  datetime: 'TEXT',
};

/** `CREATE TABLE` for one account table. Flags are constrained to 'T'/'F' as in NetSuite. */
export function createTableSql(table: TableDefinition): string {
  const columns = table.columns.map((column) => {
    const primary = column.name === table.primaryKey ? ' PRIMARY KEY' : '';
    const check = column.kind === 'flag' ? ` NOT NULL CHECK ("${column.name}" IN ('T', 'F'))` : '';
    return `"${column.name}" ${SQL_TYPES[column.kind]}${primary}${check}`;
  });
  return `CREATE TABLE "${table.name}" (${columns.join(', ')})`;
}

/** `CREATE INDEX` statements for one account table. */
export function createIndexSql(table: TableDefinition): string[] {
  return table.indexes.map(
    (columns) =>
      `CREATE INDEX "${EMULATOR_TABLE_PREFIX}${table.name}_${columns.join('_')}" ON "${table.name}" ` +
      `(${columns.map((c) => `"${c}"`).join(', ')})`,
  );
}

/** `CREATE TABLE` for a display-name lookup table, keyed by internal id. */
export function createDisplayTableSql(table: DisplayedTable): string {
  return `CREATE TABLE "${displayTableName(table)}" ("id" INTEGER PRIMARY KEY, "name" TEXT)`;
}
