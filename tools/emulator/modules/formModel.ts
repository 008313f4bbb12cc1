/**
 * The serverWidget objects a Suitelet builds (Form, Field, FieldGroup, Tab, Button). The same
 * objects are what the page renderer reads, so what a script set is what the page shows.
 */
import { valueText } from '../valueText';
import {
  enumValue,
  FIELD_BREAK_TYPES,
  FIELD_DISPLAY_TYPES,
  FIELD_LAYOUT_TYPES,
  FIELD_TYPES,
  FormArgumentError,
  objectId,
  PAGE_LINK_TYPES,
  requiredText,
  type FieldBreakType,
  type FieldDisplayType,
  type FieldLayoutType,
  type FieldType,
  type PageLinkType,
} from './formArguments';

export interface SelectOption {
  readonly value: string;
  readonly text: string;
  readonly isSelected: boolean;
}

export class FormField {
  defaultValue: unknown = '';
  helpText: string | null = null;
  isMandatory = false;
  maxLength: number | null = null;
  displayType: FieldDisplayType = 'NORMAL';
  layoutType: FieldLayoutType = 'NORMAL';
  breakType: FieldBreakType = 'NONE';
  readonly selectOptions: SelectOption[] = [];

  constructor(
    readonly id: string,
    public label: string,
    readonly type: FieldType,
    readonly source: string | null,
    readonly container: string | null,
  ) {}

  updateDisplayType(options: { displayType?: unknown } | undefined): this {
    this.displayType = enumValue(FIELD_DISPLAY_TYPES, options?.displayType, 'displayType');
    return this;
  }

  updateLayoutType(options: { layoutType?: unknown } | undefined): this {
    this.layoutType = enumValue(FIELD_LAYOUT_TYPES, options?.layoutType, 'layoutType');
    return this;
  }

  updateBreakType(options: { breakType?: unknown } | undefined): this {
    this.breakType = enumValue(FIELD_BREAK_TYPES, options?.breakType, 'breakType');
    return this;
  }

  setHelpText(options: { help?: unknown } | undefined): this {
    this.helpText = requiredText(options?.help, 'options.help');
    return this;
  }

  updateDisplaySize(): this {
    return this; // Sizes do not change what the page says.
  }

  addSelectOption(options: { value?: unknown; text?: unknown; isSelected?: unknown } | undefined): void {
    if (this.type !== 'SELECT' && this.type !== 'MULTISELECT' && this.type !== 'RADIO') {
      throw new FormArgumentError(`Field ${this.id} is ${this.type}: only SELECT and MULTISELECT fields take options.`);
    }
    if (options?.value === undefined || options.value === null)
      throw new FormArgumentError('Missing a required argument: options.value.');
    this.selectOptions.push({
      value: valueText(options.value),
      text: requiredText(options.text, 'options.text'),
      isSelected: options.isSelected === true,
    });
  }

  getSelectOptions(): { value: string; text: string }[] {
    return this.selectOptions.map(({ value, text }) => ({ value, text }));
  }
}

export class FormFieldGroup {
  isBorderHidden = false;
  isCollapsible = false;
  isCollapsed = false;
  isSingleColumn = false;

  constructor(
    readonly id: string,
    public label: string,
    /** The tab the group is on; null for the main area. */
    readonly tab: string | null,
  ) {}
}

/** A tab of a form (Form.addTab). */
export class FormTab {
  helpText: string | null = null;

  constructor(
    readonly id: string,
    public label: string,
  ) {}
}

export type ButtonKind = 'button' | 'submit' | 'reset';

export class FormButton {
  isDisabled = false;
  isHidden = false;

  constructor(
    readonly id: string,
    public label: string,
    readonly kind: ButtonKind,
    readonly functionName: string | null,
  ) {}
}

export interface PageLink {
  readonly type: PageLinkType;
  readonly title: string;
  readonly url: string;
}

/** Marks objects built by the emulator's serverWidget, so `writePage` can tell them apart. */
export const EMULATED_FORM = Symbol('emulated serverWidget form');

export class ServerWidgetForm {
  readonly [EMULATED_FORM] = true;
  clientScriptModulePath: string | null = null;
  clientScriptFileId: number | null = null;
  readonly fields: FormField[] = [];
  readonly fieldGroups: FormFieldGroup[] = [];
  readonly tabs: FormTab[] = [];
  readonly buttons: FormButton[] = [];
  readonly pageLinks: PageLink[] = [];

  constructor(
    public title: string,
    readonly hideNavBar: boolean,
  ) {}

