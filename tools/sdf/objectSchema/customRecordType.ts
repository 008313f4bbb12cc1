/** The `customrecordtype` object: a custom record type, its fields, permissions and links. */
import { CUSTOM_RECORD_CUSTOM_FIELD } from './customFields';
import {
  CENTER_CATEGORY,
  CUSTOM_RECORD_ACCESS_TYPE,
  CUSTOM_RECORD_ICON,
  CUSTOM_RECORD_PERMITTED_ROLE,
  CUSTOM_RECORD_TASK_TYPE,
  PERMISSION_LEVEL,
  ROLE_RESTRICTION,
} from './sdfEnums';
import { flag, listOf, oneOf, requiredText, structure, text, textUpTo, type ObjectRule } from './schemaTypes';

const FLAGS = [
  'allowattachments',
  'allowinlineediting',
  'allowinlinedeleting',
  'allowinlinedetaching',
  'allowmobileaccess',
  'allownumberingoverride',
  'allowquickadd',
  'allowquicksearch',
  'allowuiaccess',
  'enabledle',
  'enablekeywords',
  'enablemailmerge',
  'enablenametranslation',
  'enablenumbering',
  'enableoptimisticlocking',
  'enablesystemnotes',
  'hierarchical',
  'iconbuiltin',
  'includeinsearchmenu',
  'includename',
  'isinactive',
  'isordered',
  'showcreationdate',
  'showcreationdateonlist',
  'showid',
  'showlastmodified',
  'showlastmodifiedonlist',
  'shownotes',
  'showowner',
  'showownerallowchange',
  'showowneronlist',
];

const TEXTS = ['customsegment', 'numberingprefix', 'numberingsuffix', 'numberingmindigits', 'numberinginit', 'icon'];

export const CUSTOM_RECORD_TYPE: ObjectRule = {
  scriptIdPrefix: 'customrecord',
  featureDependencies: ['CUSTOMRECORDS'],
  elements: {
    ...Object.fromEntries(FLAGS.map((name) => [name, flag])),
    ...Object.fromEntries(TEXTS.map((name) => [name, text])),
    // Required unless the record type belongs to a custom segment.
    recordname: textUpTo(40),
    description: text,
    accesstype: oneOf(CUSTOM_RECORD_ACCESS_TYPE),
    iconindex: oneOf(CUSTOM_RECORD_ICON),
    customrecordcustomfields: structure({
      elements: { customrecordcustomfield: listOf('customrecordcustomfield', CUSTOM_RECORD_CUSTOM_FIELD) },
    }),
    instances: structure({
      elements: {
        instance: listOf('instance', {
          scriptIdPrefix: '',
          elements: { altname: text, name: text, isinactive: flag, parent: text },
        }),
      },
    }),
    links: structure({
      elements: {
        link: listOf('link', {
          elements: {
            linkcategory: oneOf(CENTER_CATEGORY, true),
            linktasktype: oneOf(CUSTOM_RECORD_TASK_TYPE, true),
            linklabel: text,
          },
        }),
      },
    }),
    permissions: structure({
      elements: {
        permission: listOf('permission', {
          elements: {
            permittedrole: {
              required: true,
              value: { kind: 'enum', values: CUSTOM_RECORD_PERMITTED_ROLE, orReference: true },
            },
            permittedlevel: oneOf(PERMISSION_LEVEL, true),
            restriction: oneOf(ROLE_RESTRICTION),
          },
        }),
      },
    }),
    recordsublists: structure({
      elements: {
        recordsublist: listOf('recordsublist', {
          scriptIdPrefix: '',
          elements: { recordsearch: requiredText, recorddescr: requiredText, recordtab: text, recordfield: text },
        }),
      },
    }),
    subtabs: structure({
      elements: {
        subtab: listOf('subtab', { scriptIdPrefix: '', elements: { tabtitle: requiredText, tabparent: text } }),
      },
    }),
  },
};
