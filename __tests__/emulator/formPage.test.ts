import { renderForm } from '../../tools/emulator';
import { expectInOrder } from '../fixtures/order';
import { ServerWidgetForm } from '../../tools/emulator/modules/formModel';

const PAGE_OPTIONS = {
  formAction: '/app/site/hosting/scriptlet.nl?script=customscript_x&deploy=customdeploy_x',
  accountId: '1234567_SB1',
};
const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

/** A form as a readiness Suitelet builds it: inputs in a group, a report as inline HTML, a submit button. */
function auditForm(): ServerWidgetForm {
  const form = new ServerWidgetForm('Act-On Readiness', false);
  form.addFieldGroup({ id: 'custpage_inputs', label: 'Audit inputs' });
  form.addField({
    id: 'custpage_integration',
    label: 'Integration name',
    type: 'TEXT',
    container: 'custpage_inputs',
  }).defaultValue = 'ActOnTBA';
  const role = form.addField({ id: 'custpage_role', label: 'Role', type: 'SELECT', container: 'custpage_inputs' });
  role.addSelectOption({ value: '3', text: 'Administrator' });
  role.addSelectOption({ value: '1001', text: 'Act-On Integration', isSelected: true });
  form.addField({ id: 'custpage_report', label: 'Report', type: 'INLINEHTML' }).defaultValue =
    '<div class="verdict">✖ Not ready</div>';
  form.addSubmitButton({ label: 'Run audit again' });
  return form;
}

