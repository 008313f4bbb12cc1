/**
 * The emulator's one translation of statement text: NetSuite's `BUILTIN.DF(alias.column)`
 * becomes a lookup of the referenced record's display name,
 * `(SELECT emu_df.name FROM emu_display_<table> emu_df WHERE emu_df.id = alias.column)`.
 * A column that references nothing gives its own value, as BUILTIN.DF does. Everything
 * else in the statement is passed to SQLite exactly as written.
 */
import { displayTableName, referencedTable, tableDefinition } from './accountTables';
import { isWord, type SqlToken } from './sqlTokens';

/** Words that cannot be a table alias. */
const NOT_AN_ALIAS = new Set([
  'WHERE',
  'JOIN',
  'LEFT',
  'RIGHT',
  'INNER',
  'OUTER',
  'FULL',
  'CROSS',
  'NATURAL',
  'ON',
  'USING',
  'GROUP',
  'ORDER',
  'HAVING',
  'UNION',
  'INTERSECT',
  'MINUS',
  'EXCEPT',
  'AS',
  'SELECT',
  'FROM',
  'AND',
  'OR',
  'NOT',
  'BY',
]);

/** A BUILTIN.DF call that cannot be translated. */
export class DisplayTranslationError extends Error {
  override readonly name = 'DisplayTranslationError';
}

/** Table names by alias (and by their own name), from every FROM and JOIN in the statement. */
export function tableAliases(tokens: readonly SqlToken[]): Map<string, string | null> {
  const aliases = new Map<string, string | null>();
  const remember = (alias: string, table: string): void => {
    const key = alias.toLowerCase();
    const known = aliases.get(key);
    aliases.set(key, known === undefined || known === table ? table : null); // null: ambiguous
  };
  tokens.forEach((token, index) => {
    if (!isWord(token, 'FROM') && !isWord(token, 'JOIN')) return;
    let cursor = index + 1;
    for (;;) {
      const table = tokens[cursor];
      if (table?.kind !== 'word') return;
      const tableName = table.text.toLowerCase();
      remember(tableName, tableName);
      cursor += isWord(tokens[cursor + 1], 'AS') ? 2 : 1;
      const alias = tokens[cursor];
      if (alias?.kind === 'word' && !NOT_AN_ALIAS.has(alias.text.toUpperCase())) {
        remember(alias.text, tableName);
        cursor += 1;
      }
      // `FROM a x, b y`: another table follows a comma at the same depth.
      if (!isWord(token, 'FROM') || tokens[cursor]?.text !== ',' || tokens[cursor]?.depth !== token.depth) return;
      cursor += 1;
    }
  });
  return aliases;
}

interface DisplayCall {
  readonly start: number;
  readonly end: number;
  readonly qualifier: string | null;
  readonly column: string;
}

/** Reads `BUILTIN . DF ( [alias .] column )` starting at token `index`. */
function readDisplayCall(tokens: readonly SqlToken[], index: number): DisplayCall | null {
  if (!isWord(tokens[index], 'BUILTIN') || tokens[index + 1]?.text !== '.' || !isWord(tokens[index + 2], 'DF'))
    return null;
  const open = tokens[index + 3];
  if (open?.text !== '(') throw new DisplayTranslationError('BUILTIN.DF must be called as BUILTIN.DF(alias.column)');
  const first = tokens[index + 4];
  const qualified = tokens[index + 5]?.text === '.';
  const column = qualified ? tokens[index + 6] : first;
  const close = tokens[index + (qualified ? 7 : 5)];
  if (first?.kind !== 'word' || column?.kind !== 'word' || close?.text !== ')') {
    throw new DisplayTranslationError(
      'the emulator translates BUILTIN.DF(alias.column) only, not BUILTIN.DF of an expression',
    );
  }
  const start = tokens[index]?.start ?? 0;
  return { start, end: close.end, qualifier: qualified ? first.text : null, column: column.text };
}

function sourceTable(call: DisplayCall, aliases: ReadonlyMap<string, string | null>): string {
  if (call.qualifier === null) {
    const tables = new Set([...aliases.values()].filter((table): table is string => table !== null));
    const [only] = tables;
    if (tables.size !== 1 || only === undefined)
      throw new DisplayTranslationError(`qualify the column in BUILTIN.DF(${call.column}) with its table alias`);
    return only;
  }
  const table = aliases.get(call.qualifier.toLowerCase());
  if (table === undefined)
    throw new DisplayTranslationError(
      `BUILTIN.DF(${call.qualifier}.${call.column}): no table is named or aliased ${call.qualifier}`,
    );
  if (table === null)
    throw new DisplayTranslationError(
      `BUILTIN.DF(${call.qualifier}.${call.column}): the alias ${call.qualifier} names more than one table`,
    );
  return table;
}

/** The SQL a BUILTIN.DF call becomes. */
function lookupSql(call: DisplayCall, aliases: ReadonlyMap<string, string | null>, sequence: number): string {
  const table = sourceTable(call, aliases);
  const reference = call.qualifier === null ? call.column : `${call.qualifier}.${call.column}`;
  if (!tableDefinition(table)) return reference; // SQLite reports the unknown table as NetSuite would
  const target = referencedTable(table, call.column);
  if (target === null) return reference;
  const alias = `emu_df${sequence}`;
  return `(SELECT ${alias}.name FROM ${displayTableName(target)} ${alias} WHERE ${alias}.id = ${reference})`;
}

/** The statement with every BUILTIN.DF call replaced by its lookup; the rest unchanged. */
export function translateDisplayCalls(sql: string, tokens: readonly SqlToken[]): string {
  const aliases = tableAliases(tokens);
  let translated = '';
  let copiedUpTo = 0;
  let sequence = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const call = readDisplayCall(tokens, index);
    if (!call) continue;
    sequence += 1;
    translated += sql.slice(copiedUpTo, call.start) + lookupSql(call, aliases, sequence);
    copiedUpTo = call.end;
  }
  return translated + sql.slice(copiedUpTo);
}
