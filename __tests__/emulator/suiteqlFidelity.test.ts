import { createAccount, parseScenario, type EmulatedAccount } from '../../tools/emulator';
import { queryFailureOf } from './fixtures/queryFailures';
import { readyAdministratorAccount } from './fixtures/scenarioDocuments';

const accounts: EmulatedAccount[] = [];

async function accountFrom(document: Record<string, unknown>): Promise<EmulatedAccount> {
  const account = await createAccount(parseScenario(JSON.stringify(document), 'fixture.json'));
  accounts.push(account);
  return account;
}

let ready: EmulatedAccount;
let integrationUnreadable: EmulatedAccount;

beforeAll(async () => {
  ready = await accountFrom(readyAdministratorAccount());
  integrationUnreadable = await accountFrom({
    ...readyAdministratorAccount(),
    unavailable: { integration: 'INVALID_SEARCH_TYPE' },
  });
});

afterAll(() => accounts.forEach((account) => account.close()));

describe('statements NetSuite would refuse fail here too', () => {
  it('fails a statement naming a column the table does not have', () => {
    const failure = queryFailureOf(() => ready.database.query('SELECT t.id, t.token_secret FROM oauthtoken t', []));

    expect(failure).toMatchObject({ code: 'SSS_SEARCH_ERROR_OCCURRED', kind: 'rejected' });
    expect(failure.message).toContain('t.token_secret');
  });

  it('fails a statement naming a table the account does not have', () => {
    const failure = queryFailureOf(() => ready.database.query('SELECT t.id FROM vendor t', []));

    expect(failure).toMatchObject({ code: 'SSS_SEARCH_ERROR_OCCURRED', kind: 'rejected' });
    expect(failure.message).toContain("'vendor'");
  });

  it('rejects LIMIT, which SQLite would accept and SuiteQL does not', () => {
    const failure = queryFailureOf(() => ready.database.query('SELECT r.id FROM role r LIMIT 1', []));

    expect(failure.kind).toBe('rejected');
    expect(failure.message).toContain('LIMIT');
  });

  it('rejects a double-quoted string, which SQLite would read as text', () => {
    const failure = queryFailureOf(() =>
      ready.database.query('SELECT r.id FROM role r WHERE r.name = "Administrator"', []),
    );

    expect(failure.message).toContain('double-quoted');
  });

  it('rejects a selected column that is neither grouped nor aggregated', () => {
    const failure = queryFailureOf(() =>
      ready.database.query(
        'SELECT t.tba_app_name, t.tba_token_name, COUNT(*) AS n FROM oauthtoken t GROUP BY t.tba_app_name',
        [],
      ),
    );

    expect(failure.message).toContain('t.tba_token_name is not a GROUP BY expression');
  });

  it('rejects a function outside the shared subset', () => {
    const failure = queryFailureOf(() => ready.database.query('SELECT SUBSTR(r.name, 1, 3) FROM role r', []));

    expect(failure.message).toContain('function SUBSTR is not emulated');
  });

  it('rejects a statement that is not a SELECT', () => {
    const failure = queryFailureOf(() => ready.database.query("UPDATE role SET name = 'x'", []));

    expect(failure.message).toContain('SELECT statements only');
  });

  it('rejects a second statement after a semicolon', () => {
    const failure = queryFailureOf(() =>
      ready.database.query('SELECT r.id FROM role r; SELECT e.id FROM employee e', []),
    );

    expect(failure.message).toContain('";"');
  });

  it('rejects reading the emulator’s own lookup tables', () => {
    const failure = queryFailureOf(() => ready.database.query('SELECT d.name FROM emu_display_role d', []));

    expect(failure.kind).toBe('rejected');
  });

  it('reads the words it refuses only as SQL, not inside strings or comments', () => {
    const rows = ready.database.query(
      'SELECT r.id FROM role r -- LIMIT 1\nWHERE r.name <> \'LIMIT "x"; SYSDATE\' ORDER BY r.id',
      [],
    );

    expect(rows.rows).toEqual([[3], [1001]]);
  });

  it('fails when the parameters do not match the ? markers', () => {
    const failure = queryFailureOf(() => ready.database.query('SELECT r.id FROM role r WHERE r.id = ?', []));

    expect(failure.message).toContain('1 ? parameters but 0 values');
  });
});

