/**
 * Account tables given row by row with named columns, for callers that describe an account's
 * tables directly rather than as a scenario (the collector's tests). Each row is checked
 * against the table's definition and put in column order. A value no NetSuite column of that
 * kind could hold is refused, so the database never answers what NetSuite could not.
 */
import type { ScenarioTable } from '../scenario/scenarioTypes';
import type { RowValues } from './accountRows';
import { ACCOUNT_TABLES, tableDefinition, type ColumnDefinition, type TableDefinition } from './accountTables';
import { isStoredDateTime } from './dateTimes';

/** A cell as NetSuite holds it: ids and levels as numbers, 'T'/'F' flags, UTC date-times `YYYY-MM-DDTHH:MM:SSZ`. */
export type NamedValue = string | number | null;

/** One row by lower-case column name; columns left out are null. */
export type NamedRow = Readonly<Record<string, NamedValue>>;

/** Rows by table; tables left out are empty. */
export type NamedTableRows = Readonly<Partial<Record<ScenarioTable, readonly NamedRow[]>>>;

/** A table, column or value that NetSuite's tables cannot hold; the message names the row. */
export class TableRowError extends Error {
  override readonly name = 'TableRowError';
}

/** What a column of this kind holds, when `value` is not one of those values; otherwise null. */
function expectedInstead(column: ColumnDefinition, value: NamedValue): string | null {
  switch (column.kind) {
    case 'integer':
      return value === null || (typeof value === 'number' && Number.isInteger(value)) ? null : 'a whole number or null';
    case 'text':
      return value === null || typeof value === 'string' ? null : 'text or null';
    case 'flag':
      // NetSuite flags are never empty: the table refuses null too.
      return value === 'T' || value === 'F' ? null : "'T' or 'F'";
    case 'datetime':
      return value === null || isStoredDateTime(value) ? null : 'a UTC date-time YYYY-MM-DDTHH:MM:SSZ or null';
  }
}

/** A row's values in the definition's column order. */
function columnOrdered(table: TableDefinition, row: NamedRow, position: number): RowValues {
  const unknown = Object.keys(row).find((name) => !table.columns.some((column) => column.name === name));
  if (unknown !== undefined) {
    throw new TableRowError(
      `${table.name} row ${position}: the table has no column "${unknown}" (it has ` +
        `${table.columns.map((column) => column.name).join(', ')}).`,
    );
  }
  return table.columns.map((column) => {
    const value = row[column.name] ?? null;
    const expected = expectedInstead(column, value);
    if (expected !== null)
      throw new TableRowError(
        `${table.name} row ${position}: column "${column.name}" holds ${JSON.stringify(value)}, expected ${expected}.`,
      );
    return value;
  });
}

/**
 * Every account table's rows in column order.
 * @throws TableRowError for an unknown table or column, or a value the column cannot hold
 */
export function columnOrderedRows(tables: NamedTableRows): Readonly<Record<ScenarioTable, RowValues[]>> {
  const unknownTable = Object.keys(tables).find((name) => tableDefinition(name)?.name !== name);
  if (unknownTable !== undefined) {
    throw new TableRowError(
      `The account has no table "${unknownTable}" (it has ${ACCOUNT_TABLES.map((table) => table.name).join(', ')}).`,
    );
  }
  const ordered = {} as Record<ScenarioTable, RowValues[]>;
  for (const table of ACCOUNT_TABLES) {
    ordered[table.name] = (tables[table.name] ?? []).map((row, index) => columnOrdered(table, row, index + 1));
  }
  return ordered;
}
