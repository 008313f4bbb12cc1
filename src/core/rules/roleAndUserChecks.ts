/**
 * The credential checks about records rather than permissions: is the role active, does the
 * user still have access with that role, is the role Web Services Only, and (OneWorld) which
 * subsidiaries it sees.
 */
import { unreadableFinding } from '../checks/shared';
import {
  ROLE_ACTIVE,
  ROLE_SUBSIDIARY_ACCESS,
  ROLE_WEB_SERVICES_ONLY,
  USER_ACCESS,
  type Named,
} from '../checks/credentials';
import { fixOf, found, type RecordRef } from '../checks/define';
import type { ProbeFailure } from '../probes';
import { ADMINISTRATOR_ROLE_ID, type AccountSnapshot, type EmployeeFact } from '../snapshot';
import type { CandidateIdentity } from '../candidates';
import { informed, passed, problem, type RuleOutcome } from './outcomes';
import { findRole } from './rolePermissions';

function unread(failure: ProbeFailure): { readonly reason: string; readonly code: string | null } {
  return { reason: failure.reason, code: failure.code ?? null };
}

function candidateRole(candidate: CandidateIdentity): Named {
  return { id: candidate.roleId, name: candidate.roleName };
}

function roleRecord(candidate: CandidateIdentity): readonly RecordRef[] {
  return [{ kind: 'role', id: candidate.roleId, name: candidate.roleName }];
}

/** The role exists and is not Inactive. */
export function roleActiveOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): RuleOutcome {
  const check = ROLE_ACTIVE;
  const lookup = findRole(candidate.roleId, snapshot.roles);
  if (lookup.kind !== 'found' && candidate.roleId === ADMINISTRATOR_ROLE_ID)
    return passed([found(check, 'administratorAlwaysActive')]);
  if (lookup.kind === 'unreadable')
    return problem(
      'unknown',
      [unreadableFinding({ source: 'roles' }, lookup.failure)],
      fixOf(check, 'findOutRoles', roleRecord(candidate), { role: candidateRole(candidate) }),
    );
  if (lookup.kind === 'missing') {
    const roleId = { roleId: candidate.roleId };
    return problem(
      'fail',
      [found(check, 'noSuchRole', roleId)],
      fixOf(check, 'findRole', [], roleId),
      found(check, 'noSuchRoleSummary', roleId),
    );
  }
  const role = { id: lookup.role.id, name: lookup.role.name };
  if (lookup.role.inactive)
    return problem(
      'fail',
      [found(check, 'inactive', { role })],
      fixOf(check, 'default', roleRecord(candidate)),
      found(check, 'inactiveSummary', { role }),
    );
  return passed([found(check, 'active', { role })]);
}

/** What is wrong with the employee's access to the candidate's role. */
function accessProblems(employee: EmployeeFact, candidate: CandidateIdentity) {
  return {
    employee: { id: employee.id, name: employee.name },
    role: candidateRole(candidate),
    inactive: employee.inactive,
    noAccess: !employee.giveAccess,
    lacksRole: employee.roleIds.ok && !employee.roleIds.value.includes(candidate.roleId),
    hasToken: candidate.token !== null,
  };
}

/** The employee is active, has Give Access, and holds the candidate's role. */
export function userAccessOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): RuleOutcome {
  const check = USER_ACCESS;
  if (candidate.userId === null) return problem('unknown', [found(check, 'noUserKnown')], fixOf(check, 'findUser', []));
  const user = { id: candidate.userId, name: candidate.userName };
  const records: readonly RecordRef[] = [{ kind: 'employee', ...user }];
  const findOut = (what: 'employees' | 'roles' | 'missing') =>
    fixOf(check, 'findOutEmployee', records, { employee: user, unread: what });
  if (!snapshot.employees.ok)
    return problem('unknown', [found(check, 'employeesUnreadable', unread(snapshot.employees))], findOut('employees'));
  const employee = snapshot.employees.value.find((candidateEmployee) => candidateEmployee.id === candidate.userId);
  if (employee === undefined) {
    if (candidate.token === null) {
      const userId = { userId: candidate.userId };
      return problem(
        'fail',
        [found(check, 'noSuchEmployee', userId)],
        fixOf(check, 'findEmployee', [], userId),
        found(check, 'noSuchEmployeeSummary', userId),
      );
    }
    const token = { id: candidate.token.id, name: candidate.token.name };
    return problem('unknown', [found(check, 'notAmongEmployees', { user, token })], findOut('missing'));
  }
  const named = { id: employee.id, name: employee.name };
  const access = accessProblems(employee, candidate);
  const rolesUnreadable = employee.roleIds.ok
    ? []
    : [found(check, 'employeeRolesUnreadable', { employee: named, ...unread(employee.roleIds) })];
  if (access.inactive || access.noAccess || access.lacksRole) {
    const findings = [
      ...(access.inactive ? [found(check, 'inactive', { employee: named })] : []),
      ...(access.noAccess ? [found(check, 'noAccess', { employee: named })] : []),
      ...(access.lacksRole
        ? [found(check, 'lacksRole', { employee: named, role: access.role, hasToken: access.hasToken })]
        : []),
      ...rolesUnreadable,
    ];
    return problem('fail', findings, fixOf(check, 'default', records), found(check, 'accessSummary', access));
  }
  if (rolesUnreadable.length > 0)
    return problem(
      'unknown',
      [found(check, 'activeWithAccess', { employee: named }), ...rolesUnreadable],
      findOut('roles'),
    );
  return passed([found(check, 'hasAccess', { employee: named, role: candidateRole(candidate) })]);
}

