/**
 * The checks a JSON Schema cannot express: ids are unique, references point at records that
 * exist, a login through a token names the token's own integration, user and role, and the
 * viewer can log in with their role.
 */
import type { ScenarioDocument } from './scenarioDocument';
import type { ScenarioProblem } from './scenarioError';
import { ADMINISTRATOR_ROLE } from './scenarioTypes';

// The document type lives in ./scenarioDocument; still importable from here for existing callers.
export type { ScenarioDocument } from './scenarioDocument';

/** Maps each id of `records` to its index, reporting repeats at `/{list}/{index}/id`. */
function indexIds(
  list: string,
  records: readonly { readonly id: number }[],
  problems: ScenarioProblem[],
): Map<number, number> {
  const indexById = new Map<number, number>();
  records.forEach((record, index) => {
    const first = indexById.get(record.id);
    if (first === undefined) indexById.set(record.id, index);
    else
      problems.push({ path: `/${list}/${index}/id`, message: `duplicate id ${record.id} (also at /${list}/${first})` });
  });
  return indexById;
}

function requireReference(
  problems: ScenarioProblem[],
  path: string,
  id: number | undefined,
  known: ReadonlyMap<number, unknown>,
  what: string,
): void {
  if (id !== undefined && !known.has(id)) problems.push({ path, message: `no ${what} with id ${id}` });
}

const ROLE_WHAT = `role (use ${ADMINISTRATOR_ROLE.id} for Administrator or an id listed in /roles)`;

interface Indexes {
  readonly roles: ReadonlyMap<number, number>;
  readonly employees: ReadonlyMap<number, number>;
  readonly integrations: ReadonlyMap<number, number>;
  readonly tokens: ReadonlyMap<number, number>;
}

function buildIndexes(document: ScenarioDocument, problems: ScenarioProblem[]): Indexes {
  const roles = indexIds('roles', document.roles ?? [], problems);
  const administratorIndex = roles.get(ADMINISTRATOR_ROLE.id);
  if (administratorIndex !== undefined) {
    problems.push({
      path: `/roles/${administratorIndex}/id`,
      message: `${ADMINISTRATOR_ROLE.id} is the built-in Administrator role, present in every account: do not list it`,
    });
  }
  const knownRoles = new Map(roles);
  knownRoles.set(ADMINISTRATOR_ROLE.id, -1);
  return {
    roles: knownRoles,
    employees: indexIds('employees', document.employees ?? [], problems),
    integrations: indexIds('integrations', document.integrations ?? [], problems),
    tokens: indexIds('tokens', document.tokens ?? [], problems),
  };
}

function checkCurrentUser(document: ScenarioDocument, indexes: Indexes, problems: ScenarioProblem[]): void {
  const { id, role } = document.currentUser;
  requireReference(problems, '/currentUser/role', role, indexes.roles, ROLE_WHAT);
  const employeeIndex = indexes.employees.get(id);
  if (employeeIndex === undefined) {
    problems.push({
      path: '/currentUser/id',
      message: `no employee with id ${id} (the viewer must be listed in /employees)`,
    });
    return;
  }
  const employee = document.employees?.[employeeIndex];
  if (!employee) return;
  if (!employee.roles.includes(role)) {
    problems.push({
      path: '/currentUser/role',
      message: `employee ${id} does not hold role ${role} (see /employees/${employeeIndex}/roles)`,
    });
  }
  if (employee.isinactive === true || !employee.giveaccess) {
    problems.push({
      path: '/currentUser/id',
      message: `employee ${id} cannot log in (needs isinactive false and giveaccess true at /employees/${employeeIndex})`,
    });
  }
}

function checkRecordReferences(document: ScenarioDocument, indexes: Indexes, problems: ScenarioProblem[]): void {
  (document.employees ?? []).forEach((employee, index) =>
    employee.roles.forEach((role, roleIndex) =>
      requireReference(problems, `/employees/${index}/roles/${roleIndex}`, role, indexes.roles, ROLE_WHAT),
    ),
  );
  (document.tokens ?? []).forEach((token, index) => {
    requireReference(
      problems,
      `/tokens/${index}/integration`,
      token.integration,
      indexes.integrations,
      'integration in /integrations',
    );
    requireReference(problems, `/tokens/${index}/user`, token.user, indexes.employees, 'employee in /employees');
    requireReference(problems, `/tokens/${index}/role`, token.role, indexes.roles, ROLE_WHAT);
  });
}

function checkLogins(document: ScenarioDocument, indexes: Indexes, problems: ScenarioProblem[]): void {
  (document.loginAudit ?? []).forEach((login, index) => {
    const at = `/loginAudit/${index}`;
    requireReference(
      problems,
      `${at}/integration`,
      login.integration ?? undefined,
      indexes.integrations,
      'integration in /integrations',
    );
    requireReference(problems, `${at}/user`, login.user, indexes.employees, 'employee in /employees');
    requireReference(problems, `${at}/role`, login.role, indexes.roles, ROLE_WHAT);
    if (login.token === undefined || login.token === null) return;
    const tokenIndex = indexes.tokens.get(login.token);
    const token = tokenIndex === undefined ? undefined : document.tokens?.[tokenIndex];
    if (!token) {
      problems.push({ path: `${at}/token`, message: `no token with id ${login.token} in /tokens` });
      return;
    }
    // A token binds one integration, user and role: a login through it cannot name others.
    for (const key of ['integration', 'user', 'role'] as const) {
      const named = login[key];
      if (named !== undefined && named !== null && named !== token[key]) {
        problems.push({
          path: `${at}/${key}`,
          message: `is ${named} but token ${token.id} belongs to ${key} ${token[key]}`,
        });
      }
    }
  });
}

/** Data records: ids and script ids unique, sales reps employees, companies customer records. */
function checkDataRecords(document: ScenarioDocument, indexes: Indexes, problems: ScenarioProblem[]): void {
  const scriptIds = new Map<string, number>();
  (document.customFields ?? []).forEach((field, index) => {
    const key = field.scriptId.toLowerCase();
    const first = scriptIds.get(key);
    if (first === undefined) scriptIds.set(key, index);
    else
      problems.push({
        path: `/customFields/${index}/scriptId`,
        message: `duplicate script id ${field.scriptId} (also at /customFields/${first})`,
      });
  });
  indexIds('customerStatuses', document.customerStatuses ?? [], problems);
  const customers = indexIds('customers', document.customers ?? [], problems);
  indexIds('contacts', document.contacts ?? [], problems);
  (document.customers ?? []).forEach((customer, index) =>
    requireReference(
      problems,
      `/customers/${index}/salesRep`,
      customer.salesRep ?? undefined,
      indexes.employees,
      'employee in /employees',
    ),
  );
  (document.contacts ?? []).forEach((contact, index) =>
    requireReference(
      problems,
      `/contacts/${index}/company`,
      contact.company ?? undefined,
      customers,
      'customer record in /customers',
    ),
  );
}

/** The semantic problems of a document that already conforms to the schema. */
export function semanticProblems(document: ScenarioDocument): readonly ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const indexes = buildIndexes(document, problems);
  checkCurrentUser(document, indexes, problems);
  checkRecordReferences(document, indexes, problems);
  checkLogins(document, indexes, problems);
  checkDataRecords(document, indexes, problems);
  return problems;
}
