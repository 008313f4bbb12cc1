/**
 * Act-On data section: what Act-On's sync meets once it connects. The facts come from
 * `snapshot.data` (account-wide reads made as the viewer, counts only). None of these checks is a
 * blocker: the connection works without them. A fact that could not be read, or that this audit
 * cannot interpret, gives `unknown` or `manual` with its reason, never a guessed pass or warning.
 */
import type { CheckId } from '../catalogue';
import {
  DATA_DUPLICATE_EMAILS,
  DATA_EMAIL_COVERAGE,
  DATA_ENTITY_FORMS,
  DATA_LEAD_STATUS,
  DATA_MANDATORY_FIELDS,
  DATA_SALES_OWNERS,
  DATA_SCORE_FIELDS,
  EMAIL_GAP_LIMIT_PERCENT,
  type ScoreFieldState,
  type NotReadSubject,
  type SyncedKind,
} from '../checks/data';
import { fixOf, found, type Finding } from '../checks/define';
import type {
  CustomEntityFieldFact,
  DataFacts,
  FieldOnNewRecord,
  NewRecordType,
  Probe,
  StageCountFact,
} from '../snapshot';
import { NEW_RECORD_TYPES } from '../snapshot';
import { informed, passed, problem, type RuleOutcome } from './outcomes';

export type DataCheckId = Extract<CheckId, `data.${string}`>;

type Failure = Extract<Probe<unknown>, { ok: false }>;

/** A "could not be read" finding's data: what was not read, and NetSuite's answer. */
function notReadData(
  subject: NotReadSubject,
  failure: Failure,
): NotReadSubject & { readonly reason: string; readonly code: string | null } {
  return { ...subject, reason: failure.reason, code: failure.code ?? null };
}

// ---- data.score-fields ----------------------------------------------------------------------

/** `Field.type` values that hold a number or text (lower case, as N/record gives them). */
const SCORE_TYPES = new Set(['integer', 'float', 'percent', 'currency', 'text', 'textarea', 'clobtext']);

/** `Field.type` values that cannot hold a score. */
const NOT_SCORE_TYPES = new Set([
  'checkbox',
  'select',
  'multiselect',
  'date',
  'datetime',
  'datetimetz',
  'timeofday',
  'email',
  'phone',
  'url',
  'image',
  'document',
  'inlinehtml',
  'help',
  'password',
]);

function stateOf(field: FieldOnNewRecord | null): ScoreFieldState {
  if (field === null) return 'absent';
  const type = field.type.trim().toLowerCase();
  if (NOT_SCORE_TYPES.has(type)) return 'wrongType';
  if (!SCORE_TYPES.has(type)) return 'typeUnknown';
  return field.readOnly ? 'readOnly' : 'usable';
}

function labelOf(field: CustomEntityFieldFact): string | null {
  if (field.label !== null && field.label.trim() !== '') return field.label;
  for (const type of NEW_RECORD_TYPES) {
    const probe = field.onNewRecord[type];
    if (probe.ok && probe.value !== null && probe.value.label.trim() !== '') return probe.value.label;
  }
  return null;
}

/** One field on one new record: its state, or why it could not be read. */
type Assessment =
  | { readonly field: CustomEntityFieldFact; readonly record: NewRecordType; readonly state: ScoreFieldState }
  | { readonly field: CustomEntityFieldFact; readonly record: NewRecordType; readonly failure: Failure };

function assess(fields: readonly CustomEntityFieldFact[]): Assessment[] {
  return fields.flatMap((field) =>
    NEW_RECORD_TYPES.map((record): Assessment => {
      const probe = field.onNewRecord[record];
      return probe.ok ? { field, record, state: stateOf(probe.value) } : { field, record, failure: probe };
    }),
  );
}

function assessmentFinding(assessment: Assessment): Finding {
  const { field, record } = assessment;
  if ('failure' in assessment)
    return found(DATA_SCORE_FIELDS, 'notRead', notReadData({ field: field.scriptId, record }, assessment.failure));
  const probe = field.onNewRecord[record];
  const type = probe.ok && probe.value !== null ? probe.value.type : null;
  return found(DATA_SCORE_FIELDS, 'fieldOnRecord', {
    fieldId: field.scriptId,
    label: labelOf(field),
    record,
    state: assessment.state,
    type,
  });
}

