/**
 * The Act-On data section: what Act-On's sync meets once it connects (its score fields, the
 * lead statuses, mandatory custom fields, emails and owners). Every read is account-wide and
 * made as the person viewing the audit, so every evidence line says so. Counts only: no email
 * address or personal name from these records is ever named.
 */
import { defineCheck, type FixDefinition } from './define';
import { MANAGE_ROLES_LINK } from './pages';
import { unreadableSentence } from './shared';
import { joinedWithAnd } from './words';

/** Said by every evidence line of the section. */
export const AS_VIEWER = 'read account-wide, as you see it';

/** A sentence with the viewer's note before its full stop. */
function seen(text: string): string {
  return `${text} (${AS_VIEWER}).`;
}

/** Emails above this share of a kind of active record (strictly more) are a warning. */
export const EMAIL_GAP_LIMIT_PERCENT = 10;

const ENTITY_FIELDS = 'Customization > Lists, Records, & Fields > Entity Fields';
const CUSTOMER_STATUSES = 'Setup > Sales > Customer Statuses';
const SOAP_PREFERENCES = 'Setup > Integration > SOAP Web Services Preferences';
const SAVED_SEARCH = 'Lists > Search > Saved Searches > New';
const ACTON_CONNECTOR = 'Act-On: Settings > Connectors > CRM > NetSuite';

/** The new, unsaved records the audit opens: a lead stands for leads, prospects and customers. */
export type NewRecordData = 'lead' | 'contact';

const RECORD_WORDS: Readonly<Record<NewRecordData, string>> = { lead: 'new leads', contact: 'new contacts' };

function recordsWords(records: readonly NewRecordData[]): string {
  return joinedWithAnd(records.map((record) => RECORD_WORDS[record]));
}

/** A custom entity field as evidence names it: `custentity_region ("Sales Region")`. */
type FieldData = { readonly fieldId: string; readonly label: string | null };

function fieldLabel(field: FieldData): string {
  return field.label === null || field.label.trim() === '' ? field.fieldId : `${field.fieldId} ("${field.label}")`;
}

/** What one field is on one new record, for Act-On's score. */
export type ScoreFieldState = 'usable' | 'absent' | 'readOnly' | 'wrongType' | 'typeUnknown';

type FieldOnRecordData = FieldData & {
  readonly record: NewRecordData;
  readonly state: ScoreFieldState;
  /** `Field.type` as NetSuite gave it; null when the field is not on the record. */
  readonly type: string | null;
};

function fieldOnRecord(data: FieldOnRecordData): string {
  const field = fieldLabel(data);
  const on = data.record === 'lead' ? 'a new lead' : 'a new contact';
  switch (data.state) {
    case 'usable':
      return seen(`${field} is on ${on}, of type ${data.type ?? 'unknown'}, and can be edited`);
    case 'absent':
      return seen(`${field} is not on ${on}: it does not apply to that record, or your form leaves it out`);
    case 'readOnly':
      return seen(`${field} is on ${on} but read-only, so Act-On's score cannot be written to it`);
    case 'wrongType':
      return seen(
        `${field} is on ${on} but of type ${data.type ?? 'unknown'}; a score needs a number or text field ` +
          '(Integer Number, Decimal Number, Percent or Free-Form Text)',
      );
    case 'typeUnknown':
      return seen(
        `${field} is on ${on}, but its type "${data.type ?? ''}" is not one this audit knows to be a number or text`,
      );
  }
}

/** What a data check could not read: a new record, a field on one, or a table. */
export type NotReadSubject =
  | { readonly record: DataRecord }
  | { readonly field: string; readonly record: DataRecord }
  | { readonly source: DataSource };

type DataRecord = 'lead' | 'contact';
type DataSource = 'statuses' | 'statusField' | 'customers' | 'contacts' | 'sharedCustomers' | 'sharedContacts';

const SOURCE_WORDS: Readonly<Record<DataSource, string>> = {
  statuses: 'The customer statuses (entitystatus table)',
  statusField: "A new lead's Status field",
  customers: 'The leads, prospects and customers (customer table)',
  contacts: 'The contacts (contact table)',
  sharedCustomers: 'Shared addresses among leads, prospects and customers',
  sharedContacts: 'Shared addresses among contacts',
};

