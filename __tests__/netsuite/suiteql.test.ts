jest.mock('N/query');

import * as query from 'N/query';
import type { BoundedStatement } from '../../src/netsuite/queries';
import { pageSizeFor, SuiteQLRunner } from '../../src/netsuite/suiteql';

const STATEMENT: BoundedStatement = {
  subject: 'the employee table',
  sql: 'SELECT e.id FROM employee e WHERE e.id IN (?) ORDER BY e.id',
  params: [7],
  maxRows: 10,
};

/** Paged data holding `pages` (arrays of rows), recording which pages are fetched. */
function pagedData(pages: readonly (readonly Record<string, number>[])[], fetched: number[]): query.PagedData {
  return {
    count: pages.reduce((total, page) => total + page.length, 0),
    pageRanges: pages.map((page, index) => ({ index, size: page.length })),
    fetch: ({ index }: { index: number }) => {
      fetched.push(index);
      return { data: { asMappedResults: () => [...(pages[index] ?? [])] } };
    },
  } as unknown as query.PagedData;
}

afterEach(() => jest.resetAllMocks());

describe('SuiteQLRunner', () => {
  it('sends the SQL with its parameters and a page size equal to the row bound', () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(pagedData([[{ id: 7 }]], []));

    new SuiteQLRunner().run(STATEMENT);

    expect(query.runSuiteQLPaged).toHaveBeenCalledWith({ query: STATEMENT.sql, params: [7], pageSize: 10 });
  });

  it('fetches only the first page and says more rows exist', () => {
    const fetched: number[] = [];
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(pagedData([[{ id: 1 }, { id: 2 }], [{ id: 3 }]], fetched));

    const result = new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 });

    expect(fetched).toEqual([0]);
    expect(result).toEqual({ ok: true, value: { rows: [{ id: 1 }, { id: 2 }], truncated: true } });
  });

  it("reads a result that exactly fills the bound as complete when NetSuite's count says it is all", () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(pagedData([[{ id: 1 }, { id: 2 }]], []));

    const result = new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 });

    expect(result).toEqual({ ok: true, value: { rows: [{ id: 1 }, { id: 2 }], truncated: false } });
  });

  it('reads a result that exactly fills the bound as cut when NetSuite gives no usable count', () => {
    const data = pagedData([[{ id: 1 }, { id: 2 }]], []);
    jest.mocked(query.runSuiteQLPaged).mockReturnValue({ ...data, count: undefined } as unknown as query.PagedData);

    const result = new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 });

    expect(result).toEqual({ ok: true, value: { rows: [{ id: 1 }, { id: 2 }], truncated: true } });
  });

  it('reads a result below the bound as complete even without a usable count', () => {
    const data = pagedData([[{ id: 1 }]], []);
    jest.mocked(query.runSuiteQLPaged).mockReturnValue({ ...data, count: undefined } as unknown as query.PagedData);

    expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
      ok: true,
      value: { rows: [{ id: 1 }], truncated: false },
    });
  });

  it("says more rows exist when NetSuite's count exceeds the rows its pages held", () => {
    const data = pagedData([[{ id: 1 }]], []);
    jest.mocked(query.runSuiteQLPaged).mockReturnValue({ ...data, count: 3 } as unknown as query.PagedData);

    expect(new SuiteQLRunner().run(STATEMENT)).toEqual({ ok: true, value: { rows: [{ id: 1 }], truncated: true } });
  });

  it('fetches nothing for an empty result', () => {
    const fetched: number[] = [];
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(pagedData([], fetched));

    expect(new SuiteQLRunner().run(STATEMENT)).toEqual({ ok: true, value: { rows: [], truncated: false } });
    expect(fetched).toEqual([]);
  });

  it("turns NetSuite's error into a failed probe with its code", () => {
    jest.mocked(query.runSuiteQLPaged).mockImplementation(() => {
      throw Object.assign(new Error('Search error occurred: Invalid or unsupported search'), {
        name: 'SSS_SEARCH_ERROR_OCCURRED',
      });
    });

    expect(new SuiteQLRunner().run(STATEMENT)).toEqual({
      ok: false,
      code: 'SSS_SEARCH_ERROR_OCCURRED',
      reason:
        'Reading the employee table failed: SSS_SEARCH_ERROR_OCCURRED: Search error occurred: Invalid or ' +
        'unsupported search',
    });
  });

  it('turns a failing page fetch into a failed probe', () => {
    const data = pagedData([[{ id: 1 }]], []);
    jest.mocked(query.runSuiteQLPaged).mockReturnValue({
      ...data,
      pageRanges: data.pageRanges,
      count: 1,
      fetch: () => {
        throw 'page gone';
      },
    } as unknown as query.PagedData);

    expect(new SuiteQLRunner().run(STATEMENT)).toEqual({
      ok: false,
      reason: 'Reading the employee table failed: page gone',
    });
  });

  it('counts every statement sent, failed ones included', () => {
    const runner = new SuiteQLRunner();
    jest
      .mocked(query.runSuiteQLPaged)
      .mockReturnValueOnce(pagedData([], []))
      .mockImplementationOnce(() => {
        throw new Error('boom');
      });

    runner.run(STATEMENT);
    runner.run(STATEMENT);

    expect(runner.statementCount).toBe(2);
  });
});

