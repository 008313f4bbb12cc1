/**
 * Account section: the Account ID to type into Act-On (with the refresh advice in sandboxes and
 * Release Preview, whose refreshes do not copy access tokens), and where the account's web
 * services concurrency limits are shown. Both are information: nothing here can fail.
 */
import { environmentKind, accountIdentity } from '../accountIdentity';
import type { CheckId } from '../catalogue';
import { ACCOUNT_ID, ACCOUNT_WEB_SERVICES_CONCURRENCY } from '../checks/account';
import { fixOf, found } from '../checks/define';
import type { AccountSnapshot } from '../snapshot';
import { informed, type RuleOutcome } from './outcomes';

export { refreshSentence } from '../checks/account';

export type AccountCheckId = Extract<CheckId, `account.${string}`>;

function accountIdOutcome(snapshot: AccountSnapshot): RuleOutcome {
  const identity = accountIdentity(snapshot.account);
  const formsDiffer = identity.hostId !== identity.actOnAccountId;
  const hosts = { uiHost: identity.uiHost, restletHost: identity.restletHost };
  const findings = [
    found(ACCOUNT_ID, 'accountId', { accountId: identity.actOnAccountId, formsDiffer }),
    formsDiffer
      ? found(ACCOUNT_ID, 'hostForm', { hostId: identity.hostId, ...hosts })
      : found(ACCOUNT_ID, 'hostNames', hosts),
    ...(identity.id.trim() === identity.actOnAccountId ? [] : [found(ACCOUNT_ID, 'reportedId', { id: identity.id })]),
  ];
  const environment = environmentKind(snapshot.account);
  if (environment !== 'sandbox' && environment !== 'release-preview')
    return informed(findings, fixOf(ACCOUNT_ID, 'default', []));
  return informed(
    [...findings, found(ACCOUNT_ID, 'refresh', { environment })],
    fixOf(ACCOUNT_ID, 'connectAfterRefresh', [], { environment, accountId: identity.actOnAccountId }),
  );
}

function concurrencyOutcome(): RuleOutcome {
  const check = ACCOUNT_WEB_SERVICES_CONCURRENCY;
  return informed(
    [found(check, 'limits'), found(check, 'refusals'), found(check, 'notReadable')],
    fixOf(check, 'default', []),
  );
}

/** The outcome of every account check. */
export function evaluateAccountChecks(snapshot: AccountSnapshot): Record<AccountCheckId, RuleOutcome> {
  return {
    'account.id': accountIdOutcome(snapshot),
    'account.web-services-concurrency': concurrencyOutcome(),
  };
}
