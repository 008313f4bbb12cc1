/**
 * The forms of a NetSuite account id. Act-On's Account ID field and the OAuth realm take the
 * upper-case form with an underscore (`1234567_SB1`); host names take the lower-case form with
 * a hyphen (`1234567-sb1.app.netsuite.com`). Mixing them up makes every signature invalid.
 */
import type { AccountIdentity } from './report';
import type { AccountFacts } from './snapshot';

/** What kind of account this is, for the sandbox and Release Preview warnings. */
export type AccountEnvironmentKind = 'production' | 'sandbox' | 'release-preview' | 'other';

/** The Account ID to type into Act-On (and the OAuth realm): upper case, underscore. */
export function toActOnAccountId(accountId: string): string {
  return accountId.trim().replace(/-/g, '_').toUpperCase();
}

/** The host form of an account id: lower case, hyphen. */
export function toHostId(accountId: string): string {
  return accountId.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * Sandbox (`_SB1`) and Release Preview (`_RP`) accounts are recognised by the id's suffix
 * first (it is what the person sees and types), then by `runtime.envType`.
 */
export function environmentKind(account: AccountFacts): AccountEnvironmentKind {
  const actOnId = toActOnAccountId(account.accountId);
  if (/_SB\d*$/.test(actOnId)) return 'sandbox';
  if (/_RP\d*$/.test(actOnId)) return 'release-preview';
  if (account.envType === 'SANDBOX') return 'sandbox';
  if (account.envType === 'BETA') return 'release-preview';
  if (account.envType === 'PRODUCTION') return 'production';
  return 'other';
}

/** Every form of the account's id that a person connecting Act-On needs. */
export function accountIdentity(account: AccountFacts): AccountIdentity {
  const hostId = toHostId(account.accountId);
  return {
    id: account.accountId,
    actOnAccountId: toActOnAccountId(account.accountId),
    hostId,
    uiHost: `${hostId}.app.netsuite.com`,
    restletHost: `${hostId}.restlets.api.netsuite.com`,
    environment: account.envType,
    netsuiteVersion: account.version,
  };
}
