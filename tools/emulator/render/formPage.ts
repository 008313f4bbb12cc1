/**
 * Renders a serverWidget form as a complete HTML page laid out like NetSuite's: navigation bar,
 * page links, title, a button bar above and below, the main fields, then each field group.
 * The INLINEHTML field's value is inserted as is (that is its purpose); every other value,
 * label, option and title is escaped. The form posts its fields, by id, to `formAction`.
 */
import type { FormButton, FormField, FormFieldGroup, SelectOption, ServerWidgetForm } from '../modules/formModel';
import { renderTabs } from './formTabs';
import { FORM_STYLES } from './formStyles';
import { escapeHtml, safeHref } from './htmlText';
import { valueText } from '../valueText';

export interface FormPageOptions {
  /** Where the form posts (NetSuite posts back to the Suitelet's own URL). */
  readonly formAction: string;
  /** Shown in the navigation bar. */
  readonly accountId?: string;
  /** Options of a select field with a `source` (record type), or null when the source is not emulated. */
  readonly sourceOptions?: (source: string) => readonly SelectOption[] | null;
}

const NUMERIC_TYPES = new Set(['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT']);
const INPUT_TYPES: Readonly<Record<string, string>> = {
  EMAIL: 'email',
  URL: 'url',
  PASSWORD: 'password',
  PHONE: 'tel',
};

function text(value: unknown): string {
  return valueText(value);
}

function fieldOptions(field: FormField, options: FormPageOptions): readonly SelectOption[] {
  if (field.selectOptions.length > 0 || field.source === null) return field.selectOptions;
  return options.sourceOptions?.(field.source) ?? [];
}

function isChosen(field: FormField, option: SelectOption): boolean {
  const value = field.defaultValue;
  const chosen = Array.isArray(value) ? value.map(String) : text(value) === '' ? [] : [text(value)];
  return chosen.length > 0 ? chosen.includes(option.value) : option.isSelected;
}

function label(field: FormField): string {
  const mandatory = field.isMandatory ? ' <span class="ns-required" aria-hidden="true">*</span>' : '';
  const help = field.helpText === null ? '' : ` title="${escapeHtml(field.helpText)}"`;
  return `<label class="ns-label" for="${escapeHtml(field.id)}"${help}>${escapeHtml(field.label)}${mandatory}</label>`;
}

function selectControl(field: FormField, options: FormPageOptions, attributes: string): string {
  const choices = fieldOptions(field, options);
  const multiple = field.type === 'MULTISELECT';
  const blank = multiple || choices.some((option) => option.value === '') ? '' : '<option value=""></option>';
  const rendered = choices.map(
    (option) =>
      `<option value="${escapeHtml(option.value)}"${isChosen(field, option) ? ' selected' : ''}>${escapeHtml(option.text)}</option>`,
  );
  return `<select${attributes}${multiple ? ' multiple' : ''}>${blank}${rendered.join('')}</select>`;
}

function radioControl(field: FormField, options: FormPageOptions, disabled: string): string {
  return fieldOptions(field, options)
    .map(
      (option, index) =>
        `<label><input type="radio" name="${escapeHtml(field.id)}" id="${escapeHtml(`${field.id}_${index}`)}" ` +
        `value="${escapeHtml(option.value)}"${isChosen(field, option) ? ' checked' : ''}${disabled}> ` +
        `${escapeHtml(option.text)}</label>`,
    )
    .join(' ');
}

