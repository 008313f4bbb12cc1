/**
 * The Suitelet's page: a NetSuite form with the audit inputs, a "Run audit again" button and
 * the report in an inline HTML field. Bad inputs are shown on this form (at the top of the
 * report), never as an error screen.
 */
import * as serverWidget from 'N/ui/serverWidget';
import { MAX_INTEGRATION_NAME_LENGTH } from '../core/inputs';
import type { AuditInputs, InputProblem, ParsedRequest } from '../core/inputs';
import type { ReadinessReport } from '../core/report';
import { escapeHtml } from '../render/escape';
import { renderReportHtml, renderNoticeHtml } from '../render/html';
import type { DownloadLinks } from '../render/html';
import { FORM_FIELD_IDS } from './suiteletRequest';
import { rerunUrl } from './suiteletUrls';

export const FORM_TITLE = 'Act-On Readiness';
export const SUBMIT_LABEL = 'Run audit again';
const INPUTS_GROUP_ID = 'custpage_inputs';

/** One input of the "Audit inputs" group: what it holds, how it is explained, and its value from the request. */
interface InputFieldDefinition {
  readonly id: string;
  readonly label: string;
  readonly kind: 'name' | 'internalId';
  /** The request parameter its problems are reported under. */
  readonly parameter: string;
  readonly help: string;
  readonly valueOf: (inputs: AuditInputs) => string | number | null;
}

const INPUT_FIELDS: readonly InputFieldDefinition[] = [
  {
    id: FORM_FIELD_IDS.integration,
    label: 'Integration name',
    kind: 'name',
    parameter: 'integration',
    help: 'The name of the integration record Act-On uses (Setup > Integration > Manage Integrations). Case and spaces are ignored.',
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
    valueOf: (inputs) => inputs.roleId,
  },
  {
    id: FORM_FIELD_IDS.user,
    label: 'Employee internal id',
    kind: 'internalId',
    parameter: 'user',
    help:
      'Optional. The internal id of the employee whose token Act-On uses (Lists > Employees > Employees, Internal ID). ' +
      "Leave empty to audit the users found on the integration's tokens.",
    valueOf: (inputs) => inputs.userId,
  },
];

/** The message beside a field whose value was rejected, as inline HTML in the same group. */
function addProblemBeside(form: serverWidget.Form, definition: InputFieldDefinition, problem: InputProblem): void {
  const note = form.addField({ id: `${definition.id}_problem`, label: `${definition.label}: problem`, type: serverWidget.FieldType.INLINEHTML, container: INPUTS_GROUP_ID });
  note.defaultValue = `<p class="acton-readiness-input-problem" role="alert"><strong>Rejected:</strong> ${escapeHtml(problem.message)}</p>`;
}

function addInputFields(form: serverWidget.Form, request: ParsedRequest): void {
  form.addFieldGroup({ id: INPUTS_GROUP_ID, label: 'Audit inputs' });
  for (const definition of INPUT_FIELDS) {
    const type = definition.kind === 'name' ? serverWidget.FieldType.TEXT : serverWidget.FieldType.INTEGER;
    const field = form.addField({ id: definition.id, label: definition.label, type, container: INPUTS_GROUP_ID });
    if (definition.kind === 'name') field.maxLength = MAX_INTEGRATION_NAME_LENGTH;
    const problem = request.problems.find((candidate) => candidate.parameter === definition.parameter);
    // A rejected name stays in its field (up to the field's length); an id field holds numbers only, so the message quotes it.
    const rejected = problem?.rejectedValue !== undefined && definition.kind === 'name' ? problem.rejectedValue.slice(0, MAX_INTEGRATION_NAME_LENGTH) : null;
    const value = rejected ?? definition.valueOf(request.inputs);
    if (value !== null) field.defaultValue = value;
    field.setHelpText({ help: definition.help });
    if (problem !== undefined) addProblemBeside(form, definition, problem);
  }
}

/** The inline HTML: the report (with its download and re-run links), or the problems and input problems alone. */
function reportHtml(
  report: ReadinessReport | null,
  request: ParsedRequest,
  links: DownloadLinks,
  problems: readonly string[],
): string {
  if (report === null) {
    return renderNoticeHtml({ heading: 'The audit could not finish', paragraphs: problems }, request.problems);
  }
  const notice = problems.length === 0 ? '' : renderNoticeHtml({ heading: 'Please note', paragraphs: problems });
  return notice + renderReportHtml(report, { rerunUrl, downloadLinks: links });
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
  addInputFields(form, request);
  form.addSubmitButton({ label: SUBMIT_LABEL });
  const reportField = form.addField({ id: FORM_FIELD_IDS.report, label: 'Report', type: serverWidget.FieldType.INLINEHTML });
  // Above the inputs, across the full width of the page: the verdict and the fix plan come first.
  // (A field group cannot be collapsed on a Form, only on an Assistant: the inputs stay open below.)
  reportField.updateLayoutType({ layoutType: serverWidget.FieldLayoutType.OUTSIDEABOVE });
  reportField.updateBreakType({ breakType: serverWidget.FieldBreakType.STARTROW });
  reportField.defaultValue = reportHtml(report, request, links, problems);
  return form;
}
