/**
 * The credential checks that read a role's permissions: token login, SOAP web services and
 * Act-On's minimum. The Administrator role holds every permission (its permission rows are not
 * relied on).
 */
import { ACTON_PERMISSIONS_STEPS } from '../catalogue';
import type { LoginAttemptFact, PermissionLevel, Probe } from '../snapshot';
import {
  ACCESS_TOKEN_MANAGEMENT,
  ACTON_REQUIRED_PERMISSIONS,
  PERMISSION_LEVEL_NAMES,
  SOAP_WEB_SERVICES,
  TOKEN_LOGIN_PERMISSIONS,
  type RequiredPermission,
} from '../permissions';
import type { CheckOutcome } from '../report';
import { catalogueFix, passOutcome, problemOutcome, roleRecordLink } from './outcomes';
import { levelOf, type RolePermissionView } from './rolePermissions';
import { countLabel, momentLabel, roleLabel, roleShortName } from './wording';

/** Whose permissions are checked. */
export interface RoleUnderCheck {
  readonly roleId: number;
  readonly roleName: string | null;
}

/** The entry forms cannot be read by a script; said with every outcome of the minimum-permissions check. */
export const ENTRY_FORMS_NOTE =
  "The role's Contact and Customer/Lead/Prospect entry forms cannot be read by a script: check them on the role's " +
  'Forms subtab.';

const FULL = 4;

function roleSentenceStart(role: RoleUnderCheck): string {
  return `Role ${roleLabel(role.roleId, role.roleName)}`;
}

/** How a summary names the role: "The role Act-On Integration". */
function roleSummaryStart(role: RoleUnderCheck): string {
  return `The role ${roleShortName(role.roleId, role.roleName)}`;
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
): CheckOutcome {
  const fix = catalogueFix('role.token-login', { recordLinks: [roleRecordLink(role.roleId, role.roleName)] });
  if (view.kind === 'administrator')
    return passOutcome(['Administrator has every permission, so it may log in with access tokens.']);
  if (view.kind === 'unreadable' && provenBy !== null) {
    const proof =
      `A token login with role ${roleLabel(role.roleId, role.roleName)} succeeded on ${momentLabel(provenBy.at)}: ` +
      `NetSuite accepts token logins only for roles allowed to log in with access tokens.`;
    return passOutcome([...view.sentences, proof]);
  }
  if (view.kind === 'unreadable') return problemOutcome('unknown', view.sentences, fix);
  const granted = TOKEN_LOGIN_PERMISSIONS.find((permission) => levelOf(view.levels, permission.key) >= FULL);
  if (granted !== undefined)
    return passOutcome([...view.provenance, `${roleSentenceStart(role)} has ${granted.label} at Full.`]);
  const current = TOKEN_LOGIN_PERMISSIONS.map(
    (permission) => `${permission.label} at ${PERMISSION_LEVEL_NAMES[levelOf(view.levels, permission.key)]}`,
  );
  const managementLevel = levelOf(view.levels, ACCESS_TOKEN_MANAGEMENT.key);
  const management =
    managementLevel > 0
      ? [
          `It has ${ACCESS_TOKEN_MANAGEMENT.label} at ${PERMISSION_LEVEL_NAMES[managementLevel]}, which manages ` +
            `other users' tokens but does not let the role log in with a token.`,
        ]
      : [];
  const summary =
    `${roleSummaryStart(role)} has neither ` +
    `${TOKEN_LOGIN_PERMISSIONS.map((permission) => permission.label).join(' nor ')} at Full`;
  return problemOutcome(
    'fail',
    [...view.provenance, `${roleSentenceStart(role)} has ${current.join(' and ')}.`, ...management],
    fix,
    summary,
  );
}

/** SOAP Web Services at Full. */
export function soapWebServicesOutcome(role: RoleUnderCheck, view: RolePermissionView): CheckOutcome {
  const fix = catalogueFix('role.soap-web-services', { recordLinks: [roleRecordLink(role.roleId, role.roleName)] });
  if (view.kind === 'administrator')
    return passOutcome(['Administrator has every permission, including SOAP Web Services.']);
  if (view.kind === 'unreadable') return problemOutcome('unknown', view.sentences, fix);
  const level = levelOf(view.levels, SOAP_WEB_SERVICES.key);
  const sentence = `${roleSentenceStart(role)} has ${SOAP_WEB_SERVICES.label} at ${PERMISSION_LEVEL_NAMES[level]}`;
  if (level >= FULL) return passOutcome([...view.provenance, `${sentence}.`]);
  const summary = `${roleSummaryStart(role)} has ${SOAP_WEB_SERVICES.label} at ${PERMISSION_LEVEL_NAMES[level]}, not Full`;
  return problemOutcome('fail', [...view.provenance, `${sentence}; Act-On needs Full.`], fix, summary);
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
): CheckOutcome {
  // Known gaps replace the generic second step; the entry-forms step stays, as forms cannot be read.
  const [editRole, addMissing, ...remaining] = ACTON_PERMISSIONS_STEPS;
  const fixFor = (specificSteps: readonly string[]) =>
    catalogueFix('role.acton-permissions', {
      steps: [editRole, ...(specificSteps.length > 0 ? specificSteps : [addMissing]), ...remaining],
      recordLinks: [roleRecordLink(role.roleId, role.roleName)],
    });
  if (view.kind === 'administrator')
    return passOutcome(["Administrator has every permission of Act-On's minimum.", ENTRY_FORMS_NOTE]);
  if (view.kind === 'unreadable') return problemOutcome('unknown', view.sentences, fixFor([]));
  const missing = ACTON_REQUIRED_PERMISSIONS.filter(
    (permission) => requirementLevel(view.levels, permission) < permission.level,
  );
  if (missing.length === 0) {
    return passOutcome([
      ...view.provenance,
      `${roleSentenceStart(role)} has all ${ACTON_REQUIRED_PERMISSIONS.length} permissions of Act-On's minimum.`,
      ENTRY_FORMS_NOTE,
    ]);
  }
  const label = (permission: RequiredPermission): string => requirementLabel(permission, advancedEmployeePermissions);
  const gaps = missing.map(
    (permission) =>
      `${label(permission)} (${permission.subtab}): ` +
      `${PERMISSION_LEVEL_NAMES[requirementLevel(view.levels, permission)]}, needs ` +
      `${PERMISSION_LEVEL_NAMES[permission.level]}`,
  );
  const steps = missing.map(
    (permission) =>
      `On Permissions > ${permission.subtab}, set ${label(permission)} to ${PERMISSION_LEVEL_NAMES[permission.level]}.`,
  );
  const sentence =
    `${roleSentenceStart(role)} lacks ${countLabel(missing.length, 'permission')} of Act-On's minimum: ` +
    `${gaps.join('; ')}.`;
  const summary =
    `${roleSummaryStart(role)} lacks ${countLabel(missing.length, 'permission')} of Act-On's minimum: ` +
    `${missing.map(label).join(', ')}`;
  return problemOutcome('fail', [...view.provenance, sentence, ENTRY_FORMS_NOTE], fixFor(steps), summary);
}