describe('BUILTIN.DF', () => {
  it('answers the referenced record’s display name', () => {
    const rows = ready.database.query(
      'SELECT t.id, BUILTIN.DF(t.tba_app_name) AS app_name, BUILTIN.DF(t.entity_name) AS user_name, ' +
        'BUILTIN.DF(t.role_name) AS role_name FROM oauthtoken t ORDER BY t.id',
      [],
    );

    expect(rows.rows).toEqual([
      [5, 'ActOnTBA', 'Ada Admin', 'Administrator'],
      [6, 'ActOnTBA', 'Act-On Sync', 'Act-On Integration'],
    ]);
  });

  it('still answers when the referenced table itself cannot be read', () => {
    const rows = integrationUnreadable.database.query(
      'SELECT BUILTIN.DF(t.tba_app_name) AS app_name FROM oauthtoken t WHERE t.id = ?',
      [5],
    );

    expect(rows.rows).toEqual([['ActOnTBA']]);
  });

  it.each([
    ['WHERE', 'SELECT t.id FROM oauthtoken t WHERE UPPER(BUILTIN.DF(t.tba_app_name)) = ? ORDER BY t.id'],
    [
      'ON',
      'SELECT t.id FROM oauthtoken t JOIN role r ON BUILTIN.DF(t.role_name) = r.name WHERE r.id = ? ORDER BY t.id',
    ],
    [
      'HAVING',
      'SELECT t.tba_app_name, COUNT(*) FROM oauthtoken t GROUP BY t.tba_app_name HAVING ' +
        'MAX(BUILTIN.DF(t.tba_app_name)) = ? ORDER BY t.tba_app_name',
    ],
    [
      'a nested WHERE',
      'SELECT t.id FROM oauthtoken t WHERE t.id IN (SELECT u.id FROM oauthtoken u WHERE ' +
        'BUILTIN.DF(u.tba_app_name) = ?) ORDER BY t.id',
    ],
  ])('is refused in %s, where NetSuite filters on it unreliably', (_clause, sql) => {
    expect(queryFailureOf(() => ready.database.query(sql, ['ActOnTBA']))).toMatchObject({
      code: 'SSS_SEARCH_ERROR_OCCURRED',
      message: expect.stringContaining('is unreliable in NetSuite') as string,
    });
  });

  it('is refused beside GROUP BY with "Invalid or unsupported search", as NetSuite refuses it', () => {
    expect(
      queryFailureOf(() =>
        ready.database.query(
          'SELECT BUILTIN.DF(t.tba_app_name) AS app, COUNT(*) AS n FROM oauthtoken t GROUP BY t.tba_app_name, ' +
            'BUILTIN.DF(t.tba_app_name) ORDER BY t.tba_app_name',
          [],
        ),
      ),
    ).toMatchObject({
      code: 'SSS_SEARCH_ERROR_OCCURRED',
      kind: 'rejected',
      message: expect.stringContaining('Invalid or unsupported search') as string,
    });
  });

  it('runs in the select list of a SELECT that neither groups nor is DISTINCT', () => {
    const rows = ready.database.query('SELECT BUILTIN.DF(t.tba_app_name) AS app FROM oauthtoken t ORDER BY t.id', []);

    expect(rows.rows).toEqual([['ActOnTBA'], ['ActOnTBA']]);
  });

  it('is allowed in a subquery that is selected, not filtered on', () => {
    const rows = ready.database.query(
      'SELECT t.id, (SELECT BUILTIN.DF(u.role_name) FROM oauthtoken u WHERE u.id = t.id) AS role_name FROM ' +
        'oauthtoken t WHERE t.id = ? ORDER BY t.id',
      [5],
    );

    expect(rows.rows).toEqual([[5, 'Administrator']]);
  });

  it('gives the value itself for a column that references nothing', () => {
    const rows = ready.database.query(
      'SELECT BUILTIN.DF(t.tba_token_name) AS token FROM oauthtoken t WHERE t.id = ?',
      [5],
    );

    expect(rows.rows).toEqual([['ActOnTBA Ada']]);
  });

  it('names the applications of an inline view that groups the raw ids', () => {
    const rows = ready.database.query(
      'SELECT a.app_id, BUILTIN.DF(n.tba_app_name) AS app_name, a.token_count FROM (SELECT p.tba_app_name AS ' +
        'app_id, COUNT(*) AS token_count, MIN(p.id) AS first_token FROM oauthtoken p GROUP BY p.tba_app_name) a ' +
        'JOIN oauthtoken n ON n.id = a.first_token ORDER BY a.app_id',
      [],
    );

    expect(rows).toEqual({ columns: ['app_id', 'app_name', 'token_count'], rows: [[12, 'ActOnTBA', 2]] });
  });
});

