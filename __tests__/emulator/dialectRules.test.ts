import { prepareStatement, StatementRejected } from '../../tools/emulator/database/statementPreparation';

/** The reason the emulator gives for refusing `sql`; fails the test when it is accepted. */
function rejectionOf(sql: string): string {
  try {
    prepareStatement(sql);
  } catch (thrown) {
    if (thrown instanceof StatementRejected) return thrown.message;
    throw thrown;
  }
  throw new Error(`accepted: ${sql}`);
}

describe('words outside the shared SuiteQL subset are refused, each with its own reason', () => {
  it.each([
    [
      'LIMIT',
      'SELECT r.id FROM role r ORDER BY r.id LIMIT 1',
      'LIMIT is SQLite syntax, not SuiteQL: bound rows with runSuiteQLPaged and read the first page',
    ],
    [
      'OFFSET',
      'SELECT r.id FROM role r ORDER BY r.id OFFSET 5 ROWS',
      'OFFSET is outside the shared SuiteQL subset: page with runSuiteQLPaged',
    ],
    [
      'FETCH',
      'SELECT r.id FROM role r ORDER BY r.id FETCH FIRST 5 ROWS ONLY',
      'FETCH FIRST is outside the shared SuiteQL subset: bound rows with runSuiteQLPaged',
    ],
    [
      'ROWNUM',
      'SELECT r.id FROM role r WHERE ROWNUM <= 5',
      'ROWNUM is outside the shared SuiteQL subset: bound rows with runSuiteQLPaged',
    ],
    [
      'TOP',
      'SELECT TOP 5 r.id FROM role r',
      'TOP is outside the shared SuiteQL subset: bound rows with runSuiteQLPaged',
    ],
    [
      'SYSDATE',
      'SELECT r.id FROM role r WHERE r.created < SYSDATE',
      'SYSDATE is outside the shared SuiteQL subset: pass the date as a ? parameter',
    ],
    [
      'SYSTIMESTAMP',
      'SELECT r.id FROM role r WHERE r.created < SYSTIMESTAMP',
      'SYSTIMESTAMP is outside the shared SuiteQL subset: pass the date as a ? parameter',
    ],
    [
      'CURRENT_DATE',
      'SELECT r.id FROM role r WHERE r.created < CURRENT_DATE',
      'CURRENT_DATE is outside the shared SuiteQL subset: pass the date as a ? parameter',
    ],
    [
      'CURRENT_TIMESTAMP',
      'SELECT r.id FROM role r WHERE r.created < current_timestamp',
      'CURRENT_TIMESTAMP is outside the shared SuiteQL subset: pass the date as a ? parameter',
    ],
    [
      'CURRENT_TIME',
      'SELECT r.id FROM role r WHERE r.created < CURRENT_TIME',
      'CURRENT_TIME is outside the shared SuiteQL subset: pass the time as a ? parameter',
    ],
    ['GLOB', "SELECT r.id FROM role r WHERE r.name GLOB 'A*'", 'GLOB is SQLite syntax, not SuiteQL'],
    ['REGEXP', "SELECT r.id FROM role r WHERE r.name REGEXP 'A.*'", 'REGEXP is SQLite syntax, not SuiteQL'],
  ])('%s', (_word, sql, reason) => {
    expect(rejectionOf(sql)).toBe(reason);
  });

  it('refuses a statement that does not start with SELECT, naming its first word', () => {
    expect(rejectionOf('PRAGMA table_info(role)')).toBe(
      'SuiteQL runs SELECT statements only (this one starts with PRAGMA)',
    );
  });

  it('refuses PRAGMA inside a SELECT', () => {
    expect(rejectionOf('SELECT r.id FROM role r WHERE PRAGMA = 1')).toBe('SuiteQL runs SELECT statements only');
  });

  it('refuses an empty statement', () => {
    expect(rejectionOf('')).toBe('the statement is empty');
  });

  it("refuses the emulator's own tables and SQLite's", () => {
    expect(rejectionOf('SELECT d.name FROM emu_display_role d')).toBe('unknown name emu_display_role');
    expect(rejectionOf('SELECT m.name FROM sqlite_master m')).toBe('unknown name sqlite_master');
  });
});

