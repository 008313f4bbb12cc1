/**
 * The SuiteQL statements of the Act-On data checks: custom entity fields, customer statuses, and
 * counts of active leads and contacts. Each count is one COUNT/GROUP BY statement whose rows do
 * not grow with the account (at most one per stage, or one row), so the cost stays flat however
 * many records it holds. No statement reads an email address or a name of a person: emails are
 * only counted, compared in upper case inside the statement.
 *
 * The shared subset of ./queries applies: lower-case aliases, `?` parameters, no BUILTIN.DF (these
 * statements group), and an ORDER BY that is unique (paging asks for one, even of a single row). The columns are listed with their sources in
 * docs/netsuite-facts.md, sections 22 and 23.
 */
import type { BoundedStatement } from '../queries';

/** Most rows read per statement. */
export const DATA_ROW_BOUNDS = {
  customFields: 200,
  customerStatuses: 200,
  /** One row per stage: Lead, Prospect, Customer, and room for values no source names. */
  customerStages: 20,
  /** One row: the counts. */
  counts: 5,
} as const;

/** Script ids of custom entity fields start so (compared upper-cased: NetSuite's case is not documented). */
export const CUSTOM_ENTITY_FIELD_PREFIX = 'CUSTENTITY';

/** Statuses of projects share the `entitystatus` table (Oracle's SDK guide, SuiteQL pitfall 13). */
export const PROJECT_STATUS_ENTITY_TYPE = 'JOB';

/** Query 8: the custom entity fields, by script id, with their label and value type. */
export const CUSTOM_FIELDS_SQL = `SELECT cf.scriptid AS script_id, cf.name AS label, cf.fieldvaluetype AS value_type
FROM customfield cf
WHERE UPPER(cf.scriptid) LIKE ?
ORDER BY cf.scriptid`;

/** Query 9: the customer statuses (project statuses left out), by key. */
export const CUSTOMER_STATUSES_SQL = `SELECT s.key AS status_id, s.name, s.entitytype AS entity_type, s.inactive
FROM entitystatus s
WHERE s.entitytype IS NULL OR s.entitytype <> ?
ORDER BY s.key`;

/**
 * Query 10: active customer records by stage: how many, how many without an email, and how many
 * without an active sales rep (none, or an employee who is inactive). The LEFT JOIN keeps only
 * active reps, so `COUNT(r.id)` counts records whose rep is active.
 */
export const CUSTOMER_COUNTS_SQL = `SELECT c.searchstage AS stage, COUNT(*) AS total, COUNT(c.email) AS with_email, COUNT(r.id) AS with_active_rep
FROM customer c
LEFT JOIN employee r ON r.id = c.salesrep AND r.isinactive = 'F'
WHERE c.isinactive = 'F'
GROUP BY c.searchstage
ORDER BY c.searchstage`;

/** Query 11: active contacts, and how many of them have an email. */
export const CONTACT_COUNTS_SQL = `SELECT COUNT(*) AS total, COUNT(k.email) AS with_email
FROM contact k
WHERE k.isinactive = 'F'
ORDER BY total`;

/** Queries 12 and 13: how many addresses two or more active records of a table share, and how many records hold them. */
export function sharedEmailsSql(table: 'customer' | 'contact'): string {
  return `SELECT COUNT(*) AS addresses, SUM(d.holders) AS holders
FROM (SELECT UPPER(e.email) AS email_key, COUNT(*) AS holders
  FROM ${table} e
  WHERE e.isinactive = 'F' AND e.email IS NOT NULL
  GROUP BY UPPER(e.email)
  HAVING COUNT(*) > 1) d
ORDER BY addresses`;
}

/** Statement for query 8. */
export function customFieldsStatement(): BoundedStatement {
  return {
    subject: 'the customfield table',
    sql: CUSTOM_FIELDS_SQL,
    params: [`${CUSTOM_ENTITY_FIELD_PREFIX}%`],
    maxRows: DATA_ROW_BOUNDS.customFields,
  };
}

/** Statement for query 9. */
export function customerStatusesStatement(): BoundedStatement {
  return {
    subject: 'the entitystatus table',
    sql: CUSTOMER_STATUSES_SQL,
    params: [PROJECT_STATUS_ENTITY_TYPE],
    maxRows: DATA_ROW_BOUNDS.customerStatuses,
  };
}

/** Statement for query 10. */
export function customerCountsStatement(): BoundedStatement {
  return {
    subject: 'the customer table (counts by stage)',
    sql: CUSTOMER_COUNTS_SQL,
    params: [],
    maxRows: DATA_ROW_BOUNDS.customerStages,
  };
}

/** Statement for query 11. */
export function contactCountsStatement(): BoundedStatement {
  return {
    subject: 'the contact table (counts)',
    sql: CONTACT_COUNTS_SQL,
    params: [],
    maxRows: DATA_ROW_BOUNDS.counts,
  };
}

/** Statements for queries 12 (customer) and 13 (contact). */
export function sharedEmailsStatement(table: 'customer' | 'contact'): BoundedStatement {
  return {
    subject: `the ${table} table (shared email addresses)`,
    sql: sharedEmailsSql(table),
    params: [],
    maxRows: DATA_ROW_BOUNDS.counts,
  };
}