describe("SuiteQLRunner trusts the rows in hand over NetSuite's count", () => {
  /** Paged data whose count says `count`, whatever its pages hold. */
  function countSaying(count: unknown, pages: readonly (readonly Record<string, number>[])[]): query.PagedData {
    return { ...pagedData(pages, []), count } as unknown as query.PagedData;
  }

  it(
    'keeps only the bound of a page that holds more rows, and says more rows exist even when the count says none ' +
      'are left',
    () => {
      jest.mocked(query.runSuiteQLPaged).mockReturnValue(countSaying(2, [[{ id: 1 }, { id: 2 }, { id: 3 }]]));

      expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
        ok: true,
        value: { rows: [{ id: 1 }, { id: 2 }], truncated: true },
      });
    },
  );

  it('says more rows exist when pages were left unread, even when the count says none are left', () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(countSaying(2, [[{ id: 1 }, { id: 2 }], [{ id: 3 }]]));

    expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
      ok: true,
      value: { rows: [{ id: 1 }, { id: 2 }], truncated: true },
    });
  });

  it('ignores a count given as text: a result below the bound is complete', () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(countSaying('5', [[{ id: 1 }]]));

    expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
      ok: true,
      value: { rows: [{ id: 1 }], truncated: false },
    });
  });

  it('ignores a fractional count: a result below the bound is complete', () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(countSaying(2.5, [[{ id: 1 }]]));

    expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
      ok: true,
      value: { rows: [{ id: 1 }], truncated: false },
    });
  });

  it('ignores a count below the rows read: a result that fills the bound counts as cut', () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(countSaying(0, [[{ id: 1 }, { id: 2 }]]));

    expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
      ok: true,
      value: { rows: [{ id: 1 }, { id: 2 }], truncated: true },
    });
  });

  it('ignores a negative count: a result that fills the bound counts as cut', () => {
    jest.mocked(query.runSuiteQLPaged).mockReturnValue(countSaying(-1, [[{ id: 1 }, { id: 2 }]]));

    expect(new SuiteQLRunner().run({ ...STATEMENT, maxRows: 2 })).toEqual({
      ok: true,
      value: { rows: [{ id: 1 }, { id: 2 }], truncated: true },
    });
  });
});

describe('SuiteQLRunner diagnostics', () => {
  it("records a refused statement as failed, unbounded, with no rows and NetSuite's code and message", () => {
    jest.mocked(query.runSuiteQLPaged).mockImplementation(() => {
      throw Object.assign(new Error('Permission Violation'), { name: 'INSUFFICIENT_PERMISSION' });
    });
    const runner = new SuiteQLRunner();

    runner.run(STATEMENT);

    expect(runner.probes).toStrictEqual([
      {
        subject: 'the employee table',
        statement: STATEMENT.sql,
        outcome: 'failed',
        rows: 0,
        bounded: false,
        error: { code: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation' },
      },
    ]);
  });

  it('records a skipped statement with its reason, unbounded, with no rows, and charges nothing', () => {
    const runner = new SuiteQLRunner();

    runner.skip(STATEMENT, 'No user to read.');

    expect(runner.probes).toStrictEqual([
      {
        subject: 'the employee table',
        statement: STATEMENT.sql,
        outcome: 'skipped',
        reason: 'No user to read.',
        rows: 0,
        bounded: false,
        error: null,
      },
    ]);
    expect(runner.statementCount).toBe(0);
  });
});

describe('pageSizeFor', () => {
  it("keeps page sizes within NetSuite's 5 to 1,000", () => {
    expect([pageSizeFor(1), pageSizeFor(200), pageSizeFor(5000)]).toEqual([5, 200, 1000]);
  });
});
