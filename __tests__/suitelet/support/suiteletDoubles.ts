/**
 * Test doubles for the NetSuite objects the Suitelet talks to: a recording serverWidget form,
 * a server request and a server response, and N/url's script URLs. The test file must call
 * `jest.mock('N/ui/serverWidget')` and `jest.mock('N/url')` (Oracle's stubs, automocked);
 * these helpers then give the mocks NetSuite's behaviour and record what the code did.
 */
import type { ServerRequest, ServerResponse } from 'N/http';
import * as serverWidget from 'N/ui/serverWidget';
import * as url from 'N/url';

type AddFieldOptions = Parameters<serverWidget.Form['addField']>[0];

/** A field as the code left it: its options, what it set, and the help/layout calls it made. */
export interface RecordedField {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly container: string | undefined;
  defaultValue?: unknown;
  maxLength?: number;
  helpText?: string;
  layoutType?: string;
  breakType?: string;
}

export interface RecordedForm {
  readonly title: string;
  readonly fieldGroups: { readonly id: string; readonly label: string; readonly tab: string | undefined }[];
  readonly tabs: { readonly id: string; readonly label: string }[];
  readonly fields: RecordedField[];
  readonly submitButtonLabels: (string | undefined)[];
}

function fieldDouble(options: AddFieldOptions): RecordedField {
  const field = {
    id: options.id,
    label: options.label,
    type: String(options.type),
    container: options.container,
    setHelpText: ({ help }: { help: string }) => {
      field.helpText = help;
      return field;
    },
    updateLayoutType: ({ layoutType }: { layoutType: unknown }) => {
      field.layoutType = String(layoutType);
      return field;
    },
    updateBreakType: ({ breakType }: { breakType: unknown }) => {
      field.breakType = String(breakType);
      return field;
    },
  } as RecordedField & Record<string, unknown>;
  return field;
}

const recordedForms = new WeakMap<object, RecordedForm>();

/** The recording behind a form the code wrote with `writePage`; undefined for anything else. */
export function recordedFormOf(page: unknown): RecordedForm | undefined {
  return typeof page === 'object' && page !== null ? recordedForms.get(page) : undefined;
}

function formDouble(recorded: RecordedForm): object {
  const form = {
    addFieldGroup: (options: { id: string; label: string; tab?: string }) => {
      recorded.fieldGroups.push({ id: options.id, label: options.label, tab: options.tab });
      return {};
    },
    addTab: (options: { id: string; label: string }) => {
      recorded.tabs.push({ id: options.id, label: options.label });
      return {};
    },
    addField: (options: AddFieldOptions) => {
      const field = fieldDouble(options);
      recorded.fields.push(field);
      return field;
    },
    addSubmitButton: (options?: { label?: string }) => {
      recorded.submitButtonLabels.push(options?.label);
      return {};
    },
  };
  recordedForms.set(form, recorded);
  return form;
}

/** Makes `serverWidget.createForm` return recording forms; returns the list they are recorded in. */
export function recordCreatedForms(): RecordedForm[] {
  const forms: RecordedForm[] = [];
  jest.mocked(serverWidget.createForm).mockImplementation((options) => {
    const recorded: RecordedForm = {
      title: options.title,
      fieldGroups: [],
      tabs: [],
      fields: [],
      submitButtonLabels: [],
    };
    forms.push(recorded);
    return formDouble(recorded) as serverWidget.Form;
  });
  return forms;
}

/** The one field with this id on a recorded form. */
export function fieldOf(form: RecordedForm | undefined, id: string): RecordedField {
  const field = form?.fields.find((candidate) => candidate.id === id);
  if (field === undefined) throw new Error(`The form has no field ${id}`);
  return field;
}

/** The Suitelet's script URL base the url double answers with. */
export const SCRIPT_URL_BASE = '/app/site/hosting/scriptlet.nl?script=101&deploy=1';

/** Makes `url.resolveScript` answer as NetSuite does: the script's path with the params encoded. */
export function resolveScriptUrls(): void {
  jest.mocked(url.resolveScript).mockImplementation((options) => {
    const query = new URLSearchParams(options.params as Record<string, string>).toString();
    return query === '' ? SCRIPT_URL_BASE : `${SCRIPT_URL_BASE}&${query}`;
  });
}

/** A Suitelet request with these parameters. */
export function requestDouble(method: string, parameters: Record<string, string>): ServerRequest {
  return { method, parameters } as unknown as ServerRequest;
}

/** What the code wrote to a response. */
export interface RecordedResponse {
  readonly headers: Record<string, string>;
  body: string;
  readonly pages: unknown[];
}

/** A Suitelet response that records headers, written text and written pages. */
export function responseDouble(): { readonly response: ServerResponse; readonly recorded: RecordedResponse } {
  const recorded: RecordedResponse = { headers: {}, body: '', pages: [] };
  const response = {
    setHeader: ({ name, value }: { name: string; value: string }) => {
      recorded.headers[name] = value;
    },
    write: (output: string | { output: string }) => {
      recorded.body += typeof output === 'string' ? output : output.output;
    },
    writePage: (page: { pageObject: unknown } | unknown) => {
      recorded.pages.push(typeof page === 'object' && page !== null && 'pageObject' in page ? page.pageObject : page);
    },
  };
  return { response: response as unknown as ServerResponse, recorded };
}
