/**
 * Account section: the Account ID to type into Act-On (a warning in sandboxes and Release
 * Preview, whose refreshes do not copy access tokens), and where the account's web services
 * concurrency limits are shown.
 */
import { environmentKind, accountIdentity, type AccountEnvironmentKind } from '../accountIdentity';
import type { CheckId } from '../catalogue';
import type { CheckOutcome } from '../report';
import type { AccountSnapshot } from '../snapshot';
import { catalogueFix, infoOutcome, problemOutcome } from './outcomes';

export type AccountCheckId = Extract<CheckId, `account.${string}`>;

const NON_PRODUCTION_NAMES: Partial<Record<AccountEnvironmentKind, string>> = {
  sandbox: 'a sandbox',
  'release-preview': 'a Release Preview account',
};

/** What a refresh copies into a sandbox or Release Preview account and what it does not. */
export function refreshSentence(accountName: string): string {
  return (
    `This is ${accountName}: a refresh copies the integration record's settings from production but not its ` +
    `access tokens, so after each refresh Act-On needs a new token here.`
  );
}

function accountIdOutcome(snapshot: AccountSnapshot): CheckOutcome {
  const identity = accountIdentity(snapshot.account);
  const formsDiffer = identity.hostId !== identity.actOnAccountId;
  const evidence = [
    `Type ${identity.actOnAccountId} into Act-On's Account ID field (it is also the OAuth ` +
      `realm)${formsDiffer ? ': upper case, with an underscore' : ''}.`,
    formsDiffer
      ? `NetSuite's host names use ${identity.hostId} instead (${identity.uiHost}, ${identity.restletHost}); that ` +
        `form does not belong in Act-On.`
      : `NetSuite's host names for this account are ${identity.uiHost} and ${identity.restletHost}.`,
    ...(identity.id.trim() === identity.actOnAccountId ? [] : [`NetSuite reports the account id as ${identity.id}.`]),
  ];
  const nonProduction = NON_PRODUCTION_NAMES[environmentKind(snapshot.account)];
  if (nonProduction === undefined) return infoOutcome(evidence, catalogueFix('account.id'));
  const steps = [
    'After each refresh, create a new access token for the Act-On integration here (the integration record itself ' +
      'is copied from production; do not delete it or create another).',
    "In Act-On, connect this account separately, with this account's Account ID and the new token.",
  ];
  const summary =
    `This is ${nonProduction}: Act-On needs its own connection to it, with Account ID ${identity.actOnAccountId} ` +
    `and a new token after each refresh`;
  return problemOutcome(
    'warn',
    [...evidence, refreshSentence(nonProduction)],
    catalogueFix('account.id', { trailingSteps: steps }),
    summary,
  );
}

function concurrencyOutcome(): CheckOutcome {
  return infoOutcome(
    [
      'NetSuite limits how many web services and RESTlet requests run at once in the account; an administrator ' +
        'can give an integration its own share of that limit.',
      'A request over the limit is refused with a request-limit error, and may leave no row in the Login Audit ' +
        'Trail: if Act-On reports such errors while this report is clean, look at the limits.',
      'Scripts cannot read the limits: the navigation path says where they are shown.',
    ],
    catalogueFix('account.web-services-concurrency'),
  );
}

/** The outcome of every account check. */
export function evaluateAccountChecks(snapshot: AccountSnapshot): Record<AccountCheckId, CheckOutcome> {
  return {
    'account.id': accountIdOutcome(snapshot),
    'account.web-services-concurrency': concurrencyOutcome(),
  };
}
