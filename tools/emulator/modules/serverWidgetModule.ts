/**
 * N/ui/serverWidget: `createForm` and its enums. The script receives guarded views of the form
 * objects: unknown members are reported as not emulated, bad arguments become NetSuite-style
 * errors, and each object keeps one identity (`field.updateDisplayType(...) === field`).
 */
import type { Execution } from '../execution';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import {
  enumObject,
  FIELD_BREAK_TYPES,
  FIELD_DISPLAY_TYPES,
  FIELD_LAYOUT_TYPES,
  FIELD_TYPES,
  FormArgumentError,
  PAGE_LINK_TYPES,
  requiredText,
} from './formArguments';
import { FormButton, FormField, FormFieldGroup, FormTab, ServerWidgetForm } from './formModel';
import { strictMembers } from './strictMembers';

const OWNER_NAMES = new Map<unknown, string>([
  [ServerWidgetForm.prototype, 'serverWidget.Form'],
  [FormField.prototype, 'serverWidget.Field'],
  [FormFieldGroup.prototype, 'serverWidget.FieldGroup'],
  [FormTab.prototype, 'serverWidget.Tab'],
  [FormButton.prototype, 'serverWidget.Button'],
]);

/** The form behind a view handed to a script, for `response.writePage`. */
const formsByView = new WeakMap<object, ServerWidgetForm>();

/** The emulated form a script passed back, or null when it is not one. */
export function formBehind(view: unknown): ServerWidgetForm | null {
  if (typeof view !== 'object' || view === null) return null;
  return formsByView.get(view) ?? (view instanceof ServerWidgetForm ? view : null);
}

function isFormObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && OWNER_NAMES.has(Object.getPrototypeOf(value));
}

/** Wraps form objects for one execution: argument errors become SuiteScriptErrors, results are wrapped too. */
function createViewFactory(execution: Execution): <T extends object>(target: T) => T {
  const views = new WeakMap<object, object>();
  const view = <T extends object>(target: T): T => {
    const existing = views.get(target);
    if (existing) return existing as T;
    const guarded = new Proxy(target, {
      get(object, property, receiver) {
        const member = Reflect.get(object, property, receiver) as unknown;
        if (typeof member !== 'function' || typeof property === 'symbol') return member;
        return (...args: unknown[]): unknown => {
          try {
            const result = (member as (...parameters: unknown[]) => unknown).apply(object, args);
            return isFormObject(result) ? view(result) : result;
          } catch (thrown) {
            if (thrown instanceof FormArgumentError) {
              throw createSuiteScriptError(execution.realm, {
                name: NETSUITE_ERROR_CODES.wrongParameterType,
                message: thrown.message,
              });
            }
            throw thrown;
          }
        };
      },
    });
    const strict = strictMembers(
      OWNER_NAMES.get(Object.getPrototypeOf(target)) ?? 'serverWidget',
      guarded,
      execution.unsupported,
    );
    views.set(target, strict);
    if (target instanceof ServerWidgetForm) formsByView.set(strict, target);
    return strict;
  };
  return view;
}

/** The N/ui/serverWidget module of one execution. */
export function createServerWidgetModule(execution: Execution): object {
  const view = createViewFactory(execution);
  return strictMembers(
    'N/ui/serverWidget',
    {
      FieldType: enumObject(FIELD_TYPES),
      FieldDisplayType: enumObject(FIELD_DISPLAY_TYPES),
      FieldLayoutType: enumObject(FIELD_LAYOUT_TYPES),
      FieldBreakType: enumObject(FIELD_BREAK_TYPES),
      FormPageLinkType: enumObject(PAGE_LINK_TYPES),
      createForm(options: { title?: unknown; hideNavBar?: unknown } | undefined): ServerWidgetForm {
        let title: string;
        try {
          title = requiredText(options?.title, 'options.title');
        } catch (thrown) {
          const message = thrown instanceof Error ? thrown.message : String(thrown);
          throw createSuiteScriptError(execution.realm, { name: NETSUITE_ERROR_CODES.missingArgument, message });
        }
        return view(new ServerWidgetForm(title, options?.hideNavBar === true));
      },
    },
    execution.unsupported,
  );
}