function subjectWords(subject: NotReadSubject): string {
  if ('source' in subject) return SOURCE_WORDS[subject.source];
  if ('field' in subject) return `Field ${subject.field} on a new ${subject.record}`;
  return `A new ${subject.record} record`;
}

type NotReadData = NotReadSubject & { readonly reason: string; readonly code: string | null };

function notRead(data: NotReadData): string {
  const what = subjectWords(data);
  return unreadableSentence({ what, reason: data.reason, code: data.code }).replace(/\.$/, ` (${AS_VIEWER}).`);
}

/** What a "find out" fix can name: where the unread fact lives and the permission that shows it. */
const FIND_OUT_WORDS = {
  lead: { what: 'a new lead record', table: 'a new, unsaved lead record', permission: 'Customers' },
  contact: { what: 'a new contact record', table: 'a new, unsaved contact record', permission: 'Contacts' },
  statuses: {
    what: 'the customer statuses',
    table: "the entitystatus table and a new lead's Status field",
    permission: 'Customer Status',
  },
  customers: {
    what: 'the counts of leads, prospects and customers',
    table: 'the customer table',
    permission: 'Customers',
  },
  contacts: { what: 'the counts of contacts', table: 'the contact table', permission: 'Contacts' },
} as const;

/** What the audit could not read, for a "find out" fix. */
export type FindOutSource = keyof typeof FIND_OUT_WORDS;
type FindOutData = { readonly source: FindOutSource };

/** The "find out" fix every data check uses when a read was refused. */
function findOutFix(navigation: string): FixDefinition<FindOutData> {
  return {
    title: (data) => `Find out why ${FIND_OUT_WORDS[data.source].what} could not be read`,
    navigation,
    steps: (data) => [
      `The audit reads ${FIND_OUT_WORDS[data.source].table} as the person running it: make sure that role has the ` +
        `${FIND_OUT_WORDS[data.source].permission} permission (at least View) and run the audit again.`,
      `If it still cannot be read, look at ${navigation} by hand and keep what you see with the report.`,
    ],
    links: [],
    owner: 'consultant',
  };
}

