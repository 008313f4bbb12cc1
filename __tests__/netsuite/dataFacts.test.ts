jest.mock('N/query');
jest.mock('N/runtime');
jest.mock('N/record');

import * as record from 'N/record';
import type { Probe } from '../../src/core/snapshot';
import { readDataFacts } from '../../src/netsuite/dataReads/dataFacts';
import type { NewRecordApi } from '../../src/netsuite/dataReads/newRecords';
import { SuiteQLRunner } from '../../src/netsuite/suiteql';
import type { NamedTableRows } from '../../tools/emulator/database/namedRows';
import { setupFor } from './support/accounts';
import { installFakeNetSuite, type FakeNetSuite, type FakeNetSuiteSetup } from './support/fakeNetSuite';

const installed: FakeNetSuite[] = [];

afterEach(() => {
  for (const netsuite of installed.splice(0)) netsuite.close();
  jest.resetAllMocks();
});

interface FieldSpec {
  readonly type: string;
  readonly label: string;
  readonly isMandatory: boolean;
  readonly isReadOnly: boolean;
  readonly options?: readonly { value: number | string; text: string }[] | null;
}

/** N/record's create, recording what it was asked; each record type carries the given fields. */
function recordApi(fieldsByType: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>>, failing?: Error) {
  const created: { type: string; isDynamic: boolean }[] = [];
  const api: NewRecordApi = {
    create(options) {
      created.push(options);
      if (failing !== undefined) throw failing;
      const fields = fieldsByType[options.type] ?? {};
      return {
        getFields: () => Object.keys(fields),
        getField: ({ fieldId }: { fieldId: string }) => {
          const spec = fields[fieldId];
          return spec === undefined ? null : { ...spec, id: fieldId, getSelectOptions: () => spec.options ?? [] };
        },
        save: () => {
          throw new Error('the audit saved a record');
        },
      } as unknown as record.Record;
    },
  };
  return { api, created };
}

const SCORE: FieldSpec = { type: 'integer', label: 'Act-On Score', isMandatory: false, isReadOnly: false };
const REGION: FieldSpec = { type: 'select', label: 'Sales Region', isMandatory: true, isReadOnly: false };
const STATUS: FieldSpec = {
  type: 'select',
  label: 'Status',
  isMandatory: true,
  isReadOnly: false,
  options: [{ value: '6', text: 'Lead-Qualified' }],
};

/** A ready account's tables: a score field, Lead and Customer statuses, leads and contacts. */
function readyTables(): NamedTableRows {
  return {
    employee: [
      { id: 7, entityid: 'Ada Admin', isinactive: 'F', giveaccess: 'T', rolesforsearch: '3' },
      { id: 30, entityid: 'Former Rep', isinactive: 'T', giveaccess: 'F', rolesforsearch: null },
    ],
    customfield: [
      {
        internalid: 1,
        scriptid: 'CUSTENTITY_ACTON_SCORE',
        name: 'Act-On Score',
        fieldtype: 'ENTITY',
        fieldvaluetype: 'INTEGER',
      },
      {
        internalid: 2,
        scriptid: 'CUSTBODY_OTHER',
        name: 'Not an entity field',
        fieldtype: 'BODY',
        fieldvaluetype: 'TEXT',
      },
    ],
    entitystatus: [
      { key: 6, name: 'Lead-Qualified', entitytype: 'CUSTOMER', inactive: 'F' },
      { key: 8, name: 'Lead-Recycled', entitytype: 'CUSTOMER', inactive: 'T' },
      { key: 13, name: 'Closed Won', entitytype: 'CUSTOMER', inactive: 'F' },
      { key: 40, name: 'In Progress', entitytype: 'JOB', inactive: 'F' },
    ],
    customer: [
      { id: 601, searchstage: 'Lead', entitystatus: 6, email: 'one@example.com', isinactive: 'F', salesrep: 7 },
      { id: 602, searchstage: 'Lead', entitystatus: 6, email: null, isinactive: 'F', salesrep: 30 },
      { id: 603, searchstage: 'Lead', entitystatus: 6, email: 'ONE@example.com', isinactive: 'F', salesrep: null },
      { id: 604, searchstage: 'Customer', entitystatus: 13, email: 'c@example.com', isinactive: 'F', salesrep: 7 },
      { id: 605, searchstage: 'Lead', entitystatus: 6, email: null, isinactive: 'T', salesrep: null },
    ],
    contact: [
      { id: 501, email: 'a@example.com', isinactive: 'F', company: 601 },
      { id: 502, email: null, isinactive: 'F', company: 601 },
      { id: 503, email: 'a@example.com', isinactive: 'F', company: null },
      { id: 504, email: null, isinactive: 'T', company: null },
    ],
  };
}