type RecordVerdict = 'covered' | 'warn' | 'unknown' | 'manual';

/** Whether a record type gets a usable score field, else the most telling reason it does not. */
function recordVerdict(assessments: readonly Assessment[], record: NewRecordType): RecordVerdict {
  const onRecord = assessments.filter((assessment) => assessment.record === record);
  if (onRecord.some((assessment) => 'state' in assessment && assessment.state === 'usable')) return 'covered';
  if (onRecord.some((assessment) => 'failure' in assessment)) return 'unknown';
  if (onRecord.some((assessment) => 'state' in assessment && assessment.state === 'typeUnknown')) return 'manual';
  return 'warn';
}

/** The fields judged as Act-On's score fields (named, or the one assumed), with the findings before them. */
function judgeScoreFields(fields: readonly CustomEntityFieldFact[], leading: readonly Finding[]): RuleOutcome {
  const assessments = assess(fields);
  const findings = [...leading, ...assessments.map(assessmentFinding)];
  const verdicts = Object.fromEntries(
    NEW_RECORD_TYPES.map((record) => [record, recordVerdict(assessments, record)]),
  ) as Record<NewRecordType, RecordVerdict>;
  const uncovered = NEW_RECORD_TYPES.filter((record) => verdicts[record] === 'warn');
  const nowhere = fields.filter((field) =>
    NEW_RECORD_TYPES.every((record) => {
      const probe = field.onNewRecord[record];
      return probe.ok && probe.value === null;
    }),
  );
  if (uncovered.length > 0) {
    const fieldIds = fields
      .filter((field) =>
        assessments.some(
          (assessment) => assessment.field === field && uncovered.includes(assessment.record) && 'state' in assessment,
        ),
      )
      .map((field) => field.scriptId);
    return problem(
      'warn',
      findings,
      fixOf(DATA_SCORE_FIELDS, 'fixScoreField', [], { fieldIds, records: uncovered }),
      found(DATA_SCORE_FIELDS, 'summaryUnusable', { records: uncovered }),
    );
  }
  if (nowhere.length > 0) {
    const fieldIds = nowhere.map((field) => field.scriptId);
    return problem(
      'warn',
      findings,
      fixOf(DATA_SCORE_FIELDS, 'fixScoreField', [], { fieldIds, records: [...NEW_RECORD_TYPES] }),
      found(DATA_SCORE_FIELDS, 'summaryUnusable', { records: [...NEW_RECORD_TYPES] }),
    );
  }
  const unknownRecord = NEW_RECORD_TYPES.find((record) => verdicts[record] === 'unknown');
  if (unknownRecord !== undefined)
    return problem('unknown', findings, fixOf(DATA_SCORE_FIELDS, 'findOut', [], { source: unknownRecord }));
  if (NEW_RECORD_TYPES.some((record) => verdicts[record] === 'manual')) {
    const fieldIds = fields
      .filter((field) =>
        assessments.some(
          (assessment) => assessment.field === field && 'state' in assessment && assessment.state === 'typeUnknown',
        ),
      )
      .map((field) => field.scriptId);
    return problem('manual', findings, fixOf(DATA_SCORE_FIELDS, 'checkFieldType', [], { fieldIds }));
  }
  return passed(findings);
}

function isOn(field: CustomEntityFieldFact, record: NewRecordType): boolean {
  const probe = field.onNewRecord[record];
  return probe.ok && probe.value !== null;
}

