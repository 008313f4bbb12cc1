import { checkDefinition } from '../../../src/core/catalogue';
import type { FindingData } from '../../../src/core/checks/define';
import { sentence, wordedFix } from '../../../src/core/checks/wording';

const scoreFields = checkDefinition('data.score-fields');
const leadStatus = checkDefinition('data.lead-status');
const mandatory = checkDefinition('data.mandatory-fields');
const emails = checkDefinition('data.email-coverage');
const duplicates = checkDefinition('data.duplicate-emails');
const owners = checkDefinition('data.sales-owners');
const forms = checkDefinition('data.entity-forms');

const VIEWER = '(read account-wide, as you see it).';

function said(definition: ReturnType<typeof checkDefinition>, id: string, data: FindingData = {}): string {
  return sentence(definition, { id, data });
}

describe('data.score-fields, in words', () => {
  const field = { fieldId: 'custentity_ao', label: 'Act-On Score' };

  it('says what each field is on each new record', () => {
    const on = (record: string, state: string, type: string | null): string =>
      said(scoreFields, 'fieldOnRecord', { ...field, record, state, type });

    expect(on('lead', 'usable', 'integer')).toBe(
      `custentity_ao ("Act-On Score") is on a new lead, of type integer, and can be edited ${VIEWER}`,
    );
    expect(on('contact', 'absent', null)).toBe(
      'custentity_ao ("Act-On Score") is not on a new contact: it does not apply to that record, or your form ' +
        `leaves it out ${VIEWER}`,
    );
    expect(on('lead', 'readOnly', 'integer')).toBe(
      `custentity_ao ("Act-On Score") is on a new lead but read-only, so Act-On's score cannot be written to it ${VIEWER}`,
    );
    expect(on('lead', 'wrongType', 'checkbox')).toBe(
      'custentity_ao ("Act-On Score") is on a new lead but of type checkbox; a score needs a number or text field ' +
        `(Integer Number, Decimal Number, Percent or Free-Form Text) ${VIEWER}`,
    );
    expect(on('lead', 'typeUnknown', 'richtext')).toBe(
      'custentity_ao ("Act-On Score") is on a new lead, but its type "richtext" is not one this audit knows to be ' +
        `a number or text ${VIEWER}`,
    );
  });

  it('names the field it assumed, the fields named, and the candidates', () => {
    expect(said(scoreFields, 'assumed', field)).toBe(
      'No score field was named, so the audit assumes custentity_ao ("Act-On Score"), the only custom entity field ' +
        `labelled with "score" on both a new lead and a new contact ${VIEWER}`,
    );
    expect(said(scoreFields, 'named', { fieldIds: ['custentity_a', 'custentity_b'] })).toBe(
      `Score fields named for this audit: custentity_a and custentity_b ${VIEWER}`,
    );
    expect(said(scoreFields, 'noCandidate', { fields: 3 })).toBe(
      'No custom entity field labelled with "score" is on both a new lead and a new contact (3 custom entity ' +
        `fields read); no field was named for this audit ${VIEWER}`,
    );
    expect(said(scoreFields, 'oneSided', { fieldId: 'custentity_ls', label: null, records: ['lead'] })).toBe(
      `custentity_ls is labelled with "score" but is only on new leads ${VIEWER}`,
    );
    expect(
      said(scoreFields, 'severalCandidates', {
        fields: [field, { fieldId: 'custentity_bs', label: 'Behaviour Score' }],
      }),
    ).toBe(
      'Several custom entity fields labelled with "score" are on both a new lead and a new contact: ' +
        'custentity_ao ("Act-On Score") and custentity_bs ("Behaviour Score"); which one Act-On uses is set in its ' +
        `connector ${VIEWER}`,
    );
  });

  it('quotes what could not be read, with the viewer note', () => {
    expect(
      said(scoreFields, 'notRead', { record: 'lead', reason: 'Permission denied.', code: 'INSUFFICIENT_PERMISSION' }),
    ).toBe(`A new lead record could not be read: Permission denied (INSUFFICIENT_PERMISSION) ${VIEWER}`);
  });

  it.each([
    [{ field: 'custentity_score', record: 'contact' }, 'Field custentity_score on a new contact'],
    [{ source: 'statuses' }, 'The customer statuses (entitystatus table)'],
    [{ source: 'statusField' }, "A new lead's Status field"],
    [{ source: 'customers' }, 'The leads, prospects and customers (customer table)'],
    [{ source: 'contacts' }, 'The contacts (contact table)'],
    [{ source: 'sharedCustomers' }, 'Shared addresses among leads, prospects and customers'],
    [{ source: 'sharedContacts' }, 'Shared addresses among contacts'],
  ])('names %j as "%s" when it could not be read', (subject, words) => {
    expect(said(scoreFields, 'notRead', { ...subject, reason: 'refused', code: null })).toBe(
      `${words} could not be read: refused ${VIEWER}`,
    );
  });

  it('sums up in one failure-worded sentence', () => {
    expect(said(scoreFields, 'summaryNone')).toBe("There is no field for Act-On's score on both leads and contacts");
    expect(said(scoreFields, 'summaryUnusable', { records: ['lead', 'contact'] })).toBe(
      "No score field can take Act-On's score on new leads and new contacts",
    );
    expect(said(scoreFields, 'summarySeveral', { count: 2 })).toBe(
      "2 fields could be Act-On's score field: which one it uses must be named",
    );
  });

  it('words each fix with the fields it names', () => {
    expect(
      wordedFix(scoreFields, {
        id: 'fixScoreField',
        data: { fieldIds: ['custentity_ao'], records: ['contact'] },
        records: [],
      }).title,
    ).toBe("Make custentity_ao take Act-On's score on new contacts");
    expect(
      wordedFix(scoreFields, {
        id: 'nameScoreField',
        data: { fieldIds: ['custentity_a', 'custentity_b'] },
        records: [],
      }).steps[0],
    ).toBe(
      "In Act-On's NetSuite connector, look at which NetSuite field its score is mapped to (candidates here: " +
        'custentity_a and custentity_b).',
    );
    expect(
      wordedFix(scoreFields, { id: 'checkFieldType', data: { fieldIds: ['custentity_a'] }, records: [] }).title,
    ).toBe('Check the type of custentity_a');
    const findOut = wordedFix(scoreFields, {
      id: 'findOut',
      data: { source: 'lead' },
      records: [],
    });
    expect(findOut.title).toBe('Find out why a new lead record could not be read');
    expect(findOut.owner).toBe('consultant');
    expect(findOut.steps[0]).toBe(
      'The audit reads a new, unsaved lead record as the person running it: make sure that role has the Customers ' +
        'permission (at least View) and run the audit again.',
    );
  });
});