describe('renderForm', () => {
  it('lays the page out like NetSuite: title, buttons above and below, field groups, the form posting back', () => {
    const html = renderForm(auditForm(), PAGE_OPTIONS);

    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>Act-On Readiness</title>');
    expect(html).toContain('<h1 class="ns-title">Act-On Readiness</h1>');
    expect(html).toContain('<h2 class="ns-fieldgroup-title" id="fg_custpage_inputs_title">Audit inputs</h2>');
    expect(html).toContain('id="submitter" name="submitter" value="Run audit again"');
    expect(html).toContain('id="secondarysubmitter"');
    expect(html).toContain(
      '<form method="post" action="/app/site/hosting/scriptlet.nl?script=customscript_x&amp;deploy=customdeploy_x"',
    );
    expect(html).toContain('Account 1234567_SB1');
  });

  it('inserts the inline HTML field’s value as is', () => {
    const html = renderForm(auditForm(), PAGE_OPTIONS);

    expect(html).toContain(
      '<div class="ns-inlinehtml" id="custpage_report_val"><div class="verdict">✖ Not ready</div></div>',
    );
  });

  it('renders select fields with their options and the selected one marked', () => {
    const html = renderForm(auditForm(), PAGE_OPTIONS);

    expect(html).toContain(
      '<select id="custpage_role" name="custpage_role"><option value=""></option><option ' +
        'value="3">Administrator</option><option value="1001" selected>Act-On Integration</option></select>',
    );
  });

  it('escapes every value that is not inline HTML: field values, labels, options, titles, groups and buttons', () => {
    const form = new ServerWidgetForm(HOSTILE, false);
    form.addFieldGroup({ id: 'custpage_group', label: HOSTILE });
    form.addField({ id: 'custpage_text', label: HOSTILE, type: 'TEXT', container: 'custpage_group' }).defaultValue =
      HOSTILE;
    form.addField({ id: 'custpage_area', label: 'Notes', type: 'TEXTAREA' }).defaultValue =
      '</textarea><script>alert(3)</script>';
    const inline = form.addField({ id: 'custpage_inline', label: 'Role', type: 'TEXT' });
    inline.updateDisplayType({ displayType: 'INLINE' });
    inline.defaultValue = HOSTILE;
    form
      .addField({ id: 'custpage_pick', label: 'Pick', type: 'SELECT' })
      .addSelectOption({ value: HOSTILE, text: HOSTILE });
    form.addButton({ id: 'custpage_go', label: HOSTILE });

    const html = renderForm(form, PAGE_OPTIONS);

    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps hidden fields out of sight but in the submitted form', () => {
    const form = new ServerWidgetForm('Hidden', false);
    form
      .addField({ id: 'custpage_state', label: 'State', type: 'TEXT' })
      .updateDisplayType({ displayType: 'HIDDEN' }).defaultValue = 'step-2';

    expect(renderForm(form, PAGE_OPTIONS)).toContain(
      '<input type="hidden" id="custpage_state" name="custpage_state" value="step-2">',
    );
  });

  it('shows an inline select field as the text of its chosen option', () => {
    const form = new ServerWidgetForm('Inline select', false);
    const field = form.addField({ id: 'custpage_state', label: 'State', type: 'SELECT' });
    field.addSelectOption({ value: 'B', text: 'Blocked' });
    field.defaultValue = 'B';
    field.updateDisplayType({ displayType: 'INLINE' });

    expect(renderForm(form, PAGE_OPTIONS)).toContain('<span class="ns-value" id="custpage_state_val">Blocked</span>');
  });

  it('neutralises a page link that is not a web address', () => {
    const form = new ServerWidgetForm('Links', false);
    form.addPageLink({ type: 'CROSSLINK', title: 'Roles', url: '/app/setup/rolelist.nl' });
    form.addPageLink({ type: 'CROSSLINK', title: 'Trap', url: 'javascript:alert(1)' });

    const html = renderForm(form, PAGE_OPTIONS);

    expect(html).toContain('<a href="/app/setup/rolelist.nl" data-link-type="CROSSLINK">Roles</a>');
    expect(html).toContain('<a href="#" data-link-type="CROSSLINK">Trap</a>');
  });

  it('omits the navigation bar when the form hides it', () => {
    expect(renderForm(new ServerWidgetForm('Bare', true), PAGE_OPTIONS)).not.toContain('<header class="ns-navbar"');
  });

  it('starts a new column at a STARTCOL break', () => {
    const form = new ServerWidgetForm('Columns', false);
    form.addField({ id: 'custpage_left', label: 'Left', type: 'TEXT' });
    form.addField({ id: 'custpage_right', label: 'Right', type: 'TEXT' }).updateBreakType({ breakType: 'STARTCOL' });

    expect(renderForm(form, PAGE_OPTIONS).match(/class="ns-column"/g)).toHaveLength(2);
  });
});

/** A form with a report above, a "Checks" tab holding inline HTML and an "Audit inputs" tab holding a field group. */
function tabbedForm(options: { readonly inputsTab: boolean }): ServerWidgetForm {
  const form = new ServerWidgetForm('Act-On Readiness', false);
  form.addTab({ id: 'custpage_tab_checks', label: 'Checks' });
  if (options.inputsTab) form.addTab({ id: 'custpage_tab_inputs', label: 'Audit inputs' });
  form.addFieldGroup(
    options.inputsTab
      ? { id: 'custpage_inputs', label: 'Audit inputs', tab: 'custpage_tab_inputs' }
      : { id: 'custpage_inputs', label: 'Audit inputs' },
  );
  form.addField({
    id: 'custpage_integration',
    label: 'Integration name',
    type: 'TEXT',
    container: 'custpage_inputs',
  }).defaultValue = 'ActOnTBA';
  form.addField({
    id: 'custpage_checks',
    label: 'Checks',
    type: 'INLINEHTML',
    container: 'custpage_tab_checks',
  }).defaultValue = '<p id="the-checks">checks</p>';
  return form;
}

