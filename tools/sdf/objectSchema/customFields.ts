/**
 * Custom fields as SDF objects nest them: a script's parameters (`scriptcustomfield`) and a
 * custom record type's fields (`customrecordcustomfield`) share most elements.
 */
import {
  ACCESS_SEARCH_LEVEL,
  CUSTOM_FIELD_TYPE,
  DISPLAY_TYPE,
  DYNAMIC_DEFAULT,
  FILTER_COMPARE_TYPE,
  ON_PARENT_DELETE,
  SCRIPT_SETTING,
} from './sdfEnums';
import {
  flag,
  listOf,
  number,
  oneOf,
  requiredText,
  structure,
  text,
  textUpTo,
  type ElementRule,
  type ObjectRule,
} from './schemaTypes';

const customFieldFilters = structure({
  elements: {
    customfieldfilter: listOf('customfieldfilter', {
      elements: {
        fldfilter: requiredText,
        fldfilterchecked: flag,
        fldfiltercomparetype: oneOf(FILTER_COMPARE_TYPE),
        fldfiltersel: text,
        fldfilterval: text,
        fldfilternotnull: flag,
        fldfilternull: flag,
        fldcomparefield: text,
      },
    }),
  },
});

const roleAccesses = structure({
  elements: {
    roleaccess: listOf('roleaccess', {
      elements: {
        role: requiredText,
        accesslevel: oneOf(ACCESS_SEARCH_LEVEL, true),
        searchlevel: oneOf(ACCESS_SEARCH_LEVEL, true),
      },
    }),
  },
});

/** Elements both kinds of custom field have. */
const COMMON_FIELD_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  fieldtype: oneOf(CUSTOM_FIELD_TYPE, true),
  label: textUpTo(200, true),
  selectrecordtype: text,
  applyformatting: flag,
  defaultchecked: flag,
  defaultselection: text,
  defaultvalue: text,
  description: text,
  displaytype: oneOf(DISPLAY_TYPE),
  dynamicdefault: oneOf(DYNAMIC_DEFAULT),
  help: text,
  linktext: text,
  minvalue: text,
  maxvalue: text,
  storevalue: flag,
  accesslevel: oneOf(ACCESS_SEARCH_LEVEL),
  checkspelling: flag,
  displayheight: number,
  displaywidth: number,
  isformula: flag,
  ismandatory: flag,
  maxlength: text,
  onparentdelete: oneOf(ON_PARENT_DELETE),
  // Its values are NetSuite's standard field ids, hundreds of them: checked as text.
  searchcomparefield: text,
  searchdefault: text,
  searchlevel: oneOf(ACCESS_SEARCH_LEVEL),
  customfieldfilters: customFieldFilters,
  roleaccesses: roleAccesses,
};

/** A select field names the record type or list it selects from. */
const SELECT_NEEDS_RECORD_TYPE = [
  { element: 'selectrecordtype', when: 'fieldtype', oneOf: ['SELECT', 'MULTISELECT'] },
] as const;

export const SCRIPT_CUSTOM_FIELD: ObjectRule = {
  scriptIdPrefix: 'custscript',
  requiredWhen: SELECT_NEEDS_RECORD_TYPE,
  elements: { ...COMMON_FIELD_ELEMENTS, setting: oneOf(SCRIPT_SETTING) },
};

export const CUSTOM_RECORD_CUSTOM_FIELD: ObjectRule = {
  scriptIdPrefix: 'custrecord',
  requiredWhen: SELECT_NEEDS_RECORD_TYPE,
  elements: {
    ...COMMON_FIELD_ELEMENTS,
    encryptatrest: flag,
    globalsearch: flag,
    showinlist: flag,
    sourcefilterby: text,
    sourcefrom: text,
    sourcelist: text,
    isparent: flag,
    parentsubtab: text,
    subtab: text,
    allowquickadd: flag,
    rolerestrict: flag,
  },
};
