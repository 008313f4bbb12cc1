/**
 * Reads the Act-On data facts: 6 SuiteQL statements (60 units) and 2 new, unsaved records
 * (a lead and a contact, 10 units), whatever the account's size: every count is one COUNT or
 * GROUP BY statement. Never throws; each part that cannot be read is a failed probe.
 */
import type {
  CustomEntityFieldFact,
  CustomerStatusFact,
  DataFacts,
  FieldOnNewRecord,
  NewRecordType,
  Probe,
} from '../../core/snapshot';
import { NEW_RECORD_TYPES } from '../../core/snapshot';
import { mapProbe } from '../../core/probes';
import type { SuiteQLRunner } from '../suiteql';
import {
  readContactCounts,
  readCustomerCounts,
  readCustomerStatuses,
  readCustomFields,
  readSharedEmails,
  type ListedCustomField,
} from './dataTables';
import { openNewRecord, type NewRecordApi, type NewRecordView } from './newRecords';

/** SuiteQL statements {@link readDataFacts} runs. */
export const DATA_STATEMENTS = 6;

/** New, unsaved records {@link readDataFacts} opens. */
export const DATA_NEW_RECORDS = NEW_RECORD_TYPES.length;

/** Most custom fields kept in the snapshot. */
export const MAX_CUSTOM_FIELDS = 300;

type Views = Readonly<Record<NewRecordType, Probe<NewRecordView>>>;

/** Field ids in order: the score fields given first, then the listed ones, then those only the records show. */
function fieldIdsToRead(
  scoreFieldIds: readonly string[],
  listed: readonly ListedCustomField[],
  views: Views,
): string[] {
  const fromRecords = NEW_RECORD_TYPES.flatMap((type) => {
    const view = views[type];
    return view.ok ? view.value.customFieldIds : [];
  });
  const ids = new Set<string>(scoreFieldIds);
  for (const field of listed) ids.add(field.scriptId);
  for (const id of [...fromRecords].sort()) ids.add(id);
  return [...ids].slice(0, Math.max(MAX_CUSTOM_FIELDS, scoreFieldIds.length));
}

function onNewRecords(fieldId: string, views: Views): Record<NewRecordType, Probe<FieldOnNewRecord | null>> {
  const result = {} as Record<NewRecordType, Probe<FieldOnNewRecord | null>>;
  for (const type of NEW_RECORD_TYPES) {
    const view = views[type];
    result[type] = view.ok ? view.value.field(fieldId) : view;
  }
  return result;
}

/** The customer statuses with their stage where a new lead tells it. */
function customerStatuses(runner: SuiteQLRunner, lead: Probe<NewRecordView>): DataFacts['customerStatuses'] {
  const listed = readCustomerStatuses(runner);
  const offeredOnNewLead: Probe<readonly number[] | null> = lead.ok ? lead.value.selectOptionIds('entitystatus') : lead;
  const offered = new Set(offeredOnNewLead.ok ? (offeredOnNewLead.value ?? []) : []);
  const statuses = mapProbe(listed, (list) => ({
    complete: list.complete,
    rows: list.rows.map((status): CustomerStatusFact => ({ ...status, stage: offered.has(status.id) ? 'LEAD' : null })),
  }));
  return { statuses, offeredOnNewLead };
}

/**
 * Reads every data fact.
 * @param scoreFieldIds the score fields the audit was given (lower case), read whether listed or not
 * @param api N/record's `create`, replaced in tests
 */
export function readDataFacts(runner: SuiteQLRunner, scoreFieldIds: readonly string[], api?: NewRecordApi): DataFacts {
  const listing = readCustomFields(runner);
  const views: Views = { lead: openNewRecord(runner, 'lead', api), contact: openNewRecord(runner, 'contact', api) };
  const listed = listing.ok ? listing.value.rows : [];
  const byId = new Map(listed.map((field) => [field.scriptId, field]));
  const score = new Set(scoreFieldIds);
  const fields = fieldIdsToRead(scoreFieldIds, listed, views).map((scriptId): CustomEntityFieldFact => {
    const row = byId.get(scriptId);
    return {
      scriptId,
      label: row?.label ?? null,
      valueType: row?.valueType ?? null,
      namedAsScoreField: score.has(scriptId),
      onNewRecord: onNewRecords(scriptId, views),
    };
  });
  const newRecords = {} as Record<NewRecordType, Probe<{ readonly customFieldCount: number }>>;
  for (const type of NEW_RECORD_TYPES) {
    newRecords[type] = mapProbe(views[type], (view) => ({ customFieldCount: view.customFieldIds.length }));
  }
  return {
    scoreFieldIds: [...scoreFieldIds],
    customFields: {
      listing: mapProbe(listing, (list) => ({ complete: list.complete })),
      newRecords,
      fields,
    },
    customerStatuses: customerStatuses(runner, views.lead),
    customers: readCustomerCounts(runner),
    contacts: readContactCounts(runner),
    sharedEmails: {
      customers: readSharedEmails(runner, 'customer'),
      contacts: readSharedEmails(runner, 'contact'),
    },
  };
}
