/**
 * The credential checks about records rather than permissions: is the role active, does the
 * user still have access with that role, is the role Web Services Only, and (OneWorld) which
 * subsidiaries it sees.
 */
import type { CheckOutcome } from '../report';
import { ADMINISTRATOR_ROLE_ID, type AccountSnapshot, type EmployeeFact } from '../snapshot';
import type { CandidateIdentity } from '../candidates';
import { catalogueFix, employeeRecordLink, infoOutcome, passOutcome, problemOutcome, roleRecordLink } from './outcomes';
import { findRole } from './rolePermissions';
import {
  joinedWithAnd,
  roleLabel,
  roleShortName,
  tokenLabel,
  unreadableSentence,
  userLabel,
  userShortName,
} from './wording';

const ADMINISTRATOR_ALWAYS_ACTIVE =
  'Administrator is a standard NetSuite role; only customized roles can be marked Inactive.';

/** The role exists and is not Inactive. */
export function roleActiveOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): CheckOutcome {
  const roleLink = roleRecordLink(candidate.roleId, candidate.roleName);
  const lookup = findRole(candidate.roleId, snapshot.roles);
  if (lookup.kind !== 'found' && candidate.roleId === ADMINISTRATOR_ROLE_ID)
    return passOutcome([ADMINISTRATOR_ALWAYS_ACTIVE]);
  if (lookup.kind === 'unreadable')
    return problemOutcome(
      'unknown',
      [unreadableSentence('The roles', lookup.failure)],
      catalogueFix('role.active', { recordLinks: [roleLink] }),
    );
  if (lookup.kind === 'missing') {
    const look =
      "Check the role's internal id in the ID column at Setup > Users/Roles > Manage Roles, and run this audit " +
      'again with it.';
    return problemOutcome(
      'fail',
      [`There is no role with internal id ${candidate.roleId}.`],
      catalogueFix('role.active', { steps: [look] }),
      `There is no role with internal id ${candidate.roleId}`,
    );
  }
  const role = `Role ${roleLabel(lookup.role.id, lookup.role.name)}`;
  if (lookup.role.inactive) {
    return problemOutcome(
      'fail',
      [`${role} is inactive.`],
      catalogueFix('role.active', { recordLinks: [roleLink] }),
      `The role ${roleShortName(lookup.role.id, lookup.role.name)} is inactive`,
    );
  }
  return passOutcome([`${role} is active.`]);
}

/** Why the employee cannot use the candidate's role, one sentence per reason. */
function accessProblems(employee: EmployeeFact, candidate: CandidateIdentity): readonly string[] {
  const who = `Employee ${userLabel(employee.id, employee.name)}`;
  const role = roleLabel(candidate.roleId, candidate.roleName);
  const problems: string[] = [];
  if (employee.inactive) problems.push(`${who} is inactive.`);
  if (!employee.giveAccess) problems.push(`${who} does not have Give Access checked, so it cannot log in at all.`);
  if (employee.roleIds.ok && !employee.roleIds.value.includes(candidate.roleId)) {
    problems.push(
      candidate.token === null
        ? `${who} does not hold role ${role}; add the role before creating the token.`
        : `${who} no longer holds role ${role}: the role was removed from the user after the token was issued, ` +
            `and NetSuite refuses the token.`,
    );
  }
  return problems;
}

/** "The token's user Act-On Sync no longer holds the role Act-On Integration": what is wrong, in one sentence. */
function accessSummary(employee: EmployeeFact, candidate: CandidateIdentity): string {
  const role = roleShortName(candidate.roleId, candidate.roleName);
  const clauses: string[] = [];
  if (employee.inactive) clauses.push('is inactive');
  if (!employee.giveAccess) clauses.push('does not have Give Access checked');
  if (employee.roleIds.ok && !employee.roleIds.value.includes(candidate.roleId)) {
    clauses.push(candidate.token === null ? `does not hold the role ${role}` : `no longer holds the role ${role}`);
  }
  const subject = candidate.token === null ? 'The user' : "The token's user";
  return `${subject} ${userShortName(employee.id, employee.name)} ${joinedWithAnd(clauses)}`;
}

/** The employee is active, has Give Access, and holds the candidate's role. */
export function userAccessOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): CheckOutcome {
  if (candidate.userId === null)
    return problemOutcome('unknown', ['No user is known for this candidate.'], catalogueFix('user.access'));
  const fix = catalogueFix('user.access', { recordLinks: [employeeRecordLink(candidate.userId, candidate.userName)] });
  if (!snapshot.employees.ok)
    return problemOutcome('unknown', [unreadableSentence('The employees', snapshot.employees)], fix);
  const employee = snapshot.employees.value.find((candidateEmployee) => candidateEmployee.id === candidate.userId);
  if (employee === undefined) {
    if (candidate.token === null) {
      return problemOutcome(
        'fail',
        [`There is no employee with internal id ${candidate.userId}.`],
        catalogueFix('user.access'),
        `There is no employee with internal id ${candidate.userId}`,
      );
    }
    const sentence =
      `User ${userLabel(candidate.userId, candidate.userName)} of token ${tokenLabel(candidate.token)} is not ` +
      `among the employees read; it may not be an employee record.`;
    return problemOutcome('unknown', [sentence], fix);
  }
  const who = `Employee ${userLabel(employee.id, employee.name)}`;
  const problems = accessProblems(employee, candidate);
  const rolesUnreadable = employee.roleIds.ok
    ? []
    : [unreadableSentence(`The roles of employee ${userLabel(employee.id, employee.name)}`, employee.roleIds)];
  if (problems.length > 0)
    return problemOutcome('fail', [...problems, ...rolesUnreadable], fix, accessSummary(employee, candidate));
  if (rolesUnreadable.length > 0)
    return problemOutcome('unknown', [`${who} is active and has Give Access checked.`, ...rolesUnreadable], fix);
  return passOutcome([
    `${who} is active, has Give Access checked and holds role ${roleLabel(candidate.roleId, candidate.roleName)}.`,
  ]);
}