describe('data.lead-status, in words', () => {
  it('lists the statuses a new lead offers and reminds of the choice in Act-On', () => {
    expect(said(leadStatus, 'leadStatuses', { statuses: [{ id: 6, name: 'Lead-Qualified' }] })).toBe(
      `A new lead offers the active status Lead-Qualified (id 6) ${VIEWER}`,
    );
    expect(
      said(leadStatus, 'leadStatuses', {
        statuses: [
          { id: 6, name: 'Lead-Qualified' },
          { id: 7, name: null },
        ],
      }),
    ).toBe(`A new lead offers the active statuses Lead-Qualified (id 6) and id 7 ${VIEWER}`);
    expect(said(leadStatus, 'pickInActOn')).toBe(
      "Act-On's NetSuite connector must give the leads it creates one of these statuses (its Customer Stage) " + VIEWER,
    );
  });

  it('says when a new lead offers none, or no list', () => {
    expect(said(leadStatus, 'noLeadStatus', { statuses: 4, inactive: 2 })).toBe(
      `A new lead offers no status; the account has 4 customer statuses, 2 of them inactive ${VIEWER}`,
    );
    expect(said(leadStatus, 'noLeadStatus', { statuses: null, inactive: null })).toBe(
      `A new lead offers no status ${VIEWER}`,
    );
    expect(said(leadStatus, 'popUp')).toBe(
      "A new lead's Status field gives no list of statuses (a pop-up field), so the audit cannot tell which " +
        `statuses are of stage Lead ${VIEWER}`,
    );
    expect(said(leadStatus, 'summaryNoStatus')).toBe('A new lead offers no active customer status of stage Lead');
  });
});

