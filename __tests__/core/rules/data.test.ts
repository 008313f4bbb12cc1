import { evaluateReadiness } from '../../../src/core/engine';
import type { CheckId } from '../../../src/core/catalogue';
import type { CheckResult } from '../../../src/core/report';
import type {
  CustomEntityFieldFact,
  DataFacts,
  FieldOnNewRecord,
  NewRecordType,
  Probe,
} from '../../../src/core/snapshot';
import { STATUSES_OF_SEVERITY } from '../../../src/core/verdict';
import { readyDataFacts } from '../../../tools/mocknetsuite/cannedData';
import { checkOf, findingIds, dataOf, fixIdOf } from '../../fixtures/reportReading';
import { aSnapshot, anAuditRequest, ok, unreadable } from '../../fixtures/snapshotBuilder';

type DataCheck = Extract<CheckId, `data.${string}`>;

function dataCheck(id: DataCheck, overrides: Partial<DataFacts> = {}): CheckResult {
  const data = { ...readyDataFacts(), ...overrides };
  return checkOf(evaluateReadiness(aSnapshot({ data }), anAuditRequest({ scoreFieldIds: data.scoreFieldIds })), id);
}

function fixDataTitle(check: CheckResult): string | undefined {
  return 'fix' in check ? check.fix?.title : undefined;
}

const NUMBER: FieldOnNewRecord = { type: 'integer', label: 'Act-On Score', mandatory: false, readOnly: false };

/** A custom entity field on new leads and contacts as given (null: not on that record). */
function aField(
  scriptId: string,
  onLead: FieldOnNewRecord | null | Probe<FieldOnNewRecord | null>,
  onContact: FieldOnNewRecord | null | Probe<FieldOnNewRecord | null> = onLead,
  overrides: Partial<CustomEntityFieldFact> = {},
): CustomEntityFieldFact {
  const probe = (value: FieldOnNewRecord | null | Probe<FieldOnNewRecord | null>): Probe<FieldOnNewRecord | null> =>
    value !== null && 'ok' in value ? value : ok(value);
  return {
    scriptId,
    label: onLead !== null && 'label' in onLead ? onLead.label : null,
    valueType: null,
    namedAsScoreField: false,
    onNewRecord: { lead: probe(onLead), contact: probe(onContact) },
    ...overrides,
  };
}

function withFields(
  fields: readonly CustomEntityFieldFact[],
  scoreFieldIds: readonly string[] = [],
): Partial<DataFacts> {
  const ready = readyDataFacts();
  return {
    scoreFieldIds,
    customFields: {
      ...ready.customFields,
      fields: fields.map((field) => ({ ...field, namedAsScoreField: scoreFieldIds.includes(field.scriptId) })),
    },
  };
}

function withUnopenedRecord(record: NewRecordType): Partial<DataFacts> {
  const ready = readyDataFacts();
  const failure = unreadable('You do not have permission to create a record of this type', 'INSUFFICIENT_PERMISSION');
  return {
    customFields: {
      ...ready.customFields,
      newRecords: { ...ready.customFields.newRecords, [record]: failure },
      fields: ready.customFields.fields.map((field) => ({
        ...field,
        onNewRecord: { ...field.onNewRecord, [record]: failure },
      })),
    },
  };
}

describe('every data check in a ready account', () => {
  const ids: readonly DataCheck[] = [
    'data.score-fields',
    'data.lead-status',
    'data.mandatory-fields',
    'data.email-coverage',
    'data.duplicate-emails',
    'data.sales-owners',
    'data.entity-forms',
  ];

  it('passes, except the entry forms, which only a person can look at', () => {
    expect(Object.fromEntries(ids.map((id) => [id, dataCheck(id).status]))).toEqual({
      'data.score-fields': 'pass',
      'data.lead-status': 'pass',
      'data.mandatory-fields': 'pass',
      'data.email-coverage': 'pass',
      'data.duplicate-emails': 'info',
      'data.sales-owners': 'pass',
      'data.entity-forms': 'info',
    });
  });

  it('says on every evidence line that the reads are account-wide and made as the viewer', () => {
    for (const id of ids) {
      for (const line of dataCheck(id).evidence) expect(line).toContain('read account-wide, as you see it');
    }
  });
});

