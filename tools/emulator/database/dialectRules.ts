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
const KEYWORDS_BEFORE_PARENTHESIS = new Set([
  'IN',
  'EXISTS',
  'AND',
  'OR',
  'NOT',
  'ON',
  'FROM',
  'JOIN',
  'WHERE',
  'SELECT',
  'HAVING',
  'WHEN',
  'THEN',
  'ELSE',
  'BY',
  'AS',
  'DISTINCT',
  'ALL',
  'ANY',
  'SOME',
  'UNION',
]);

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
    return (
      `double-quoted names (${token.text}) are outside the shared SuiteQL subset: SQLite would read them as ` +
      `strings; use lower-case names without quotes`
    );
  }
  if (token.kind === 'symbol') return FORBIDDEN_SYMBOLS[token.text] ?? null;
  // Stryker disable next-line ConditionalExpression: no other kind matches a word rule below
  if (token.kind !== 'word') return null;
  const upper = token.text.toUpperCase();
  const forbidden = FORBIDDEN_WORDS[upper];
  if (forbidden) return forbidden;
  if (upper.startsWith(EMULATOR_TABLE_PREFIX.toUpperCase()) || upper.startsWith('SQLITE_'))
    return `unknown name ${token.text}`;
  const isCall = next?.text === '(' && previous?.text !== '.';
  // Stryker disable next-line ConditionalExpression,StringLiteral: `BUILTIN(` is refused here or by SQLite
  if (isCall && upper === 'BUILTIN') return null;
  if (isCall && !KEYWORDS_BEFORE_PARENTHESIS.has(upper) && !EMULATED_FUNCTIONS.has(upper)) {
    return (
      `function ${token.text} is not emulated; the shared subset has ${[...EMULATED_FUNCTIONS].join(', ')} and ` +
      `BUILTIN.DF`
    );
  }
  return null;
}

/** The first BUILTIN.* call that is not BUILTIN.DF, if any. */
function otherBuiltinProblem(tokens: readonly SqlToken[]): string | null {
  for (const [index, token] of tokens.entries()) {
    if (isWord(token, 'BUILTIN') && tokens[index + 1]?.text === '.' && !isWord(tokens[index + 2], 'DF')) {
      return `BUILTIN.${tokens[index + 2]?.text ?? ''} is not emulated; only BUILTIN.DF is`;
    }
  }
  return null;
}

/** Clause keywords, to tell which clause a token stands in. */
const CLAUSE_WORDS = new Set(['SELECT', 'FROM', 'JOIN', 'ON', 'WHERE', 'GROUP', 'HAVING', 'ORDER']);

/** Clauses that filter rows: there NetSuite's answer to BUILTIN.DF is not to be trusted. */
const FILTER_CLAUSES = new Set(['WHERE', 'ON', 'HAVING']);

/**
 * The filter clause (WHERE, ON or HAVING) that governs token `index`, at `tokenDepth`, or null:
 * the clause keyword is the nearest one before it at its depth or above.
 */
function filterClauseOf(tokens: readonly SqlToken[], index: number, tokenDepth: number): string | null {
  let depth = tokenDepth;
  // Stryker disable next-line ArithmeticOperator,EqualityOperator: BUILTIN and its dot are no clause; token 0 is SELECT
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const token = tokens[cursor];
    // Stryker disable next-line ConditionalExpression: every index walked lies inside the list
    if (token === undefined) continue;
    if (token.depth > depth) continue;
    depth = Math.min(depth, token.depth);
    const word = token.text.toUpperCase();
    if (token.kind === 'word' && CLAUSE_WORDS.has(word)) return FILTER_CLAUSES.has(word) ? word : null;
  }
  return null;
}

/**
 * BUILTIN.DF in WHERE, ON or HAVING. NetSuite runs it, but public code that runs in real
 * accounts reports such filters often return no rows although records match; the emulator
 * cannot reproduce that, so it refuses the statement instead of answering better than NetSuite.
 */