describe('renderForm: tabs', () => {
  it('shows two tabs as a strip of tab buttons, the first selected, each over its own panel', () => {
    const html = renderForm(tabbedForm({ inputsTab: true }), PAGE_OPTIONS);

    expect(html).toContain('<div class="ns-tablist" role="tablist" aria-label="Act-On Readiness">');
    expect(html).toContain(
      '<button type="button" class="ns-tab" role="tab" id="tab_custpage_tab_checks" ' +
        'aria-controls="tabpanel_custpage_tab_checks" aria-selected="true" tabindex="0">Checks</button>',
    );
    expect(html).toContain(
      '<button type="button" class="ns-tab" role="tab" id="tab_custpage_tab_inputs" ' +
        'aria-controls="tabpanel_custpage_tab_inputs" aria-selected="false" tabindex="-1">Audit inputs</button>',
    );
  });

  it('hides every panel but the selected one', () => {
    const html = renderForm(tabbedForm({ inputsTab: true }), PAGE_OPTIONS);

    expect(html).toContain(
      '<div class="ns-tabpanel" role="tabpanel" id="tabpanel_custpage_tab_checks" ' +
        'aria-labelledby="tab_custpage_tab_checks"><div class="ns-fields">',
    );
    expect(html).toMatch(
      /<div class="ns-tabpanel" role="tabpanel" id="tabpanel_custpage_tab_inputs" aria-labelledby="tab_custpage_tab_inputs" hidden><section class="ns-fieldgroup" id="fg_custpage_inputs"/,
    );
  });

  it('shows a lone tab without a strip, its fields at the bottom of the form after the main field groups', () => {
    const html = renderForm(tabbedForm({ inputsTab: false }), PAGE_OPTIONS);

    expect(html).not.toContain('role="tablist"');
    expectInOrder(html, ['id="fg_custpage_inputs"', 'id="the-checks"']);
  });

  it('leaves out a tab with nothing on it', () => {
    const form = tabbedForm({ inputsTab: false });
    form.addTab({ id: 'custpage_tab_empty', label: 'Empty' });

    expect(renderForm(form, PAGE_OPTIONS)).not.toContain('Empty');
  });

  it('hides the tab strip on paper, so print shows the selected panel alone', () => {
    expect(renderForm(tabbedForm({ inputsTab: true }), PAGE_OPTIONS)).toContain(
      '@media print{.ns-tablist{display:none}}',
    );
  });
});

describe('serverWidget arguments NetSuite would refuse', () => {
  it('refuses a field group on a tab the form does not have', () => {
    expect(() =>
      new ServerWidgetForm('x', false).addFieldGroup({
        id: 'custpage_group',
        label: 'Group',
        tab: 'custpage_tab_missing',
      }),
    ).toThrow('options.tab "custpage_tab_missing" is not a tab of this form');
  });

  it('refuses a second tab with the same id', () => {
    const form = new ServerWidgetForm('x', false);
    form.addTab({ id: 'custpage_tab', label: 'Tab' });

    expect(() => form.addTab({ id: 'custpage_tab', label: 'Again' })).toThrow(
      'The form already has a tab custpage_tab.',
    );
  });

  it('refuses a tab without a label', () => {
    expect(() => new ServerWidgetForm('x', false).addTab({ id: 'custpage_tab' })).toThrow(
      'Missing a required argument: options.label.',
    );
  });

  it('refuses a field type outside the enum', () => {
    expect(() => new ServerWidgetForm('x', false).addField({ id: 'custpage_x', label: 'X', type: 'DROPDOWN' })).toThrow(
      'options.type "DROPDOWN" is not one of',
    );
  });

  it('refuses a container that is not a field group of the form', () => {
    expect(() =>
      new ServerWidgetForm('x', false).addField({
        id: 'custpage_x',
        label: 'X',
        type: 'TEXT',
        container: 'custpage_missing',
      }),
    ).toThrow('options.container "custpage_missing" is not a field group or tab of this form');
  });

  it('refuses a field id with capitals or spaces', () => {
    expect(() => new ServerWidgetForm('x', false).addField({ id: 'Custpage X', label: 'X', type: 'TEXT' })).toThrow(
      'must be lower case',
    );
  });
});
