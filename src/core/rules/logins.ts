/**
 * Logins section: the last 30 days of token logins for the integration. The newest attempt
 * decides; when it failed, every distinct failure since the last success is explained from
 * the Login Audit Trail detail table, newest first, with how often it happened.
 */
import type { CheckId } from '../catalogue';
import {
  isSuccessfulAttempt,
  type AttributedLoginAttempt,
  type IntegrationEvidence,
  type LoginAttribution,
} from '../integrationEvidence';
import { explainLoginDetail, type LoginDetailExplanation } from '../loginDetails';
import type { CheckOutcome, FixLink } from '../report';
import type { AccountSnapshot, BoundedList, LoginAttemptFact } from '../snapshot';
import { catalogueFix, infoOutcome, passOutcome, problemOutcome } from './outcomes';
import { boundedCountLabel, capitalised, momentLabel, roleLabel, unreadableSentence, userLabel } from './wording';

export type LoginCheckId = Extract<CheckId, `login.${string}`>;

/** One distinct failure detail: its explanation, how often it occurred and when last. */
interface FailureGroup {
  readonly explanation: LoginDetailExplanation;
  readonly count: number;
  readonly latestAt: string;
}

/** What the evidence says of a row that names no application, by how it was tied to the integration. */
const ATTRIBUTION_NOTES: ReadonlyMap<LoginAttribution, string> = new Map([
  ['token', 'no application recorded; it is tied to the integration by its token'],
  ['user-role', "no application recorded; it is tied to the integration by its token's user and role"],
  ['before-integration', 'no application recorded, as NetSuite refused it before knowing the integration'],
]);