const READY_RECORDS = {
  lead: { custentity_acton_score: SCORE, entitystatus: STATUS },
  contact: { custentity_acton_score: SCORE },
};

async function read(
  tables: NamedTableRows,
  records: ReturnType<typeof recordApi> = recordApi(READY_RECORDS),
  scoreFieldIds: readonly string[] = [],
  overrides: Partial<FakeNetSuiteSetup> = {},
) {
  const netsuite = await installFakeNetSuite(setupFor(tables, overrides));
  installed.push(netsuite);
  const runner = new SuiteQLRunner();
  const data = readDataFacts(runner, scoreFieldIds, records.api);
  return { data, runner, netsuite, created: records.created };
}

function valueOf<T>(probe: Probe<T>): T {
  if (!probe.ok) throw new Error(`expected a readable probe, got ${JSON.stringify(probe)}`);
  return probe.value;
}

describe('readDataFacts in an account ready for Act-On', () => {
  it('finds the score field in the customfield table and on a new lead and contact, as the viewer sees it', async () => {
    const { data } = await read(readyTables());

    expect(data.customFields.fields).toEqual([
      {
        scriptId: 'custentity_acton_score',
        label: 'Act-On Score',
        valueType: 'INTEGER',
        namedAsScoreField: false,
        onNewRecord: {
          lead: { ok: true, value: { type: 'integer', label: 'Act-On Score', mandatory: false, readOnly: false } },
          contact: { ok: true, value: { type: 'integer', label: 'Act-On Score', mandatory: false, readOnly: false } },
        },
      },
    ]);
    expect(valueOf(data.customFields.listing)).toEqual({ complete: true });
  });

  it('opens one new dynamic lead and one new contact, and saves neither', async () => {
    const { created, runner } = await read(readyTables());

    expect(created).toEqual([
      { type: 'lead', isDynamic: true },
      { type: 'contact', isDynamic: true },
    ]);
    expect(runner.probes.filter((probe) => probe.subject.includes('unsaved')).map((probe) => probe.outcome)).toEqual([
      'ok',
      'ok',
    ]);
  });

  it('lists the customer statuses without project statuses, and marks Lead those a new lead offers', async () => {
    const { data } = await read(readyTables());

    expect(valueOf(data.customerStatuses.statuses).rows).toEqual([
      { id: 6, name: 'Lead-Qualified', entityType: 'CUSTOMER', stage: 'LEAD', inactive: false },
      { id: 8, name: 'Lead-Recycled', entityType: 'CUSTOMER', stage: null, inactive: true },
      { id: 13, name: 'Closed Won', entityType: 'CUSTOMER', stage: null, inactive: false },
    ]);
    expect(valueOf(data.customerStatuses.offeredOnNewLead)).toEqual([6]);
  });

  it('counts active leads by stage, without an email and without an active sales rep', async () => {
    const { data } = await read(readyTables());

    expect(valueOf(data.customers)).toEqual([
      { stage: 'Customer', total: 1, withoutEmail: 0, withoutActiveSalesRep: 0 },
      { stage: 'Lead', total: 3, withoutEmail: 1, withoutActiveSalesRep: 2 },
    ]);
    expect(valueOf(data.contacts)).toEqual({ total: 3, withoutEmail: 1 });
  });

  it('counts addresses shared by active records, ignoring case, and never reads an address', async () => {
    const { data, netsuite } = await read(readyTables());

    expect(valueOf(data.sharedEmails.customers)).toEqual({ addresses: 1, records: 2 });
    expect(valueOf(data.sharedEmails.contacts)).toEqual({ addresses: 1, records: 2 });
    const answers = JSON.stringify(netsuite.statements);
    expect(answers).not.toContain('example.com');
  });

  it('runs six statements whatever the account holds, each a count or a bounded list', async () => {
    const { runner } = await read(readyTables());

    expect(runner.statementCount).toBe(6);
  });
});