describe('symbols SQLite reads as quotes or named parameters are refused', () => {
  it.each([
    [
      ';',
      'SELECT r.id FROM role r; SELECT e.id FROM employee e',
      'a statement must not contain ";" (one statement per call)',
    ],
    ['[', 'SELECT [r].id FROM role r', 'square-bracket identifiers are SQLite syntax, not SuiteQL'],
    ['`', 'SELECT `r`.id FROM role r', 'back-quoted identifiers are SQLite syntax, not SuiteQL'],
    [':', 'SELECT r.id FROM role r WHERE r.id = :role', 'named parameters are not supported: use ? parameters'],
    ['@', 'SELECT r.id FROM role r WHERE r.id = @role', 'named parameters are not supported: use ? parameters'],
    ['$', 'SELECT r.id FROM role r WHERE r.id = $role', 'named parameters are not supported: use ? parameters'],
  ])('%s', (_symbol, sql, reason) => {
    expect(rejectionOf(sql)).toBe(reason);
  });

  it('refuses a double-quoted name, quoting it', () => {
    expect(rejectionOf('SELECT r."name" FROM role r')).toBe(
      'double-quoted names ("name") are outside the shared SuiteQL subset: SQLite would read them as strings; use ' +
        'lower-case names without quotes',
    );
  });
});

describe('functions', () => {
  it('refuses a function that is not emulated, listing those that are', () => {
    expect(rejectionOf('SELECT SUBSTR(r.name, 1, 3) FROM role r')).toBe(
      'function SUBSTR is not emulated; the shared subset has UPPER, LOWER, REPLACE, COUNT, SUM, MIN, MAX, AVG, ' +
        'COALESCE, TO_CHAR, TO_DATE and BUILTIN.DF',
    );
  });

  it('refuses BUILTIN functions other than DF', () => {
    expect(rejectionOf('SELECT BUILTIN.CONSOLIDATE(t.amount) FROM transaction t')).toBe(
      'BUILTIN.CONSOLIDATE is not emulated; only BUILTIN.DF is',
    );
  });

  it('refuses BUILTIN.DF in WHERE, ON and HAVING', () => {
    const reason = (clause: string) =>
      `BUILTIN.DF in ${clause} is unreliable in NetSuite (such filters often return no rows although records ` +
      `match): filter on the id, or read the names and match them in the script`;

    expect(rejectionOf("SELECT t.id FROM oauthtoken t WHERE BUILTIN.DF(t.role) = 'Administrator'")).toBe(
      reason('WHERE'),
    );
    expect(rejectionOf('SELECT t.id FROM oauthtoken t JOIN role r ON BUILTIN.DF(t.role) = r.name')).toBe(reason('ON'));
    expect(
      rejectionOf('SELECT t.role, COUNT(*) FROM oauthtoken t GROUP BY t.role HAVING BUILTIN.DF(t.role) IS NOT NULL'),
    ).toBe(reason('HAVING'));
  });

  it('refuses BUILTIN.DF inside parentheses of a WHERE condition', () => {
    expect(rejectionOf("SELECT t.id FROM oauthtoken t WHERE (t.id > 1 AND UPPER(BUILTIN.DF(t.role)) = 'X')")).toContain(
      'BUILTIN.DF in WHERE',
    );
  });

  it('accepts BUILTIN.DF in a sub-select of the select list, whose own clause is SELECT', () => {
    expect(() =>
      prepareStatement(
        'SELECT t.id, (SELECT BUILTIN.DF(e.id) FROM employee e WHERE e.id = t.entity) AS owner FROM oauthtoken t',
      ),
    ).not.toThrow();
  });

  it('accepts a method named like a forbidden function after a dot', () => {
    expect(() => prepareStatement('SELECT r.id FROM role r WHERE r.substr(1) = 1')).not.toThrow();
  });
});

describe('an empty IN list', () => {
  it('is refused as the syntax error it is in SuiteQL', () => {
    expect(rejectionOf('SELECT r.id FROM role r WHERE r.id IN ()')).toBe(
      'an empty IN list is a syntax error in SuiteQL: give it at least one value, or leave the condition out',
    );
  });
});