/** "token T, user U, role R", with whatever the row recorded. */
function attemptOwner(attempt: AttributedLoginAttempt): string {
  const note = ATTRIBUTION_NOTES.get(attempt.attribution);
  const parts = [
    ...(note === undefined ? [] : [note]),
    ...(attempt.tokenName === null ? [] : [`token ${attempt.tokenName}`]),
    ...(attempt.userId === null ? [] : [`user ${userLabel(attempt.userId, attempt.userName)}`]),
    ...(attempt.roleId === null ? [] : [`role ${roleLabel(attempt.roleId, attempt.roleName)}`]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** Failures grouped by detail, newest group first (attempts arrive newest first). */
function groupFailures(failures: readonly LoginAttemptFact[]): readonly FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const attempt of failures) {
    const explanation = explainLoginDetail(attempt.detail);
    const known = groups.get(explanation.key);
    groups.set(
      explanation.key,
      known === undefined ? { explanation, count: 1, latestAt: attempt.at } : { ...known, count: known.count + 1 },
    );
  }
  return [...groups.values()];
}

/** Where the failures start: the last success, or the window's start, or as far back as the rows read reach. */
function sinceSentence(lastSuccess: LoginAttemptFact | undefined, attempts: BoundedList<LoginAttemptFact>): string {
  if (lastSuccess !== undefined) return `The last successful token login was on ${momentLabel(lastSuccess.at)}.`;
  if (attempts.complete) return 'No token login succeeded in the last 30 days.';
  return (
    `None of the ${attempts.rows.length} most recent token logins succeeded; older ones of the last 30 days were ` +
    `not read.`
  );
}

/** Failures that name nothing of the integration are not judged, but said: they may be its own. */
function unattributedSentence(evidence: IntegrationEvidence): readonly string[] {
  const count = evidence.unattributedFailures;
  if (count === 0) return [];
  const failures = count === 1 ? '1 failed token login names' : `${count} failed token logins name`;
  return [
    `${failures} no application, and neither a token nor a user and role of ${evidence.requestedName}; they may ` +
      `be Act-On's: the Login Audit Trail shows their user and IP address.`,
  ];
}

function failedOutcome(
  attempts: BoundedList<AttributedLoginAttempt>,
  latest: AttributedLoginAttempt,
  evidence: IntegrationEvidence,
): CheckOutcome {
  const lastSuccessIndex = attempts.rows.findIndex(isSuccessfulAttempt);
  const lastSuccess = attempts.rows[lastSuccessIndex];
  // Every row before the last success failed; without a success, every row read failed.
  const failures = lastSuccess === undefined ? attempts.rows : attempts.rows.slice(0, lastSuccessIndex);
  const groups = groupFailures(failures);
  // Rows arrive newest first: every failure since a success that was read was read too, so the
  // counts are exact then; without one, a cut list's counts are lower bounds.
  const countsComplete = lastSuccess !== undefined || attempts.complete;
  const sentences = [
    `The latest token login, on ${momentLabel(latest.at)}, failed with ` +
      `"${explainLoginDetail(latest.detail).detail}"${attemptOwner(latest)}.`,
    sinceSentence(lastSuccess, attempts),
    ...groups.map(
      (group) =>
        `"${group.explanation.detail}": ${boundedCountLabel(group.count, countsComplete, 'time')}, last on ` +
        `${momentLabel(group.latestAt)}. ${group.explanation.cause}`,
    ),
    ...unattributedSentence(evidence),
  ];
  const steps = groups.flatMap((group) =>
    group.explanation.steps.map((step) => `For "${group.explanation.detail}": ${step}`),
  );
  const links: FixLink[] = groups.flatMap((group) => group.explanation.links);
  const summary =
    `The latest token login for ${evidence.requestedName}, on ${momentLabel(latest.at)}, failed with ` +
    `"${explainLoginDetail(latest.detail).detail}"`;
  return problemOutcome(
    'warn',
    sentences,
    catalogueFix('login.recent', { leadingSteps: steps, recordLinks: links }),
    summary,
  );
}

function recentLoginOutcome(evidence: IntegrationEvidence): CheckOutcome {
  if (!evidence.windowAttempts.ok) {
    const permission = 'Reading it needs the View Login Audit Trail permission (the Administrator role has it).';
    return problemOutcome(
      'unknown',
      [unreadableSentence('The Login Audit Trail', evidence.windowAttempts), permission],
      catalogueFix('login.recent'),
    );
  }
  const attempts = evidence.windowAttempts.value;
  // Rows arrive newest first, so the first one is the latest even when the list was cut.
  const latest = attempts.rows[0];
  if (latest === undefined) {
    return infoOutcome(
      [
        `There were no token logins for ${evidence.requestedName} in the last 30 days.`,
        'That is expected until Act-On is connected; once it is, its logins show here.',
        ...unattributedSentence(evidence),
      ],
      catalogueFix('login.recent'),
    );
  }
  if (!isSuccessfulAttempt(latest)) return failedOutcome(attempts, latest, evidence);
  const failures = attempts.rows.filter((attempt) => !isSuccessfulAttempt(attempt));
  const failureCount = boundedCountLabel(failures.length, attempts.complete, 'failed token login');
  return passOutcome([
    `The latest token login, on ${momentLabel(latest.at)}, succeeded${attemptOwner(latest)}.`,
    ...(failures.length > 0 ? [`${capitalised(failureCount)} came before it in the last 30 days.`] : []),
    ...unattributedSentence(evidence),
  ]);
}

/** Most addresses listed; the rest are counted. */
const MAX_ADDRESSES_LISTED = 10;

/** One address Act-On's logins came from. */
interface AddressUse {
  readonly address: string;
  readonly logins: number;
  readonly failures: number;
  readonly lastAt: string;
}

/** The addresses of the integration's token logins, most used first (rows arrive newest first). */
function addressesUsed(logins: readonly AttributedLoginAttempt[]): readonly AddressUse[] {
  const byAddress = new Map<string, AddressUse>();
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

function addressSentences(evidence: IntegrationEvidence): readonly string[] {
  if (!evidence.logins.ok) return [unreadableSentence("The addresses of Act-On's token logins", evidence.logins)];
  const uses = addressesUsed(evidence.logins.value.rows);
  if (uses.length === 0)
    return [
      'No token login of Act-On in the last 30 days recorded an IP address, so the addresses its servers use are ' +
        'not known here.',
    ];
  const listed = uses.slice(0, MAX_ADDRESSES_LISTED).map((use) => {
    const failures = use.failures === 0 ? '' : `, ${use.failures} failed`;
    return (
      `${use.address} (${use.logins} ${use.logins === 1 ? 'login' : 'logins'}${failures}, last on ` +
      `${momentLabel(use.lastAt)})`
    );
  });
  const unlisted = uses.length - MAX_ADDRESSES_LISTED;
  const more =
    unlisted > 0
      ? [unlisted === 1 ? '1 more address is not listed.' : `${unlisted} more addresses are not listed.`]
      : [];
  const cut = evidence.logins.value.complete ? '' : ' (from the most recent logins read)';
  return [`Act-On's token logins of the last 30 days came from${cut}: ${listed.join('; ')}.`, ...more];
}

/**
 * IP address rules: off, nothing can refuse Act-On by address; on, the rules cannot be read, so a
 * person compares them with the addresses seen.
 */
function ipAddressRulesOutcome(evidence: IntegrationEvidence, snapshot: AccountSnapshot): CheckOutcome {
  const feature = snapshot.features.IPADDRESSRULES;
  if (!feature.ok)
    return problemOutcome(
      'unknown',
      [unreadableSentence('The IP Address Rules feature (IPADDRESSRULES)', feature), ...addressSentences(evidence)],
      catalogueFix('login.ip-address-rules'),
    );
  if (!feature.value)
    return infoOutcome([
      "IP Address Rules are off (feature IPADDRESSRULES): no address rule can refuse Act-On's requests.",
    ]);
  return problemOutcome(
    'manual',
    [
      "IP Address Rules are on (feature IPADDRESSRULES): the company's allowed addresses and the token user's IP " +
        "address restriction can refuse requests from Act-On's servers.",
      'Scripts cannot read those rules; compare them with these addresses.',
      ...addressSentences(evidence),
    ],
    catalogueFix('login.ip-address-rules'),
  );
}

/** The outcome of every login check. */
export function evaluateLoginChecks(
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): Record<LoginCheckId, CheckOutcome> {
  return {
    'login.recent': recentLoginOutcome(evidence),
    'login.ip-address-rules': ipAddressRulesOutcome(evidence, snapshot),
  };
}