describe('readDataFacts given score fields', () => {
  it('reads a named field the customfield table does not list, from the new records', async () => {
    const { data } = await read(readyTables(), recordApi({ lead: { custentity_score2: SCORE }, contact: {} }), [
      'custentity_score2',
    ]);

    const named = data.customFields.fields.find((field) => field.scriptId === 'custentity_score2');
    expect(named).toMatchObject({ label: null, namedAsScoreField: true });
    expect(valueOf(named!.onNewRecord.lead)).toMatchObject({ type: 'integer' });
    expect(valueOf(named!.onNewRecord.contact)).toBeNull();
    expect(data.scoreFieldIds).toEqual(['custentity_score2']);
  });
});

describe('readDataFacts in an account with a mandatory custom field', () => {
  it('reads it as mandatory on the records it applies to', async () => {
    const { data } = await read(
      readyTables(),
      recordApi({ lead: { ...READY_RECORDS.lead, custentity_region: REGION }, contact: { custentity_region: REGION } }),
    );

    const region = data.customFields.fields.find((field) => field.scriptId === 'custentity_region');
    expect(valueOf(region!.onNewRecord.lead)).toMatchObject({ mandatory: true });
    expect(valueOf(region!.onNewRecord.contact)).toMatchObject({ mandatory: true });
  });
});

describe('readDataFacts where reads are refused', () => {
  it.each(['customfield', 'entitystatus', 'customer', 'contact'] as const)(
    "an unreadable %s table fails only its own facts, with NetSuite's code",
    async (table) => {
      const { data } = await read(readyTables(), recordApi(READY_RECORDS), [], {
        unreadableTables: { [table]: { name: 'INVALID_SEARCH_TYPE', message: 'Invalid search type' } },
      });

      const failed: Probe<unknown>[] = {
        customfield: [data.customFields.listing],
        entitystatus: [data.customerStatuses.statuses],
        customer: [data.customers, data.sharedEmails.customers],
        contact: [data.contacts, data.sharedEmails.contacts],
      }[table];
      for (const probe of failed) expect(probe).toMatchObject({ ok: false, code: 'INVALID_SEARCH_TYPE' });
      const readable: Probe<unknown>[] = [
        data.customFields.listing,
        data.customerStatuses.statuses,
        data.customers,
        data.contacts,
        data.sharedEmails.customers,
        data.sharedEmails.contacts,
      ].filter((probe) => !failed.includes(probe));
      for (const probe of readable) expect(probe.ok).toBe(true);
    },
  );

  it('a refused record.create fails the field metadata with the reason, and still lists the fields', async () => {
    const refusal = Object.assign(new Error('You do not have permission'), { name: 'INSUFFICIENT_PERMISSION' });
    const { data, runner } = await read(readyTables(), recordApi({}, refusal));

    expect(data.customFields.fields.map((field) => field.scriptId)).toEqual(['custentity_acton_score']);
    expect(data.customFields.fields[0]?.onNewRecord.lead).toMatchObject({ ok: false, code: 'INSUFFICIENT_PERMISSION' });
    expect(data.customFields.newRecords.contact).toMatchObject({ ok: false });
    expect(data.customerStatuses.offeredOnNewLead).toMatchObject({ ok: false });
    expect(valueOf(data.customerStatuses.statuses).rows.every((status) => status.stage === null)).toBe(true);
    expect(runner.probes.filter((probe) => probe.outcome === 'failed')).toHaveLength(2);
  });

  it('a field whose flags are not true or false is a failed probe, never a guess', async () => {
    const odd = { ...SCORE, isMandatory: 'T' as unknown as boolean };
    const { data } = await read(readyTables(), recordApi({ lead: { custentity_acton_score: odd }, contact: {} }));

    expect(data.customFields.fields[0]?.onNewRecord.lead).toMatchObject({ ok: false });
  });
});

describe('readDataFacts at the N/record boundary', () => {
  it('asks N/record for new dynamic lead and contact records, and nothing else', async () => {
    const netsuite = await installFakeNetSuite(setupFor(readyTables()));
    installed.push(netsuite);
    const { api } = recordApi(READY_RECORDS);
    jest
      .mocked(record.create)
      .mockImplementation((options) => api.create(options as { type: string; isDynamic: boolean }));

    const data = readDataFacts(new SuiteQLRunner(), []);

    expect(jest.mocked(record.create).mock.calls).toEqual([
      [{ type: 'lead', isDynamic: true }],
      [{ type: 'contact', isDynamic: true }],
    ]);
    expect(valueOf(data.customFields.newRecords.lead)).toEqual({ customFieldCount: 1 });
    expect(jest.mocked(record.load)).not.toHaveBeenCalled();
    expect(jest.mocked(record.submitFields)).not.toHaveBeenCalled();
  });
});
