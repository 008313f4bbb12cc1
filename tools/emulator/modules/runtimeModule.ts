/**
 * N/runtime for one execution: the scenario's account, the viewer as the current user with
 * their role's permission levels, feature switches, and the current script with its live
 * governance figure. Reading features and permissions costs no units, as in NetSuite.
 */
import type { Execution } from '../execution';
import { roleScriptId, employeeEmail } from '../database/accountRows';
import { ADMINISTRATOR_ROLE, SCENARIO_FEATURES, type ScenarioFeature } from '../scenario/scenarioTypes';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { chargeUnits } from './metering';
import { strictMembers } from './strictMembers';

const ENV_TYPES = { SANDBOX: 'SANDBOX', PRODUCTION: 'PRODUCTION', BETA: 'BETA', INTERNAL: 'INTERNAL' } as const;
const PERMISSION_LEVELS = { FULL: 4, EDIT: 3, CREATE: 2, VIEW: 1, NONE: 0 } as const;
/** `runtime.ContextType` (values as @hitc/netsuite-types lists them). */
const CONTEXT_TYPES = {
  ACTION: 'ACTION',
  ADVANCEDREVREC: 'ADVANCEDREVREC',
  BANKCONNECTIVITY: 'BANKCONNECTIVITY',
  BANKSTATEMENTPARSER: 'BANKSTATEMENTPARSER',
  BUNDLE_INSTALLATION: 'BUNDLEINSTALLATION',
  CLIENT: 'CLIENT',
  CONSOLRATEADJUSTOR: 'CONSOLRATEADJUSTOR',
  CSV_IMPORT: 'CSVIMPORT',
  CUSTOMGLLINES: 'CUSTOMGLLINES',
  CUSTOM_MASSUPDATE: 'CUSTOMMASSUPDATE',
  DATASETBUILDER: 'DATASETBUILDER',
  DEBUGGER: 'DEBUGGER',
  EMAIL_CAPTURE: 'EMAILCAPTURE',
  FICONNECTIVITY: 'FICONNECTIVITY',
  FIPARSER: 'FIPARSER',
  MAP_REDUCE: 'MAPREDUCE',
  NONE: 'NONE',
  PAYMENTGATEWAY: 'PAYMENTGATEWAY',
  PAYMENTPOSTBACK: 'PAYMENTPOSTBACK',
  PLATFORMEXTENSION: 'PLATFORMEXTENSION',
  PORTLET: 'PORTLET',
  PROMOTIONS: 'PROMOTIONS',
  RESTLET: 'RESTLET',
  REST_WEBSERVICES: 'RESTWEBSERVICES',
  SCHEDULED: 'SCHEDULED',
  SDF_INSTALLATION: 'SDFINSTALLATION',
  SHIPPING_PARTNERS: 'SHIPPINGPARTNERS',
  SUITELET: 'SUITELET',
  TAX_CALCULATION: 'TAXCALCULATION',
  USEREVENT: 'USEREVENT',
  USER_INTERFACE: 'USERINTERFACE',
  WEBAPPLICATION: 'WEBAPPLICATION',
  WEBSERVICES: 'WEBSERVICES',
  WEBSTORE: 'WEBSTORE',
  WORKBOOKBUILDER: 'WORKBOOKBUILDER',
  WORKFLOW: 'WORKFLOW',
} as const;

function isScenarioFeature(feature: string): feature is ScenarioFeature {
  return (SCENARIO_FEATURES as readonly string[]).includes(feature);
}

/**
 * NetSuite's System user: a scheduled script runs as it, not as its deployment's owner (Oracle's
 * documentation on the user context of scheduled runs; public code names "-System-" as -4), with
 * the Administrator role's permissions. It is no employee, so it cannot author an email.
 */
export const SYSTEM_USER = { id: -4, name: '-System-' } as const;

/** The `runtime.User` of the scenario's viewer, or the System user for a scheduled script. */
function currentUser(execution: Execution): object {
  const { scenario } = execution.account;
  const { realm, unsupported } = execution;
  const system = execution.scriptType === 'SCHEDULED';
  const employee = system
    ? undefined
    : scenario.employees.find((candidate) => candidate.id === scenario.currentUser.id);
  const roleId = system ? ADMINISTRATOR_ROLE.id : scenario.currentUser.role;
  const role = scenario.roles.find((candidate) => candidate.id === roleId);
  return strictMembers(
    'runtime.User',
    {
      id: system ? SYSTEM_USER.id : scenario.currentUser.id,
      name: system ? SYSTEM_USER.name : (employee?.name ?? ''),
      email: employee ? employeeEmail(employee) : '',
      role: roleId,
      roleId: roleScriptId(roleId),
      roleCenter: 'BASIC',
      getPermission(options: { name?: unknown } | undefined): number {
        if (typeof options?.name !== 'string') {
          throw createSuiteScriptError(realm, {
            name: NETSUITE_ERROR_CODES.missingArgument,
            message: 'Missing a required argument: options.name.',
          });
        }
        chargeUnits(execution, 'runtime.User.getPermission');
        if (roleId === ADMINISTRATOR_ROLE.id) return PERMISSION_LEVELS.FULL;
        return role?.permissions[options.name] ?? PERMISSION_LEVELS.NONE;
      },
    },
    unsupported,
  );
}

/** The `runtime.Script` being executed. */
function currentScript(execution: Execution): object {
  const { deployment, meter, unsupported } = execution;
  return strictMembers(
    'runtime.Script',
    {
      id: deployment.scriptId,
      deploymentId: deployment.deploymentId,
      apiVersion: '2.1',
      logLevel: 'DEBUG',
      bundleIds: [],
      getRemainingUsage: (): number => meter.remaining,
      getParameter(options: { name?: unknown } | undefined): string | number | boolean | null {
        const name = options?.name;
        return typeof name === 'string' && Object.prototype.hasOwnProperty.call(deployment.parameters, name)
          ? (deployment.parameters[name] ?? null)
          : null;
      },
    },
    unsupported,
  );
}

/** The N/runtime module of one execution. */
export function createRuntimeModule(execution: Execution): object {
  const { scenario } = execution.account;
  const { realm } = execution;
  return strictMembers(
    'N/runtime',
    {
      accountId: scenario.account.id,
      envType: scenario.account.envType,
      version: scenario.account.version,
      executionContext: CONTEXT_TYPES[execution.scriptType],
      EnvType: { ...ENV_TYPES },
      Permission: { ...PERMISSION_LEVELS },
      ContextType: { ...CONTEXT_TYPES },
      getCurrentUser: (): object => currentUser(execution),
      getCurrentScript: (): object => currentScript(execution),
      /**
       * Features the scenario lists answer its value, others false; an id the scenario format
       * cannot describe throws (NetSuite's answer for unknown ids is undocumented).
       */
      isFeatureInEffect(options: { feature?: unknown } | undefined): boolean {
        const feature = options?.feature;
        if (typeof feature !== 'string') {
          throw createSuiteScriptError(realm, {
            name: NETSUITE_ERROR_CODES.missingArgument,
            message: 'Missing a required argument: options.feature.',
          });
        }
        chargeUnits(execution, 'runtime.isFeatureInEffect');
        if (!isScenarioFeature(feature)) {
          throw createSuiteScriptError(realm, {
            name: NETSUITE_ERROR_CODES.invalidFeature,
            message: `Feature ${feature} is not emulated; scenarios describe ${SCENARIO_FEATURES.join(', ')}.`,
          });
        }
        return scenario.features[feature];
      },
    },
    execution.unsupported,
  );
}
