import { createAccount, parseScenario, type EmulatedAccount } from '../../tools/emulator';
import type { Execution } from '../../tools/emulator/execution';
import { createQueryModule } from '../../tools/emulator/modules/queryModule';
import { accountOfSize } from './fixtures/scenarioDocuments';
import { executionFor } from './fixtures/executions';

/** The parts of N/query's objects these tests read. */
interface ResultSet {
  results: { values: unknown[] }[];
  asMappedResults(): Record<string, unknown>[];
}
interface Page {
  data: ResultSet;
  isFirst: boolean;
  isLast: boolean;
  pageRange: { index: number; size: number };
}
interface PagedData {
  count: number;
  pageSize: number;
  pageRanges: { index: number; size: number }[];
  fetch(options: { index: number } | number): Page;
}
interface QueryModule {
  runSuiteQL(options: { query: string; params?: unknown[] } | string, params?: unknown[]): ResultSet;
  runSuiteQLPaged(options: { query: string; params?: unknown[]; pageSize?: number }): PagedData;
}

let twelveRoleAccount: EmulatedAccount;
let execution: Execution;
let query: QueryModule;

beforeAll(async () => {
  twelveRoleAccount = await createAccount(parseScenario(JSON.stringify(accountOfSize(12)), 'twelve-roles.json'));
});

afterAll(() => twelveRoleAccount.close());

beforeEach(() => {
  execution = executionFor(twelveRoleAccount);
  query = createQueryModule(execution) as QueryModule;
});

/** The error `run` throws. */
function thrownBy(run: () => unknown): { name: string; message: string } {
  try {
    run();
  } catch (thrown) {
    return thrown as { name: string; message: string };
  }
  throw new Error('expected a throw');
}

describe('runSuiteQL', () => {
  it('returns values by row and mapped results keyed by the lower-case aliases', () => {
    const resultSet = query.runSuiteQL({
      query: 'SELECT r.id AS Role_Id, r.name FROM role r WHERE r.id IN (?, ?) ORDER BY r.id',
      params: [3, 1001],
    });

    expect(resultSet.results.map((result) => result.values)).toEqual([
      [3, 'Administrator'],
      [1001, 'Role 0'],
    ]);
    expect(resultSet.asMappedResults()).toEqual([
      { role_id: 3, name: 'Administrator' },
      { role_id: 1001, name: 'Role 0' },
    ]);
  });

  it('accepts the statement and parameters as positional arguments', () => {
    const resultSet = query.runSuiteQL('SELECT e.entityid FROM employee e WHERE e.id = ?', [7]);

    expect(resultSet.asMappedResults()).toEqual([{ entityid: 'Ada Admin' }]);
  });

  it('costs 10 units and records the statement with its outcome', () => {
    query.runSuiteQL({ query: 'SELECT r.id FROM role r WHERE r.id = ?', params: [3] });

    expect(execution.meter.used).toBe(10);
    expect(execution.statements).toEqual([
      {
        api: 'runSuiteQL',
        sql: 'SELECT r.id FROM role r WHERE r.id = ?',
        params: [3],
        outcome: { status: 'ok', rowCount: 1 },
      },
    ]);
  });

  it('throws a SuiteScriptError named after NetSuite’s code for a refused statement, and records it as rejected', () => {
    const error = thrownBy(() => query.runSuiteQL({ query: 'SELECT r.nickname FROM role r' }));

    expect(error.name).toBe('SSS_SEARCH_ERROR_OCCURRED');
    expect(execution.statements[0]?.outcome).toMatchObject({ status: 'rejected', code: 'SSS_SEARCH_ERROR_OCCURRED' });
  });

  it('refuses parameters that are neither strings nor numbers', () => {
    const error = thrownBy(() =>
      query.runSuiteQL({ query: 'SELECT r.id FROM role r WHERE r.isinactive = ?', params: [false] }),
    );

    expect(error.name).toBe('WRONG_PARAMETER_TYPE');
    expect(execution.meter.used).toBe(0);
  });

  it('requires the statement text', () => {
    expect(thrownBy(() => query.runSuiteQL({ query: '' })).name).toBe('SSS_MISSING_REQD_ARGUMENT');
  });
});

describe('runSuiteQLPaged', () => {
  const ROLES_SQL = 'SELECT r.id FROM role r ORDER BY r.id';

  it('splits the result into page ranges of the page size', () => {
    const paged = query.runSuiteQLPaged({ query: ROLES_SQL, pageSize: 5 });

    expect(paged.count).toBe(13);
    expect(paged.pageRanges.map((range) => ({ index: range.index, size: range.size }))).toEqual([
      { index: 0, size: 5 },
      { index: 1, size: 5 },
      { index: 2, size: 3 },
    ]);
  });

  it('fetches a page by {index} or by number, knowing its place', () => {
    const paged = query.runSuiteQLPaged({ query: ROLES_SQL, pageSize: 5 });

    const last = paged.fetch({ index: 2 });
    const first = paged.fetch(0);

    expect(last.data.asMappedResults()).toEqual([{ id: 1010 }, { id: 1011 }, { id: 1012 }]);
    expect(last).toMatchObject({ isFirst: false, isLast: true });
    expect(first.data.results[0]?.values).toEqual([3]);
    expect(first.isFirst).toBe(true);
  });

  it('charges 10 units for the query and none for its pages', () => {
    const paged = query.runSuiteQLPaged({ query: ROLES_SQL, pageSize: 5 });
    paged.fetch(0);
    paged.fetch(1);
    paged.fetch(2);

    expect(execution.meter.used).toBe(10);
  });

  it('has no pages for an empty result, and fetching page 0 then fails', () => {
    const paged = query.runSuiteQLPaged({
      query: 'SELECT r.id FROM role r WHERE r.id = ? ORDER BY r.id',
      params: [999999],
      pageSize: 5,
    });

    expect(paged.count).toBe(0);
    expect(paged.pageRanges).toEqual([]);
    expect(thrownBy(() => paged.fetch(0)).name).toBe('INVALID_PAGE_RANGE');
  });

  it('refuses a paged statement without ORDER BY, whose pages NetSuite may not keep apart', () => {
    const thrown = thrownBy(() => query.runSuiteQLPaged({ query: 'SELECT r.id FROM role r', pageSize: 5 }));

    expect(thrown.name).toBe('SSS_SEARCH_ERROR_OCCURRED');
    expect(thrown.message).toContain('a paged statement needs an ORDER BY');
  });

  it('runs the same statement without ORDER BY unpaged', () => {
    expect(() => query.runSuiteQL({ query: 'SELECT r.id FROM role r' })).not.toThrow();
  });

  it.each([4, 1001, 2.5])('refuses page size %p (NetSuite allows 5 to 1,000)', (pageSize) => {
    expect(thrownBy(() => query.runSuiteQLPaged({ query: ROLES_SQL, pageSize })).name).toBe('INVALID_PAGE_RANGE');
  });

  it('defaults to pages of 50', () => {
    expect(query.runSuiteQLPaged({ query: ROLES_SQL }).pageSize).toBe(50);
  });
});

describe('members the emulator does not provide', () => {
  it('throw a clear error and are listed as unsupported', () => {
    const module = createQueryModule(execution) as unknown as Record<string, unknown>;

    expect(() => module.create).toThrow('The emulator does not provide N/query.create.');
    expect([...execution.unsupported]).toEqual(['N/query.create']);
  });
});