describe("Oracle's grouping rule", () => {
  it('refuses a column beside an aggregate without GROUP BY', () => {
    expect(rejectionOf('SELECT t.name, COUNT(*) FROM oauthtoken t')).toBe(
      't.name stands beside an aggregate without GROUP BY (Oracle rejects it): add GROUP BY or aggregate it',
    );
  });

  it('refuses a selected column that is not grouped', () => {
    expect(rejectionOf('SELECT t.app, t.name, COUNT(*) AS n FROM oauthtoken t GROUP BY t.app ORDER BY t.app')).toBe(
      't.name is not a GROUP BY expression (Oracle rejects it; SQLite would pick an arbitrary row): group by it ' +
        'or aggregate it',
    );
  });

  it('accepts grouped columns with aliases, with or without AS, and each aggregate', () => {
    expect(() =>
      prepareStatement(
        'SELECT t.app AS app, t.role role, COUNT(*), SUM(t.id), MIN(t.id), MAX(t.id), AVG(t.id) FROM oauthtoken t ' +
          'GROUP BY t.app, t.role HAVING COUNT(*) > 1 ORDER BY t.app',
      ),
    ).not.toThrow();
  });

  it('accepts a constant and a parameter beside COUNT', () => {
    expect(() => prepareStatement("SELECT 'tokens' AS what, 1, ?, COUNT(*) AS n FROM oauthtoken t")).not.toThrow();
  });

  it('applies to the top-level SELECT only: an aggregate in a sub-select needs no GROUP BY outside', () => {
    expect(() =>
      prepareStatement('SELECT r.id, (SELECT COUNT(*) FROM oauthtoken t WHERE t.role = r.id) AS tokens FROM role r'),
    ).not.toThrow();
  });

  it('still counts an aggregate inside a function of the item, such as COALESCE(MAX(...))', () => {
    expect(rejectionOf('SELECT t.app, COALESCE(MAX(t.id), 0) FROM oauthtoken t')).toContain(
      't.app stands beside an aggregate without GROUP BY',
    );
  });

  it('accepts a CASE expression that ends in END as a grouped expression', () => {
    expect(() =>
      prepareStatement(
        'SELECT CASE WHEN t.revoked = 1 THEN 1 ELSE 0 END, COUNT(*) FROM oauthtoken t GROUP BY CASE WHEN ' +
          't.revoked = 1 THEN 1 ELSE 0 END',
      ),
    ).not.toThrow();
  });
});

describe('statements that must pass', () => {
  it.each([
    ['DISTINCT', 'SELECT DISTINCT t.role FROM oauthtoken t'],
    ['DISTINCT with a grouped column', 'SELECT DISTINCT t.role, COUNT(*) FROM oauthtoken t GROUP BY t.role'],
    ['an alias without AS', 'SELECT r.name role_name FROM role r'],
    [
      'IN, EXISTS and NOT before a parenthesis',
      'SELECT r.id FROM role r WHERE r.id IN (1, 2) AND NOT (r.id = 3) OR EXISTS (SELECT e.id FROM employee e)',
    ],
    [
      'the emulated functions',
      "SELECT UPPER(r.name), LOWER(r.name), REPLACE(r.name, 'a', 'b'), COALESCE(r.name, ''), TO_CHAR(r.created, " +
        "'YYYY'), TO_DATE(?, 'YYYY') FROM role r",
    ],
    ['lower-case keywords', 'select r.id from role r where r.id = ? order by r.id'],
    [
      'forbidden words inside strings and comments',
      "SELECT r.id FROM role r -- LIMIT 1\nWHERE r.name <> 'LIMIT ; SYSDATE :x'",
    ],
  ])('%s', (_situation, sql) => {
    expect(() => prepareStatement(sql)).not.toThrow();
  });

  it('counts its ? parameters and says whether it is ordered', () => {
    expect(prepareStatement('SELECT r.id FROM role r WHERE r.id IN (?, ?, ?) ORDER BY r.id')).toMatchObject({
      parameterCount: 3,
      ordered: true,
    });
    expect(prepareStatement('SELECT r.id FROM role r WHERE r.id = ?')).toMatchObject({
      parameterCount: 1,
      ordered: false,
    });
  });

  it('is not ordered by an ORDER BY inside a sub-select only', () => {
    expect(
      prepareStatement('SELECT r.id FROM role r WHERE r.id IN (SELECT t.role FROM oauthtoken t ORDER BY t.role)')
        .ordered,
    ).toBe(false);
  });
});