/** The input element of an editable (or disabled) field. */
function control(field: FormField, options: FormPageOptions): string {
  const id = escapeHtml(field.id);
  const disabled = field.displayType === 'DISABLED' ? ' disabled' : '';
  const required = field.isMandatory ? ' required' : '';
  const maxLength = field.maxLength === null ? '' : ` maxlength="${field.maxLength}"`;
  const attributes = ` id="${id}" name="${id}"${disabled}${required}`;
  const value = escapeHtml(text(field.defaultValue));
  switch (field.type) {
    case 'CHECKBOX': {
      const checked = field.defaultValue === true || text(field.defaultValue) === 'T' ? ' checked' : '';
      // An unchecked box posts the hidden F; a checked one posts T after it, and the last value wins.
      return `<input type="hidden" name="${id}" value="F"><input type="checkbox"${attributes} value="T"${checked}>`;
    }
    case 'SELECT':
    case 'MULTISELECT':
      return selectControl(field, options, attributes);
    case 'RADIO':
      return radioControl(field, options, disabled);
    case 'TEXTAREA':
    case 'LONGTEXT':
    case 'RICHTEXT':
      return `<textarea${attributes}${maxLength} rows="4">${value}</textarea>`;
    default: {
      const type = INPUT_TYPES[field.type] ?? 'text';
      const mode = NUMERIC_TYPES.has(field.type) ? ' inputmode="decimal"' : '';
      return `<input type="${type}"${attributes}${maxLength}${mode} value="${value}">`;
    }
  }
}

/** The text an inline (read-only) field shows: a select shows its chosen options' text. */
function inlineText(field: FormField, options: FormPageOptions): string {
  if (field.type === 'SELECT' || field.type === 'MULTISELECT' || field.type === 'RADIO') {
    return fieldOptions(field, options)
      .filter((option) => isChosen(field, option))
      .map((option) => escapeHtml(option.text))
      .join(', ');
  }
  if (field.type === 'CHECKBOX') return field.defaultValue === true || text(field.defaultValue) === 'T' ? 'Yes' : 'No';
  return escapeHtml(text(field.defaultValue));
}

/** One field as NetSuite lays it out. */
export function renderField(field: FormField, options: FormPageOptions): string {
  const id = escapeHtml(field.id);
  if (field.displayType === 'HIDDEN' || field.displayType === 'NODISPLAY') {
    return field.type === 'INLINEHTML'
      ? ''
      : `<input type="hidden" id="${id}" name="${id}" value="${escapeHtml(text(field.defaultValue))}">`;
  }
  switch (field.type) {
    case 'INLINEHTML':
      return `<div class="ns-inlinehtml" id="${id}_val">${text(field.defaultValue)}</div>`;
    case 'LABEL':
      return `<div class="ns-field" id="${id}_fs"><span class="ns-label">${escapeHtml(field.label)}</span></div>`;
    case 'HELP':
      return `<p class="ns-help" id="${id}_fs">${escapeHtml(field.label)}</p>`;
    default:
      break;
  }
  const readOnly = field.displayType === 'INLINE' || field.displayType === 'READONLY';
  const body = readOnly
    ? `<span class="ns-value" id="${id}_val">${inlineText(field, options)}</span>`
    : control(field, options);
  const caption = readOnly ? `<span class="ns-label">${escapeHtml(field.label)}</span>` : label(field);
  return `<div class="ns-field" id="${id}_fs">${caption}${body}</div>`;
}

/** Fields in columns: a STARTCOL break starts a new column. */
function renderColumns(fields: readonly FormField[], options: FormPageOptions): string {
  const columns: FormField[][] = [[]];
  for (const field of fields) {
    if (field.breakType === 'STARTCOL' && (columns[columns.length - 1]?.length ?? 0) > 0) columns.push([]);
    columns[columns.length - 1]?.push(field);
  }
  const rendered = columns
    .filter((column) => column.length > 0)
    .map((column) => `<div class="ns-column">${column.map((field) => renderField(field, options)).join('')}</div>`);
  return rendered.length === 0 ? '' : `<div class="ns-fields">${rendered.join('')}</div>`;
}

function renderButton(button: FormButton, idPrefix: string): string {
  if (button.isHidden) return '';
  const id = escapeHtml(idPrefix + button.id);
  const disabled = button.isDisabled ? ' disabled' : '';
  const value = escapeHtml(button.label);
  if (button.kind === 'submit')
    return (
      `<input type="submit" class="ns-button ns-button-primary" id="${id}" name="submitter" ` +
      `value="${value}"${disabled}>`
    );
  if (button.kind === 'reset') return `<input type="reset" class="ns-button" id="${id}" value="${value}"${disabled}>`;
  // NetSuite calls a bare function name from the client script; anything else runs as written.
  const call =
    button.functionName === null
      ? ''
      : /^[A-Za-z_$][\w$.]*$/.test(button.functionName)
        ? `${button.functionName}()`
        : button.functionName;
  const onclick = call === '' ? '' : ` onclick="${escapeHtml(call)}; return false;"`;
  return `<input type="button" class="ns-button" id="${id}" value="${value}"${onclick}${disabled}>`;
}

