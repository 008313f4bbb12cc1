/**
 * Looks up the watch's sender and employee recipients before sending (one statement, 10 units):
 * whether each exists, is active and has an address. Never throws.
 */
import type { EmailEmployee } from '../../core/watch/emailPlan';
import type { Probe } from '../../core/snapshot';
import { mapRows } from '../rowMappers';
import { placeholders, type BoundedStatement } from '../queries';
import { readFlag, readInteger, readOptionalText } from '../rowValues';
import { probeValue } from '../probes';
import { SuiteQLRunner } from '../suiteql';

/** The statement: employees by id, with their inactive flag and address. */
export function emailEmployeesStatement(ids: readonly number[]): BoundedStatement {
  return {
    subject: 'the employee table (email sender and recipients)',
    sql: `SELECT e.id, e.isinactive, e.email FROM employee e WHERE e.id IN (${placeholders(ids.length)}) ORDER BY e.id`,
    params: [...ids],
    maxRows: 20,
  };
}

/** The employees among `ids` (ids no employee has are simply absent); no statement for no ids. */
export function readEmailEmployees(ids: readonly number[]): Probe<readonly EmailEmployee[]> {
  if (ids.length === 0) return probeValue([]);
  const statement = emailEmployeesStatement(ids);
  const result = new SuiteQLRunner().run(statement);
  if (!result.ok) return result;
  return mapRows(
    result.value.rows,
    (row) => ({
      id: readInteger(row, 'id'),
      inactive: readFlag(row, 'isinactive'),
      email: readOptionalText(row, 'email'),
    }),
    statement.subject,
  );
}
