/**
 * Who acts on a fix: each fix definition names its owner (./checks); read by the fix plan (each step's `owner`),
 * the page, the watch email and the consultant's portfolio. A consultant often has no NetSuite
 * login, so the plan must say whose hands each step needs.
 */
import { knownCheck } from './catalogue';
import { fixDefinition } from './checks/wording';
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

/** Who works out what the audit could not read (its role's access, a table NetSuite hid): whoever runs the audit. */
export const UNREAD_FACT_OWNER: FixOwner = 'consultant';

/**
 * Who acts on the step whose root cause is this check, for a document of an earlier version whose
 * fix names no owner: its default fix's; the consultant for a check this version does not know.
 */
export function fixOwnerOf(check: { readonly id: string; readonly status: CheckStatus }): FixOwner {
  if (check.status === 'unknown') return UNREAD_FACT_OWNER;
  const definition = knownCheck(check.id);
  return definition === undefined ? 'consultant' : fixDefinition(definition, 'default').owner;
}

/** `netsuite-admin` -> "NetSuite administrator"; the value itself for one this version does not know. */
export function fixOwnerLabel(owner: string): string {
  return (FIX_OWNER_LABELS as Readonly<Record<string, string>>)[owner] ?? owner;
}
