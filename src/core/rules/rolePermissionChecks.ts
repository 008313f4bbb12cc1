/**
 * The credential checks that read a role's permissions: token login, SOAP web services and
 * Act-On's minimum. The Administrator role holds every permission (its permission rows are not
 * relied on).
 */
import { ROLE_ACTON_PERMISSIONS, ROLE_SOAP_WEB_SERVICES, ROLE_TOKEN_LOGIN } from '../checks/credentials';
import { fixOf, found, type RecordRef } from '../checks/define';
import type { LoginAttemptFact, PermissionLevel, Probe } from '../snapshot';
import {
  ACCESS_TOKEN_MANAGEMENT,
  ACTON_REQUIRED_PERMISSIONS,
  PERMISSION_LEVEL_NAMES,
  SOAP_WEB_SERVICES,
  TOKEN_LOGIN_PERMISSIONS,
  type RequiredPermission,
} from '../permissions';
import { passed, problem, type RuleOutcome } from './outcomes';
import { levelOf, type RolePermissionView } from './rolePermissions';

/** Whose permissions are checked. */
export interface RoleUnderCheck {
  readonly roleId: number;
  readonly roleName: string | null;
}

const FULL = 4;

function named(role: RoleUnderCheck): { readonly id: number; readonly name: string | null } {
  return { id: role.roleId, name: role.roleName };
}

function roleRecord(role: RoleUnderCheck): readonly RecordRef[] {
  return [{ kind: 'role', id: role.roleId, name: role.roleName }];
}

/** The find-out fix every permission check chooses when the role's levels cannot be known. */
function findOutFix(
  check: typeof ROLE_TOKEN_LOGIN | typeof ROLE_SOAP_WEB_SERVICES | typeof ROLE_ACTON_PERMISSIONS,
  role: RoleUnderCheck,
  unread: 'roles' | 'permissions',
) {
  return fixOf(check, 'findOutPermissions', roleRecord(role), { role: named(role), unread });
}

/**
 * User Access Tokens or Log in using Access Tokens at Full; Access Token Management alone is not
 * enough. When the role's permissions cannot be read, a successful token login with the role
 * (`provenBy`, the integration's latest) proves it.
 */
export function tokenLoginOutcome(
  role: RoleUnderCheck,
  view: RolePermissionView,
  provenBy: LoginAttemptFact | null = null,
): RuleOutcome {
  const check = ROLE_TOKEN_LOGIN;
  if (view.kind === 'administrator') return passed([found(check, 'administratorHasAll')]);
  if (view.kind === 'unreadable' && provenBy !== null)
    return passed([...view.findings, found(check, 'provenByLogin', { role: named(role), at: provenBy.at })]);
  if (view.kind === 'unreadable') return problem('unknown', view.findings, findOutFix(check, role, view.unread));
  const granted = TOKEN_LOGIN_PERMISSIONS.find((permission) => levelOf(view.levels, permission.key) >= FULL);
  if (granted !== undefined)
    return passed([...view.provenance, found(check, 'granted', { role: named(role), permission: granted.label })]);
  const held = TOKEN_LOGIN_PERMISSIONS.map((permission) => ({
    permission: permission.label,
    level: PERMISSION_LEVEL_NAMES[levelOf(view.levels, permission.key)],
  }));
  const managementLevel = levelOf(view.levels, ACCESS_TOKEN_MANAGEMENT.key);
  const management =
    managementLevel > 0
      ? [
          found(check, 'managementOnly', {
            permission: ACCESS_TOKEN_MANAGEMENT.label,
            level: PERMISSION_LEVEL_NAMES[managementLevel],
          }),
        ]
      : [];
  return problem(
    'fail',
    [...view.provenance, found(check, 'levels', { role: named(role), held }), ...management],
    fixOf(check, 'default', roleRecord(role)),
    found(check, 'neitherSummary', {
      role: named(role),
      permissions: TOKEN_LOGIN_PERMISSIONS.map((permission) => permission.label),
    }),
  );
}