/** No field named: the one field labelled "score" on both records is assumed; none or several are said. */
function guessedScoreFields(data: DataFacts): RuleOutcome {
  const unopened = NEW_RECORD_TYPES.flatMap((record) => {
    const probe = data.customFields.newRecords[record];
    return probe.ok ? [] : [{ record, failure: probe }];
  });
  const first = unopened[0];
  if (first !== undefined)
    return problem(
      'unknown',
      unopened.map(({ record, failure }) => found(DATA_SCORE_FIELDS, 'notRead', notReadData({ record }, failure))),
      fixOf(DATA_SCORE_FIELDS, 'findOut', [], { source: first.record }),
    );
  const labelled = data.customFields.fields.filter((field) => /score/i.test(labelOf(field) ?? ''));
  const onBoth = labelled.filter((field) => NEW_RECORD_TYPES.every((record) => isOn(field, record)));
  const only = onBoth[0];
  if (onBoth.length === 1 && only !== undefined)
    return judgeScoreFields(
      [only],
      [found(DATA_SCORE_FIELDS, 'assumed', { fieldId: only.scriptId, label: labelOf(only) })],
    );
  if (onBoth.length > 1)
    return problem(
      'manual',
      [
        found(DATA_SCORE_FIELDS, 'severalCandidates', {
          fields: onBoth.map((field) => ({ fieldId: field.scriptId, label: labelOf(field) })),
        }),
      ],
      fixOf(DATA_SCORE_FIELDS, 'nameScoreField', [], { fieldIds: onBoth.map((field) => field.scriptId) }),
      found(DATA_SCORE_FIELDS, 'summarySeveral', { count: onBoth.length }),
    );
  const unreadable = labelled.flatMap((field) =>
    NEW_RECORD_TYPES.flatMap((record) => {
      const probe = field.onNewRecord[record];
      return probe.ok ? [] : [{ field, record, failure: probe }];
    }),
  );
  const firstUnreadable = unreadable[0];
  if (firstUnreadable !== undefined)
    return problem(
      'unknown',
      unreadable.map(({ field, record, failure }) =>
        found(DATA_SCORE_FIELDS, 'notRead', notReadData({ field: field.scriptId, record }, failure)),
      ),
      fixOf(DATA_SCORE_FIELDS, 'findOut', [], { source: firstUnreadable.record }),
    );
  const oneSided = labelled.flatMap((field) => {
    const records = NEW_RECORD_TYPES.filter((record) => isOn(field, record));
    return records.length === 0
      ? []
      : [found(DATA_SCORE_FIELDS, 'oneSided', { fieldId: field.scriptId, label: labelOf(field), records })];
  });
  return problem(
    'warn',
    [found(DATA_SCORE_FIELDS, 'noCandidate', { fields: data.customFields.fields.length }), ...oneSided],
    fixOf(DATA_SCORE_FIELDS, 'default', []),
    found(DATA_SCORE_FIELDS, 'summaryNone'),
  );
}

function scoreFieldsOutcome(data: DataFacts): RuleOutcome {
  if (data.scoreFieldIds.length === 0) return guessedScoreFields(data);
  const byId = new Map(data.customFields.fields.map((field) => [field.scriptId, field]));
  const named = data.scoreFieldIds.flatMap((id) => {
    const field = byId.get(id);
    return field === undefined ? [] : [field];
  });
  return judgeScoreFields(named, [found(DATA_SCORE_FIELDS, 'named', { fieldIds: [...data.scoreFieldIds] })]);
}

// ---- data.lead-status -----------------------------------------------------------------------

function leadStatusOutcome(data: DataFacts): RuleOutcome {
  const check = DATA_LEAD_STATUS;
  const { statuses, offeredOnNewLead } = data.customerStatuses;
  const tableFindings = statuses.ok ? [] : [found(check, 'notRead', notReadData({ source: 'statuses' }, statuses))];
  if (!offeredOnNewLead.ok)
    return problem(
      'unknown',
      [found(check, 'notRead', notReadData({ source: 'statusField' }, offeredOnNewLead)), ...tableFindings],
      fixOf(check, 'findOut', [], { source: 'statuses' }),
    );
  if (offeredOnNewLead.value === null)
    return problem('manual', [found(check, 'popUp'), ...tableFindings], fixOf(check, 'checkStatusesByHand', []));
  const rows = statuses.ok ? statuses.value.rows : [];
  const byId = new Map(rows.map((status) => [status.id, status]));
  const active = offeredOnNewLead.value
    .filter((id) => byId.get(id)?.inactive !== true)
    .map((id) => ({ id, name: byId.get(id)?.name ?? null }));
  if (active.length > 0)
    return passed([found(check, 'leadStatuses', { statuses: active }), found(check, 'pickInActOn'), ...tableFindings]);
  return problem(
    'warn',
    [
      found(check, 'noLeadStatus', {
        statuses: statuses.ok ? rows.length : null,
        inactive: statuses.ok ? rows.filter((status) => status.inactive).length : null,
      }),
      ...tableFindings,
    ],
    fixOf(check, 'default', []),
    found(check, 'summaryNoStatus'),
  );
}