describe('data.mandatory-fields, in words', () => {
  it('names each mandatory field and the records it is mandatory on', () => {
    expect(
      said(mandatory, 'mandatoryField', {
        fieldId: 'custentity_region',
        label: 'Sales Region',
        records: ['lead', 'contact'],
      }),
    ).toBe(`custentity_region ("Sales Region") is mandatory on new leads and new contacts ${VIEWER}`);
    expect(said(mandatory, 'noneMandatory', { lead: 3, contact: 1 })).toBe(
      `No custom entity field is mandatory (3 on a new lead and 1 on a new contact) ${VIEWER}`,
    );
    expect(said(mandatory, 'yourForm')).toBe(
      "Mandatory flags come from your preferred forms; Act-On's role may use other forms with other fields " + VIEWER,
    );
    expect(said(mandatory, 'summaryMandatory', { fieldIds: ['custentity_region'] })).toBe(
      'Mandatory custom fields Act-On may not fill: custentity_region',
    );
  });

  it('gives the SOAP preference as the way out when a field must stay mandatory', () => {
    const fix = wordedFix(mandatory, {
      id: 'makeFieldsOptional',
      data: { fieldIds: ['custentity_region'] },
      records: [],
    });

    expect(fix.title).toBe('Make custentity_region optional, or turn off mandatory field validation for web services');
    expect(fix.steps[1]).toBe(
      'If a field must stay mandatory for people, go to Setup > Integration > SOAP Web Services Preferences and ' +
        "check Disable Mandatory Custom Field Validation: web services requests such as Act-On's are then no longer " +
        'refused for it.',
    );
  });
});

describe('data.email-coverage, in words', () => {
  it('gives counts by stage and for contacts, with the share', () => {
    expect(said(emails, 'stage', { stage: 'Lead', total: 25, withoutEmail: 1 })).toBe(
      `Lead: 1 of 25 active records have no email (4 %) ${VIEWER}`,
    );
    expect(said(emails, 'contacts', { total: 10, withoutEmail: 4 })).toBe(
      `Contacts: 4 of 10 active contacts have no email (40 %) ${VIEWER}`,
    );
    expect(said(emails, 'noRecords', { kind: 'customers' })).toBe(
      `There are no active leads, prospects and customers ${VIEWER}`,
    );
    expect(
      said(emails, 'summaryGap', {
        gaps: [
          { kind: 'customers', total: 10, withoutEmail: 2 },
          { kind: 'contacts', total: 10, withoutEmail: 4 },
        ],
      }),
    ).toBe(
      'More than 10 % of active leads, prospects and customers have no email (2 of 10) and active contacts have ' +
        'no email (4 of 10)',
    );
  });
});

describe('data.duplicate-emails, in words', () => {
  it('gives counts only, never an address', () => {
    expect(said(duplicates, 'shared', { kind: 'contacts', addresses: 1, records: 2 })).toBe(
      `1 email address is held by more than one active contact (2 records in all) ${VIEWER}`,
    );
    expect(said(duplicates, 'shared', { kind: 'customers', addresses: 3, records: 7 })).toBe(
      `3 email addresses are each held by more than one active lead, prospect or customer (7 records in all) ${VIEWER}`,
    );
    expect(said(duplicates, 'shared', { kind: 'customers', addresses: 0, records: 0 })).toBe(
      `No email address is shared by two active leads, prospects and customers ${VIEWER}`,
    );
    expect(said(duplicates, 'acrossKinds')).toBe(
      'An address shared between a contact and a lead, prospect or customer is not counted (a company and its ' +
        `contact often share one) ${VIEWER}`,
    );
  });
});

describe('data.sales-owners, in words', () => {
  it('gives counts by stage', () => {
    expect(said(owners, 'stage', { stage: 'Lead', total: 20, withoutActiveSalesRep: 3 })).toBe(
      `Lead: 3 of 20 active records have no sales rep or an inactive one ${VIEWER}`,
    );
    expect(said(owners, 'noLeads')).toBe(`There are no active leads ${VIEWER}`);
    expect(said(owners, 'contactsNotCounted')).toBe(
      `Contacts' owners are not counted, only the sales reps of leads, prospects and customers ${VIEWER}`,
    );
  });
});

describe('data.entity-forms, in words', () => {
  it('says no script can read a role’s forms, and where to look', () => {
    expect(said(forms, 'notReadable')).toBe(
      "No table, search or script shows a role's entry forms, so the audit cannot tell which ones Act-On's role " +
        `uses ${VIEWER}`,
    );
    expect(wordedFix(forms, { id: 'default', data: {}, records: [] }).steps[1]).toBe(
      'Under Entity, enable every Contact and Customer/Lead/Prospect entry form, and note the Preferred ones.',
    );
  });
});
