import { renderForm } from '../../tools/emulator';
import { ServerWidgetForm } from '../../tools/emulator/modules/formModel';

const PAGE_OPTIONS = { formAction: '/app/site/hosting/scriptlet.nl?script=customscript_x&deploy=customdeploy_x', accountId: '1234567_SB1' };
const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(2)</script>';

/** A form as a readiness Suitelet builds it: inputs in a group, a report as inline HTML, a submit button. */
function auditForm(): ServerWidgetForm {
  const form = new ServerWidgetForm('Act-On Readiness', false);
  form.addFieldGroup({ id: 'custpage_inputs', label: 'Audit inputs' });
  form.addField({ id: 'custpage_integration', label: 'Integration name', type: 'TEXT', container: 'custpage_inputs' }).defaultValue = 'ActOnTBA';
  const role = form.addField({ id: 'custpage_role', label: 'Role', type: 'SELECT', container: 'custpage_inputs' });
  role.addSelectOption({ value: '3', text: 'Administrator' });
  role.addSelectOption({ value: '1001', text: 'Act-On Integration', isSelected: true });
  form.addField({ id: 'custpage_report', label: 'Report', type: 'INLINEHTML' }).defaultValue = '<div class="verdict">✖ Not ready</div>';
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
    expect(html).toContain('<form method="post" action="/app/site/hosting/scriptlet.nl?script=customscript_x&amp;deploy=customdeploy_x"');
    expect(html).toContain('Account 1234567_SB1');
  });

  it('inserts the inline HTML field’s value as is', () => {
    const html = renderForm(auditForm(), PAGE_OPTIONS);

    expect(html).toContain('<div class="ns-inlinehtml" id="custpage_report_val"><div class="verdict">✖ Not ready</div></div>');
  });

  it('renders select fields with their options and the selected one marked', () => {
    const html = renderForm(auditForm(), PAGE_OPTIONS);

    expect(html).toContain(
      '<select id="custpage_role" name="custpage_role"><option value=""></option><option value="3">Administrator</option><option value="1001" selected>Act-On Integration</option></select>',
    );
  });

  it('escapes every value that is not inline HTML: field values, labels, options, titles, groups and buttons', () => {
    const form = new ServerWidgetForm(HOSTILE, false);
    form.addFieldGroup({ id: 'custpage_group', label: HOSTILE });
    form.addField({ id: 'custpage_text', label: HOSTILE, type: 'TEXT', container: 'custpage_group' }).defaultValue = HOSTILE;
    form.addField({ id: 'custpage_area', label: 'Notes', type: 'TEXTAREA' }).defaultValue = '</textarea><script>alert(3)</script>';
    const inline = form.addField({ id: 'custpage_inline', label: 'Role', type: 'TEXT' });
    inline.updateDisplayType({ displayType: 'INLINE' });
    inline.defaultValue = HOSTILE;
    form.addField({ id: 'custpage_pick', label: 'Pick', type: 'SELECT' }).addSelectOption({ value: HOSTILE, text: HOSTILE });
    form.addButton({ id: 'custpage_go', label: HOSTILE });

    const html = renderForm(form, PAGE_OPTIONS);

    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps hidden fields out of sight but in the submitted form', () => {
    const form = new ServerWidgetForm('Hidden', false);
    form.addField({ id: 'custpage_state', label: 'State', type: 'TEXT' }).updateDisplayType({ displayType: 'HIDDEN' }).defaultValue = 'step-2';

    expect(renderForm(form, PAGE_OPTIONS)).toContain('<input type="hidden" id="custpage_state" name="custpage_state" value="step-2">');
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

describe('serverWidget arguments NetSuite would refuse', () => {
  it('refuses a field type outside the enum', () => {
    expect(() => new ServerWidgetForm('x', false).addField({ id: 'custpage_x', label: 'X', type: 'DROPDOWN' })).toThrow('options.type "DROPDOWN" is not one of');
  });

  it('refuses a container that is not a field group of the form', () => {
    expect(() => new ServerWidgetForm('x', false).addField({ id: 'custpage_x', label: 'X', type: 'TEXT', container: 'custpage_missing' })).toThrow(
      'is not a field group of this form',
    );
  });

  it('refuses a field id with capitals or spaces', () => {
    expect(() => new ServerWidgetForm('x', false).addField({ id: 'Custpage X', label: 'X', type: 'TEXT' })).toThrow('must be lower case');
  });
});