describe('which clause a token stands in', () => {
  it('reads a FROM inside a select-list sub-select as part of that sub-select', () => {
    expect(
      rejectionOf(
        'SELECT (SELECT MAX(e.id) FROM employee e) AS newest, t.name, COUNT(*) FROM oauthtoken t GROUP BY t.app',
      ),
    ).toBe(
      't.name is not a GROUP BY expression (Oracle rejects it; SQLite would pick an arbitrary row): group by it ' +
        'or aggregate it',
    );
  });

  it('ends the GROUP BY list at ORDER BY', () => {
    expect(() =>
      prepareStatement('SELECT t.app, COUNT(*) FROM oauthtoken t GROUP BY t.app ORDER BY COUNT(*) DESC, t.app'),
    ).not.toThrow();
  });

  it('needs BY after GROUP for a grouping', () => {
    expect(rejectionOf('SELECT t.app, COUNT(*) FROM oauthtoken t GROUP t.app')).toContain(
      't.app stands beside an aggregate without GROUP BY',
    );
  });

  it('refuses a grouped column under another alias only when the column itself is not grouped', () => {
    expect(() =>
      prepareStatement('SELECT t.app AS application, COUNT(*) AS n FROM oauthtoken t GROUP BY t.app'),
    ).not.toThrow();
    expect(rejectionOf('SELECT t.role AS application, COUNT(*) AS n FROM oauthtoken t GROUP BY t.app')).toContain(
      't.role is not a GROUP BY expression',
    );
  });

  it('does not take the name after a dot for an alias', () => {
    expect(rejectionOf('SELECT t.app, t.role, COUNT(*) FROM oauthtoken t GROUP BY t.app')).toContain(
      't.role is not a GROUP BY expression',
    );
  });

  it('refuses BUILTIN.DF in WHERE after a sub-select in the select list', () => {
    expect(
      rejectionOf("SELECT (SELECT MAX(e.id) FROM employee e) AS m FROM oauthtoken t WHERE BUILTIN.DF(t.role) = 'x'"),
    ).toContain('BUILTIN.DF in WHERE');
  });

  it('refuses BUILTIN.DF in a sub-select’s WHERE inside the select list', () => {
    expect(
      rejectionOf("SELECT (SELECT MAX(e.id) FROM employee e WHERE BUILTIN.DF(e.id) = 'x') AS m FROM oauthtoken t"),
    ).toContain('BUILTIN.DF in WHERE');
  });

  it('names the first word of a statement that is not a SELECT, whatever its case', () => {
    expect(rejectionOf("update role set name = 'x'")).toBe(
      'SuiteQL runs SELECT statements only (this one starts with update)',
    );
  });

  it('refuses a forbidden word at the very end of the statement', () => {
    expect(rejectionOf('SELECT r.id FROM role r ORDER BY r.id LIMIT')).toContain('LIMIT is SQLite syntax');
  });

  it('refuses an IN list that holds only a closing parenthesis, and accepts one that holds a value', () => {
    expect(rejectionOf('SELECT r.id FROM role r WHERE r.id NOT IN ( )')).toContain('an empty IN list');
    expect(() => prepareStatement('SELECT r.id FROM role r WHERE r.id IN (1)')).not.toThrow();
  });
});

describe('names that look like the words the rules look for', () => {
  it('accepts a column named builtin, at the end of the statement or before a comma', () => {
    expect(() => prepareStatement('SELECT r.id FROM role r WHERE r.id = r.builtin')).not.toThrow();
    expect(() => prepareStatement('SELECT r.builtin, r.id FROM role r')).not.toThrow();
  });

  it('refuses BUILTIN. with nothing after it, saying so', () => {
    expect(rejectionOf('SELECT r.id FROM role r WHERE r.id = BUILTIN.')).toBe(
      'BUILTIN. is not emulated; only BUILTIN.DF is',
    );
  });

  it('accepts a column named df in WHERE', () => {
    expect(() => prepareStatement('SELECT t.id FROM oauthtoken t WHERE t.df = 1')).not.toThrow();
  });

  it('leaves a statement that ends in IN to the SQL engine’s own syntax check', () => {
    expect(() => prepareStatement('SELECT r.id FROM role r WHERE r.id IN')).not.toThrow();
  });

  it('accepts BUILTIN.DF in the select list after a sub-select that has a WHERE', () => {
    expect(() =>
      prepareStatement(
        'SELECT (SELECT MAX(e.id) FROM employee e WHERE e.id > 1) AS m, BUILTIN.DF(t.role) AS r FROM oauthtoken t',
      ),
    ).not.toThrow();
    expect(() =>
      prepareStatement(
        "SELECT (SELECT MAX(e.id) FROM employee e WHERE e.id > 1) AS m, COALESCE(BUILTIN.DF(t.role), '') AS r " +
          'FROM oauthtoken t',
      ),
    ).not.toThrow();
  });
});