function renderButtonBar(form: ServerWidgetForm, idPrefix: string, extraClass: string): string {
  const buttons = form.buttons.map((button) => renderButton(button, idPrefix)).join('');
  return buttons === '' ? '' : `<div class="ns-buttons${extraClass}">${buttons}</div>`;
}

function renderNavigation(form: ServerWidgetForm, options: FormPageOptions): string {
  const account =
    options.accountId === undefined ? '' : `<span class="ns-account">Account ${escapeHtml(options.accountId)}</span>`;
  const navbar = form.hideNavBar
    ? ''
    : `<header class="ns-navbar"><span class="ns-brand">NetSuite</span><span class="ns-emulated">local ` +
      `emulator</span>${account}</header>`;
  const links = form.pageLinks.map(
    (link) => `<a href="${safeHref(link.url)}" data-link-type="${link.type}">${escapeHtml(link.title)}</a>`,
  );
  return navbar + (links.length === 0 ? '' : `<nav class="ns-links" aria-label="Page links">${links.join('')}</nav>`);
}

function renderGroup(group: FormFieldGroup, fields: readonly FormField[], options: FormPageOptions): string {
  const heading = `<h2 class="ns-fieldgroup-title" id="fg_${escapeHtml(group.id)}_title">${escapeHtml(group.label)}</h2>`;
  return (
    `<section class="ns-fieldgroup" id="fg_${escapeHtml(group.id)}" ` +
    `aria-labelledby="fg_${escapeHtml(group.id)}_title">${group.isBorderHidden ? '' : heading}${renderColumns(fields, options)}</section>`
  );
}

function renderBody(form: ServerWidgetForm, options: FormPageOptions): string {
  const outside = (layout: 'above' | 'below'): FormField[] =>
    form.fields.filter((field) =>
      layout === 'above'
        ? field.layoutType === 'OUTSIDEABOVE' || field.layoutType === 'OUTSIDE'
        : field.layoutType === 'OUTSIDEBELOW',
    );
  const inside = form.fields.filter((field) => !['OUTSIDE', 'OUTSIDEABOVE', 'OUTSIDEBELOW'].includes(field.layoutType));
  const groups = form.fieldGroups
    .filter((group) => group.tab === null)
    .map((group) =>
      renderGroup(
        group,
        inside.filter((field) => field.container === group.id),
        options,
      ),
    );
  const outsideBlock = (fields: FormField[]): string =>
    fields.length === 0
      ? ''
      : `<div class="ns-outside">${fields.map((field) => renderField(field, options)).join('')}</div>`;
  return [
    renderButtonBar(form, '', ''),
    outsideBlock(outside('above')),
    renderColumns(
      inside.filter((field) => field.container === null),
      options,
    ),
    ...groups,
    renderTabs(form, inside, {
      fields: (fields) => renderColumns(fields, options),
      group: (group, fields) => renderGroup(group, fields, options),
    }),
    outsideBlock(outside('below')),
    renderButtonBar(form, 'secondary', ' ns-buttons-bottom'),
  ].join('');
}

/** The complete HTML page of a form. */
export function renderForm(form: ServerWidgetForm, options: FormPageOptions): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(form.title)}</title><style>${FORM_STYLES}</style></head><body>`,
    renderNavigation(form, options),
    `<main class="ns-page"><form method="post" action="${safeHref(options.formAction)}" id="main_form" ` +
      `accept-charset="utf-8">`,
    `<h1 class="ns-title">${escapeHtml(form.title)}</h1>`,
    renderBody(form, options),
    '</form></main></body></html>',
  ].join('\n');
}
