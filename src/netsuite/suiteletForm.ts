/**
 * The Suitelet's page: a NetSuite form with the verdict and fix plan first (inline HTML above
 * everything), then a "Checks" tab with the checks and an "Audit inputs" tab with the inputs and
 * a "Run audit again" button. When an input was rejected the inputs stay in the main area, open,
 * with the message beside the field; bad inputs are never an error screen.
 */
import * as serverWidget from 'N/ui/serverWidget';
import { MAX_INTEGRATION_NAME_LENGTH, MAX_INTERNAL_ID_FIELD_LENGTH, MAX_SCORE_FIELDS } from '../core/inputs';
import type { AuditInputs, InputProblem, ParsedRequest } from '../core/inputs';
import type { ReadinessReport } from '../core/report';
import { escapeHtml } from '../render/escape';
import { renderNoticeHtml, renderReportHtmlParts } from '../render/html';
import type { DownloadLinks } from '../render/html';
import { FORM_FIELD_IDS } from './suiteletRequest';
import { rerunUrl } from './suiteletUrls';

export const FORM_TITLE = 'Act-On Readiness';
export const SUBMIT_LABEL = 'Run audit again';
const INPUTS_GROUP_ID = 'custpage_inputs';
export const CHECKS_TAB_ID = 'custpage_tab_checks';
export const INPUTS_TAB_ID = 'custpage_tab_inputs';
export const CHECKS_FIELD_ID = 'custpage_checks';

/** One input of the "Audit inputs" group: what it holds, how it is explained, and its value from the request. */
interface InputFieldDefinition {
  readonly id: string;
  readonly label: string;
  readonly kind: 'name' | 'internalId' | 'fieldIds';
  /** The request parameter its problems are reported under. */
  readonly parameter: string;
  readonly help: string;
  readonly valueOf: (inputs: AuditInputs) => string | null;
}

const INPUT_FIELDS: readonly InputFieldDefinition[] = [
  {
    id: FORM_FIELD_IDS.integration,
    label: 'Integration name',
    kind: 'name',
    parameter: 'integration',
    help:
      'The name of the integration record Act-On uses (Setup > Integration > Manage Integrations). Case and spaces ' +
      'are ignored.',
    valueOf: (inputs) => inputs.integrationName,
  },
  {
    id: FORM_FIELD_IDS.role,
    label: 'Role internal id',
    kind: 'internalId',
    parameter: 'role',
    help:
      "Optional. The internal id of the role Act-On's token uses (Setup > Users/Roles > Manage Roles, ID column). " +
      "Leave empty to audit the roles found on the integration's tokens.",
    valueOf: (inputs) => (inputs.roleId === null ? null : String(inputs.roleId)),
  },
  {
    id: FORM_FIELD_IDS.user,
    label: 'Employee internal id',
    kind: 'internalId',
    parameter: 'user',
    help:
      'Optional. The internal id of the employee whose token Act-On uses (Lists > Employees > Employees, Internal ID). ' +
      "Leave empty to audit the users found on the integration's tokens.",
    valueOf: (inputs) => (inputs.userId === null ? null : String(inputs.userId)),
  },
  {
    id: FORM_FIELD_IDS.scoreFields,
    label: 'Score fields',
    kind: 'fieldIds',
    parameter: 'scorefields',
    help:
      'Optional. The ids of the custom entity fields Act-On writes its score to, separated by commas, e.g. ' +
      'custentity_acton_score (Customization > Lists, Records, & Fields > Entity Fields, column ID). Leave empty ' +
      'to let the audit look for a field labelled "score".',
    valueOf: (inputs) => (inputs.scoreFieldIds.length === 0 ? null : inputs.scoreFieldIds.join(',')),
  },
];

/** Room for the most score field ids a request may name, at 40 characters each, with their commas. */
const MAX_SCORE_FIELDS_LENGTH = MAX_SCORE_FIELDS * 41;

const MAX_LENGTHS: Readonly<Record<InputFieldDefinition['kind'], number>> = {
  name: MAX_INTEGRATION_NAME_LENGTH,
  internalId: MAX_INTERNAL_ID_FIELD_LENGTH,
  fieldIds: MAX_SCORE_FIELDS_LENGTH,
};

/** The message beside a field whose value was rejected, as inline HTML in the same group. */
function addProblemBeside(form: serverWidget.Form, definition: InputFieldDefinition, problem: InputProblem): void {
  const note = form.addField({
    id: `${definition.id}_problem`,
    label: `${definition.label}: problem`,
    type: serverWidget.FieldType.INLINEHTML,
    container: INPUTS_GROUP_ID,
  });
  note.defaultValue =
    `<p class="acton-readiness-input-problem" role="alert"><strong>Rejected:</strong> ` +
    `${escapeHtml(problem.message)}</p>`;
}

