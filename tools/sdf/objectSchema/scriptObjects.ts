/** The script object types this project uses: suitelet, restlet, scheduledscript. */
import { SCRIPT_CUSTOM_FIELD } from './customFields';
import {
  CENTER_CATEGORY,
  DAY_OF_WEEK,
  LOG_LEVEL,
  ORDER_OF_WEEK,
  REPEAT_TIME,
  SCRIPT_STATUS,
  SUITELET_EVENT_TYPE,
  SUITELET_TASK_TYPE,
} from './sdfEnums';
import {
  fileReference,
  flag,
  listOf,
  oneOf,
  requiredFlag,
  requiredNumber,
  requiredText,
  structure,
  text,
  textUpTo,
  type ElementRule,
  type ObjectRule,
} from './schemaTypes';

/** Elements every script object has. */
const SCRIPT_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  name: textUpTo(40, true),
  scriptfile: fileReference(true),
  description: textUpTo(999),
  isinactive: flag,
  notifyadmins: flag,
  notifyemails: textUpTo(999),
  notifygroup: text,
  notifyowner: flag,
  customplugintypes: structure({
    elements: { plugintype: listOf('plugintype', { elements: { plugintype: requiredText } }) },
  }),
  libraries: structure({ elements: { library: listOf('library', { elements: { scriptfile: fileReference(true) } }) } }),
  scriptcustomfields: structure({ elements: { scriptcustomfield: listOf('scriptcustomfield', SCRIPT_CUSTOM_FIELD) } }),
};

function deployments(elements: Readonly<Record<string, ElementRule>>): ElementRule {
  return structure({
    elements: { scriptdeployment: listOf('scriptdeployment', { scriptIdPrefix: 'customdeploy', elements }) },
  });
}

/** Who may run a Suitelet's or RESTlet's deployment. */
const AUDIENCE_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  allemployees: flag,
  allpartners: flag,
  allroles: flag,
  auddepartment: text,
  audemployee: text,
  audgroup: text,
  audpartner: text,
  audslctrole: text,
  audsubsidiary: text,
};

const DEPLOYMENT_BASICS: Readonly<Record<string, ElementRule>> = {
  status: oneOf(SCRIPT_STATUS, true),
  title: requiredText,
  isdeployed: flag,
  loglevel: oneOf(LOG_LEVEL),
};

/** One kind of recurrence of a scheduled deployment; every kind has a start date and time. */
function recurrence(extra: Readonly<Record<string, ElementRule>> = {}): ElementRule {
  return structure({
    elements: { startdate: requiredText, starttime: requiredText, ...extra, repeat: oneOf(REPEAT_TIME) },
  });
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const SCHEDULE = structure({
  elements: {
    daily: recurrence({ everyxdays: requiredNumber, enddate: text }),
    everyweekday: recurrence({ enddate: text }),
    monthly: recurrence({ everyxmonths: requiredNumber, enddate: text }),
    monthlydayofweek: recurrence({
      orderofweek: oneOf(ORDER_OF_WEEK, true),
      dayofweek: oneOf(DAY_OF_WEEK, true),
      everyxmonths: requiredNumber,
      enddate: text,
    }),
    single: recurrence(),
    weekly: recurrence({
      everyxweeks: requiredNumber,
      ...Object.fromEntries(WEEKDAYS.map((day) => [day, requiredFlag])),
      enddate: text,
    }),
    yearly: recurrence({ enddate: text }),
    yearlydayofweek: recurrence({
      orderofweek: oneOf(ORDER_OF_WEEK, true),
      dayofweek: oneOf(DAY_OF_WEEK, true),
      enddate: text,
    }),
  },
});

export const SUITELET: ObjectRule = {
  scriptIdPrefix: 'customscript',
  featureDependencies: ['SERVERSIDESCRIPTING'],
  elements: {
    ...SCRIPT_ELEMENTS,
    defaultfunction: text,
    notifyuser: flag,
    scriptdeployments: deployments({
      ...DEPLOYMENT_BASICS,
      ...AUDIENCE_ELEMENTS,
      eventtype: oneOf(SUITELET_EVENT_TYPE),
      isonline: flag,
      runasrole: text,
      links: structure({
        elements: {
          link: listOf('link', {
            elements: {
              linkcategory: oneOf(CENTER_CATEGORY, true),
              linktasktype: oneOf(SUITELET_TASK_TYPE),
              linklabel: text,
            },
          }),
        },
      }),
    }),
  },
};

export const RESTLET: ObjectRule = {
  scriptIdPrefix: 'customscript',
  featureDependencies: ['SERVERSIDESCRIPTING'],
  elements: {
    ...SCRIPT_ELEMENTS,
    notifyuser: flag,
    deletefunction: text,
    getfunction: text,
    postfunction: text,
    putfunction: text,
    scriptdeployments: deployments({ ...DEPLOYMENT_BASICS, ...AUDIENCE_ELEMENTS }),
  },
};

export const SCHEDULED_SCRIPT: ObjectRule = {
  scriptIdPrefix: 'customscript',
  featureDependencies: ['SERVERSIDESCRIPTING'],
  elements: {
    ...SCRIPT_ELEMENTS,
    defaultfunction: text,
    scriptdeployments: deployments({ ...DEPLOYMENT_BASICS, recurrence: SCHEDULE }),
  },
};
