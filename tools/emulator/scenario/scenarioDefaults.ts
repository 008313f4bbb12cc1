/** A valid scenario document with every documented default filled in. */
import type { ScenarioDocument } from './scenarioDocument';
import { SCENARIO_FEATURES, type Scenario, type ScenarioFeature, type ScenarioLogin } from './scenarioTypes';

type DocumentToken = NonNullable<ScenarioDocument['tokens']>[number];

function normaliseLogin(
  login: NonNullable<ScenarioDocument['loginAudit']>[number],
  tokensById: ReadonlyMap<number, DocumentToken>,
): ScenarioLogin {
  const token = login.token === undefined || login.token === null ? undefined : tokensById.get(login.token);
  return {
    date: login.date,
    status: login.status,
    // An explicit null keeps the row without an application even when it names a token.
    integration: login.integration === null ? null : (login.integration ?? token?.integration ?? null),
    token: login.token ?? null,
    user: login.user ?? token?.user ?? null,
    role: login.role ?? token?.role ?? null,
    detail: login.detail ?? null,
    ipAddress: login.ipAddress ?? null,
    requestUri: login.requestUri ?? null,
  };
}

/** Fills in every documented default of a valid document. */
export function normaliseScenario(document: ScenarioDocument): Scenario {
  const listed = document.features ?? {};
  const tokensById = new Map((document.tokens ?? []).map((token) => [token.id, token]));
  const features = Object.fromEntries(
    SCENARIO_FEATURES.map((feature) => [feature, listed[feature] === true]),
  ) as Record<ScenarioFeature, boolean>;
  return {
    name: document.name,
    description: document.description ?? '',
    now: document.now ?? null,
    account: { ...document.account },
    currentUser: { ...document.currentUser },
    features,
    roles: (document.roles ?? []).map((role) => ({
      id: role.id,
      name: role.name,
      isinactive: role.isinactive ?? false,
      webServicesOnly: role.webServicesOnly ?? false,
      permissions: { ...(role.permissions ?? {}) },
      subsidiaryOption: role.subsidiaryOption ?? 'ALL',
      subsidiaryRestriction: role.subsidiaryRestriction ?? null,
    })),
    employees: (document.employees ?? []).map((employee) => ({
      id: employee.id,
      name: employee.name,
      isinactive: employee.isinactive ?? false,
      giveaccess: employee.giveaccess,
      roles: [...employee.roles],
    })),
    integrations: (document.integrations ?? []).map((integration) => ({ ...integration })),
    tokens: (document.tokens ?? []).map((token) => ({
      ...token,
      inactive: token.inactive ?? false,
      revoked: token.revoked ?? false,
    })),
    loginAudit: (document.loginAudit ?? []).map((login) => normaliseLogin(login, tokensById)),
    customFields: (document.customFields ?? []).map((field) => ({
      ...field,
      appliesTo: [...field.appliesTo],
      mandatory: field.mandatory ?? false,
      readOnly: field.readOnly ?? false,
    })),
    customerStatuses: (document.customerStatuses ?? []).map((status) => ({
      ...status,
      inactive: status.inactive ?? false,
    })),
    customers: (document.customers ?? []).map((customer) => ({
      id: customer.id,
      stage: customer.stage,
      email: customer.email ?? null,
      inactive: customer.inactive ?? false,
      salesRep: customer.salesRep ?? null,
    })),
    contacts: (document.contacts ?? []).map((contact) => ({
      id: contact.id,
      email: contact.email ?? null,
      inactive: contact.inactive ?? false,
      company: contact.company ?? null,
    })),
    unavailable: { ...(document.unavailable ?? {}) },
  };
}