describe('tables a scenario makes unavailable', () => {
  it('throw the scenario’s error code for any statement reading them', () => {
    const failure = queryFailureOf(() =>
      integrationUnreadable.database.query('SELECT i.id, i.name FROM integration i', []),
    );

    expect(failure).toMatchObject({ code: 'INVALID_SEARCH_TYPE', kind: 'unavailable' });
  });

  it('throw it also when read through a join', () => {
    const failure = queryFailureOf(() =>
      integrationUnreadable.database.query(
        'SELECT t.id FROM oauthtoken t JOIN integration i ON i.id = t.tba_app_name',
        [],
      ),
    );

    expect(failure.code).toBe('INVALID_SEARCH_TYPE');
  });

  it('leave the other tables readable', () => {
    expect(integrationUnreadable.database.query('SELECT COUNT(*) AS n FROM oauthtoken t', []).rows).toEqual([[2]]);
  });
});

describe('dates', () => {
  it('formats date-times with TO_CHAR in both emulated formats', () => {
    const rows = ready.database.query(
      "SELECT TO_CHAR(t.dcreated, 'YYYY-MM-DD HH24:MI:SS') AS at, TO_CHAR(t.dcreated, 'YYYY-MM-DD') AS day FROM " +
        'oauthtoken t WHERE t.id = ?',
      [6],
    );

    expect(rows.rows).toEqual([['2026-09-01 08:30:00', '2026-09-01']]);
  });

  it('compares against TO_DATE of a parameter', () => {
    const rows = ready.database.query(
      "SELECT l.detail FROM loginaudit l WHERE l.date >= TO_DATE(?, 'YYYY-MM-DD HH24:MI:SS') ORDER BY l.date",
      ['2026-11-21 00:00:00'],
    );

    expect(rows.rows).toEqual([['InvalidToken'], ['FeatureDisabled']]);
  });

  it('fails TO_DATE on text that does not fit its format', () => {
    const failure = queryFailureOf(() =>
      ready.database.query("SELECT l.status FROM loginaudit l WHERE l.date >= TO_DATE(?, 'YYYY-MM-DD HH24:MI:SS')", [
        '21/11/2026',
      ]),
    );

    expect(failure.message).toContain('does not match the format');
  });

  it('fails TO_CHAR with a format the emulator does not know', () => {
    const failure = queryFailureOf(() =>
      ready.database.query("SELECT TO_CHAR(t.dcreated, 'DD.MM.YYYY') AS d FROM oauthtoken t", []),
    );

    expect(failure.message).toContain('is not emulated');
  });

  it('returns a raw date-time column as NetSuite shows it to a user', () => {
    const rows = ready.database.query('SELECT t.dcreated FROM oauthtoken t WHERE t.id = ?', [6]);

    expect(rows.rows).toEqual([['9/1/2026 8:30 am']]);
  });
});

