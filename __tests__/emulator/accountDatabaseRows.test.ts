import { AccountDatabase } from '../../tools/emulator/database/accountDatabase';
import { TableRowError, type NamedTableRows } from '../../tools/emulator/database/namedRows';
import { queryFailureOf } from './fixtures/queryFailures';

/** Ada revoked her Act-On token; the Act-On sync user holds the live one. */
function actOnTokensAccount(): NamedTableRows {
  return {
    integration: [{ id: 12, name: 'ActOnTBA', state: 'ENABLED' }],
    role: [{ id: 1001, name: 'Act-On Integration', isinactive: 'F', iswebserviceonlyrole: 'F' }],
    employee: [
      { id: 7, entityid: 'Ada Admin', isinactive: 'F', giveaccess: 'T' },
      { id: 21, entityid: 'Act-On Sync', isinactive: 'F', giveaccess: 'T' },
    ],
    oauthtoken: [
      {
        id: 5,
        tba_token_name: 'ActOnTBA Ada',
        tba_app_name: 12,
        entity_name: 7,
        role_name: 1001,
        binactive: 'F',
        brevoked: 'T',
        drevoked: '2026-09-15T14:00:00Z',
        dcreated: '2026-03-01T09:00:00Z',
      },
      {
        id: 6,
        tba_token_name: 'ActOnTBA Act-On Sync',
        tba_app_name: 12,
        entity_name: 21,
        role_name: 1001,
        binactive: 'F',
        brevoked: 'F',
        dcreated: '2026-09-15T14:30:00Z',
      },
    ],
  };
}

const TOKEN_DATES_SQL =
  "SELECT t.id, TO_CHAR(t.drevoked, 'YYYY-MM-DD HH24:MI:SS') AS revoked_at, t.createdby FROM oauthtoken t ORDER BY t.id";

const openDatabases: AccountDatabase[] = [];

async function databaseOf(
  tables: NamedTableRows,
  unavailable: Parameters<typeof AccountDatabase.fromRows>[1] = {},
): Promise<AccountDatabase> {
  const database = await AccountDatabase.fromRows(tables, unavailable);
  openDatabases.push(database);
  return database;
}

afterEach(() => openDatabases.splice(0).forEach((database) => database.close()));

describe('AccountDatabase.fromRows', () => {
  it('holds the rows as given, with the columns a row leaves out as null', async () => {
    const database = await databaseOf(actOnTokensAccount());

    const answer = database.query(TOKEN_DATES_SQL, []);

    expect(answer.rows).toEqual([
      [5, '2026-09-15 14:00:00', null],
      [6, null, null],
    ]);
  });

  it('adds no row of its own, not even the Administrator role', async () => {
    const database = await databaseOf(actOnTokensAccount());

    expect(database.query('SELECT r.id FROM role r ORDER BY r.id', []).rows).toEqual([[1001]]);
  });

  it('answers BUILTIN.DF with the display names of the given rows', async () => {
    const database = await databaseOf(actOnTokensAccount());

    const answer = database.query(
      'SELECT BUILTIN.DF(t.tba_app_name) AS app_name, BUILTIN.DF(t.entity_name) AS user_name FROM oauthtoken t ' +
        'WHERE t.id = ?',
      [6],
    );

    expect(answer.rows).toEqual([['ActOnTBA', 'Act-On Sync']]);
  });

  it('still answers BUILTIN.DF for a table made unavailable', async () => {
    const database = await databaseOf(actOnTokensAccount(), { integration: 'INVALID_SEARCH_TYPE' });

    const answer = database.query(
      'SELECT BUILTIN.DF(t.tba_app_name) AS app_name FROM oauthtoken t WHERE t.id = ?',
      [6],
    );

    expect(answer.rows).toEqual([['ActOnTBA']]);
  });

  it('fails a statement reading an unavailable table with its code, naming the table', async () => {
    const database = await databaseOf(actOnTokensAccount(), { integration: 'INVALID_SEARCH_TYPE' });

    const failure = queryFailureOf(() => database.query('SELECT i.id FROM integration i ORDER BY i.id', []));

    expect(failure).toMatchObject({ code: 'INVALID_SEARCH_TYPE', kind: 'unavailable', table: 'integration' });
  });

  it('applies the dialect rules to statements on the given rows', async () => {
    const database = await databaseOf(actOnTokensAccount());

    const failure = queryFailureOf(() => database.query('SELECT t.id FROM oauthtoken t LIMIT 1', []));

    expect(failure).toMatchObject({ code: 'SSS_SEARCH_ERROR_OCCURRED', kind: 'rejected' });
  });
});

describe('AccountDatabase.fromRows refuses what no NetSuite table holds', () => {
  it('refuses a column the table does not have, naming it', async () => {
    const tables: NamedTableRows = { integration: [{ id: 12, name: 'ActOnTBA', consumer_secret: 'x' }] };

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow(
      'integration row 1: the table has no column "consumer_secret" (it has id, name, applicationid, state).',
    );
  });

  it('refuses a table the account does not have', async () => {
    const tables = { transaction: [{ id: 1 }] } as unknown as NamedTableRows;

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow('The account has no table "transaction"');
  });

  it('refuses a date-time that is not a date-time', async () => {
    const [adaToken] = actOnTokensAccount().oauthtoken ?? [];
    const tables: NamedTableRows = { oauthtoken: [{ ...adaToken, dcreated: 'yesterday' }] };

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow(
      'oauthtoken row 1: column "dcreated" holds "yesterday", expected a UTC date-time YYYY-MM-DDTHH:MM:SSZ or null.',
    );
  });

  it('refuses a date-time without its zone, which would depend on the machine clock', async () => {
    const [adaToken] = actOnTokensAccount().oauthtoken ?? [];
    const tables: NamedTableRows = { oauthtoken: [{ ...adaToken, dcreated: '2026-03-01 09:00:00' }] };

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow(TableRowError);
  });

  it('refuses a flag left out, as NetSuite flags are never empty', async () => {
    const tables: NamedTableRows = { employee: [{ id: 7, entityid: 'Ada Admin', isinactive: 'F' }] };

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow(
      `employee row 1: column "giveaccess" holds null, expected 'T' or 'F'.`,
    );
  });

  it('refuses text in an id column', async () => {
    const tables: NamedTableRows = {
      rolepermissions: [{ role: 'Act-On Integration', permkey: 'ADMI_WEBSERVICES', permlevel: 4 }],
    };

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow(
      'rolepermissions row 1: column "role" holds "Act-On Integration", expected a whole number or null.',
    );
  });

  it('refuses two records with one internal id', async () => {
    const tables: NamedTableRows = {
      integration: [
        { id: 12, name: 'ActOnTBA' },
        { id: 12, name: 'Act-On Legacy' },
      ],
    };

    await expect(AccountDatabase.fromRows(tables)).rejects.toThrow(/UNIQUE constraint failed: integration\.id/);
  });
});
