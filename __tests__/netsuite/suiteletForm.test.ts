jest.mock('N/ui/serverWidget');
jest.mock('N/url');

import * as url from 'N/url';
import { missingRecordProblem, parseRequestParameters } from '../../src/core/inputs';
import {
  CHECKS_FIELD_ID,
  CHECKS_TAB_ID,
  FORM_TITLE,
  INPUTS_TAB_ID,
  buildReadinessForm,
} from '../../src/netsuite/suiteletForm';
import { REPORT_ROOT_CLASS } from '../../src/render/htmlStyles';
import { expectOnlyThePrintScript } from '../fixtures/printScript';
import { FORM_FIELD_IDS } from '../../src/netsuite/suiteletRequest';
import { downloadLinks } from '../../src/netsuite/suiteletUrls';
import { allElements, elementsWithClass, parseMarkup } from '../render/markup';
import {
  SCRIPT_TAG_PAYLOAD,
  hostileNamesReport,
  readyProductionReport,
  tbaDisabledSandboxReport,
} from '../fixtures/reports';
import { SCRIPT_URL_BASE, fieldOf, recordCreatedForms, resolveScriptUrls } from '../suitelet/support/suiteletDoubles';
import type { RecordedForm } from '../suitelet/support/suiteletDoubles';

const ASKED_FOR_ROLE_AND_USER = parseRequestParameters({ integration: 'ActOnTBA', role: '1001', user: '7' });
const ASKED_FOR_NOTHING = parseRequestParameters({});

let forms: RecordedForm[];

beforeEach(() => {
  forms = recordCreatedForms();
  resolveScriptUrls();
});

afterEach(() => {
  jest.resetAllMocks();
});

/** The report as the page shows it: the verdict field above, then the checks tab's field (when there is one). */
function reportHtmlOf(form: RecordedForm | undefined): string {
  const checks = form?.fields.find((field) => field.id === CHECKS_FIELD_ID);
  return `<div>${String(fieldOf(form, FORM_FIELD_IDS.report).defaultValue)}${checks === undefined ? '' : String(checks.defaultValue)}</div>`;
}

