/**
 * The shape of the offline SDF object schema: for each object type, its elements, which are
 * required, and what each holds (text, a T/F boolean, a number, one of an enum's values, a File
 * Cabinet reference) or which elements it groups. What `project:validate` would check of an
 * object's structure, without an account.
 */

export type ValueRule =
  | { readonly kind: 'text'; readonly maxLength?: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number' }
  /** `orReference`: also accepts a reference to a custom object (`[scriptid=...]`, `customrole...`). */
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly orReference?: boolean }
  | { readonly kind: 'fileReference' };

/** An element: a value, a structure of elements, or a list of repeated structures. */
export type ElementRule =
  | { readonly required?: boolean; readonly value: ValueRule }
  | { readonly required?: boolean; readonly structure: ObjectRule }
  | { readonly required?: boolean; readonly list: { readonly item: string; readonly rule: ObjectRule } };

export interface ObjectRule {
  /** The `scriptid` attribute is required and starts with this prefix. */
  readonly scriptIdPrefix?: string;
  /** Features manifest.xml must reference for an object of this type (top-level object rules only). */
  readonly featureDependencies?: readonly string[];
  /** Elements required only when another element holds one of some values. */
  readonly requiredWhen?: readonly {
    readonly element: string;
    readonly when: string;
    readonly oneOf: readonly string[];
  }[];
  readonly elements: Readonly<Record<string, ElementRule>>;
}

export const text: ElementRule = { value: { kind: 'text' } };
export const requiredText: ElementRule = { required: true, value: { kind: 'text' } };
/** Text of at most `maxLength` characters. */
export const textUpTo = (maxLength: number, required = false): ElementRule => ({
  required,
  value: { kind: 'text', maxLength },
});
export const flag: ElementRule = { value: { kind: 'boolean' } };
export const requiredFlag: ElementRule = { required: true, value: { kind: 'boolean' } };
export const number: ElementRule = { value: { kind: 'number' } };
export const requiredNumber: ElementRule = { required: true, value: { kind: 'number' } };
export const fileReference = (required = false): ElementRule => ({ required, value: { kind: 'fileReference' } });
export const oneOf = (values: readonly string[], required = false): ElementRule => ({
  required,
  value: { kind: 'enum', values },
});
export const listOf = (item: string, rule: ObjectRule): ElementRule => ({ list: { item, rule } });
export const structure = (rule: ObjectRule): ElementRule => ({ structure: rule });
