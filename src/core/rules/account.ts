/**
 * Account section: the Account ID to type into Act-On (a warning in sandboxes and Release
 * Preview, where tokens and integration records do not survive a refresh), the TBA roadmap,
 * and why Act-On uses TBA at all.
 */
import { environmentKind, accountIdentity, type AccountEnvironmentKind } from '../accountIdentity';
import type { CheckId } from '../catalogue';
import type { CheckOutcome } from '../report';
import type { AccountSnapshot } from '../snapshot';
import { catalogueFix, infoOutcome, problemOutcome } from './outcomes';
import { unreadableSentence } from './wording';

export type AccountCheckId = Extract<CheckId, 'account.id' | `platform.${string}`>;

/** The first NetSuite release in which new TBA integrations can no longer be created. */
export const TBA_CREATION_END = { year: 2027, release: 1 } as const;

const NON_PRODUCTION_NAMES: Partial<Record<AccountEnvironmentKind, string>> = { sandbox: 'a sandbox', 'release-preview': 'a Release Preview account' };

function accountIdOutcome(snapshot: AccountSnapshot): CheckOutcome {
  const identity = accountIdentity(snapshot.account);
  const formsDiffer = identity.hostId !== identity.actOnAccountId;
  const evidence = [
    `Type ${identity.actOnAccountId} into Act-On's Account ID field (it is also the OAuth realm)${formsDiffer ? ': upper case, with an underscore' : ''}.`,
    formsDiffer
      ? `NetSuite's host names use ${identity.hostId} instead (${identity.uiHost}, ${identity.restletHost}); that form does not belong in Act-On.`
      : `NetSuite's host names for this account are ${identity.uiHost} and ${identity.restletHost}.`,
    ...(identity.id.trim() === identity.actOnAccountId ? [] : [`NetSuite reports the account id as ${identity.id}.`]),
  ];
  const kind = environmentKind(snapshot.account);
  const nonProduction = NON_PRODUCTION_NAMES[kind];
  if (nonProduction === undefined) return infoOutcome(evidence, catalogueFix('account.id'));
  const warning = `This is ${nonProduction}: access tokens and integration records are not copied into it on refresh, so after each refresh it needs its own integration record and token.`;
  const steps = [
    'After each refresh, create the integration record again at Setup > Integration > Manage Integrations > New, and a new access token for it.',
    "In Act-On, connect this account separately, with this account's Account ID and the new keys.",
  ];
  return problemOutcome('warn', [...evidence, warning], catalogueFix('account.id', { trailingSteps: steps }));
}

/** `2026.2` -> { year: 2026, release: 2 }; null when the version has another shape. */
export function parseNetSuiteVersion(version: string): { readonly year: number; readonly release: number } | null {
  const match = /^\s*(\d{4})\.(\d+)/.exec(version);
  return match === null ? null : { year: Number(match[1]), release: Number(match[2]) };
}

function tbaFutureOutcome(snapshot: AccountSnapshot): CheckOutcome {
  const version = snapshot.account.version;
  const parsed = parseNetSuiteVersion(version);
  const past = parsed !== null && (parsed.year > TBA_CREATION_END.year || (parsed.year === TBA_CREATION_END.year && parsed.release >= TBA_CREATION_END.release));
  const limit = `${TBA_CREATION_END.year}.${TBA_CREATION_END.release}`;
  const roadmap =
    parsed === null
      ? `NetSuite reports its version as "${version}", which this audit cannot compare; from ${limit}, new TBA integrations can no longer be created (existing ones keep working).`
      : past
        ? `This account runs NetSuite ${version}: new TBA integrations can no longer be created; existing ones, such as Act-On's, keep working.`
        : `This account runs NetSuite ${version}. From ${limit}, new TBA integrations can no longer be created; existing ones keep working.`;
  const oauth2 = snapshot.features.OAUTH2;
  const oauth2Sentence = oauth2.ok ? `OAuth 2.0, the successor, is ${oauth2.value ? 'enabled' : 'not enabled'} in this account.` : unreadableSentence('The OAuth 2.0 feature', oauth2);
  return infoOutcome([roadmap, oauth2Sentence], catalogueFix('platform.tba-future'));
}

function twoFactorOutcome(): CheckOutcome {
  return infoOutcome(
    [
      'Since NetSuite 2019.1, Administrator and other highly privileged roles must sign in with two-factor authentication, so an integration cannot log in with a user name and password.',
      'Token-Based Authentication lets Act-On connect without a password login; that is why its connector uses it.',
    ],
  );
}

/** The outcome of every account check. */
export function evaluateAccountChecks(snapshot: AccountSnapshot): Record<AccountCheckId, CheckOutcome> {
  return {
    'account.id': accountIdOutcome(snapshot),
    'platform.tba-future': tbaFutureOutcome(snapshot),
    'platform.two-factor': twoFactorOutcome(),
  };
}