describe('data.score-fields when no score field was named', () => {
  it('one field labelled "score" on both records: passes, saying which field it assumed', () => {
    const check = dataCheck('data.score-fields');

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'assumed')).toEqual({ fieldId: 'custentity_acton_score', label: 'Act-On Score' });
    expect(findingIds(check)).toEqual(['assumed', 'fieldOnRecord', 'fieldOnRecord']);
  });

  it('no such field: warns, asking for a lead-level and a contact-level field', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields([aField('custentity_industry', { ...NUMBER, type: 'select', label: 'Industry' }, null)]),
    );

    expect(check.status).toBe('warn');
    expect(dataOf(check, 'noCandidate')).toEqual({ fields: 1 });
    expect(fixIdOf(check)).toBe('default');
    expect(check.status === 'warn' && check.summary).toBe(
      "There is no field for Act-On's score on both leads and contacts",
    );
  });

  it('a score field on leads only: warns, and names the one-sided field', () => {
    const check = dataCheck('data.score-fields', withFields([aField('custentity_lead_score', NUMBER, null)]));

    expect(check.status).toBe('warn');
    expect(dataOf(check, 'oneSided')).toEqual({
      fieldId: 'custentity_lead_score',
      label: 'Act-On Score',
      records: ['lead'],
    });
  });

  it('several fields labelled "score" on both records: asks which one Act-On uses', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields([
        aField('custentity_acton_score', NUMBER),
        aField('custentity_behaviour_score', { ...NUMBER, label: 'Behaviour Score' }),
      ]),
    );

    expect(check.status).toBe('manual');
    expect(fixIdOf(check)).toBe('nameScoreField');
    expect(dataOf(check, 'severalCandidates')).toEqual({
      fields: [
        { fieldId: 'custentity_acton_score', label: 'Act-On Score' },
        { fieldId: 'custentity_behaviour_score', label: 'Behaviour Score' },
      ],
    });
  });

  it('the assumed field is read-only: warns with the fix for that field', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields([aField('custentity_acton_score', { ...NUMBER, readOnly: true })]),
    );

    expect(check.status).toBe('warn');
    expect(fixIdOf(check)).toBe('fixScoreField');
    expect(
      check.findings.filter((finding) => finding.id === 'fieldOnRecord').map((finding) => finding.data.state),
    ).toEqual(['readOnly', 'readOnly']);
  });

  it('a new contact could not be opened: unknown with the reason, never a warning', () => {
    const check = dataCheck('data.score-fields', withUnopenedRecord('contact'));

    expect(check.status).toBe('unknown');
    expect(findingIds(check)).toEqual(['notRead']);
    expect(dataOf(check, 'notRead')).toMatchObject({ record: 'contact', code: 'INSUFFICIENT_PERMISSION' });
    expect(fixIdOf(check)).toBe('findOut');
    expect(fixDataTitle(check)).toBe('Find out why a new contact record could not be read');
  });
});

describe('data.score-fields when the audit named the score fields', () => {
  it('one field on both records, a number: passes', () => {
    const check = dataCheck('data.score-fields', withFields([aField('custentity_ao', NUMBER)], ['custentity_ao']));

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'named')).toEqual({ fieldIds: ['custentity_ao'] });
  });

  it('a lead-level and a contact-level field, each on its own record: passes', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields(
        [
          aField('custentity_lead_ao', NUMBER, null),
          aField('custentity_contact_ao', null, { ...NUMBER, type: 'text' }),
        ],
        ['custentity_lead_ao', 'custentity_contact_ao'],
      ),
    );

    expect(check.status).toBe('pass');
  });

  it('a named field on neither record (a mistyped id): warns', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields(
        [aField('custentity_ao', NUMBER), aField('custentity_typo', null)],
        ['custentity_ao', 'custentity_typo'],
      ),
    );

    expect(check.status).toBe('warn');
    expect(fixIdOf(check)).toBe('fixScoreField');
    expect(fixDataTitle(check)).toBe("Make custentity_typo take Act-On's score on new leads and new contacts");
  });

  it('the named field is a checkbox on contacts: warns for contacts', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields([aField('custentity_ao', NUMBER, { ...NUMBER, type: 'checkbox' })], ['custentity_ao']),
    );

    expect(check.status).toBe('warn');
    expect(check.status === 'warn' && check.summary).toBe("No score field can take Act-On's score on new contacts");
  });

  it('a type this audit does not know: a hand check of the type, not a warning', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields([aField('custentity_ao', { ...NUMBER, type: 'richtext' })], ['custentity_ao']),
    );

    expect(check.status).toBe('manual');
    expect(fixIdOf(check)).toBe('checkFieldType');
  });

  it('the field could not be read on a new lead: unknown', () => {
    const check = dataCheck(
      'data.score-fields',
      withFields(
        [aField('custentity_ao', unreadable('Reading field failed', 'UNEXPECTED_ERROR'), NUMBER)],
        ['custentity_ao'],
      ),
    );

    expect(check.status).toBe('unknown');
    expect(fixIdOf(check)).toBe('findOut');
  });
});

