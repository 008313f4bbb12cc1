/**
 * N/query's result objects for SuiteQL: ResultSet (values by row, `asMappedResults()` keyed by
 * the lower-case output names) and PagedData/Page over a statement's full result.
 */
import type { QueryRows } from '../database/accountDatabase';
import type { Execution } from '../execution';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { chargeUnits } from './metering';
import { strictMembers } from './strictMembers';

type Value = string | number | null;

function mappedRow(columns: readonly string[], values: readonly Value[]): Record<string, Value> {
  const mapped: Record<string, Value> = {};
  columns.forEach((column, index) => {
    mapped[column] = values[index] ?? null;
  });
  return mapped;
}

/** A `query.ResultSet` over rows. */
export function createResultSet(execution: Execution, rows: QueryRows): object {
  const { unsupported } = execution;
  const results = rows.rows.map((values) =>
    strictMembers('query.Result', { values: [...values], asMap: () => mappedRow(rows.columns, values) }, unsupported),
  );
  return strictMembers(
    'query.ResultSet',
    {
      results,
      columns: rows.columns.map((name) =>
        strictMembers('query.Column', { label: name, fieldId: name, alias: name }, unsupported),
      ),
      asMappedResults: (): Record<string, Value>[] => rows.rows.map((values) => mappedRow(rows.columns, values)),
    },
    unsupported,
  );
}

/** NetSuite's bounds for `runSuiteQLPaged` page sizes, and its default. */
export const PAGE_SIZE = { min: 5, max: 1000, default: 50 } as const;

/** Reads the page index from `fetch({index})` or `fetch(index)`. */
function pageIndex(argument: unknown): unknown {
  return typeof argument === 'object' && argument !== null ? (argument as { index?: unknown }).index : argument;
}

/** A `query.PagedData` over a statement's rows; fetching a page costs no units. */
export function createPagedData(execution: Execution, rows: QueryRows, pageSize: number): object {
  const { realm, unsupported } = execution;
  const pageCount = Math.ceil(rows.rows.length / pageSize);
  const pageRanges = Array.from({ length: pageCount }, (_, index) =>
    strictMembers(
      'query.PageRange',
      { index, size: Math.min(pageSize, rows.rows.length - index * pageSize) },
      unsupported,
    ),
  );
  const fetch = (argument: unknown): object => {
    const index = pageIndex(argument);
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= pageCount) {
      throw createSuiteScriptError(realm, {
        name: NETSUITE_ERROR_CODES.invalidPageRange,
        message: `Invalid page range: page ${JSON.stringify(index)} requested, the result has ${pageCount} page(s).`,
      });
    }
    chargeUnits(execution, 'query.PagedData.fetch');
    const start = index * pageSize;
    return strictMembers(
      'query.Page',
      {
        data: createResultSet(execution, { columns: rows.columns, rows: rows.rows.slice(start, start + pageSize) }),
        isFirst: index === 0,
        isLast: index === pageCount - 1,
        pageRange: pageRanges[index],
      },
      unsupported,
    );
  };
  return strictMembers('query.PagedData', { count: rows.rows.length, pageSize, pageRanges, fetch }, unsupported);
}