/**
 * The rejected inputs: the request's own, then the ids the audit found the account does not have
 * (rejected like a malformed id: kept in their field, with the message beside it).
 */
function rejectedInputs(report: ReadinessReport | null, request: ParsedRequest): readonly InputProblem[] {
  const found = (report?.inputProblems ?? []).filter(
    (problem) => !request.problems.some((known) => known.parameter === problem.parameter),
  );
  return [...request.problems, ...found];
}

/** The inputs group, on the "Audit inputs" tab when `tab` is given, else in the main area. */
function addInputFields(
  form: serverWidget.Form,
  request: ParsedRequest,
  problems: readonly InputProblem[],
  tab: string | null,
): void {
  form.addFieldGroup(
    tab === null ? { id: INPUTS_GROUP_ID, label: 'Audit inputs' } : { id: INPUTS_GROUP_ID, label: 'Audit inputs', tab },
  );
  for (const definition of INPUT_FIELDS) {
    // Ids are TEXT fields, not INTEGER: a mistyped "12a" must stay in its field, and the request parser judges it.
    const field = form.addField({
      id: definition.id,
      label: definition.label,
      type: serverWidget.FieldType.TEXT,
      container: INPUTS_GROUP_ID,
    });
    const maxLength = MAX_LENGTHS[definition.kind];
    field.maxLength = maxLength;
    const problem = problems.find((candidate) => candidate.parameter === definition.parameter);
    // A rejected value stays in its field (up to the field's length), with the message beside it.
    const rejected = problem?.rejectedValue === undefined ? null : problem.rejectedValue.slice(0, maxLength);
    const value = rejected ?? definition.valueOf(request.inputs);
    if (value !== null) field.defaultValue = value;
    field.setHelpText({ help: definition.help });
    if (problem !== undefined) addProblemBeside(form, definition, problem);
  }
}

/** The inline HTML above everything: the report's verdict and fix plan, or the problems and input problems alone. */
function topHtml(
  report: ReadinessReport | null,
  request: ParsedRequest,
  reportTop: string,
  problems: readonly string[],
): string {
  if (report === null) {
    return renderNoticeHtml({ heading: 'The audit could not finish', paragraphs: problems }, request.problems);
  }
  const notice = problems.length === 0 ? '' : renderNoticeHtml({ heading: 'Please note', paragraphs: problems });
  return notice + reportTop;
}

/**
 * Builds the Suitelet's form. `problems` are messages shown above the report in an alert box;
 * with no report (the audit could not finish) they are what the page says, with the input problems.
 */
export function buildReadinessForm(
  report: ReadinessReport | null,
  request: ParsedRequest,
  links: DownloadLinks,
  problems: readonly string[],
): serverWidget.Form {
  const form = serverWidget.createForm({ title: FORM_TITLE });
  const parts = report === null ? null : renderReportHtmlParts(report, { rerunUrl, downloadLinks: links });
  // Tabs, in order: the checks, then the inputs when nothing was rejected (folded to one tab label).
  // With a rejected input (or no report) the inputs stay in the main area, open, beside their messages;
  // NetSuite shows a lone tab's fields at the bottom of the form, without a tab strip.
  const rejected = rejectedInputs(report, request);
  const inputsFolded = parts !== null && rejected.length === 0;
  if (parts !== null) form.addTab({ id: CHECKS_TAB_ID, label: 'Checks' });
  if (inputsFolded) form.addTab({ id: INPUTS_TAB_ID, label: 'Audit inputs' });
  addInputFields(form, request, rejected, inputsFolded ? INPUTS_TAB_ID : null);
  form.addSubmitButton({ label: SUBMIT_LABEL });
  const reportField = form.addField({
    id: FORM_FIELD_IDS.report,
    label: 'Report',
    type: serverWidget.FieldType.INLINEHTML,
  });
  // Above the main area and the tabs, across the full width of the page: the verdict and the fix plan come first.
  // (A field group cannot be collapsed on a Form, only on an Assistant: tabs fold the inputs instead.)
  reportField.updateLayoutType({ layoutType: serverWidget.FieldLayoutType.OUTSIDEABOVE });
  reportField.updateBreakType({ breakType: serverWidget.FieldBreakType.STARTROW });
  reportField.defaultValue = topHtml(report, request, parts?.top ?? '', problems);
  if (parts !== null) {
    const checksField = form.addField({
      id: CHECKS_FIELD_ID,
      label: 'Checks',
      type: serverWidget.FieldType.INLINEHTML,
      container: CHECKS_TAB_ID,
    });
    checksField.defaultValue = parts.rest;
  }
  return form;
}