describe('data.lead-status', () => {
  it('a new lead offers an active Lead status: passes, listing it and the reminder for Act-On', () => {
    const check = dataCheck('data.lead-status');

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'leadStatuses')).toEqual({ statuses: [{ id: 6, name: 'Lead-Qualified' }] });
    expect(findingIds(check)).toEqual(['leadStatuses', 'pickInActOn']);
  });

  it('every Lead status inactive (a new lead offers none): warns', () => {
    const ready = readyDataFacts();
    const check = dataCheck('data.lead-status', {
      customerStatuses: { ...ready.customerStatuses, offeredOnNewLead: ok([]) },
    });

    expect(check.status).toBe('warn');
    expect(dataOf(check, 'noLeadStatus')).toEqual({ statuses: 2, inactive: 0 });
    expect(fixIdOf(check)).toBe('default');
  });

  it("the new lead's Status field is a pop-up with no list: a hand check", () => {
    const ready = readyDataFacts();
    const check = dataCheck('data.lead-status', {
      customerStatuses: { ...ready.customerStatuses, offeredOnNewLead: ok(null) },
    });

    expect(check.status).toBe('manual');
    expect(fixIdOf(check)).toBe('checkStatusesByHand');
  });

  it('the new lead could not be opened: unknown', () => {
    const check = dataCheck('data.lead-status', {
      customerStatuses: {
        statuses: unreadable('Search error: entitystatus', 'INVALID_SEARCH_TYPE'),
        offeredOnNewLead: unreadable('Opening a new lead record failed', 'INSUFFICIENT_PERMISSION'),
      },
    });

    expect(check.status).toBe('unknown');
    expect(findingIds(check)).toEqual(['notRead', 'notRead']);
    expect(fixIdOf(check)).toBe('findOut');
  });

  it('the entitystatus table refused but the new lead offers a status: passes on the offer, saying what was not read', () => {
    const ready = readyDataFacts();
    const check = dataCheck('data.lead-status', {
      customerStatuses: { ...ready.customerStatuses, statuses: unreadable('Search error', 'INVALID_SEARCH_TYPE') },
    });

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'leadStatuses')).toEqual({ statuses: [{ id: 6, name: null }] });
    expect(findingIds(check)).toContain('notRead');
  });
});

describe('data.mandatory-fields', () => {
  it('no mandatory custom field: passes, with the number of fields read on each record', () => {
    const check = dataCheck('data.mandatory-fields');

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'noneMandatory')).toEqual({ lead: 1, contact: 1 });
  });

  it('a mandatory field on leads and contacts: warns, naming it, with the SOAP preference as the way out', () => {
    const region: FieldOnNewRecord = { type: 'select', label: 'Sales Region', mandatory: true, readOnly: false };
    const check = dataCheck(
      'data.mandatory-fields',
      withFields([aField('custentity_acton_score', NUMBER), aField('custentity_region', region)]),
    );

    expect(check.status).toBe('warn');
    expect(dataOf(check, 'mandatoryField')).toEqual({
      fieldId: 'custentity_region',
      label: 'Sales Region',
      records: ['lead', 'contact'],
    });
    expect(fixIdOf(check)).toBe('makeFieldsOptional');
    expect('fix' in check && check.fix?.steps.join(' ')).toContain('Disable Mandatory Custom Field Validation');
  });

  it('a new lead could not be opened and nothing on contacts is mandatory: unknown', () => {
    const check = dataCheck('data.mandatory-fields', withUnopenedRecord('lead'));

    expect(check.status).toBe('unknown');
    expect(dataOf(check, 'noneMandatory')).toEqual({ lead: null, contact: 1 });
    expect(fixIdOf(check)).toBe('findOut');
  });
});