  addField(
    options: { id?: unknown; label?: unknown; type?: unknown; source?: unknown; container?: unknown } | undefined,
  ): FormField {
    const id = objectId(options?.id, 'options.id');
    if (this.fields.some((field) => field.id === id))
      throw new FormArgumentError(`The form already has a field ${id}.`);
    const container =
      options?.container === undefined || options.container === null ? null : valueText(options.container);
    if (
      container !== null &&
      !this.fieldGroups.some((group) => group.id === container) &&
      !this.tabs.some((tab) => tab.id === container)
    ) {
      throw new FormArgumentError(
        `options.container "${container}" is not a field group or tab of this form (add it first).`,
      );
    }
    const source = options?.source === undefined || options.source === null ? null : valueText(options.source);
    const field = new FormField(
      id,
      typeof options?.label === 'string' ? options.label : '',
      enumValue(FIELD_TYPES, options?.type, 'options.type'),
      source,
      container,
    );
    this.fields.push(field);
    return field;
  }

  addFieldGroup(options: { id?: unknown; label?: unknown; tab?: unknown } | undefined): FormFieldGroup {
    const id = objectId(options?.id, 'options.id');
    if (this.fieldGroups.some((group) => group.id === id))
      throw new FormArgumentError(`The form already has a field group ${id}.`);
    const tab = options?.tab === undefined || options.tab === null ? null : valueText(options.tab);
    if (tab !== null && !this.tabs.some((known) => known.id === tab)) {
      throw new FormArgumentError(`options.tab "${tab}" is not a tab of this form (add the tab first).`);
    }
    const group = new FormFieldGroup(id, requiredText(options?.label, 'options.label'), tab);
    this.fieldGroups.push(group);
    return group;
  }

  /** Adds a tab; tabs show in the order they were added, the first one selected. */
  addTab(options: { id?: unknown; label?: unknown } | undefined): FormTab {
    const id = objectId(options?.id, 'options.id');
    if (this.tabs.some((tab) => tab.id === id)) throw new FormArgumentError(`The form already has a tab ${id}.`);
    const tab = new FormTab(id, requiredText(options?.label, 'options.label'));
    this.tabs.push(tab);
    return tab;
  }

  getTab(options: { id?: unknown } | undefined): FormTab | null {
    return this.tabs.find((tab) => tab.id === options?.id) ?? null;
  }

  /** The internal ids of the form's tabs. */
  getTabs(): string[] {
    return this.tabs.map((tab) => tab.id);
  }

  private addButtonOfKind(kind: ButtonKind, id: string, label: string, functionName: string | null): FormButton {
    if (this.buttons.some((button) => button.id === id))
      throw new FormArgumentError(`The form already has a button ${id}.`);
    const button = new FormButton(id, label, kind, functionName);
    this.buttons.push(button);
    return button;
  }

  addButton(options: { id?: unknown; label?: unknown; functionName?: unknown } | undefined): FormButton {
    const functionName =
      typeof options?.functionName === 'string' && options.functionName.trim() !== '' ? options.functionName : null;
    return this.addButtonOfKind(
      'button',
      objectId(options?.id, 'options.id'),
      requiredText(options?.label, 'options.label'),
      functionName,
    );
  }

  addSubmitButton(options: { label?: unknown } | undefined): FormButton {
    return this.addButtonOfKind(
      'submit',
      'submitter',
      typeof options?.label === 'string' ? options.label : 'Save',
      null,
    );
  }

  addResetButton(options: { label?: unknown } | undefined): FormButton {
    return this.addButtonOfKind(
      'reset',
      'resetter',
      typeof options?.label === 'string' ? options.label : 'Reset',
      null,
    );
  }

  addPageLink(options: { type?: unknown; title?: unknown; url?: unknown } | undefined): void {
    this.pageLinks.push({
      type: enumValue(PAGE_LINK_TYPES, options?.type, 'options.type'),
      title: requiredText(options?.title, 'options.title'),
      url: requiredText(options?.url, 'options.url'),
    });
  }

  getField(options: { id?: unknown } | undefined): FormField | null {
    return this.fields.find((field) => field.id === options?.id) ?? null;
  }

  getButton(options: { id?: unknown } | undefined): FormButton | null {
    return this.buttons.find((button) => button.id === options?.id) ?? null;
  }

  removeButton(options: { id?: unknown } | undefined): void {
    const index = this.buttons.findIndex((button) => button.id === options?.id);
    if (index >= 0) this.buttons.splice(index, 1);
  }

  /** Moves `field` before `nextfield`, as NetSuite's insertField does. */
  insertField(options: { field?: unknown; nextfield?: unknown } | undefined): FormField {
    const field = this.fields.find(
      (candidate) =>
        candidate === options?.field || candidate.id === (options?.field as { id?: unknown } | undefined)?.id,
    );
    const nextIndex = this.fields.findIndex((candidate) => candidate.id === options?.nextfield);
    if (!field || nextIndex < 0)
      throw new FormArgumentError(
        'insertField needs options.field (a field of this form) and options.nextfield (its id).',
      );
    this.fields.splice(this.fields.indexOf(field), 1);
    this.fields.splice(
      this.fields.findIndex((candidate) => candidate.id === options?.nextfield),
      0,
      field,
    );
    return field;
  }
}
