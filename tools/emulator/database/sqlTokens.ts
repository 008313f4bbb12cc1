/**
 * A small SQL tokenizer: enough to check a SuiteQL statement against the emulated dialect and
 * to find its BUILTIN.DF calls, without rewriting anything else. Comments are dropped;
 * every token keeps its position in the original text so translations splice in place.
 */

export type SqlTokenKind = 'word' | 'string' | 'number' | 'parameter' | 'symbol' | 'quotedIdentifier';

export interface SqlToken {
  readonly kind: SqlTokenKind;
  readonly text: string;
  /** Offset of the first character in the statement. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Parenthesis depth the token sits at (0 = the top-level statement). */
  readonly depth: number;
}

/** A statement the tokenizer cannot read (unterminated string or comment, unbalanced brackets). */
export class SqlSyntaxError extends Error {
  override readonly name = 'SqlSyntaxError';
}

const WORD = /[A-Za-z_][A-Za-z0-9_$#]*/y;
const NUMBER = /[0-9]+(?:\.[0-9]+)?/y;
const TWO_CHARACTER_SYMBOLS = new Set(['<=', '>=', '<>', '!=', '||']);

/** Offset after a quoted run starting at `start` (quote doubled inside = escaped). */
function quotedEnd(sql: string, start: number, quote: string): number {
  let index = start + 1;
  for (;;) {
    const next = sql.indexOf(quote, index);
    if (next < 0)
      throw new SqlSyntaxError(
        `unterminated ${quote === "'" ? 'string' : 'quoted identifier'} starting at offset ${start}`,
      );
    if (sql[next + 1] !== quote) return next + 1;
    index = next + 2;
  }
}

function matchAt(pattern: RegExp, sql: string, index: number): string | null {
  pattern.lastIndex = index;
  return pattern.exec(sql)?.[0] ?? null;
}

/** Length of a comment or white space run at `index`, or 0. */
function skippable(sql: string, index: number): number {
  const character = sql[index] ?? '';
  if (/\s/.test(character)) return 1;
  if (sql.startsWith('--', index)) {
    const end = sql.indexOf('\n', index);
    return (end < 0 ? sql.length : end) - index;
  }
  if (sql.startsWith('/*', index)) {
    const end = sql.indexOf('*/', index + 2);
    if (end < 0) throw new SqlSyntaxError(`unterminated comment starting at offset ${index}`);
    return end + 2 - index;
  }
  return 0;
}

function readToken(sql: string, index: number): { kind: SqlTokenKind; end: number } {
  const character = sql[index] ?? '';
  if (character === "'") return { kind: 'string', end: quotedEnd(sql, index, "'") };
  if (character === '"') return { kind: 'quotedIdentifier', end: quotedEnd(sql, index, '"') };
  if (character === '?') return { kind: 'parameter', end: index + 1 };
  const word = matchAt(WORD, sql, index);
  if (word) return { kind: 'word', end: index + word.length };
  const number = matchAt(NUMBER, sql, index);
  if (number) return { kind: 'number', end: index + number.length };
  const pair = sql.slice(index, index + 2);
  return { kind: 'symbol', end: index + (TWO_CHARACTER_SYMBOLS.has(pair) ? 2 : 1) };
}

/** Splits a statement into tokens with their parenthesis depth. */
export function tokenize(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let index = 0;
  let depth = 0;
  while (index < sql.length) {
    const skip = skippable(sql, index);
    if (skip > 0) {
      index += skip;
      continue;
    }
    const { kind, end } = readToken(sql, index);
    const text = sql.slice(index, end);
    if (text === ')') depth -= 1;
    if (depth < 0) throw new SqlSyntaxError(`unbalanced ")" at offset ${index}`);
    tokens.push({ kind, text, start: index, end, depth });
    if (text === '(') depth += 1;
    index = end;
  }
  if (depth !== 0) throw new SqlSyntaxError('unbalanced "(": a parenthesis is never closed');
  return tokens;
}

/** True when `token` is the word `word` (case-insensitive). */
export function isWord(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === word;
}

/** Splits tokens on commas at `depth`. */
export function splitOnCommas(tokens: readonly SqlToken[], depth: number): SqlToken[][] {
  const parts: SqlToken[][] = [[]];
  for (const token of tokens) {
    if (token.text === ',' && token.depth === depth) parts.push([]);
    else parts[parts.length - 1]?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** A canonical text for comparing expressions: upper-case words, literals as written. */
export function expressionKey(tokens: readonly SqlToken[]): string {
  return tokens.map((token) => (token.kind === 'word' ? token.text.toUpperCase() : token.text)).join(' ');
}

/** An expression's tokens as readable text, for messages (`t.name`, `COUNT(*)`). */
export function expressionText(tokens: readonly SqlToken[]): string {
  return tokens
    .map((token) => token.text)
    .join(' ')
    .replace(/ ?([.(]) ?/g, '$1')
    .replace(/ \)/g, ')')
    .replace(/ ,/g, ',');
}
