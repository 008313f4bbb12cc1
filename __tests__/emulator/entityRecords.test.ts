/**
 * The emulated account's Act-On data: the customfield, customer and contact tables, customer
 * statuses in entitystatus, and new lead, prospect, customer and contact records whose fields
 * carry the scenario's mandatory and read-only flags, never saved.
 */
import { createAccount, type EmulatedAccount } from '../../tools/emulator';
import { createRecordModule } from '../../tools/emulator/modules/recordModule';
import { createSearchModule } from '../../tools/emulator/modules/searchModule';
import { normaliseScenario } from '../../tools/emulator/scenario/scenarioDefaults';
import type { ScenarioDocument } from '../../tools/emulator/scenario/scenarioSemantics';
import { executionFor } from './fixtures/executions';
import { readyAdministratorAccount } from './fixtures/scenarioDocuments';

interface FieldView {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly isMandatory: boolean;
  readonly isReadOnly: boolean;
  getSelectOptions(): { value: number; text: string }[];
}
interface RecordView {
  getFields(): string[];
  getField(options: { fieldId: string }): FieldView | null;
  save(): number;
}
interface RecordModule {
  create(options: { type: string; isDynamic?: boolean }): RecordView;
}

/** An account ready for Act-On, with a mandatory region field on contacts only and a read-only score on leads. */
function dataAccount(extra: Partial<ScenarioDocument> = {}): ScenarioDocument {
  return {
    ...(readyAdministratorAccount() as unknown as ScenarioDocument),
    customFields: [
      {
        scriptId: 'custentity_acton_score',
        label: 'Act-On Score',
        type: 'INTEGER',
        appliesTo: ['lead', 'prospect', 'customer', 'contact'],
      },
      { scriptId: 'custentity_region', label: 'Region', type: 'SELECT', appliesTo: ['contact'], mandatory: true },
      { scriptId: 'custentity_locked', label: 'Locked', type: 'FREEFORMTEXT', appliesTo: ['lead'], readOnly: true },
    ],
    customerStatuses: [
      { id: 6, name: 'Lead-Qualified', stage: 'LEAD' },
      { id: 8, name: 'Lead-Recycled', stage: 'LEAD', inactive: true },
      { id: 10, name: 'Prospect-In Discussion', stage: 'PROSPECT' },
      { id: 13, name: 'Closed Won', stage: 'CUSTOMER' },
    ],
    customers: [
      { id: 601, stage: 'LEAD', email: 'lead@example.com', salesRep: 7 },
      { id: 602, stage: 'PROSPECT' },
      { id: 603, stage: 'CUSTOMER', email: 'c@example.com', inactive: true },
    ],
    contacts: [
      { id: 501, email: 'a@example.com', company: 601 },
      { id: 502, company: 602 },
    ],
    ...extra,
  };
}

const accounts: EmulatedAccount[] = [];

afterEach(() => {
  for (const account of accounts.splice(0)) account.close();
});

async function open(document: ScenarioDocument) {
  const account = await createAccount(normaliseScenario(document));
  accounts.push(account);
  const execution = executionFor(account);
  return {
    account,
    execution,
    record: createRecordModule(execution) as RecordModule,
    search: createSearchModule(execution) as { create(options: { type: string }): unknown },
  };
}

describe('the emulated account with Act-On data', () => {
  it('holds custom entity fields in customfield, script ids upper-cased, with no applies-to column', async () => {
    const { account } = await open(dataAccount());

    expect(
      account.database.query(
        'SELECT cf.scriptid, cf.name, cf.fieldvaluetype FROM customfield cf ORDER BY cf.scriptid',
        [],
      ),
    ).toEqual({
      columns: ['scriptid', 'name', 'fieldvaluetype'],
      rows: [
        ['CUSTENTITY_ACTON_SCORE', 'Act-On Score', 'INTEGER'],
        ['CUSTENTITY_LOCKED', 'Locked', 'FREEFORMTEXT'],
        ['CUSTENTITY_REGION', 'Region', 'SELECT'],
      ],
    });
    expect(() =>
      account.database.query('SELECT cf.appliestocontact FROM customfield cf ORDER BY cf.scriptid', []),
    ).toThrow(/Unknown identifier|no such column/i);
  });

  it('holds leads, prospects and customers in customer by searchstage, and contacts in contact', async () => {
    const { account } = await open(dataAccount());

    expect(
      account.database.query(
        'SELECT c.id, c.searchstage, c.email, c.isinactive, c.salesrep FROM customer c ORDER BY c.id',
        [],
      ).rows,
    ).toEqual([
      [601, 'Lead', 'lead@example.com', 'F', 7],
      [602, 'Prospect', null, 'F', null],
      [603, 'Customer', 'c@example.com', 'T', null],
    ]);
    expect(account.database.query('SELECT k.id, k.email, k.company FROM contact k ORDER BY k.id', []).rows).toEqual([
      [501, 'a@example.com', 601],
      [502, null, 602],
    ]);
  });

  it('holds an account without data keys as one with no fields, statuses or records', async () => {
    const { account } = await open(readyAdministratorAccount() as unknown as ScenarioDocument);

    for (const table of ['customfield cf', 'entitystatus s', 'customer c', 'contact k']) {
      expect(account.database.query(`SELECT COUNT(*) AS n FROM ${table} ORDER BY n`, []).rows).toEqual([[0]]);
    }
  });
});