describe('what the grouping rule takes for an alias, a constant and an aggregate', () => {
  it('removes an alias after an unqualified column', () => {
    expect(() => prepareStatement('SELECT name n, COUNT(*) FROM role GROUP BY name')).not.toThrow();
  });

  it('keeps the closing parenthesis of a grouped function call', () => {
    expect(() =>
      prepareStatement('SELECT UPPER(t.app), COUNT(*) FROM oauthtoken t GROUP BY UPPER(t.app)'),
    ).not.toThrow();
  });

  it('does not take the END of a CASE after a column for an alias', () => {
    const grouped = 'CASE WHEN t.revoked = 1 THEN t.app ELSE t.role END';
    expect(() => prepareStatement(`SELECT ${grouped}, COUNT(*) FROM oauthtoken t GROUP BY ${grouped}`)).not.toThrow();
  });

  it('does not count an expression that only contains a constant as one', () => {
    expect(rejectionOf("SELECT 'n: ' || t.name, COUNT(*) FROM oauthtoken t")).toContain(
      "'n: ' || t.name stands beside an aggregate",
    );
  });

  it('does not take a column named like an aggregate for one', () => {
    expect(() => prepareStatement('SELECT t.count, t.name FROM oauthtoken t')).not.toThrow();
    expect(() => prepareStatement('SELECT t.max FROM oauthtoken t')).not.toThrow();
  });

  it('counts an aggregate beside a sub-select in the same item', () => {
    expect(rejectionOf('SELECT (SELECT MAX(e.id) FROM employee e) + COUNT(*), t.app FROM oauthtoken t')).toContain(
      't.app stands beside an aggregate without GROUP BY',
    );
  });
});

describe('BUILTIN.DF beside GROUP BY or DISTINCT (Oracle SDK guide, SuiteQL pitfall 10)', () => {
  it.each([
    [
      'grouped on its own column',
      'SELECT t.app, BUILTIN.DF(t.app) AS app_name, COUNT(*) FROM oauthtoken t GROUP BY t.app',
    ],
    ['without AS', 'SELECT t.app, BUILTIN.DF(t.app) app_name, COUNT(*) FROM oauthtoken t GROUP BY t.app'],
    ['in the GROUP BY list', 'SELECT COUNT(*) AS n FROM oauthtoken t GROUP BY BUILTIN.DF(t.app)'],
    ['inside an expression', 'SELECT BUILTIN.DF(t.app) || t.role, COUNT(*) FROM oauthtoken t GROUP BY t.app, t.role'],
  ])('refuses a grouping SELECT with BUILTIN.DF %s', (_case, sql) => {
    expect(rejectionOf(sql)).toMatch(
      /^Invalid or unsupported search: BUILTIN\.DF cannot stand in a SELECT that uses GROUP BY/,
    );
  });

  it('refuses SELECT DISTINCT with BUILTIN.DF', () => {
    expect(rejectionOf('SELECT DISTINCT BUILTIN.DF(t.app) AS app_name FROM oauthtoken t ORDER BY 1')).toMatch(
      /^Invalid or unsupported search: BUILTIN\.DF cannot stand in a SELECT that uses DISTINCT/,
    );
  });

  it('refuses a grouping sub-select with BUILTIN.DF', () => {
    expect(
      rejectionOf(
        'SELECT a.n FROM (SELECT BUILTIN.DF(p.app) AS app_name, COUNT(*) AS n FROM oauthtoken p GROUP BY p.app) a',
      ),
    ).toMatch(/^Invalid or unsupported search/);
  });

  it('accepts BUILTIN.DF outside a sub-select that groups the raw ids', () => {
    expect(() =>
      prepareStatement(
        'SELECT a.app, BUILTIN.DF(n.app) AS app_name FROM (SELECT p.app AS app, MIN(p.id) AS first FROM oauthtoken p ' +
          'GROUP BY p.app) a JOIN oauthtoken n ON n.id = a.first ORDER BY a.app',
      ),
    ).not.toThrow();
  });

  it('accepts BUILTIN.DF in a SELECT after a grouping one joined by UNION', () => {
    expect(() =>
      prepareStatement(
        'SELECT t.app FROM oauthtoken t GROUP BY t.app UNION SELECT BUILTIN.DF(u.app) FROM oauthtoken u',
      ),
    ).not.toThrow();
  });
});
