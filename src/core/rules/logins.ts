/**
 * Logins section: the last 30 days of token logins for the integration. The newest attempt
 * decides: a failure with no success since means Act-On cannot connect now, and its fix is the
 * one its Login Audit Trail detail calls for; failures before a success are still worth a look.
 */
import { accountIdentity } from '../accountIdentity';
import type { CheckId } from '../catalogue';
import type { Finding, FixChoice } from '../checks/define';
import { fixOf, found } from '../checks/define';
import {
  LOGIN_IP_ADDRESS_RULES,
  LOGIN_RECENT,
  type AddressData,
  type FailedLoginData,
  type LoginData,
} from '../checks/logins';
import { unreadableFinding } from '../checks/shared';
import { isSuccessfulAttempt, type AttributedLoginAttempt, type IntegrationEvidence } from '../integrationEvidence';
import { explainLoginDetail } from '../loginDetails';
import type { AccountSnapshot, BoundedList } from '../snapshot';
import { passed, problem, type RuleOutcome } from './outcomes';

export type LoginCheckId = Extract<CheckId, `login.${string}`>;

/** The permission the Login Audit Trail needs. */
const LOGIN_AUDIT_PERMISSION = 'View Login Audit Trail';

function loginData(attempt: AttributedLoginAttempt): LoginData {
  return {
    at: attempt.at,
    attribution: attempt.attribution,
    tokenName: attempt.tokenName,
    userId: attempt.userId,
    userName: attempt.userName,
    roleId: attempt.roleId,
    roleName: attempt.roleName,
  };
}

function failedLoginData(attempt: AttributedLoginAttempt): FailedLoginData {
  return { ...loginData(attempt), detail: attempt.detail };
}

/** Failures grouped by detail, newest group first (attempts arrive newest first); counts are lower bounds unless complete. */
function failureFindings(failures: readonly AttributedLoginAttempt[], complete: boolean): readonly Finding[] {
  const groups = new Map<string, { detail: string | null; count: number; lastAt: string }>();
  for (const attempt of failures) {
    const key = explainLoginDetail(attempt.detail).key;
    const known = groups.get(key);
    if (known === undefined) groups.set(key, { detail: attempt.detail, count: 1, lastAt: attempt.at });
    else known.count += 1;
  }
  return [...groups.values()].map((group) => found(LOGIN_RECENT, 'failures', { ...group, complete }));
}

/** Failures that name nothing of the integration are not judged, but said: they may be its own. */
function unattributedFindings(evidence: IntegrationEvidence): readonly Finding[] {
  const count = evidence.unattributedFailures;
  return count === 0 ? [] : [found(LOGIN_RECENT, 'unattributed', { count, integrationName: evidence.requestedName })];
}

/** The fix the latest failure's cause calls for (../loginDetails). */
function fixForFailure(latest: AttributedLoginAttempt, snapshot: AccountSnapshot): FixChoice {
  const fix = explainLoginDetail(latest.detail).fix;
  if (fix === 'reEnterInActOn')
    return fixOf(LOGIN_RECENT, fix, [], { accountId: accountIdentity(snapshot.account).actOnAccountId });
  return fixOf(LOGIN_RECENT, fix, []);
}

/** The latest login failed and none succeeded since: Act-On cannot connect now. */
function failedOutcome(
  attempts: BoundedList<AttributedLoginAttempt>,
  latest: AttributedLoginAttempt,
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): RuleOutcome {
  const lastSuccessIndex = attempts.rows.findIndex(isSuccessfulAttempt);
  const lastSuccess = attempts.rows[lastSuccessIndex];
  // Every row before the last success failed; without a success, every row read failed.
  const failures = lastSuccess === undefined ? attempts.rows : attempts.rows.slice(0, lastSuccessIndex);
  // Rows arrive newest first: every failure since a success that was read was read too, so the
  // counts are exact then; without one, a cut list's counts are lower bounds.
  const countsComplete = lastSuccess !== undefined || attempts.complete;
  let since: Finding;
  if (lastSuccess !== undefined) since = found(LOGIN_RECENT, 'lastSuccess', { at: lastSuccess.at });
  else if (attempts.complete) since = found(LOGIN_RECENT, 'noSuccess');
  else since = found(LOGIN_RECENT, 'noSuccessInRowsRead', { rows: attempts.rows.length });
  return problem(
    'fail',
    [
      found(LOGIN_RECENT, 'latestFailed', failedLoginData(latest)),
      since,
      ...failureFindings(failures, countsComplete),
      ...unattributedFindings(evidence),
    ],
    fixForFailure(latest, snapshot),
    found(LOGIN_RECENT, 'latestFailedSummary', {
      integrationName: evidence.requestedName,
      at: latest.at,
      detail: latest.detail,
    }),
  );
}