/** Whether the role is Web Services Only: for information (token.active says who creates its token). */
export function webServicesOnlyOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): RuleOutcome {
  const check = ROLE_WEB_SERVICES_ONLY;
  if (candidate.roleId === ADMINISTRATOR_ROLE_ID) return informed([found(check, 'administratorIsNot')]);
  const lookup = findRole(candidate.roleId, snapshot.roles);
  if (lookup.kind === 'unreadable') return informed([found(check, 'rolesUnreadable', unread(lookup.failure))]);
  if (lookup.kind === 'missing') return informed([found(check, 'noSuchRole', { roleId: candidate.roleId })]);
  const role = { id: lookup.role.id, name: lookup.role.name };
  return informed([found(check, lookup.role.webServicesOnly ? 'is' : 'isNot', { role })]);
}

/** A `subsidiaryoption` value: SDF's `rolesubsidiaryoption` list has ALL, ALLACTIVE, OWN and SELECTED. */
function subsidiaryOptionKind(option: string): 'all' | 'all-active' | 'own' | 'selected' | 'unknown' {
  switch (option.trim().toUpperCase()) {
    case 'ALL':
      return 'all';
    case 'ALLACTIVE':
      return 'all-active';
    case 'OWN':
      return 'own';
    case 'SELECTED':
      return 'selected';
    default:
      return 'unknown';
  }
}

/**
 * In a OneWorld account, whether the role sees every subsidiary (Act-On sees only the customers of
 * those it does). A warning check: what is not restricted passes, saying why.
 */
export function subsidiaryAccessOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): RuleOutcome {
  const check = ROLE_SUBSIDIARY_ACCESS;
  const oneWorld = snapshot.features.SUBSIDIARIES;
  const role = candidateRole(candidate);
  const records = roleRecord(candidate);
  if (!oneWorld.ok)
    return problem(
      'unknown',
      [found(check, 'oneWorldUnreadable', unread(oneWorld))],
      fixOf(check, 'findOutOneWorld', []),
    );
  if (!oneWorld.value) return passed([found(check, 'notOneWorld')]);
  if (candidate.roleId === ADMINISTRATOR_ROLE_ID) return passed([found(check, 'administratorSeesAll')]);
  const look = fixOf(check, 'lookAtRestriction', records, { role });
  const note = found(check, 'restrictedNote');
  const subsidiaries = snapshot.roleSubsidiaries;
  if (subsidiaries === null) return problem('manual', [found(check, 'notRead'), note], look);
  if (!subsidiaries.ok)
    return problem('manual', [found(check, 'restrictionUnreadable', unread(subsidiaries)), note], look);
  const fact = subsidiaries.value.find((row) => row.roleId === candidate.roleId);
  if (fact === undefined || fact.option === null)
    return problem('manual', [found(check, 'noRestrictionGiven', { role })], look);
  const option = { role, option: fact.option };
  const kind = subsidiaryOptionKind(fact.option);
  if (kind === 'all') return passed([found(check, 'all', option)]);
  if (kind === 'all-active') return passed([found(check, 'allActive', option)]);
  if (kind === 'unknown') return problem('manual', [found(check, 'unknownOption', option), note], look);
  const user = candidate.userId === null ? null : { id: candidate.userId, name: candidate.userName };
  const restricted =
    kind === 'own'
      ? found(check, 'own', { ...option, user })
      : found(check, 'selected', { ...option, restriction: fact.restriction });
  return problem(
    'warn',
    [restricted, found(check, 'leftOut')],
    fixOf(check, 'default', records),
    found(check, 'restrictedSummary', option),
  );
}