/** SOAP Web Services at Full. */
export function soapWebServicesOutcome(role: RoleUnderCheck, view: RolePermissionView): RuleOutcome {
  const check = ROLE_SOAP_WEB_SERVICES;
  if (view.kind === 'administrator') return passed([found(check, 'administratorHasAll')]);
  if (view.kind === 'unreadable') return problem('unknown', view.findings, findOutFix(check, role, view.unread));
  const level = {
    role: named(role),
    permission: SOAP_WEB_SERVICES.label,
    level: PERMISSION_LEVEL_NAMES[levelOf(view.levels, SOAP_WEB_SERVICES.key)],
  };
  if (levelOf(view.levels, SOAP_WEB_SERVICES.key) >= FULL)
    return passed([...view.provenance, found(check, 'level', level)]);
  return problem(
    'fail',
    [...view.provenance, found(check, 'level', level)],
    fixOf(check, 'default', roleRecord(role)),
    found(check, 'notFullSummary', level),
  );
}

/** The level a role holds of a requirement: its key's, or the best of its Advanced Employee Permissions variants. */
export function requirementLevel(
  levels: Parameters<typeof levelOf>[0],
  permission: RequiredPermission,
): PermissionLevel {
  // Stryker disable next-line ArrayDeclaration: a made-up key is held by no role
  const keys = [permission.key, ...(permission.advancedEmployeeVariants ?? []).map((variant) => variant.key)];
  const held = keys.map((key) => levelOf(levels, key));
  // Stryker disable next-line EqualityOperator: equal levels give the same maximum
  return held.reduce((best, level) => (level > best ? level : best), 0 as PermissionLevel);
}

/** The requirement's name in this account: Advanced Employee Permissions replace Employees with its variants. */
export function requirementLabel(permission: RequiredPermission, advancedEmployeePermissions: Probe<boolean>): string {
  const variants = permission.advancedEmployeeVariants;
  if (variants === undefined || variants.length === 0) return permission.label;
  const variantLabel = variants.map((variant) => variant.label).join(' or ');
  if (!advancedEmployeePermissions.ok)
    return `${permission.label} (in accounts with Advanced Employee Permissions: ${variantLabel})`;
  return advancedEmployeePermissions.value ? variantLabel : permission.label;
}

/**
 * Every permission of Act-On's minimum at its level or above; the entry forms are left to the
 * person. `advancedEmployeePermissions` (the feature) decides which employee permission is named.
 */
export function actOnPermissionsOutcome(
  role: RoleUnderCheck,
  view: RolePermissionView,
  advancedEmployeePermissions: Probe<boolean>,
): RuleOutcome {
  const check = ROLE_ACTON_PERMISSIONS;
  const entryForms = found(check, 'entryForms');
  if (view.kind === 'administrator') return passed([found(check, 'administratorHasMinimum'), entryForms]);
  if (view.kind === 'unreadable') return problem('unknown', view.findings, findOutFix(check, role, view.unread));
  const missing = ACTON_REQUIRED_PERMISSIONS.filter(
    (permission) => requirementLevel(view.levels, permission) < permission.level,
  );
  if (missing.length === 0) {
    const count = ACTON_REQUIRED_PERMISSIONS.length;
    return passed([...view.provenance, found(check, 'hasMinimum', { role: named(role), count }), entryForms]);
  }
  const gaps = {
    role: named(role),
    missing: missing.map((permission) => ({
      permission: requirementLabel(permission, advancedEmployeePermissions),
      subtab: permission.subtab,
      held: PERMISSION_LEVEL_NAMES[requirementLevel(view.levels, permission)],
      needed: PERMISSION_LEVEL_NAMES[permission.level],
    })),
  };
  return problem(
    'fail',
    [...view.provenance, found(check, 'lacks', gaps), entryForms],
    fixOf(check, 'addMissingPermissions', roleRecord(role), gaps),
    found(check, 'lacksSummary', gaps),
  );
}