describe('data.email-coverage', () => {
  it('few records without an email: passes, with counts by stage (leads first) and for contacts', () => {
    const check = dataCheck('data.email-coverage');

    expect(check.status).toBe('pass');
    expect(check.findings.map((finding) => finding.data.stage ?? 'contacts')).toEqual([
      'Lead',
      'Prospect',
      'Customer',
      'contacts',
    ]);
  });

  it('40 % of contacts without an email: warns', () => {
    const check = dataCheck('data.email-coverage', { contacts: ok({ total: 10, withoutEmail: 4 }) });

    expect(check.status).toBe('warn');
    expect(check.status === 'warn' && check.summary).toBe('More than 10 % of active contacts have no email (4 of 10)');
    expect(fixIdOf(check)).toBe('default');
  });

  it('exactly 10 % of leads without an email: passes (the limit is strictly above)', () => {
    const check = dataCheck('data.email-coverage', {
      customers: ok([{ stage: 'Lead', total: 10, withoutEmail: 1, withoutActiveSalesRep: 0 }]),
    });

    expect(check.status).toBe('pass');
  });

  it('the contact table refused: unknown, never a pass', () => {
    const check = dataCheck('data.email-coverage', { contacts: unreadable('Search error', 'INSUFFICIENT_PERMISSION') });

    expect(check.status).toBe('unknown');
    expect(fixIdOf(check)).toBe('findOut');
    expect(fixDataTitle(check)).toBe('Find out why the counts of contacts could not be read');
  });

  it('the contact table refused while leads lack emails: warns on what was read', () => {
    const check = dataCheck('data.email-coverage', {
      contacts: unreadable('Search error', 'INSUFFICIENT_PERMISSION'),
      customers: ok([{ stage: 'Lead', total: 10, withoutEmail: 5, withoutActiveSalesRep: 0 }]),
    });

    expect(check.status).toBe('warn');
    expect(findingIds(check)).toEqual(['stage', 'notRead']);
  });

  it('no active records at all: passes, saying there are none', () => {
    const check = dataCheck('data.email-coverage', { customers: ok([]), contacts: ok({ total: 0, withoutEmail: 0 }) });

    expect(check.status).toBe('pass');
    expect(findingIds(check)).toEqual(['noRecords', 'noRecords']);
  });
});

describe('data.duplicate-emails', () => {
  it('no address shared: passes', () => {
    const check = dataCheck('data.duplicate-emails', {
      sharedEmails: { customers: ok({ addresses: 0, records: 0 }), contacts: ok({ addresses: 0, records: 0 }) },
    });

    expect(check.status).toBe('pass');
  });

  it('one address shared by two contacts: information with counts only', () => {
    const check = dataCheck('data.duplicate-emails');

    expect(check.status).toBe('info');
    expect(check.findings.filter((finding) => finding.id === 'shared').map((finding) => finding.data)).toEqual([
      { kind: 'customers', addresses: 0, records: 0 },
      { kind: 'contacts', addresses: 1, records: 2 },
    ]);
    expect(fixIdOf(check)).toBe('default');
  });

  it('the shared-address count refused: information saying so, with a fix to find out', () => {
    const check = dataCheck('data.duplicate-emails', {
      sharedEmails: {
        customers: ok({ addresses: 0, records: 0 }),
        contacts: unreadable('Search error', 'INSUFFICIENT_PERMISSION'),
      },
    });

    expect(check.status).toBe('info');
    expect(findingIds(check)).toEqual(['shared', 'notRead', 'acrossKinds']);
    expect(fixIdOf(check)).toBe('findOut');
  });
});

describe('data.sales-owners', () => {
  it('every active lead has an active sales rep: passes, with counts by stage', () => {
    const check = dataCheck('data.sales-owners');

    expect(check.status).toBe('pass');
    expect(dataOf(check, 'stage')).toEqual({ stage: 'Lead', total: 25, withoutActiveSalesRep: 0 });
  });

  it('active leads without an active rep: information, with the fix to assign them', () => {
    const check = dataCheck('data.sales-owners', {
      customers: ok([{ stage: 'Lead', total: 20, withoutEmail: 0, withoutActiveSalesRep: 3 }]),
    });

    expect(check.status).toBe('info');
    expect(fixIdOf(check)).toBe('default');
  });

  it('the customer table refused: information saying so', () => {
    const check = dataCheck('data.sales-owners', { customers: unreadable('Search error', 'INSUFFICIENT_PERMISSION') });

    expect(check.status).toBe('info');
    expect(findingIds(check)).toEqual(['notRead']);
    expect(fixIdOf(check)).toBe('findOut');
  });
});

describe('data.entity-forms', () => {
  it('is always information: the hand check, with the path to the role', () => {
    const check = dataCheck('data.entity-forms');

    expect(check.status).toBe('info');
    expect(fixIdOf(check)).toBe('default');
    expect('fix' in check && check.fix?.navigation).toBe(
      "Setup > Users/Roles > Manage Roles > (Act-On's role) > Edit > Forms",
    );
  });
});

describe('the data checks in any situation above', () => {
  it('never give a status their severity does not allow, and never make a report NOT_READY', () => {
    const situations: Partial<DataFacts>[] = [
      {},
      withUnopenedRecord('lead'),
      withFields([]),
      { contacts: ok({ total: 10, withoutEmail: 9 }) },
      { customers: unreadable('refused'), contacts: unreadable('refused') },
    ];
    for (const situation of situations) {
      const report = evaluateReadiness(aSnapshot({ data: { ...readyDataFacts(), ...situation } }), anAuditRequest());
      for (const check of report.checks.filter((candidate) => candidate.section === 'data'))
        expect(STATUSES_OF_SEVERITY[check.severity]).toContain(check.status);
      expect(report.verdict).not.toBe('NOT_READY');
    }
  });
});
