/**
 * The boundary around N/runtime: the account, the user running the audit, the features, and
 * the script's remaining governance. Every call costs 0 units and is guarded: a call that
 * throws becomes a failed probe (or an empty value where the snapshot has no probe).
 */
import * as runtime from 'N/runtime';
import { AUDITED_PERMISSION_KEYS } from '../core/permissions';
import {
  AUDITED_FEATURES,
  type AccountFacts,
  type AuditedFeature,
  type CurrentUserFacts,
  type PermissionLevel,
  type Probe,
} from '../core/snapshot';
import { probeFailure, probeFailureFromThrown, probeValue } from './probes';
import { toPermissionLevel } from './rowValues';

/** What N/runtime tells the collector. */
export interface RuntimeFacts {
  readonly account: AccountFacts;
  readonly currentUser: CurrentUserFacts;
  readonly features: Readonly<Record<AuditedFeature, Probe<boolean>>>;
}

/** Reads a runtime property as text; '' when it cannot be read. */
function readRuntimeText(read: () => unknown): string {
  try {
    const value = read();
    if (typeof value === 'string') return value;
    return typeof value === 'number' || typeof value === 'boolean' ? value.toString() : '';
  } catch {
    return '';
  }
}

/** Account id, environment (a string in NetSuite although the typings declare a numeric enum) and version. */
export function readAccountFacts(): AccountFacts {
  return {
    accountId: readRuntimeText(() => runtime.accountId),
    envType: readRuntimeText(() => runtime.envType),
    version: readRuntimeText(() => runtime.version),
  };
}

/** Whether one feature is in effect; NetSuite does not document what an unknown id does, so it is guarded. */
export function readFeature(feature: AuditedFeature): Probe<boolean> {
  try {
    const inEffect: unknown = runtime.isFeatureInEffect({ feature });
    return typeof inEffect === 'boolean'
      ? probeValue(inEffect)
      : probeFailure(`NetSuite gave ${JSON.stringify(String(inEffect))} for feature ${feature}, not true or false.`);
  } catch (thrown) {
    return probeFailureFromThrown(`Reading feature ${feature}`, thrown);
  }
}

/** Every audited feature, each read on its own so one failure leaves the others readable. */
export function readFeatures(): Record<AuditedFeature, Probe<boolean>> {
  const features = {} as Record<AuditedFeature, Probe<boolean>>;
  for (const feature of AUDITED_FEATURES) features[feature] = readFeature(feature);
  return features;
}

/**
 * The current user's level of every audited permission. All or nothing: a key left out would
 * read as NONE, so one unreadable key fails the whole probe and names the key.
 */
export function readUserPermissions(user: runtime.User): Probe<Readonly<Partial<Record<string, PermissionLevel>>>> {
  const levels: Partial<Record<string, PermissionLevel>> = {};
  for (const key of AUDITED_PERMISSION_KEYS) {
    try {
      const level = toPermissionLevel(user.getPermission({ name: key }));
      if (level === null) return probeFailure(`NetSuite gave no permission level (0 to 4) for ${key}.`);
      levels[key] = level;
    } catch (thrown) {
      return probeFailureFromThrown(`Reading the current user's permission ${key}`, thrown);
    }
  }
  return probeValue(levels);
}

/**
 * The user running the audit. NetSuite always has one in a Suitelet; should reading it fail,
 * id and role are 0 (no such record) and the permissions probe says why.
 */
export function readCurrentUser(): CurrentUserFacts {
  try {
    const user = runtime.getCurrentUser();
    return {
      id: Number(user.id) || 0,
      name: readRuntimeText(() => user.name),
      roleId: Number(user.role) || 0,
      permissions: readUserPermissions(user),
    };
  } catch (thrown) {
    return { id: 0, name: '', roleId: 0, permissions: probeFailureFromThrown('Reading the current user', thrown) };
  }
}

/** Account, user and features in one go. */
export function readRuntimeFacts(): RuntimeFacts {
  return { account: readAccountFacts(), currentUser: readCurrentUser(), features: readFeatures() };
}

/** The script's remaining governance units, or null when NetSuite does not say. */
export function readRemainingUsage(): number | null {
  try {
    const remaining: unknown = runtime.getCurrentScript().getRemainingUsage();
    // Number.isFinite is false for anything but a number (text included).
    return Number.isFinite(remaining) ? Number(remaining) : null;
  } catch {
    return null;
  }
}