// ---- stages ---------------------------------------------------------------------------------

/** Stages in the order Act-On's lists follow them; a stage NetSuite spells otherwise comes after, as given. */
const STAGE_ORDER = ['LEAD', 'PROSPECT', 'CUSTOMER'];

function stageRank(row: StageCountFact): number {
  const rank = STAGE_ORDER.indexOf(row.stage.trim().toUpperCase());
  return rank === -1 ? STAGE_ORDER.length : rank;
}

function inStageOrder(rows: readonly StageCountFact[]): StageCountFact[] {
  return [...rows].sort((a, b) => stageRank(a) - stageRank(b));
}

function isLeadStage(row: StageCountFact): boolean {
  return stageRank(row) === 0;
}

// ---- data.mandatory-fields ------------------------------------------------------------------

function mandatoryFieldsOutcome(data: DataFacts): RuleOutcome {
  const check = DATA_MANDATORY_FIELDS;
  const { newRecords, fields } = data.customFields;
  const unread: Finding[] = [];
  let firstUnread: NewRecordType | null = null;
  for (const record of NEW_RECORD_TYPES) {
    const probe = newRecords[record];
    if (!probe.ok) {
      unread.push(found(check, 'notRead', notReadData({ record }, probe)));
      firstUnread ??= record;
    }
  }
  const mandatory = fields.flatMap((field) => {
    const records = NEW_RECORD_TYPES.filter((record) => {
      const probe = field.onNewRecord[record];
      return newRecords[record].ok && probe.ok && probe.value !== null && probe.value.mandatory;
    });
    return records.length === 0 ? [] : [{ fieldId: field.scriptId, label: labelOf(field), records }];
  });
  for (const field of fields) {
    for (const record of NEW_RECORD_TYPES) {
      const probe = field.onNewRecord[record];
      if (newRecords[record].ok && !probe.ok) {
        unread.push(found(check, 'notRead', notReadData({ field: field.scriptId, record }, probe)));
        firstUnread ??= record;
      }
    }
  }
  if (mandatory.length > 0) {
    const fieldIds = mandatory.map((field) => field.fieldId);
    return problem(
      'warn',
      [...mandatory.map((field) => found(check, 'mandatoryField', field)), found(check, 'yourForm'), ...unread],
      fixOf(check, 'makeFieldsOptional', [], { fieldIds }),
      found(check, 'summaryMandatory', { fieldIds }),
    );
  }
  const count = (record: NewRecordType): number | null => {
    const probe = newRecords[record];
    return probe.ok ? probe.value.customFieldCount : null;
  };
  const none =
    count('lead') === null && count('contact') === null
      ? []
      : [found(check, 'noneMandatory', { lead: count('lead'), contact: count('contact') })];
  if (firstUnread !== null)
    return problem('unknown', [...unread, ...none], fixOf(check, 'findOut', [], { source: firstUnread }));
  return passed([...none, found(check, 'yourForm')]);
}

// ---- data.email-coverage --------------------------------------------------------------------

function overLimit(total: number, withoutEmail: number): boolean {
  return total > 0 && withoutEmail * 100 > total * EMAIL_GAP_LIMIT_PERCENT;
}

