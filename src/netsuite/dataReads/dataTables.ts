/**
 * The SuiteQL readers of the Act-On data checks: one statement each, rows mapped into counts and
 * lists. Each returns a probe and never throws; a malformed row fails its probe with the row and
 * column, never a guessed count.
 */
import { mapProbe } from '../../core/probes';
import type { BoundedList, ContactCountFact, Probe, SharedEmailFact, StageCountFact } from '../../core/snapshot';
import { probeFailure } from '../probes';
import { mapRows } from '../rowMappers';
import {
  MalformedRowError,
  readFlag,
  readInteger,
  readName,
  readOptionalInteger,
  readOptionalText,
} from '../rowValues';
import type { ResultRow } from '../rowValues';
import type { StatementRows, SuiteQLRunner } from '../suiteql';
import {
  contactCountsStatement,
  customerCountsStatement,
  customerStatusesStatement,
  customFieldsStatement,
  sharedEmailsStatement,
} from './dataStatements';

/** A custom field as the customfield table lists it. */
export interface ListedCustomField {
  /** Lower case. */
  readonly scriptId: string;
  readonly label: string | null;
  readonly valueType: string | null;
}

/** A customer status as the entitystatus table holds it (its stage is not a column). */
export interface ListedCustomerStatus {
  readonly id: number;
  readonly name: string;
  readonly entityType: string | null;
  readonly inactive: boolean;
}

/** A count that cannot be negative; a negative or missing one is a malformed row. */
function readCount(row: ResultRow, column: string): number {
  const value = readOptionalInteger(row, column) ?? 0;
  if (value < 0) throw new MalformedRowError(column, value, 'a count');
  return value;
}

function boundedList<T>(read: StatementRows, mapped: Probe<T[]>): Probe<BoundedList<T>> {
  return mapProbe(mapped, (rows): BoundedList<T> => ({ rows, complete: !read.truncated }));
}

/** Query 8 row: `script_id, label, value_type`. */
export function mapCustomFieldRow(row: ResultRow): ListedCustomField {
  const scriptId = readOptionalText(row, 'script_id');
  if (scriptId === null) throw new MalformedRowError('script_id', row.script_id, 'a script id');
  return {
    scriptId: scriptId.toLowerCase(),
    label: readOptionalText(row, 'label'),
    valueType: readOptionalText(row, 'value_type'),
  };
}

/** Query 9 row: `status_id, name, entity_type, inactive`. */
export function mapCustomerStatusRow(row: ResultRow): ListedCustomerStatus {
  return {
    id: readInteger(row, 'status_id'),
    name: readName(row, 'name'),
    entityType: readOptionalText(row, 'entity_type'),
    inactive: readFlag(row, 'inactive'),
  };
}

/** Query 10 row: `stage, total, with_email, with_active_rep`; a stage NetSuite leaves empty reads as ''. */
export function mapStageCountRow(row: ResultRow): StageCountFact {
  const total = readCount(row, 'total');
  const withEmail = readCount(row, 'with_email');
  const withActiveRep = readCount(row, 'with_active_rep');
  if (withEmail > total) throw new MalformedRowError('with_email', withEmail, `at most the total, ${total}`);
  if (withActiveRep > total)
    throw new MalformedRowError('with_active_rep', withActiveRep, `at most the total, ${total}`);
  return {
    stage: readName(row, 'stage'),
    total,
    withoutEmail: total - withEmail,
    withoutActiveSalesRep: total - withActiveRep,
  };
}

/** Query 11 row: `total, with_email`. */
export function mapContactCountRow(row: ResultRow): ContactCountFact {
  const total = readCount(row, 'total');
  const withEmail = readCount(row, 'with_email');
  if (withEmail > total) throw new MalformedRowError('with_email', withEmail, `at most the total, ${total}`);
  return { total, withoutEmail: total - withEmail };
}

/** Query 12/13 row: `addresses, holders` (SUM over no group is empty: none). */
export function mapSharedEmailRow(row: ResultRow): SharedEmailFact {
  return { addresses: readCount(row, 'addresses'), records: readCount(row, 'holders') };
}

/** The one row an aggregate statement gives, mapped; none is a failure (NetSuite always answers one). */
function singleRow<T>(read: StatementRows, mapRow: (row: ResultRow) => T, subject: string): Probe<T> {
  const mapped = mapRows(read.rows, mapRow, subject);
  if (!mapped.ok) return mapped;
  const [first] = mapped.value;
  return first === undefined
    ? probeFailure(`Reading ${subject} gave no row, where a count was expected.`)
    : { ok: true, value: first };
}

/** Query 8: the custom entity fields the customfield table lists (bounded). */
export function readCustomFields(runner: SuiteQLRunner): Probe<BoundedList<ListedCustomField>> {
  const statement = customFieldsStatement();
  const result = runner.run(statement);
  return result.ok
    ? boundedList(result.value, mapRows(result.value.rows, mapCustomFieldRow, statement.subject))
    : result;
}

/** Query 9: the customer statuses (bounded). */
export function readCustomerStatuses(runner: SuiteQLRunner): Probe<BoundedList<ListedCustomerStatus>> {
  const statement = customerStatusesStatement();
  const result = runner.run(statement);
  return result.ok
    ? boundedList(result.value, mapRows(result.value.rows, mapCustomerStatusRow, statement.subject))
    : result;
}

/** Query 10: active customer records by stage; a cut list would undercount, so it fails instead. */
export function readCustomerCounts(runner: SuiteQLRunner): Probe<readonly StageCountFact[]> {
  const statement = customerCountsStatement();
  const result = runner.run(statement);
  if (!result.ok) return result;
  if (result.value.truncated)
    return probeFailure(`Reading ${statement.subject} gave more stages than the ${statement.maxRows} read.`);
  return mapRows(result.value.rows, mapStageCountRow, statement.subject);
}

/** Query 11: active contacts. */
export function readContactCounts(runner: SuiteQLRunner): Probe<ContactCountFact> {
  const statement = contactCountsStatement();
  const result = runner.run(statement);
  return result.ok ? singleRow(result.value, mapContactCountRow, statement.subject) : result;
}

/** Queries 12 and 13: addresses shared among active records of one table. */
export function readSharedEmails(runner: SuiteQLRunner, table: 'customer' | 'contact'): Probe<SharedEmailFact> {
  const statement = sharedEmailsStatement(table);
  const result = runner.run(statement);
  return result.ok ? singleRow(result.value, mapSharedEmailRow, statement.subject) : result;
}
