/**
 * Oracle's grouping rule, which SQLite does not enforce: with GROUP BY (or an aggregate), every
 * selected expression must be an aggregate, a constant, or one of the grouped expressions
 * (ORA-00979 / ORA-00937). Checked on the top-level SELECT only. BUILTIN.DF never reaches
 * this rule beside GROUP BY: NetSuite refuses the two together (see dialectRules).
 */
import { expressionKey, expressionText, isWord, splitOnCommas, type SqlToken } from './sqlTokens';

const AGGREGATES = new Set(['COUNT', 'SUM', 'MIN', 'MAX', 'AVG']);

/** Words that end the GROUP BY list at the top level. */
const AFTER_GROUP_BY = new Set(['HAVING', 'ORDER', 'UNION', 'INTERSECT', 'MINUS', 'EXCEPT']);

function topLevelIndex(tokens: readonly SqlToken[], word: string, from = 0): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: no top-level GROUP stands at or before `from`
  return tokens.findIndex((token, index) => index >= from && token.depth === 0 && isWord(token, word));
}

/** Whether token `index` of a select item, at `tokenDepth`, stands inside a parenthesised sub-select of it. */
function insideSubSelect(item: readonly SqlToken[], index: number, tokenDepth: number): boolean {
  let depth = tokenDepth;
  // Stryker disable next-line ArithmeticOperator: the token after it is its own "(", skipped alike
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const token = item[cursor];
    if (token?.text !== '(' || token.depth >= depth) continue;
    if (isWord(item[cursor + 1], 'SELECT')) return true;
    depth = token.depth;
  }
  return false;
}

/** A whole item that is a parenthesised sub-select: one value per row or group, accepted beside aggregates. */
function isSubSelect(item: readonly SqlToken[]): boolean {
  const open = item[0];
  return (
    open?.text === '(' && isWord(item[1], 'SELECT') && item.slice(1, -1).every((token) => token.depth > open.depth)
  );
}

/** An aggregate of the item itself: one inside a sub-select aggregates the sub-select's rows, not these. */
function hasAggregate(item: readonly SqlToken[]): boolean {
  return item.some(
    (token, index) =>
      token.kind === 'word' &&
      AGGREGATES.has(token.text.toUpperCase()) &&
      item[index + 1]?.text === '(' &&
      !insideSubSelect(item, index, token.depth),
  );
}

function isConstant(item: readonly SqlToken[]): boolean {
  return item.every((token) => token.kind === 'string' || token.kind === 'number' || token.kind === 'parameter');
}

/** A select item without its output alias (`expr AS name` or `expr name`). */
function withoutAlias(item: readonly SqlToken[]): readonly SqlToken[] {
  // An item of one token has none before its last, so it is never taken for an alias.
  const last = item[item.length - 1];
  const beforeLast = item[item.length - 2];
  if (isWord(beforeLast, 'AS')) return item.slice(0, -2);
  const aliasLike =
    last?.kind === 'word' && !isWord(last, 'END') && (beforeLast?.text === ')' || beforeLast?.kind === 'word');
  return aliasLike ? item.slice(0, -1) : item;
}

function selectItems(tokens: readonly SqlToken[], fromIndex: number): readonly (readonly SqlToken[])[] {
  const start = isWord(tokens[1], 'DISTINCT') ? 2 : 1;
  return splitOnCommas(tokens.slice(start, fromIndex), 0).map(withoutAlias);
}

function groupedExpressions(tokens: readonly SqlToken[], groupIndex: number): Set<string> {
  const listStart = groupIndex + 2;
  // Only a word reads as one of these: strings and quoted names keep their quotes.
  const end = tokens.findIndex(
    (token, index) => index >= listStart && token.depth === 0 && AFTER_GROUP_BY.has(token.text.toUpperCase()),
  );
  return new Set(splitOnCommas(tokens.slice(listStart, end < 0 ? tokens.length : end), 0).map(expressionKey));
}

/** Why the top-level SELECT breaks the grouping rule, or null. */
export function groupingProblem(tokens: readonly SqlToken[]): string | null {
  const fromIndex = topLevelIndex(tokens, 'FROM');
  // Stryker disable next-line EqualityOperator: token 0 is SELECT, never FROM
  if (fromIndex < 0) return null;
  const items = selectItems(tokens, fromIndex);
  const groupIndex = topLevelIndex(tokens, 'GROUP', fromIndex);
  const grouped =
    groupIndex >= 0 && isWord(tokens[groupIndex + 1], 'BY') ? groupedExpressions(tokens, groupIndex) : null;
  if (!grouped && !items.some(hasAggregate)) return null;
  const offending = items.find(
    (item) =>
      !hasAggregate(item) && !isConstant(item) && !isSubSelect(item) && !(grouped && grouped.has(expressionKey(item))),
  );
  if (!offending) return null;
  const expression = expressionText(offending);
  return grouped
    ? `${expression} is not a GROUP BY expression (Oracle rejects it; SQLite would pick an arbitrary row): group ` +
        `by it or aggregate it`
    : `${expression} stands beside an aggregate without GROUP BY (Oracle rejects it): add GROUP BY or aggregate it`;
}