export const DATA_SCORE_FIELDS = defineCheck({
  id: 'data.score-fields',
  section: 'data',
  severity: 'warning',
  title: "Act-On's score fields are on leads and contacts",
  failureTitle: "Act-On's score fields are missing or unusable on leads or contacts",
  checks:
    'The custom entity fields Act-On writes its behaviour score to (the `scorefields` input, else the one field ' +
    'labelled "score" on both records): on a new lead and a new contact, a number or text, and editable.',
  why:
    'Act-On pushes its behaviour score into a lead-level and a contact-level field the customer creates, with any ' +
    'name; without them, or with a read-only one, sales never see the score in NetSuite.',
  dependsOn: [],
  fixes: {
    default: {
      title: "Create a lead-level and a contact-level field for Act-On's score",
      navigation: `${ENTITY_FIELDS} > New`,
      steps: [
        `Go to ${ENTITY_FIELDS} > New.`,
        'Give it a label such as "Act-On Score", the Type Integer Number (or Free-Form Text), and under Applies To ' +
          'check Customer (leads, prospects and customers) and Contact; or create one field for each.',
        'On the Display subtab leave it editable; keep Store Value checked and give it the Default Access Level ' +
          "Edit, with no View or None override for Act-On's role (no script can read these settings).",
        "In Act-On's NetSuite connector, map its score to the new field, then run the audit again with the field's " +
          'id in Score fields.',
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    fixScoreField: {
      title: (data: { readonly fieldIds: readonly string[]; readonly records: readonly NewRecordData[] }) =>
        `Make ${joinedWithAnd(data.fieldIds)} take Act-On's score on ${recordsWords(data.records)}`,
      navigation: `${ENTITY_FIELDS} > (the field) > Edit`,
      steps: (data: { readonly fieldIds: readonly string[]; readonly records: readonly NewRecordData[] }) => [
        `Go to ${ENTITY_FIELDS} and open ${joinedWithAnd(data.fieldIds)}.`,
        'Make sure its Type is Integer Number, Decimal Number, Percent or Free-Form Text; under Applies To, check ' +
          'Customer for leads and Contact for contacts; on the Display subtab, do not make it read-only (Display ' +
          'Type Normal).',
        "Keep Store Value checked and the Default Access Level Edit, with no View or None override for Act-On's role.",
        'If the id was mistyped, run the audit again with the right id in Score fields.',
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    nameScoreField: {
      title: 'Name the field Act-On writes its score to',
      navigation: ACTON_CONNECTOR,
      steps: (data: { readonly fieldIds: readonly string[] }) => [
        `In Act-On's NetSuite connector, look at which NetSuite field its score is mapped to (candidates here: ` +
          `${joinedWithAnd(data.fieldIds)}).`,
        'Run the audit again with that field id (and the contact-level one, if different) in Score fields, ' +
          'separated by commas.',
      ],
      links: [],
      owner: 'consultant',
    },
    checkFieldType: {
      title: (data: { readonly fieldIds: readonly string[] }) => `Check the type of ${joinedWithAnd(data.fieldIds)}`,
      navigation: `${ENTITY_FIELDS} > (the field)`,
      steps: (data: { readonly fieldIds: readonly string[] }) => [
        `Go to ${ENTITY_FIELDS} and open ${joinedWithAnd(data.fieldIds)}.`,
        'Its Type must be Integer Number, Decimal Number, Percent or Free-Form Text for Act-On to write a score to it.',
      ],
      links: [],
      owner: 'consultant',
    },
    findOut: findOutFix(ENTITY_FIELDS),
  },
  messages: {
    fieldOnRecord,
    assumed: (data: FieldData) =>
      seen(
        `No score field was named, so the audit assumes ${fieldLabel(data)}, the only custom entity field labelled ` +
          'with "score" on both a new lead and a new contact',
      ),
    named: (data: { readonly fieldIds: readonly string[] }) =>
      seen(`Score fields named for this audit: ${joinedWithAnd(data.fieldIds)}`),
    noCandidate: (data: { readonly fields: number }) =>
      seen(
        `No custom entity field labelled with "score" is on both a new lead and a new contact (${data.fields} ` +
          'custom entity fields read); no field was named for this audit',
      ),
    oneSided: (data: FieldData & { readonly records: readonly NewRecordData[] }) =>
      seen(`${fieldLabel(data)} is labelled with "score" but is only on ${recordsWords(data.records)}`),
    severalCandidates: (data: { readonly fields: readonly FieldData[] }) =>
      seen(
        `Several custom entity fields labelled with "score" are on both a new lead and a new contact: ` +
          `${joinedWithAnd(data.fields.map(fieldLabel))}; which one Act-On uses is set in its connector`,
      ),
    notRead,
    summaryNone: () => "There is no field for Act-On's score on both leads and contacts",
    summaryUnusable: (data: { readonly records: readonly NewRecordData[] }) =>
      `No score field can take Act-On's score on ${recordsWords(data.records)}`,
    summarySeveral: (data: { readonly count: number }) =>
      `${data.count} fields could be Act-On's score field: which one it uses must be named`,
  },
});

type StatusData = { readonly id: number; readonly name: string | null };

function statusLabel(status: StatusData): string {
  return status.name === null ? `id ${status.id}` : `${status.name} (id ${status.id})`;
}

export const DATA_LEAD_STATUS = defineCheck({
  id: 'data.lead-status',
  section: 'data',
  severity: 'warning',
  title: 'An active customer status of stage Lead exists',
  failureTitle: 'No active customer status of stage Lead',
  checks:
    "The customer statuses (`entitystatus`) and which of them a new lead's Status field offers: the active " +
    'statuses of stage Lead.',
  why:
    'NetSuite requires a status on every new lead, and Act-On gives the leads it creates the status chosen in its ' +
    'connector: without an active Lead status, those creates fail.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Activate or create a customer status of stage Lead',
      navigation: CUSTOMER_STATUSES,
      steps: [
        `Go to ${CUSTOMER_STATUSES}.`,
        'Edit a status of stage Lead and clear Inactive, or click New, choose the Stage Lead and save.',
        "In Act-On's NetSuite connector, choose that status as the Customer Stage for the leads Act-On creates.",
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    checkStatusesByHand: {
      title: 'Look for an active customer status of stage Lead',
      navigation: CUSTOMER_STATUSES,
      steps: [
        `Go to ${CUSTOMER_STATUSES} and make sure at least one status of stage Lead is not Inactive.`,
        "Make sure Act-On's NetSuite connector uses one of them as the Customer Stage for the leads it creates.",
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    findOut: findOutFix(CUSTOMER_STATUSES),
  },
  messages: {
    leadStatuses: (data: { readonly statuses: readonly StatusData[] }) =>
      seen(
        `A new lead offers ${data.statuses.length === 1 ? 'the active status' : 'the active statuses'} ` +
          joinedWithAnd(data.statuses.map(statusLabel)),
      ),
    pickInActOn: () =>
      seen("Act-On's NetSuite connector must give the leads it creates one of these statuses (its Customer Stage)"),
    noLeadStatus: (data: { readonly statuses: number | null; readonly inactive: number | null }) =>
      seen(
        data.statuses === null
          ? 'A new lead offers no status'
          : `A new lead offers no status; the account has ${data.statuses} customer statuses, ${data.inactive ?? 0} ` +
              'of them inactive',
      ),
    popUp: () =>
      seen(
        "A new lead's Status field gives no list of statuses (a pop-up field), so the audit cannot tell which " +
          'statuses are of stage Lead',
      ),
    notRead,
    summaryNoStatus: () => 'A new lead offers no active customer status of stage Lead',
  },
});

type MandatoryFieldData = FieldData & { readonly records: readonly NewRecordData[] };

function mandatorySteps(fields: string): readonly string[] {
  return [
    `Go to ${ENTITY_FIELDS}, open ${fields} and clear Mandatory (Validation & Defaulting subtab), unless ` +
      "Act-On's field mapping fills it.",
    `If a field must stay mandatory for people, go to ${SOAP_PREFERENCES} and check Disable Mandatory Custom ` +
      "Field Validation: web services requests such as Act-On's are then no longer refused for it.",
    "The form Act-On's role uses may differ from yours: check its preferred Customer and Contact forms too.",
  ];
}

export const DATA_MANDATORY_FIELDS = defineCheck({
  id: 'data.mandatory-fields',
  section: 'data',
  severity: 'warning',
  title: 'No custom field is mandatory on leads or contacts',
  failureTitle: 'Custom fields are mandatory on leads or contacts',
  checks: 'The custom entity fields of a new lead and a new contact, on your form, that are mandatory.',
  why:
    "NetSuite refuses a create or update that leaves a mandatory custom field empty (USER_ERROR), so Act-On's " +
    'syncs fail unless Act-On fills it or the SOAP preference "Disable Mandatory Custom Field Validation" is on.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Make the mandatory custom fields optional, or turn off mandatory field validation for web services',
      navigation: `${ENTITY_FIELDS}; ${SOAP_PREFERENCES}`,
      steps: mandatorySteps('the mandatory custom fields this report lists'),
      links: [],
      owner: 'netsuite-admin',
    },
    makeFieldsOptional: {
      title: (data: { readonly fieldIds: readonly string[] }) =>
        `Make ${joinedWithAnd(data.fieldIds)} optional, or turn off mandatory field validation for web services`,
      navigation: `${ENTITY_FIELDS} > (the field) > Edit; ${SOAP_PREFERENCES}`,
      steps: (data: { readonly fieldIds: readonly string[] }) => mandatorySteps(joinedWithAnd(data.fieldIds)),
      links: [],
      owner: 'netsuite-admin',
    },
    findOut: findOutFix(ENTITY_FIELDS),
  },
  messages: {
    mandatoryField: (data: MandatoryFieldData) =>
      seen(`${fieldLabel(data)} is mandatory on ${recordsWords(data.records)}`),
    noneMandatory: (data: { readonly lead: number | null; readonly contact: number | null }) => {
      const counts = [
        ...(data.lead === null ? [] : [`${data.lead} on a new lead`]),
        ...(data.contact === null ? [] : [`${data.contact} on a new contact`]),
      ];
      return seen(`No custom entity field is mandatory (${joinedWithAnd(counts)})`);
    },
    yourForm: () =>
      seen("Mandatory flags come from your preferred forms; Act-On's role may use other forms with other fields"),
    notRead,
    summaryMandatory: (data: { readonly fieldIds: readonly string[] }) =>
      `Mandatory custom fields Act-On may not fill: ${joinedWithAnd(data.fieldIds)}`,
  },
});

/** The kinds of records Act-On syncs: customer records (leads, prospects, customers) and contacts. */
export type SyncedKind = 'customers' | 'contacts';

const KIND_WORDS: Readonly<Record<SyncedKind, string>> = {
  customers: 'active leads, prospects and customers',
  contacts: 'active contacts',
};

function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part * 100) / total);
}

type EmailGapData = { readonly total: number; readonly withoutEmail: number };

export const DATA_EMAIL_COVERAGE = defineCheck({
  id: 'data.email-coverage',
  section: 'data',
  severity: 'warning',
  title: 'Leads and contacts have an email',
  failureTitle: 'Many leads or contacts have no email',
  checks: `Active customer records by stage and active contacts without an email (a warning above ${EMAIL_GAP_LIMIT_PERCENT} %).`,
  why: 'Email is the key Act-On syncs on: a lead or contact without one never reaches Act-On.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Give the leads and contacts without an email an address, or leave them out of the sync',
      navigation: SAVED_SEARCH,
      steps: [
        `Go to ${SAVED_SEARCH} and search Customer records, then Contact records, with the criteria Email is ` +
          'empty and Inactive is false.',
        'Fill in the addresses you have; inactivate the records Act-On should not sync.',
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    findOut: findOutFix('Lists > Relationships'),
  },
  messages: {
    stage: (data: EmailGapData & { readonly stage: string }) =>
      seen(
        `${data.stage}: ${data.withoutEmail} of ${data.total} active records have no email ` +
          `(${percent(data.withoutEmail, data.total)} %)`,
      ),
    contacts: (data: EmailGapData) =>
      seen(
        `Contacts: ${data.withoutEmail} of ${data.total} active contacts have no email ` +
          `(${percent(data.withoutEmail, data.total)} %)`,
      ),
    noRecords: (data: { readonly kind: SyncedKind }) => seen(`There are no ${KIND_WORDS[data.kind]}`),
    notRead,
    summaryGap: (data: { readonly gaps: readonly (EmailGapData & { readonly kind: SyncedKind })[] }) =>
      `More than ${EMAIL_GAP_LIMIT_PERCENT} % of ` +
      joinedWithAnd(
        data.gaps.map((gap) => `${KIND_WORDS[gap.kind]} have no email (${gap.withoutEmail} of ${gap.total})`),
      ),
  },
});

const ONE_OF_KIND: Readonly<Record<SyncedKind, string>> = {
  customers: 'active lead, prospect or customer',
  contacts: 'active contact',
};

export const DATA_DUPLICATE_EMAILS = defineCheck({
  id: 'data.duplicate-emails',
  section: 'data',
  severity: 'info',
  title: 'No email address is shared by several leads or contacts',
  failureTitle: 'Email addresses are shared by several leads or contacts',
  checks: 'How many email addresses more than one active customer record, or more than one active contact, holds.',
  why: 'Act-On matches records by email: when several share one, its score and updates land on only one of them.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Merge or tidy the records that share an email address',
      navigation: `${SAVED_SEARCH}; Setup > Company > Company Management > Duplicate Detection`,
      steps: [
        `Go to ${SAVED_SEARCH}, search Customer and Contact records that are not Inactive, and group them by Email ` +
          'with a count above 1 (summary search) to find the shared addresses.',
        'Merge the records that are the same person or company, or give each its own address.',
        'Setup > Company > Company Management > Duplicate Detection sets how NetSuite flags duplicates (by email ' +
          'by default).',
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    findOut: findOutFix('Lists > Relationships'),
  },
  messages: {
    shared: (data: { readonly kind: SyncedKind; readonly addresses: number; readonly records: number }) =>
      data.addresses === 0
        ? seen(`No email address is shared by two ${KIND_WORDS[data.kind]}`)
        : seen(
            `${data.addresses} email ${data.addresses === 1 ? 'address is' : 'addresses are each'} held by more ` +
              `than one ${ONE_OF_KIND[data.kind]} (${data.records} records in all)`,
          ),
    acrossKinds: () =>
      seen(
        'An address shared between a contact and a lead, prospect or customer is not counted (a company and its contact often share one)',
      ),
    notRead,
  },
});

export const DATA_SALES_OWNERS = defineCheck({
  id: 'data.sales-owners',
  section: 'data',
  severity: 'info',
  title: 'Active leads have an active sales rep',
  failureTitle: 'Active leads have no active sales rep',
  checks: 'Active customer records by stage with no sales rep, or one who is not an active employee.',
  why:
    "Act-On's Hot Prospects and sales ownership follow NetSuite's sales reps: a lead with no active rep shows to no " +
    'salesperson.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Assign the active leads to active sales reps',
      navigation: 'Lists > Mass Update > Mass Updates',
      steps: [
        'Find the active leads with no sales rep, or an inactive one, in Lists > Relationships > Leads (show the ' +
          'Sales Rep column), and set an active sales rep on each; Lists > Mass Update > Mass Updates sets many at ' +
          'once.',
        "Each sales rep's Act-On user name must be their NetSuite email address for Act-On to match them.",
      ],
      links: [],
      owner: 'netsuite-admin',
    },
    findOut: findOutFix('Lists > Relationships > Leads'),
  },
  messages: {
    stage: (data: { readonly stage: string; readonly total: number; readonly withoutActiveSalesRep: number }) =>
      seen(
        `${data.stage}: ${data.withoutActiveSalesRep} of ${data.total} active records have no sales rep or an ` +
          'inactive one',
      ),
    noLeads: () => seen('There are no active leads'),
    contactsNotCounted: () =>
      seen("Contacts' owners are not counted, only the sales reps of leads, prospects and customers"),
    notRead,
  },
});