describe('buildReadinessForm: the inputs', () => {
  it('is titled "Act-On Readiness"', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    expect(forms[0]?.title).toBe(FORM_TITLE);
    expect(FORM_TITLE).toBe('Act-On Readiness');
  });

  it('groups the integration, role, user and score fields under "Audit inputs"', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    const [group] = forms[0]?.fieldGroups ?? [];
    expect(group?.label).toBe('Audit inputs');
    expect(
      forms[0]?.fields.filter((field) => field.container === group?.id).map((field) => [field.id, field.type]),
    ).toEqual([
      ['custpage_integration', 'TEXT'],
      ['custpage_role', 'TEXT'],
      ['custpage_user', 'TEXT'],
      ['custpage_scorefields', 'TEXT'],
    ]);
  });

  it('fills the integration name with the default when nothing was asked', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    expect(fieldOf(forms[0], 'custpage_integration').defaultValue).toBe('ActOnTBA');
    expect(fieldOf(forms[0], 'custpage_role').defaultValue).toBeUndefined();
    expect(fieldOf(forms[0], 'custpage_user').defaultValue).toBeUndefined();
  });

  it('fills the role and user with what was asked, so a re-run keeps them', () => {
    buildReadinessForm(
      tbaDisabledSandboxReport(),
      ASKED_FOR_ROLE_AND_USER,
      downloadLinks(ASKED_FOR_ROLE_AND_USER.inputs),
      [],
    );

    expect(fieldOf(forms[0], 'custpage_role').defaultValue).toBe('1001');
    expect(fieldOf(forms[0], 'custpage_user').defaultValue).toBe('7');
  });

  it('fills the score fields with those asked for, so "Run audit again" keeps them', () => {
    const asked = parseRequestParameters({ scorefields: 'custentity_lead_score, custentity_contact_score' });

    buildReadinessForm(readyProductionReport(), asked, downloadLinks(asked.inputs), []);

    expect(fieldOf(forms[0], 'custpage_scorefields').defaultValue).toBe(
      'custentity_lead_score,custentity_contact_score',
    );
    expect(fieldOf(forms[0], 'custpage_scorefields').helpText).toContain('Act-On writes its score to');
  });

  it('keeps rejected score fields in their field, with the message beside it', () => {
    const asked = parseRequestParameters({ scorefields: 'score' });

    buildReadinessForm(readyProductionReport(), asked, downloadLinks(asked.inputs), []);

    expect(fieldOf(forms[0], 'custpage_scorefields').defaultValue).toBe('score');
    expect(String(fieldOf(forms[0], 'custpage_scorefields_problem').defaultValue)).toContain(
      'is not a custom entity field id',
    );
  });

  it('keeps a rejected integration name in its field, with the message beside it in the same group', () => {
    const asked = parseRequestParameters({ integration: 'A'.repeat(101) });

    buildReadinessForm(readyProductionReport(), asked, downloadLinks(asked.inputs), []);

    expect(fieldOf(forms[0], 'custpage_integration').defaultValue).toBe('A'.repeat(100));
    const note = fieldOf(forms[0], 'custpage_integration_problem');
    expect([note.type, note.container]).toEqual(['INLINEHTML', 'custpage_inputs']);
    expect(String(note.defaultValue)).toContain(
      '101 characters long; at most 100 are accepted. The audit looked for ActOnTBA instead.',
    );
  });

  it('keeps a mistyped role id in its text field, with the message beside it, escaped', () => {
    const asked = parseRequestParameters({ role: '<b>12' });

    buildReadinessForm(readyProductionReport(), asked, downloadLinks(asked.inputs), []);

    expect(fieldOf(forms[0], 'custpage_role').defaultValue).toBe('<b>12');
    expect(String(fieldOf(forms[0], 'custpage_role_problem').defaultValue)).toContain(
      '&quot;&lt;b&gt;12&quot; is not an internal id',
    );
  });

  it('keeps a role id the account does not have in its field, with the message beside it, and the inputs open', () => {
    const asked = parseRequestParameters({ role: '9999' });
    const report = {
      ...readyProductionReport(),
      inputs: { ...asked.inputs, roleId: null },
      inputProblems: [missingRecordProblem('role', 9999)],
    };

    buildReadinessForm(report, asked, downloadLinks(asked.inputs), []);

    expect(fieldOf(forms[0], 'custpage_role').defaultValue).toBe('9999');
    expect(String(fieldOf(forms[0], 'custpage_role_problem').defaultValue)).toContain(
      'There is no role with internal id 9999',
    );
    expect(forms[0]?.tabs.map((tab) => tab.id)).toEqual([CHECKS_TAB_ID]);
  });

  it('keeps a mistyped user id such as "12a" in its field', () => {
    const asked = parseRequestParameters({ user: '12a' });

    buildReadinessForm(readyProductionReport(), asked, downloadLinks(asked.inputs), []);

    expect(fieldOf(forms[0], 'custpage_user').defaultValue).toBe('12a');
    expect(fieldOf(forms[0], 'custpage_user').maxLength).toBe(20);
  });

  it('explains each input in its help text', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    expect(fieldOf(forms[0], 'custpage_integration').helpText).toContain('Manage Integrations');
    expect(fieldOf(forms[0], 'custpage_role').helpText).toContain('internal id of the role');
    expect(fieldOf(forms[0], 'custpage_user').helpText).toContain('internal id of the employee');
  });

  it('has one submit button, "Run audit again"', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    expect(forms[0]?.submitButtonLabels).toEqual(['Run audit again']);
  });
});

describe('buildReadinessForm: the layout', () => {
  it('folds the inputs into an "Audit inputs" tab after a "Checks" tab when nothing was rejected', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    expect(forms[0]?.tabs).toEqual([
      { id: CHECKS_TAB_ID, label: 'Checks' },
      { id: INPUTS_TAB_ID, label: 'Audit inputs' },
    ]);
    expect(forms[0]?.fieldGroups.map((group) => group.tab)).toEqual([INPUTS_TAB_ID]);
  });

  it('keeps the verdict above everything and puts the checks on the "Checks" tab', () => {
    buildReadinessForm(tbaDisabledSandboxReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    const checks = fieldOf(forms[0], CHECKS_FIELD_ID);
    expect([checks.type, checks.container]).toEqual(['INLINEHTML', CHECKS_TAB_ID]);
    expect(elementsWithClass(parseMarkup(String(checks.defaultValue)), 'ar-section').length).toBeGreaterThan(0);
    expect(
      elementsWithClass(parseMarkup(String(fieldOf(forms[0], 'custpage_report').defaultValue)), 'ar-section'),
    ).toEqual([]);
  });

  it('keeps the inputs open in the main area, with only the "Checks" tab, when an input was rejected', () => {
    const asked = parseRequestParameters({ role: '12a' });

    buildReadinessForm(readyProductionReport(), asked, downloadLinks(asked.inputs), []);

    expect(forms[0]?.tabs.map((tab) => tab.id)).toEqual([CHECKS_TAB_ID]);
    expect(forms[0]?.fieldGroups.map((group) => group.tab)).toEqual([undefined]);
  });

  it('adds no tab when the audit could not finish', () => {
    buildReadinessForm(null, ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), [
      'The audit could not finish: timeout.',
    ]);

    expect(forms[0]?.tabs).toEqual([]);
    expect(forms[0]?.fieldGroups.map((group) => group.tab)).toEqual([undefined]);
  });
});