/** Whether the role is Web Services Only: for information. */
export function webServicesOnlyOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): CheckOutcome {
  if (candidate.roleId === ADMINISTRATOR_ROLE_ID)
    return infoOutcome(['Administrator is not a Web Services Only role.']);
  const lookup = findRole(candidate.roleId, snapshot.roles);
  if (lookup.kind === 'unreadable') return infoOutcome([unreadableSentence('The roles', lookup.failure)]);
  if (lookup.kind === 'missing') return infoOutcome([`There is no role with internal id ${candidate.roleId}.`]);
  const role = `Role ${roleLabel(lookup.role.id, lookup.role.name)}`;
  if (!lookup.role.webServicesOnly) return infoOutcome([`${role} is not a Web Services Only role.`]);
  // Only here is there something to do: the token must be created for the role by an administrator.
  const fix = catalogueFix('role.web-services-only', {
    recordLinks: [roleRecordLink(candidate.roleId, candidate.roleName)],
  });
  return infoOutcome([`${role} is a Web Services Only role: it cannot log in to the NetSuite UI.`], fix);
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

/** The token user as the evidence names them: the candidate's user, when known. */
function ownSubsidiaryOf(candidate: CandidateIdentity): string {
  return candidate.userId === null
    ? "the subsidiary on the token user's employee record"
    : `the subsidiary on the employee record of ${userLabel(candidate.userId, candidate.userName)} (Lists > ` +
        'Employees > Employees > the employee > Subsidiary)';
}

/** In a OneWorld account, whether the role sees every subsidiary (Act-On sees only the customers of those it does). */
export function subsidiaryAccessOutcome(candidate: CandidateIdentity, snapshot: AccountSnapshot): CheckOutcome {
  const oneWorld = snapshot.features.SUBSIDIARIES;
  const roleLink = roleRecordLink(candidate.roleId, candidate.roleName);
  const fix = catalogueFix('role.subsidiary-access', { recordLinks: [roleLink] });
  const role = `Role ${roleLabel(candidate.roleId, candidate.roleName)}`;
  if (!oneWorld.ok)
    return problemOutcome(
      'unknown',
      [unreadableSentence('Whether this is a OneWorld account (feature SUBSIDIARIES)', oneWorld)],
      fix,
    );
  if (!oneWorld.value)
    return infoOutcome([
      'This is not a OneWorld account (feature SUBSIDIARIES is off): roles are not restricted by subsidiary.',
    ]);
  if (candidate.roleId === ADMINISTRATOR_ROLE_ID) return passOutcome(['Administrator sees every subsidiary.']);
  const look =
    `Go to Setup > Users/Roles > Manage Roles, edit the role ${roleLabel(candidate.roleId, candidate.roleName)} ` +
    `and look at Subsidiary Restrictions.`;
  const subsidiaries = snapshot.roleSubsidiaries;
  if (subsidiaries === null || !subsidiaries.ok) {
    const why =
      subsidiaries === null
        ? ["The role's subsidiary restriction was not read."]
        : [unreadableSentence("The role's subsidiary restriction", subsidiaries)];
    return problemOutcome(
      'manual',
      [...why, 'If the role is restricted, Act-On sees only the customers and contacts of the subsidiaries it allows.'],
      catalogueFix('role.subsidiary-access', { leadingSteps: [look], recordLinks: [roleLink] }),
    );
  }
  const fact = subsidiaries.value.find((row) => row.roleId === candidate.roleId);
  if (fact === undefined || fact.option === null) {
    return problemOutcome(
      'manual',
      [`NetSuite gave no subsidiary restriction for role ${roleLabel(candidate.roleId, candidate.roleName)}.`],
      catalogueFix('role.subsidiary-access', { leadingSteps: [look], recordLinks: [roleLink] }),
    );
  }
  const kind = subsidiaryOptionKind(fact.option);
  if (kind === 'all') return passOutcome([`${role} sees every subsidiary (subsidiary restriction "${fact.option}").`]);
  if (kind === 'all-active') {
    return passOutcome([
      `${role} sees every active subsidiary (subsidiary restriction "${fact.option}"): inactive subsidiaries, and ` +
        'their customers and contacts, are left out of the sync.',
    ]);
  }
  if (kind === 'unknown') {
    return problemOutcome(
      'manual',
      [
        `NetSuite gave the subsidiary restriction "${fact.option}" for role ` +
          `${roleLabel(candidate.roleId, candidate.roleName)}, a value this audit does not know (SDF lists ALL, ` +
          'ALLACTIVE, OWN and SELECTED).',
        'If the role is restricted, Act-On sees only the customers and contacts of the subsidiaries it allows.',
      ],
      catalogueFix('role.subsidiary-access', { leadingSteps: [look], recordLinks: [roleLink] }),
    );
  }
  const which = fact.restriction === null ? '' : `: ${fact.restriction}`;
  const restricted =
    kind === 'own'
      ? `${role} sees only the user's own subsidiary (subsidiary restriction "${fact.option}"): ` +
        `${ownSubsidiaryOf(candidate)}.`
      : `${role} is restricted to some subsidiaries (subsidiary restriction "${fact.option}"${which}).`;
  return problemOutcome(
    'warn',
    [
      restricted,
      'Act-On sees only the customers and contacts of those subsidiaries; the others are left out of the sync.',
    ],
    fix,
    `The role ${roleShortName(candidate.roleId, candidate.roleName)} sees only some subsidiaries (subsidiary ` +
      `restriction "${fact.option}")`,
  );
}
