/**
 * The check catalogue: every check, in report order, each defined once in ./checks (id, section,
 * severity, titles, why, dependencies, fixes, messages). Ids are a public contract: never rename one.
 */
import { ACCOUNT_CHECKS } from './checks/account';
import { CREDENTIAL_CHECKS } from './checks/credentials';
import { DATA_CHECKS } from './checks/data';
import type { CheckDefinition, CheckSection } from './checks/define';
import { FEATURE_CHECKS } from './checks/features';
import { fixDefinition } from './checks/wording';
import { INTEGRATION_CHECKS } from './checks/integration';
import { LOGIN_CHECKS } from './checks/logins';
import type { CheckStatus } from './report';

export type { CheckDefinition, CheckSection, Severity } from './checks/define';
export { NETSUITE_PAGES } from './checks/pages';

export const SECTIONS: readonly { readonly id: CheckSection; readonly title: string }[] = [
  { id: 'features', title: 'Features' },
  { id: 'integration', title: 'Integration record' },
  { id: 'credentials', title: 'Role, user and access token' },
  { id: 'data', title: 'Act-On data' },
  { id: 'logins', title: 'Recent logins' },
  { id: 'account', title: 'Account' },
];

/** The catalogue, in report order. */
export const CHECK_CATALOGUE = [
  ...FEATURE_CHECKS,
  ...INTEGRATION_CHECKS,
  ...CREDENTIAL_CHECKS,
  ...DATA_CHECKS,
  ...LOGIN_CHECKS,
  ...ACCOUNT_CHECKS,
] as const;

/** Every check id, as a union: misspelling one is a type error. */
export type CheckId = (typeof CHECK_CATALOGUE)[number]['id'];

const BY_ID: ReadonlyMap<string, CheckDefinition> = new Map(
  CHECK_CATALOGUE.map((definition) => [definition.id, definition as CheckDefinition]),
);

/** Looks up a check's definition. */
export function checkDefinition(id: CheckId): CheckDefinition {
  const definition = BY_ID.get(id);
  if (definition === undefined) throw new Error(`Unknown check id ${id}`);
  return definition;
}

/** A check's definition by an id that may come from a saved document; undefined for one this version does not know. */
export function knownCheck(id: string): CheckDefinition | undefined {
  return BY_ID.get(id);
}

/** The checks a check depends on; none for a check this version does not know. */
export function dependenciesOf(id: string): readonly CheckId[] {
  return (BY_ID.get(id)?.dependsOn ?? []) as readonly CheckId[];
}

/** The title of a check's default fix ("Enable Token-Based Authentication"); its title for an unknown check. */
export function defaultFixTitle(check: { readonly id: string; readonly title: string }): string {
  const definition = BY_ID.get(check.id);
  if (definition === undefined) return check.title;
  const { title } = fixDefinition(definition, 'default');
  return typeof title === 'string' ? title : check.title;
}

/**
 * The catalogue's summary of a check that does not pass, for a rule that names nothing better:
 * its failure title for a failure or warning; for what could not be read or must be looked at,
 * that, with the title. A check this version does not know gets its title.
 */
export function catalogueSummary(check: {
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
}): string {
  if (check.status === 'unknown') return `Could not be read: ${check.title}`;
  if (check.status === 'manual') return `To check by hand: ${check.title}`;
  return BY_ID.get(check.id)?.failureTitle ?? check.title;
}

/** The credential checks that are evaluated once per candidate. */
export const CREDENTIAL_CHECK_IDS = [
  'token.active',
  'role.token-login',
  'role.soap-web-services',
  'role.acton-permissions',
  'role.active',
  'user.access',
  'role.web-services-only',
  'role.subsidiary-access',
] as const satisfies readonly CheckId[];
