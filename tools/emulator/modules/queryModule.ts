/**
 * N/query's SuiteQL entry points over the account's database. Each call is metered (10 units),
 * recorded with its outcome, and its failures thrown as NetSuite's errors: the scenario's code
 * for an unavailable table, SSS_SEARCH_ERROR_OCCURRED for a statement NetSuite would refuse.
 */
import { QueryFailure, type QueryRows } from '../database/accountDatabase';
import type { Execution, StatementRecord } from '../execution';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { chargeUnits } from './metering';
import { createPagedData, createResultSet, PAGE_SIZE } from './queryResults';
import { strictMembers } from './strictMembers';

type Parameter = string | number;

interface SuiteQLOptions {
  readonly query?: unknown;
  readonly params?: unknown;
  readonly pageSize?: unknown;
}

/** Reads `runSuiteQL({query, params})` and the positional `runSuiteQL(query, params)`. */
function readOptions(first: unknown, second: unknown): SuiteQLOptions {
  return typeof first === 'string' ? { query: first, params: second } : (first ?? {});
}

function validParameters(params: unknown): params is readonly Parameter[] {
  return (
    Array.isArray(params) &&
    params.every((value) => (typeof value === 'string' || typeof value === 'number') && value === value)
  );
}

/** The N/query module of one execution (SuiteQL only). */
export function createQueryModule(execution: Execution): object {
  const { realm, account } = execution;
  const fail = (name: string, message: string): Error => createSuiteScriptError(realm, { name, message });

  const run = (api: StatementRecord['api'], options: SuiteQLOptions): QueryRows => {
    if (typeof options.query !== 'string' || options.query.trim() === '') {
      throw fail(
        NETSUITE_ERROR_CODES.missingArgument,
        `Missing a required argument: ${api} needs options.query (the SuiteQL text).`,
      );
    }
    const params = options.params ?? [];
    if (!validParameters(params)) {
      throw fail(
        NETSUITE_ERROR_CODES.wrongParameterType,
        `${api}: options.params must be an array of strings and numbers.`,
      );
    }
    chargeUnits(execution, `query.${api}`);
    const record = { api, sql: options.query, params: [...params] };
    try {
      const rows = account.database.query(options.query, params, { paged: api === 'runSuiteQLPaged' });
      execution.statements.push({ ...record, outcome: { status: 'ok', rowCount: rows.rows.length } });
      return rows;
    } catch (thrown) {
      if (!(thrown instanceof QueryFailure)) throw thrown;
      execution.statements.push({
        ...record,
        outcome: { status: thrown.kind, code: thrown.code, message: thrown.message },
      });
      throw fail(thrown.code, thrown.message);
    }
  };

  return strictMembers(
    'N/query',
    {
      runSuiteQL: (first: unknown, second?: unknown): object =>
        createResultSet(execution, run('runSuiteQL', readOptions(first, second))),
      runSuiteQLPaged(options: SuiteQLOptions | undefined): object {
        const pageSize = options?.pageSize ?? PAGE_SIZE.default;
        if (
          typeof pageSize !== 'number' ||
          !Number.isInteger(pageSize) ||
          pageSize < PAGE_SIZE.min ||
          pageSize > PAGE_SIZE.max
        ) {
          throw fail(
            NETSUITE_ERROR_CODES.invalidPageRange,
            `runSuiteQLPaged: pageSize must be an integer from ${PAGE_SIZE.min} to ${PAGE_SIZE.max}, not ` +
              `${JSON.stringify(pageSize)}.`,
          );
        }
        return createPagedData(execution, run('runSuiteQLPaged', options ?? {}), pageSize);
      },
    },
    execution.unsupported,
  );
}
