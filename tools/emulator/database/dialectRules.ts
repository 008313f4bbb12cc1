/**
 * The SuiteQL subset the emulator accepts, checked before SQLite sees a statement. SQLite is
 * more lenient than NetSuite's Oracle-based SuiteQL (LIMIT, double-quoted strings, bare
 * columns beside aggregates...): without these checks a statement could pass here and fail
 * in an account. Each rejection says which rule the statement broke.
 */
import { EMULATOR_TABLE_PREFIX } from './accountTables';
import { groupingProblem } from './groupingRule';
import { isWord, type SqlToken } from './sqlTokens';

/** Functions both SuiteQL and the emulator evaluate the same way (TO_CHAR/TO_DATE are registered). */
export const EMULATED_FUNCTIONS: ReadonlySet<string> = new Set([
  'UPPER',
  'LOWER',
  'REPLACE',
  'COUNT',
  'SUM',
  'MIN',
  'MAX',
  'AVG',
  'COALESCE',
  'TO_CHAR',
  'TO_DATE',
]);

/** Keywords that may stand before "(" without being a function call. */
const KEYWORDS_BEFORE_PARENTHESIS = new Set(['IN', 'EXISTS', 'AND', 'OR', 'NOT', 'ON', 'FROM', 'JOIN', 'WHERE', 'SELECT', 'HAVING', 'WHEN', 'THEN', 'ELSE', 'BY', 'AS', 'DISTINCT', 'ALL', 'ANY', 'SOME', 'UNION']);

/** Words outside the subset, with the reason given to the script's author. */
const FORBIDDEN_WORDS: Readonly<Record<string, string>> = {
  LIMIT: 'LIMIT is SQLite syntax, not SuiteQL: bound rows with runSuiteQLPaged and read the first page',
  OFFSET: 'OFFSET is outside the shared SuiteQL subset: page with runSuiteQLPaged',
  FETCH: 'FETCH FIRST is outside the shared SuiteQL subset: bound rows with runSuiteQLPaged',
  ROWNUM: 'ROWNUM is outside the shared SuiteQL subset: bound rows with runSuiteQLPaged',
  TOP: 'TOP is outside the shared SuiteQL subset: bound rows with runSuiteQLPaged',
  SYSDATE: 'SYSDATE is outside the shared SuiteQL subset: pass the date as a ? parameter',
  SYSTIMESTAMP: 'SYSTIMESTAMP is outside the shared SuiteQL subset: pass the date as a ? parameter',
  CURRENT_DATE: 'CURRENT_DATE is outside the shared SuiteQL subset: pass the date as a ? parameter',
  CURRENT_TIMESTAMP: 'CURRENT_TIMESTAMP is outside the shared SuiteQL subset: pass the date as a ? parameter',
  CURRENT_TIME: 'CURRENT_TIME is outside the shared SuiteQL subset: pass the time as a ? parameter',
  GLOB: 'GLOB is SQLite syntax, not SuiteQL',
  REGEXP: 'REGEXP is SQLite syntax, not SuiteQL',
  PRAGMA: 'SuiteQL runs SELECT statements only',
};

/** Symbols SQLite reads as identifier quotes or named parameters; SuiteQL has neither. */
const FORBIDDEN_SYMBOLS: Readonly<Record<string, string>> = {
  ';': 'a statement must not contain ";" (one statement per call)',
  '[': 'square-bracket identifiers are SQLite syntax, not SuiteQL',
  '`': 'back-quoted identifiers are SQLite syntax, not SuiteQL',
  ':': 'named parameters are not supported: use ? parameters',
  '@': 'named parameters are not supported: use ? parameters',
  $: 'named parameters are not supported: use ? parameters',
};

function tokenProblem(token: SqlToken, next: SqlToken | undefined, previous: SqlToken | undefined): string | null {
  if (token.kind === 'quotedIdentifier') {
    return `double-quoted names (${token.text}) are outside the shared SuiteQL subset: SQLite would read them as strings; use lower-case names without quotes`;
  }
  if (token.kind === 'symbol') return FORBIDDEN_SYMBOLS[token.text] ?? null;
  if (token.kind !== 'word') return null;
  const upper = token.text.toUpperCase();
  const forbidden = FORBIDDEN_WORDS[upper];
  if (forbidden) return forbidden;
  if (upper.startsWith(EMULATOR_TABLE_PREFIX.toUpperCase()) || upper.startsWith('SQLITE_')) return `unknown name ${token.text}`;
  const isCall = next?.text === '(' && previous?.text !== '.';
  if (isCall && upper === 'BUILTIN') return null;
  if (isCall && !KEYWORDS_BEFORE_PARENTHESIS.has(upper) && !EMULATED_FUNCTIONS.has(upper)) {
    return `function ${token.text} is not emulated; the shared subset has ${[...EMULATED_FUNCTIONS].join(', ')} and BUILTIN.DF`;
  }
  return null;
}

/** The first BUILTIN.* call that is not BUILTIN.DF, if any. */
function otherBuiltinProblem(tokens: readonly SqlToken[]): string | null {
  for (let index = 0; index < tokens.length; index += 1) {
    if (isWord(tokens[index], 'BUILTIN') && tokens[index + 1]?.text === '.' && !isWord(tokens[index + 2], 'DF')) {
      return `BUILTIN.${tokens[index + 2]?.text ?? ''} is not emulated; only BUILTIN.DF is`;
    }
  }
  return null;
}

/**
 * Why a statement falls outside the emulated SuiteQL subset, or null when it is inside.
 * Column and table names are checked later by SQLite against the account's schema.
 */
export function dialectProblem(tokens: readonly SqlToken[]): string | null {
  if (tokens.length === 0) return 'the statement is empty';
  if (!isWord(tokens[0], 'SELECT')) return `SuiteQL runs SELECT statements only (this one starts with ${tokens[0]?.text ?? ''})`;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    const problem = tokenProblem(token, tokens[index + 1], tokens[index - 1]);
    if (problem) return problem;
  }
  return otherBuiltinProblem(tokens) ?? groupingProblem(tokens);
}