function recentLoginOutcome(evidence: IntegrationEvidence, snapshot: AccountSnapshot): RuleOutcome {
  if (!evidence.windowAttempts.ok) {
    return problem(
      'unknown',
      [
        unreadableFinding({ source: 'loginAuditTrail' }, evidence.windowAttempts),
        found(LOGIN_RECENT, 'permissionNeeded', { permission: LOGIN_AUDIT_PERMISSION }),
      ],
      fixOf(LOGIN_RECENT, 'findOutLogins', [], { permission: LOGIN_AUDIT_PERMISSION }),
    );
  }
  const attempts = evidence.windowAttempts.value;
  // Rows arrive newest first, so the first one is the latest even when the list was cut.
  const latest = attempts.rows[0];
  if (latest === undefined)
    return passed([
      found(LOGIN_RECENT, 'noLogins', { integrationName: evidence.requestedName }),
      ...unattributedFindings(evidence),
    ]);
  if (!isSuccessfulAttempt(latest)) return failedOutcome(attempts, latest, evidence, snapshot);
  const failures = attempts.rows.filter((attempt) => !isSuccessfulAttempt(attempt));
  const succeeded = found(LOGIN_RECENT, 'latestSucceeded', loginData(latest));
  if (failures.length === 0) return passed([succeeded, ...unattributedFindings(evidence)]);
  const count = { count: failures.length, complete: attempts.complete };
  return problem(
    'warn',
    [
      succeeded,
      found(LOGIN_RECENT, 'failedBefore', count),
      ...failureFindings(failures, attempts.complete),
      ...unattributedFindings(evidence),
    ],
    fixOf(LOGIN_RECENT, 'default', []),
    found(LOGIN_RECENT, 'earlierFailuresSummary', { ...count, at: latest.at }),
  );
}

/** Most addresses listed; the rest are counted. */
const MAX_ADDRESSES_LISTED = 10;

/** The addresses of the integration's token logins, most used first (rows arrive newest first). */
function addressesUsed(logins: readonly AttributedLoginAttempt[]): readonly AddressData[] {
  const byAddress = new Map<string, AddressData>();
  for (const login of logins) {
    if (login.ipAddress === null) continue;
    const known = byAddress.get(login.ipAddress);
    const failed = isSuccessfulAttempt(login) ? 0 : 1;
    byAddress.set(
      login.ipAddress,
      known === undefined
        ? { address: login.ipAddress, logins: 1, failures: failed, lastAt: login.at }
        : { ...known, logins: known.logins + 1, failures: known.failures + failed },
    );
  }
  return [...byAddress.values()].sort(
    (first, second) => second.logins - first.logins || first.address.localeCompare(second.address),
  );
}

function addressFindings(evidence: IntegrationEvidence): readonly Finding[] {
  if (!evidence.logins.ok) return [unreadableFinding({ source: 'loginAddresses' }, evidence.logins)];
  const uses = addressesUsed(evidence.logins.value.rows);
  if (uses.length === 0) return [found(LOGIN_IP_ADDRESS_RULES, 'noAddresses')];
  const unlisted = uses.length - MAX_ADDRESSES_LISTED;
  return [
    found(LOGIN_IP_ADDRESS_RULES, 'addresses', {
      addresses: uses.slice(0, MAX_ADDRESSES_LISTED),
      cut: !evidence.logins.value.complete,
    }),
    ...(unlisted > 0 ? [found(LOGIN_IP_ADDRESS_RULES, 'moreAddresses', { count: unlisted })] : []),
  ];
}

/**
 * IP address rules: off, nothing can refuse Act-On by address; on (or unreadable), a successful
 * token login proves the rules let Act-On in; without one, a person compares the rules, which
 * scripts cannot read, with Act-On's addresses.
 */
function ipAddressRulesOutcome(evidence: IntegrationEvidence, snapshot: AccountSnapshot): RuleOutcome {
  const feature = snapshot.features.IPADDRESSRULES;
  const name = { feature: 'IPADDRESSRULES' };
  if (feature.ok && !feature.value) return passed([found(LOGIN_IP_ADDRESS_RULES, 'rulesOff', name)]);
  const featureState = feature.ok ? [] : [unreadableFinding({ source: 'ipAddressRulesFeature' }, feature)];
  const successes = evidence.logins.ok ? evidence.logins.value.rows.filter(isSuccessfulAttempt).length : 0;
  if (successes > 0)
    return passed([
      ...featureState,
      found(LOGIN_IP_ADDRESS_RULES, 'rulesLetIn', { ...name, featureRead: feature.ok, successes }),
      ...addressFindings(evidence),
    ]);
  if (!feature.ok)
    return problem(
      'unknown',
      [...featureState, ...addressFindings(evidence)],
      fixOf(LOGIN_IP_ADDRESS_RULES, 'findOutRules', []),
    );
  return problem(
    'manual',
    [
      found(LOGIN_IP_ADDRESS_RULES, 'rulesUnproven', name),
      found(LOGIN_IP_ADDRESS_RULES, 'rulesNotReadable'),
      ...addressFindings(evidence),
    ],
    fixOf(LOGIN_IP_ADDRESS_RULES, 'compareRules', []),
  );
}

/** The outcome of every login check. */
export function evaluateLoginChecks(
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): Record<LoginCheckId, RuleOutcome> {
  return {
    'login.recent': recentLoginOutcome(evidence, snapshot),
    'login.ip-address-rules': ipAddressRulesOutcome(evidence, snapshot),
  };
}