export const DATA_ENTITY_FORMS = defineCheck({
  id: 'data.entity-forms',
  section: 'data',
  severity: 'info',
  title: "Act-On's role may use the contact and customer entry forms",
  failureTitle: "Act-On's role's entry forms are not readable by a script",
  checks: "Nothing a script can read: where a role's Contact and Customer/Lead/Prospect entry forms are set.",
  why:
    "Act-On's minimum role enables every Contact and Customer/Lead/Prospect entry form; the role's preferred form " +
    'decides which fields NetSuite requires of Act-On.',
  dependsOn: [],
  fixes: {
    default: {
      title: "Enable the Contact and Customer/Lead/Prospect entry forms for Act-On's role",
      navigation: "Setup > Users/Roles > Manage Roles > (Act-On's role) > Edit > Forms",
      steps: [
        "Go to Setup > Users/Roles > Manage Roles, edit Act-On's role and open the Forms subtab.",
        'Under Entity, enable every Contact and Customer/Lead/Prospect entry form, and note the Preferred ones.',
        "The preferred forms' mandatory fields are the ones Act-On must fill: compare them with the mandatory " +
          'fields this report lists.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {
    notReadable: () =>
      seen(
        "No table, search or script shows a role's entry forms, so the audit cannot tell which ones Act-On's role uses",
      ),
  },
});

/** The data section's checks, in report order. */
export const DATA_CHECKS = [
  DATA_SCORE_FIELDS,
  DATA_LEAD_STATUS,
  DATA_MANDATORY_FIELDS,
  DATA_EMAIL_COVERAGE,
  DATA_DUPLICATE_EMAILS,
  DATA_SALES_OWNERS,
  DATA_ENTITY_FORMS,
] as const;
