/**
 * The Act-On data facts of a ready account, for canned reports and test snapshots: an Act-On
 * score field on leads and contacts, an active Lead status a new lead offers, no mandatory custom
 * field, and good email coverage (counts only).
 */
import type { DataFacts, FieldOnNewRecord, Probe } from '../../src/core/snapshot';

function ok<T>(value: T): Probe<T> {
  return { ok: true, value };
}

const SCORE_FIELD: FieldOnNewRecord = { type: 'integer', label: 'Act-On Score', mandatory: false, readOnly: false };

/** A ready account's data facts: `custentity_acton_score` on both records, status 6 Lead-Qualified active. */
export function readyDataFacts(): DataFacts {
  return {
    scoreFieldIds: [],
    customFields: {
      listing: ok({ complete: true }),
      newRecords: { lead: ok({ customFieldCount: 1 }), contact: ok({ customFieldCount: 1 }) },
      fields: [
        {
          scriptId: 'custentity_acton_score',
          label: 'Act-On Score',
          valueType: 'INTEGER',
          namedAsScoreField: false,
          onNewRecord: { lead: ok(SCORE_FIELD), contact: ok(SCORE_FIELD) },
        },
      ],
    },
    customerStatuses: {
      statuses: ok({
        rows: [
          { id: 6, name: 'Lead-Qualified', entityType: 'CUSTOMER', stage: 'LEAD', inactive: false },
          { id: 13, name: 'Closed Won', entityType: 'CUSTOMER', stage: null, inactive: false },
        ],
        complete: true,
      }),
      offeredOnNewLead: ok([6]),
    },
    customers: ok([
      { stage: 'Customer', total: 40, withoutEmail: 1, withoutActiveSalesRep: 2 },
      { stage: 'Lead', total: 25, withoutEmail: 1, withoutActiveSalesRep: 0 },
      { stage: 'Prospect', total: 10, withoutEmail: 0, withoutActiveSalesRep: 1 },
    ]),
    contacts: ok({ total: 60, withoutEmail: 3 }),
    sharedEmails: { customers: ok({ addresses: 0, records: 0 }), contacts: ok({ addresses: 1, records: 2 }) },
  };
}