describe('values and names', () => {
  it('gives flags as T/F text, ids as numbers and employee roles as comma-separated text', () => {
    const rows = ready.database.query(
      'SELECT e.id, e.isinactive, e.giveaccess, e.rolesforsearch FROM employee e WHERE e.id = ?',
      [7],
    );

    expect(rows.rows).toEqual([[7, 'F', 'T', '3, 1001']]);
  });

  it('names an unaliased expression exprN, as NetSuite does', () => {
    expect(ready.database.query('SELECT COUNT(*) FROM role r', []).columns).toEqual(['expr1']);
  });

  it('lists no permission rows for the Administrator role', () => {
    expect(ready.database.query('SELECT COUNT(*) AS n FROM rolepermissions rp WHERE rp.role = ?', [3]).rows).toEqual([
      [0],
    ]);
  });

  it('matches LIKE case-sensitively, as SuiteQL does', () => {
    expect(ready.database.query("SELECT r.id FROM role r WHERE r.name LIKE 'admin%'", []).rows).toEqual([]);
  });
});

describe("what the collector's statements could meet that NetSuite refuses", () => {
  it('refuses an empty IN list, which SQLite would answer with no rows', () => {
    expect(
      queryFailureOf(() =>
        ready.database.query('SELECT t.id FROM oauthtoken t WHERE t.tba_app_name IN () ORDER BY t.id', []),
      ).message,
    ).toContain('an empty IN list is a syntax error in SuiteQL');
  });

  it('upper-cases every letter, as Oracle does, not only ASCII ones', () => {
    const rows = ready.database.query(
      'SELECT UPPER(i.name) AS upper_name, LOWER(i.name) AS lower_name FROM integration i WHERE UPPER(i.name) = ? ' +
        'ORDER BY i.id',
      ['ACTONTBA'],
    );

    expect(rows.rows).toEqual([['ACTONTBA', 'actontba']]);
    expect(
      ready.database.query("SELECT UPPER('Société') AS name FROM role r WHERE r.id = ? ORDER BY r.id", [3]).rows,
    ).toEqual([['SOCIÉTÉ']]);
  });

  it('refuses a column the table does not have, as NetSuite does', () => {
    expect(
      queryFailureOf(() => ready.database.query('SELECT t.drevokedx FROM oauthtoken t ORDER BY t.id', [])).message,
    ).toContain("Unknown identifier 't.drevokedx'");
  });
});

describe("each table's own columns (Oracle SDK guide, SuiteQL pitfall 13)", () => {
  it.each([
    ['id', 'SELECT s.id, s.name FROM entitystatus s ORDER BY s.name'],
    ['isinactive', "SELECT s.key, s.name FROM entitystatus s WHERE s.isinactive = 'F' ORDER BY s.key"],
  ])('refuses entitystatus.%s, which that table does not have, with "Unknown identifier"', (_column, sql) => {
    expect(queryFailureOf(() => ready.database.query(sql, []))).toMatchObject({
      code: 'SSS_SEARCH_ERROR_OCCURRED',
      kind: 'rejected',
      message: expect.stringContaining('Unknown identifier') as string,
    });
  });

  it("answers entitystatus's real columns: key, name, entitytype and inactive", async () => {
    const account = await accountFrom({
      ...readyAdministratorAccount(),
      customerStatuses: [
        { id: 6, name: 'Lead-Qualified', stage: 'LEAD' },
        { id: 8, name: 'Lead-Recycled', stage: 'LEAD', inactive: true },
        { id: 13, name: 'Closed Won', stage: 'CUSTOMER' },
      ],
    });
    const rows = account.database.query(
      "SELECT s.key, s.name FROM entitystatus s WHERE s.entitytype = ? AND s.inactive = 'F' ORDER BY s.key",
      ['CUSTOMER'],
    );
    account.close();

    expect(rows).toEqual({
      columns: ['key', 'name'],
      rows: [
        [6, 'Lead-Qualified'],
        [13, 'Closed Won'],
      ],
    });
  });
});

describe('column aliases (Oracle SDK guide, SuiteQL pitfall 8)', () => {
  it('come back in lower case however they are written, so an upper-case key reads nothing', () => {
    const rows = ready.database.query(
      'SELECT r.id AS roleId, r.name AS RoleName FROM role r WHERE r.id = ? ORDER BY r.id',
      [3],
    );

    expect(rows.columns).toEqual(['roleid', 'rolename']);
    const mapped = Object.fromEntries(rows.columns.map((column, index) => [column, rows.rows[0]?.[index]]));
    expect(mapped['roleId']).toBeUndefined();
    expect(mapped['roleid']).toBe(3);
  });
});
