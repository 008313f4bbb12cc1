/**
 * Who acts on each fix: one table keyed by check id, read by the fix plan (each step's `owner`),
 * the page, the watch email and the consultant's portfolio. A consultant often has no NetSuite
 * login, so the plan must say whose hands each step needs.
 */
import type { CheckId } from './catalogue';
import type { CheckStatus } from './report';

/** The people a fix plan step can ask to act, as written in the JSON document. */
export const FIX_OWNERS = ['netsuite-admin', 'acton-admin', 'acton-support', 'consultant'] as const;
export type FixOwner = (typeof FIX_OWNERS)[number];

/** How each owner is named to a reader. */
export const FIX_OWNER_LABELS: Readonly<Record<FixOwner, string>> = {
  'netsuite-admin': 'NetSuite administrator',
  'acton-admin': 'Act-On administrator',
  'acton-support': 'Act-On support',
  consultant: 'Consultant',
};

/** Who makes each check's fix. */
export const CHECK_FIX_OWNERS: Readonly<Record<CheckId, FixOwner>> = {
  'feature.client-suitescript': 'netsuite-admin',
  'feature.server-suitescript': 'netsuite-admin',
  'feature.soap-web-services': 'netsuite-admin',
  'feature.token-based-authentication': 'netsuite-admin',
  'feature.suitesignon': 'netsuite-admin',
  'feature.rest-web-services': 'netsuite-admin',
  'feature.oauth2': 'netsuite-admin',
  'integration.record': 'netsuite-admin',
  'integration.state': 'netsuite-admin',
  'integration.authentication': 'netsuite-admin',
  'token.active': 'netsuite-admin',
  'role.token-login': 'netsuite-admin',
  'role.soap-web-services': 'netsuite-admin',
  'role.acton-permissions': 'netsuite-admin',
  'role.active': 'netsuite-admin',
  'user.access': 'netsuite-admin',
  'role.web-services-only': 'netsuite-admin',
  'role.subsidiary-access': 'netsuite-admin',
  // A failing token login with everything upstream in order is mostly credentials typed into Act-On.
  'login.recent': 'acton-admin',
  'login.ip-address-rules': 'netsuite-admin',
  'account.id': 'acton-admin',
  'account.web-services-concurrency': 'netsuite-admin',
  'platform.tba-future': 'netsuite-admin',
  'platform.soap-retirement': 'acton-support',
  'platform.two-factor': 'consultant',
};

/** Who works out what the audit could not read (its role's access, a table NetSuite hid): whoever runs the audit. */
export const UNREAD_FACT_OWNER: FixOwner = 'consultant';

/** Who acts on the step whose root cause is this check; the consultant for a check this version does not know. */
export function fixOwnerOf(check: { readonly id: string; readonly status: CheckStatus }): FixOwner {
  if (check.status === 'unknown') return UNREAD_FACT_OWNER;
  return (CHECK_FIX_OWNERS as Readonly<Record<string, FixOwner>>)[check.id] ?? 'consultant';
}

/** `netsuite-admin` -> "NetSuite administrator"; the value itself for one this version does not know. */
export function fixOwnerLabel(owner: string): string {
  return (FIX_OWNER_LABELS as Readonly<Record<string, string>>)[owner] ?? owner;
}