function emailCoverageOutcome(data: DataFacts): RuleOutcome {
  const check = DATA_EMAIL_COVERAGE;
  const findings: Finding[] = [];
  const gaps: { kind: SyncedKind; total: number; withoutEmail: number }[] = [];
  let unread: SyncedKind | null = null;
  if (data.customers.ok) {
    const rows = inStageOrder(data.customers.value);
    for (const row of rows)
      findings.push(found(check, 'stage', { stage: row.stage, total: row.total, withoutEmail: row.withoutEmail }));
    const total = rows.reduce((sum, row) => sum + row.total, 0);
    const withoutEmail = rows.reduce((sum, row) => sum + row.withoutEmail, 0);
    if (total === 0) findings.push(found(check, 'noRecords', { kind: 'customers' }));
    if (overLimit(total, withoutEmail)) gaps.push({ kind: 'customers', total, withoutEmail });
  } else {
    findings.push(found(check, 'notRead', notReadData({ source: 'customers' }, data.customers)));
    unread = 'customers';
  }
  if (data.contacts.ok) {
    const { total, withoutEmail } = data.contacts.value;
    findings.push(
      total === 0 ? found(check, 'noRecords', { kind: 'contacts' }) : found(check, 'contacts', { total, withoutEmail }),
    );
    if (overLimit(total, withoutEmail)) gaps.push({ kind: 'contacts', total, withoutEmail });
  } else {
    findings.push(found(check, 'notRead', notReadData({ source: 'contacts' }, data.contacts)));
    unread ??= 'contacts';
  }
  if (gaps.length > 0)
    return problem('warn', findings, fixOf(check, 'default', []), found(check, 'summaryGap', { gaps }));
  if (unread !== null) return problem('unknown', findings, fixOf(check, 'findOut', [], { source: unread }));
  return passed(findings);
}

// ---- data.duplicate-emails ------------------------------------------------------------------

function duplicateEmailsOutcome(data: DataFacts): RuleOutcome {
  const check = DATA_DUPLICATE_EMAILS;
  const kinds: readonly SyncedKind[] = ['customers', 'contacts'];
  const findings: Finding[] = [];
  let shared = false;
  let unread: SyncedKind | null = null;
  for (const kind of kinds) {
    const probe = data.sharedEmails[kind];
    if (probe.ok) {
      findings.push(found(check, 'shared', { kind, addresses: probe.value.addresses, records: probe.value.records }));
      shared ||= probe.value.addresses > 0;
    } else {
      const source = kind === 'customers' ? 'sharedCustomers' : 'sharedContacts';
      findings.push(found(check, 'notRead', notReadData({ source }, probe)));
      unread ??= kind;
    }
  }
  findings.push(found(check, 'acrossKinds'));
  if (shared) return informed(findings, fixOf(check, 'default', []));
  if (unread !== null) return informed(findings, fixOf(check, 'findOut', [], { source: unread }));
  return passed(findings);
}

// ---- data.sales-owners ----------------------------------------------------------------------

function salesOwnersOutcome(data: DataFacts): RuleOutcome {
  const check = DATA_SALES_OWNERS;
  if (!data.customers.ok)
    return informed(
      [found(check, 'notRead', notReadData({ source: 'customers' }, data.customers))],
      fixOf(check, 'findOut', [], { source: 'customers' }),
    );
  const rows = inStageOrder(data.customers.value);
  const findings = rows.map((row) =>
    found(check, 'stage', { stage: row.stage, total: row.total, withoutActiveSalesRep: row.withoutActiveSalesRep }),
  );
  const leads = rows.filter(isLeadStage);
  if (leads.every((row) => row.total === 0)) findings.push(found(check, 'noLeads'));
  findings.push(found(check, 'contactsNotCounted'));
  const unowned = leads.reduce((sum, row) => sum + row.withoutActiveSalesRep, 0);
  return unowned > 0 ? informed(findings, fixOf(check, 'default', [])) : passed(findings);
}

// ---- data.entity-forms ----------------------------------------------------------------------

function entityFormsOutcome(): RuleOutcome {
  return informed([found(DATA_ENTITY_FORMS, 'notReadable')], fixOf(DATA_ENTITY_FORMS, 'default', []));
}

/** The outcome of every data check. */
export function evaluateDataChecks(data: DataFacts): Record<DataCheckId, RuleOutcome> {
  return {
    'data.score-fields': scoreFieldsOutcome(data),
    'data.lead-status': leadStatusOutcome(data),
    'data.mandatory-fields': mandatoryFieldsOutcome(data),
    'data.email-coverage': emailCoverageOutcome(data),
    'data.duplicate-emails': duplicateEmailsOutcome(data),
    'data.sales-owners': salesOwnersOutcome(data),
    'data.entity-forms': entityFormsOutcome(),
  };
}