describe('buildReadinessForm: the report', () => {
  it('shows the report in an inline HTML field above the inputs', () => {
    buildReadinessForm(readyProductionReport(), ASKED_FOR_NOTHING, downloadLinks(ASKED_FOR_NOTHING.inputs), []);

    const field = fieldOf(forms[0], 'custpage_report');
    expect([field.type, field.layoutType, field.container]).toEqual(['INLINEHTML', 'OUTSIDEABOVE', undefined]);
    expect(elementsWithClass(parseMarkup(reportHtmlOf(forms[0])), 'ar-verdict')[0]?.text).toContain('Verdict: Ready');
  });

  it('offers JSON, CSV and print links to the Suitelet itself for the same inputs', () => {
    buildReadinessForm(
      tbaDisabledSandboxReport(),
      ASKED_FOR_ROLE_AND_USER,
      downloadLinks(ASKED_FOR_ROLE_AND_USER.inputs),
      [],
    );

    const links = allElements(elementsWithClass(parseMarkup(reportHtmlOf(forms[0])), 'ar-downloads')).filter(
      (element) => element.tag === 'a',
    );
    expect(links.map((link) => link.attributes.href)).toEqual([
      `${SCRIPT_URL_BASE}&integration=ActOnTBA&role=1001&user=7&format=json`,
      `${SCRIPT_URL_BASE}&integration=ActOnTBA&role=1001&user=7&format=csv`,
      `${SCRIPT_URL_BASE}&integration=ActOnTBA&role=1001&user=7&format=print`,
    ]);
  });

  it("links each candidate to this Suitelet's own deployment for its role and user", () => {
    buildReadinessForm(
      tbaDisabledSandboxReport(),
      ASKED_FOR_ROLE_AND_USER,
      downloadLinks(ASKED_FOR_ROLE_AND_USER.inputs),
      [],
    );

    const table = elementsWithClass(parseMarkup(reportHtmlOf(forms[0])), 'ar-candidates');
    expect(
      allElements(table)
        .filter((element) => element.tag === 'a')
        .map((link) => link.attributes.href),
    ).toEqual([
      `${SCRIPT_URL_BASE}&integration=ActOnTBA&role=1001&user=7`,
      `${SCRIPT_URL_BASE}&integration=ActOnTBA&role=3&user=7`,
    ]);
    expect(jest.mocked(url.resolveScript)).toHaveBeenCalledWith(
      expect.objectContaining({
        scriptId: 'customscript_acton_readiness',
        deploymentId: 'customdeploy_acton_readiness',
      }),
    );
  });

  it('shows a bad parameter once in the verdict, not as an error screen (the form shows it beside its field)', () => {
    const request = parseRequestParameters({ role: 'admin' });
    const report = { ...readyProductionReport(), inputProblems: request.problems };

    buildReadinessForm(report, request, downloadLinks(request.inputs), []);

    const html = reportHtmlOf(forms[0]);
    const [headline] = elementsWithClass(parseMarkup(html), 'ar-headline');
    expect(headline?.text).toContain('"admin" is not an internal id');
    expect(html.split('is not an internal id')).toHaveLength(2);
  });

  it('keeps script payloads in names as text inside the inline HTML', () => {
    const request = parseRequestParameters({ integration: SCRIPT_TAG_PAYLOAD });

    buildReadinessForm(hostileNamesReport(), request, downloadLinks(request.inputs), []);

    const html = reportHtmlOf(forms[0]);
    expectOnlyThePrintScript(
      allElements(parseMarkup(html))
        .filter((element) => element.tag === 'script')
        .map((element) => element.text),
      REPORT_ROOT_CLASS,
    );
    expect(html).not.toContain(SCRIPT_TAG_PAYLOAD);
  });
});

describe('buildReadinessForm: no report', () => {
  it('says why in place of the report, with the input problems, and keeps the inputs for another try', () => {
    const request = parseRequestParameters({ integration: 'ActOnTBA', role: '1001', user: 'x7' });

    buildReadinessForm(null, request, downloadLinks(request.inputs), [
      'The audit could not finish: SSS_USAGE_LIMIT_EXCEEDED.',
    ]);

    const tree = parseMarkup(reportHtmlOf(forms[0]));
    expect(
      elementsWithClass(tree, 'ar-problems')
        .map((element) => element.text)
        .join(' '),
    ).toContain('The audit could not finish: SSS_USAGE_LIMIT_EXCEEDED.');
    expect(
      elementsWithClass(tree, 'ar-problems')
        .map((element) => element.text)
        .join(' '),
    ).toContain('"x7" is not an internal id');
    expect(elementsWithClass(tree, 'ar-verdict')).toEqual([]);
    expect(fieldOf(forms[0], 'custpage_role').defaultValue).toBe('1001');
    expect(forms[0]?.submitButtonLabels).toEqual(['Run audit again']);
  });
});
