import {
  expressionKey,
  expressionText,
  splitOnCommas,
  SqlSyntaxError,
  tokenize,
} from '../../tools/emulator/database/sqlTokens';

/** Each token as `kind:text@depth`. */
function shapesOf(sql: string): string[] {
  return tokenize(sql).map((token) => `${token.kind}:${token.text}@${token.depth}`);
}

describe('tokenize', () => {
  it('reads words, numbers, strings, parameters, symbols and quoted names, each with its parenthesis depth', () => {
    expect(shapesOf(`SELECT COUNT(t.id), 'x', 1.5, "n" FROM t WHERE t.a >= ? OR t.b <> 2`)).toEqual([
      'word:SELECT@0',
      'word:COUNT@0',
      'symbol:(@0',
      'word:t@1',
      'symbol:.@1',
      'word:id@1',
      'symbol:)@0',
      'symbol:,@0',
      "string:'x'@0",
      'symbol:,@0',
      'number:1.5@0',
      'symbol:,@0',
      'quotedIdentifier:"n"@0',
      'word:FROM@0',
      'word:t@0',
      'word:WHERE@0',
      'word:t@0',
      'symbol:.@0',
      'word:a@0',
      'symbol:>=@0',
      'parameter:?@0',
      'word:OR@0',
      'word:t@0',
      'symbol:.@0',
      'word:b@0',
      'symbol:<>@0',
      'number:2@0',
    ]);
  });

  it('keeps a doubled quote inside one string', () => {
    expect(shapesOf("SELECT 'it''s' FROM t")).toEqual(['word:SELECT@0', "string:'it''s'@0", 'word:FROM@0', 'word:t@0']);
  });

  it('gives each token its offsets in the statement', () => {
    expect(tokenize("SELECT 'a''b' x").map((token) => [token.start, token.end])).toEqual([
      [0, 6],
      [7, 13],
      [14, 15],
    ]);
  });

  it('skips line comments to the end of the line, and block comments', () => {
    expect(shapesOf('SELECT a -- b, c\n, d /* e, f */ FROM t -- last')).toEqual([
      'word:SELECT@0',
      'word:a@0',
      'symbol:,@0',
      'word:d@0',
      'word:FROM@0',
      'word:t@0',
    ]);
  });

  it('refuses an unterminated string, quoted name or comment, saying where it starts', () => {
    expect(() => tokenize("SELECT 'abc")).toThrow(new SqlSyntaxError('unterminated string starting at offset 7'));
    expect(() => tokenize('SELECT "abc')).toThrow(
      new SqlSyntaxError('unterminated quoted identifier starting at offset 7'),
    );
    expect(() => tokenize('SELECT a /* b')).toThrow(new SqlSyntaxError('unterminated comment starting at offset 9'));
  });

  it('refuses unbalanced parentheses', () => {
    expect(() => tokenize('SELECT a) FROM t')).toThrow(new SqlSyntaxError('unbalanced ")" at offset 8'));
    expect(() => tokenize('SELECT (a FROM t')).toThrow(
      new SqlSyntaxError('unbalanced "(": a parenthesis is never closed'),
    );
  });
});

describe('expressions', () => {
  it('splits on commas at the given depth only, dropping empty parts', () => {
    const tokens = tokenize('a, f(b, c), d');

    expect(splitOnCommas(tokens, 0).map(expressionKey)).toEqual(['A', 'F ( B , C )', 'D']);
  });

  it('compares expressions with words upper-cased and literals as written', () => {
    expect(expressionKey(tokenize("t.Name = 'Ab'"))).toBe("T . NAME = 'Ab'");
  });

  it('prints an expression as it is read', () => {
    expect(expressionText(tokenize('BUILTIN . DF ( t . role , 2 )'))).toBe('BUILTIN.DF(t.role, 2)');
  });
});
