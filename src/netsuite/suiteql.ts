/**
 * The boundary around N/query: runs one bounded SuiteQL statement, reads only its first
 * page(s), and turns anything NetSuite throws into a failed probe. Never rethrows.
 */
import * as query from 'N/query';
import type { QueryResultMap } from 'N/query';
import type { Probe, StatementDiagnostic } from '../core/snapshot';
import { describeThrown, probeFailureFromThrown, probeValue } from './probes';
import type { BoundedStatement } from './queries';

/** NetSuite's page size limits for paged SuiteQL. */
const MIN_PAGE_SIZE = 5;
const MAX_PAGE_SIZE = 1000;

/** A result row keyed by the statement's lower-case column aliases. */
export type SuiteQLRow = Readonly<QueryResultMap>;

/** The rows read for one statement. */
export interface StatementRows {
  readonly rows: readonly SuiteQLRow[];
  /** True when the account holds more rows than were read (see {@link holdsMoreRows}). */
  readonly truncated: boolean;
}

/** The page size for a row bound, within NetSuite's limits. */
export function pageSizeFor(maxRows: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, Math.floor(maxRows)));
}

/**
 * Runs statements, counts them and keeps a diagnostic of each (and of each one skipped); each
 * run costs 10 governance units (page fetches cost none).
 */
export class SuiteQLRunner {
  private statementsRun = 0;
  private readonly diagnostics: StatementDiagnostic[] = [];

  /** How many statements were sent to NetSuite, failed ones included. */
  get statementCount(): number {
    return this.statementsRun;
  }

  /** What every statement run or skipped did, in order. */
  get probes(): readonly StatementDiagnostic[] {
    return [...this.diagnostics];
  }

  /** Runs `statement` and reads at most `statement.maxRows` rows from its first page(s). */
  run(statement: BoundedStatement): Probe<StatementRows> {
    this.statementsRun += 1;
    const base = { subject: statement.subject, statement: statement.sql };
    try {
      const pagedData = query.runSuiteQLPaged({
        query: statement.sql,
        params: statement.params,
        pageSize: pageSizeFor(statement.maxRows),
      });
      const read = readFirstPages(pagedData, statement.maxRows);
      this.diagnostics.push({ ...base, outcome: 'ok', rows: read.rows.length, bounded: read.truncated, error: null });
      return probeValue(read);
    } catch (thrown) {
      const { code, message } = describeThrown(thrown);
      this.diagnostics.push({
        ...base,
        outcome: 'failed',
        rows: 0,
        bounded: false,
        error: { code: code ?? null, message },
      });
      return probeFailureFromThrown(`Reading ${statement.subject}`, thrown);
    }
  }

  /**
   * Records what a read other than a statement did (a new, unsaved record): it shows in the
   * diagnostics but is not counted as a statement.
   */
  note(diagnostic: StatementDiagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  /** Records that `statement` was not sent, and why (nothing is charged). */
  skip(statement: Pick<BoundedStatement, 'subject' | 'sql'>, reason: string): void {
    this.diagnostics.push({
      subject: statement.subject,
      statement: statement.sql,
      outcome: 'skipped',
      reason,
      rows: 0,
      bounded: false,
      error: null,
    });
  }
}

/** Fetches pages in order until `maxRows` rows are in hand or the pages run out. */
function readFirstPages(pagedData: query.PagedData, maxRows: number): StatementRows {
  const pageCount = pagedData.pageRanges.length;
  const rows: SuiteQLRow[] = [];
  let pagesRead = 0;
  while (pagesRead < pageCount && rows.length < maxRows) {
    const page = pagedData.fetch({ index: pagesRead });
    rows.push(...page.data.asMappedResults());
    pagesRead += 1;
  }
  const kept = rows.slice(0, maxRows);
  return {
    rows: kept,
    truncated: holdsMoreRows(pagedData.count, pagesRead < pageCount || rows.length > kept.length, kept.length, maxRows),
  };
}

/**
 * Whether the account holds more rows than the `kept` ones. Unread pages or fetched rows beyond
 * the bound prove it. Otherwise PagedData.count, NetSuite's total for the statement, decides:
 * a result of exactly `maxRows` rows is complete when the count says so. Only when the count is
 * not a usable number (or says fewer rows than were read) does a result that fills its bound count
 * as cut, the reading that never overstates a total.
 */
function holdsMoreRows(count: unknown, rowsLeftUnread: boolean, kept: number, maxRows: number): boolean {
  if (rowsLeftUnread) return true;
  if (isRowCountOf(count, kept)) return count > kept;
  return kept >= maxRows;
}

/** Whether NetSuite's count is a usable total for `kept` rows read: a whole number, not below them. */
function isRowCountOf(count: unknown, kept: number): count is number {
  return Number.isInteger(count) && Number(count) >= kept;
}