function displayInFilterProblem(tokens: readonly SqlToken[]): string | null {
  for (const [index, token] of tokens.entries()) {
    if (!isWord(token, 'BUILTIN') || tokens[index + 1]?.text !== '.' || !isWord(tokens[index + 2], 'DF')) continue;
    const clause = filterClauseOf(tokens, index, token.depth);
    if (clause !== null) {
      return (
        `BUILTIN.DF in ${clause} is unreliable in NetSuite (such filters often return no rows although records ` +
        `match): filter on the id, or read the names and match them in the script`
      );
    }
  }
  return null;
}

/** The SELECT each token belongs to: the innermost sub-select (or the statement) it stands in. */
function owningSelects(tokens: readonly SqlToken[]): number[] {
  const open: { index: number; depth: number }[] = [];
  return tokens.map((token, index) => {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) > token.depth) open.pop();
    if (isWord(token, 'SELECT')) {
      // A SELECT after a set operator at the same depth replaces the one before it.
      while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= token.depth) open.pop();
      open.push({ index, depth: token.depth });
    }
    return open[open.length - 1]?.index ?? 0;
  });
}

/**
 * Oracle's SuiteCloud SDK guide (03-performance-optimization.md, pitfall 10): `SELECT DISTINCT`
 * or `GROUP BY` with `BUILTIN.DF()` columns throws "Invalid or unsupported search". SQLite
 * would answer, so the emulator refuses every SELECT (sub-selects too) that does both.
 */
function displayWithGroupingProblem(tokens: readonly SqlToken[]): string | null {
  const owners = owningSelects(tokens);
  for (const [select, token] of tokens.entries()) {
    if (!isWord(token, 'SELECT')) continue;
    const own = (index: number): boolean => owners[index] === select;
    const distinct = isWord(tokens[select + 1], 'DISTINCT');
    const grouped = tokens.some(
      (candidate, index) =>
        own(index) && candidate.depth === token.depth && isWord(candidate, 'GROUP') && isWord(tokens[index + 1], 'BY'),
    );
    if (!distinct && !grouped) continue;
    const display = tokens.some(
      (candidate, index) => own(index) && isWord(candidate, 'BUILTIN') && isWord(tokens[index + 2], 'DF'),
    );
    if (display) {
      return (
        `Invalid or unsupported search: BUILTIN.DF cannot stand in a SELECT that uses ` +
        `${distinct ? 'DISTINCT' : 'GROUP BY'} (Oracle's SuiteCloud SDK guide, SuiteQL pitfall 10): group or ` +
        `deduplicate the raw ids in a sub-select and read the names outside it`
      );
    }
  }
  return null;
}

/** `IN ()`: SQLite answers it with no rows, Oracle refuses it as a syntax error (ORA-00936). */
function emptyInListProblem(tokens: readonly SqlToken[]): string | null {
  for (const [index, token] of tokens.entries()) {
    if (isWord(token, 'IN') && tokens[index + 1]?.text === '(' && tokens[index + 2]?.text === ')') {
      return 'an empty IN list is a syntax error in SuiteQL: give it at least one value, or leave the condition out';
    }
  }
  return null;
}

/** True when the top-level statement has an ORDER BY: paged reads need a stable, unique order. */
export function hasTopLevelOrderBy(tokens: readonly SqlToken[]): boolean {
  return tokens.some((token, index) => token.depth === 0 && isWord(token, 'ORDER') && isWord(tokens[index + 1], 'BY'));
}

/**
 * Why a statement falls outside the emulated SuiteQL subset, or null when it is inside.
 * Column and table names are checked later by SQLite against the account's schema.
 */
export function dialectProblem(tokens: readonly SqlToken[]): string | null {
  const [first] = tokens;
  if (first === undefined) return 'the statement is empty';
  if (!isWord(first, 'SELECT')) return `SuiteQL runs SELECT statements only (this one starts with ${first.text})`;
  for (const [index, token] of tokens.entries()) {
    const problem = tokenProblem(token, tokens[index + 1], tokens[index - 1]);
    if (problem) return problem;
  }
  return (
    otherBuiltinProblem(tokens) ??
    displayInFilterProblem(tokens) ??
    displayWithGroupingProblem(tokens) ??
    emptyInListProblem(tokens) ??
    groupingProblem(tokens)
  );
}
