/**
 * N/search for one execution, for the project's custom record types only: `create` with no
 * filters and columns (names or `createColumn`, at most one sorted), `run().getRange` (10 units,
 * at most 1,000 results) and results' `id` and `getValue`. Anything else is not emulated.
 */
import type { Execution } from '../execution';
import type { StoredRecord, StoredValue } from '../records/customRecordStore';
import { createSuiteScriptError, EmulatorError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { customRecordType } from './customRecordTypeCheck';
import { isEntityRecordType, tableOfRecordType } from './entityRecords';
import { chargeUnits } from './metering';
import { strictMembers } from './strictMembers';

const SORT = { ASC: 'ASC', DESC: 'DESC', NONE: 'NONE' } as const;
type SortOrder = (typeof SORT)[keyof typeof SORT];

/** NetSuite's limit on one getRange call. */
const MAX_RANGE = 1000;

interface Column {
  readonly name: string;
  readonly sort: SortOrder;
}

function columnOf(value: unknown): Column | null {
  if (typeof value === 'string') return { name: value.toLowerCase(), sort: SORT.NONE };
  if (typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string') {
    const { name, sort } = value as { name: string; sort?: unknown };
    return { name: name.toLowerCase(), sort: sort === SORT.ASC || sort === SORT.DESC ? sort : SORT.NONE };
  }
  return null;
}

function valueOf(record: StoredRecord, column: string): StoredValue | string {
  if (column === 'internalid') return String(record.id);
  return record.values[column] ?? '';
}

function sortedRecords(records: readonly StoredRecord[], columns: readonly Column[]): StoredRecord[] {
  const sorted = columns.find((column) => column.sort !== SORT.NONE);
  if (sorted === undefined) return [...records];
  const direction = sorted.sort === SORT.DESC ? -1 : 1;
  const key = (record: StoredRecord): number | string =>
    sorted.name === 'internalid' ? record.id : String(valueOf(record, sorted.name));
  return [...records].sort((first, second) =>
    key(first) < key(second) ? -direction : key(first) > key(second) ? direction : 0,
  );
}

/** The N/search module of one execution. */
export function createSearchModule(execution: Execution): object {
  const { realm, records, unsupported } = execution;
  const fail = (name: string, message: string): Error => createSuiteScriptError(realm, { name, message });

  function resultObject(typeId: string, record: StoredRecord, columns: readonly Column[]): object {
    return strictMembers(
      'search.Result',
      {
        id: String(record.id),
        recordType: typeId,
        getValue(options: unknown): StoredValue | string | null {
          const column = columnOf(options);
          if (column === null || !columns.some((listed) => listed.name === column.name)) return null;
          return valueOf(record, column.name);
        },
      },
      unsupported,
    );
  }

  return strictMembers(
    'N/search',
    {
      Sort: { ...SORT },
      createColumn(options: { name?: unknown; sort?: unknown } | undefined): Column {
        const column = columnOf(options);
        if (column === null)
          throw fail(NETSUITE_ERROR_CODES.missingArgument, 'Missing a required argument: options.name.');
        return column;
      },
      create(options: { type?: unknown; filters?: unknown; columns?: unknown } | undefined): object {
        const requested = typeof options?.type === 'string' ? options.type.toLowerCase() : '';
        // A scenario's unavailable table refuses searches of its records as it refuses its statements.
        const refused = isEntityRecordType(requested)
          ? execution.account.scenario.unavailable[tableOfRecordType(requested)]
          : requested === 'customerstatus'
            ? execution.account.scenario.unavailable.entitystatus
            : undefined;
        if (refused !== undefined) throw fail(refused, `You do not have permission to search ${requested} records.`);
        const typeId = customRecordType(execution, 'N/search', options?.type);
        if (options?.filters !== undefined && !(Array.isArray(options.filters) && options.filters.length === 0)) {
          unsupported.add('search.create filters');
          throw new EmulatorError(
            'MEMBER_NOT_EMULATED',
            'The emulator runs custom record searches without filters only.',
          );
        }
        const columns = (Array.isArray(options?.columns) ? (options.columns as unknown[]) : []).map(columnOf);
        for (const column of columns) {
          if (
            column === null ||
            (column.name !== 'internalid' && records.fieldType(typeId, column.name) === undefined)
          ) {
            throw fail(
              'INVALID_SRCH_COL',
              `An nlobjSearchColumn contains an invalid column: ${column?.name ?? 'unnamed'} on ${typeId}.`,
            );
          }
        }
        const known = columns.filter((column): column is Column => column !== null);
        chargeUnits(execution, 'search.create');
        return strictMembers(
          'search.Search',
          {
            searchType: typeId,
            run: (): object =>
              strictMembers(
                'search.ResultSet',
                {
                  getRange(range: { start?: unknown; end?: unknown } | undefined): object[] {
                    const start = Number(range?.start);
                    const end = Number(range?.end);
                    if (
                      !Number.isInteger(start) ||
                      !Number.isInteger(end) ||
                      start < 0 ||
                      end < start ||
                      end - start > MAX_RANGE
                    ) {
                      throw fail(
                        NETSUITE_ERROR_CODES.invalidPageRange,
                        `getRange takes 0 <= start <= end and at most ${MAX_RANGE} results.`,
                      );
                    }
                    chargeUnits(execution, 'search.ResultSet.getRange');
                    return sortedRecords(records.list(typeId), known)
                      .slice(start, end)
                      .map((record) => resultObject(typeId, record, known));
                  },
                },
                unsupported,
              ),
          },
          unsupported,
        );
      },
    },
    unsupported,
  );
}