describe('a new, unsaved record in the emulator', () => {
  it('costs 5 units and lists the custom fields that apply to its type', async () => {
    const { record, execution } = await open(dataAccount());

    const lead = record.create({ type: 'lead', isDynamic: true });
    const contact = record.create({ type: 'contact', isDynamic: true });

    expect(execution.meter.used).toBe(10);
    expect(lead.getFields().filter((id) => id.startsWith('custentity'))).toEqual([
      'custentity_acton_score',
      'custentity_locked',
    ]);
    expect(contact.getFields().filter((id) => id.startsWith('custentity'))).toEqual([
      'custentity_acton_score',
      'custentity_region',
    ]);
  });

  it('gives each field its type, label, and the scenario mandatory and read-only flags', async () => {
    const { record } = await open(dataAccount());
    const lead = record.create({ type: 'lead', isDynamic: true });
    const contact = record.create({ type: 'contact', isDynamic: true });

    expect(lead.getField({ fieldId: 'custentity_acton_score' })).toMatchObject({
      type: 'integer',
      label: 'Act-On Score',
      isMandatory: false,
      isReadOnly: false,
    });
    expect(lead.getField({ fieldId: 'custentity_locked' })).toMatchObject({ type: 'text', isReadOnly: true });
    expect(contact.getField({ fieldId: 'custentity_region' })).toMatchObject({ type: 'select', isMandatory: true });
    expect(lead.getField({ fieldId: 'custentity_region' })).toBeNull();
  });

  it.each([
    ['lead', [{ value: 6, text: 'Lead-Qualified' }]],
    ['prospect', [{ value: 10, text: 'Prospect-In Discussion' }]],
    ['customer', [{ value: 13, text: 'Closed Won' }]],
  ])('offers a new %s the active statuses of its stage', async (type, options) => {
    const { record } = await open(dataAccount());

    expect(record.create({ type, isDynamic: true }).getField({ fieldId: 'entitystatus' })?.getSelectOptions()).toEqual(
      options,
    );
  });

  it('refuses select options outside dynamic mode, as Oracle documents', async () => {
    const { record } = await open(dataAccount());

    expect(() => record.create({ type: 'lead' }).getField({ fieldId: 'entitystatus' })?.getSelectOptions()).toThrow(
      'dynamic mode',
    );
  });

  it('fails the run loudly when a script saves it: the audit must never write', async () => {
    const { record } = await open(dataAccount());

    expect(() => record.create({ type: 'contact', isDynamic: true }).save()).toThrow(/must never save/);
  });
});

describe('data a scenario makes unavailable', () => {
  it.each([
    ['customer', 'lead'],
    ['customer', 'prospect'],
    ['customer', 'customer'],
    ['contact', 'contact'],
  ] as const)('%s: every read fails with the code, SuiteQL, N/record (%s) and N/search alike', async (table, type) => {
    const { account, record, search } = await open(
      dataAccount({ unavailable: { [table]: 'INSUFFICIENT_PERMISSION' } }),
    );

    expect(() => account.database.query(`SELECT COUNT(*) AS n FROM ${table} t ORDER BY n`, [])).toThrow();
    expect(() => record.create({ type, isDynamic: true })).toThrow(
      expect.objectContaining({ name: 'INSUFFICIENT_PERMISSION' }),
    );
    expect(() => search.create({ type })).toThrow(expect.objectContaining({ name: 'INSUFFICIENT_PERMISSION' }));
  });

  it("entitystatus: the statuses table and a new record's status options fail with the code", async () => {
    const { account, record } = await open(dataAccount({ unavailable: { entitystatus: 'INVALID_SEARCH_TYPE' } }));

    expect(() => account.database.query('SELECT s.key FROM entitystatus s ORDER BY s.key', [])).toThrow();
    expect(() =>
      record.create({ type: 'lead', isDynamic: true }).getField({ fieldId: 'entitystatus' })?.getSelectOptions(),
    ).toThrow(expect.objectContaining({ name: 'INVALID_SEARCH_TYPE' }));
  });

  it('customfield: the customfield table fails with the code; records still carry their fields', async () => {
    const { account, record } = await open(dataAccount({ unavailable: { customfield: 'INVALID_SEARCH_TYPE' } }));

    expect(() => account.database.query('SELECT cf.scriptid FROM customfield cf ORDER BY cf.scriptid', [])).toThrow();
    expect(
      record.create({ type: 'lead', isDynamic: true }).getField({ fieldId: 'custentity_acton_score' }),
    ).not.toBeNull();
  });
});

describe('scenario checks of the Act-On data', () => {
  it('refuse a sales rep who is no employee and a contact of a company that is no customer record', async () => {
    const { parseScenario } = await import('../../tools/emulator');
    const document = dataAccount({
      customers: [{ id: 601, stage: 'LEAD', salesRep: 999 }],
      contacts: [{ id: 501, company: 777 }],
    });

    expect(() => parseScenario(JSON.stringify(document), 'scenarios/x.json')).toThrow(
      /customers\/0\/salesRep: no employee in \/employees with id 999[\s\S]*contacts\/0\/company: no customer record in \/customers with id 777/,
    );
  });
});
