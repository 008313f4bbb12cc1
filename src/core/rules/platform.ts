/**
 * Platform section: the NetSuite release against the milestones Act-On's connection depends on
 * (Token-Based Authentication for new integrations, SOAP web services' retirement), and why
 * Act-On uses TBA at all. Every date comes from the milestone table.
 */
import type { CheckId } from '../catalogue';
import { integrationProvenMissing, isSuccessfulAttempt, type IntegrationEvidence } from '../integrationEvidence';
import {
  compareReleases,
  milestoneRelease,
  parseRelease,
  previousRelease,
  releaseLabel,
  soapEndpointOf,
  soapEndpointUnsupportedFrom,
  type NetSuiteRelease,
} from '../platformTimeline';
import type { CheckOutcome } from '../report';
import type { AccountSnapshot } from '../snapshot';
import { catalogueFix, infoOutcome, problemOutcome } from './outcomes';
import { momentLabel, unreadableSentence } from './wording';

export type PlatformCheckId = Extract<CheckId, `platform.${string}`>;

/** The release from which no new integration can use TBA, as text (`2027.1`). */
export const TBA_NEW_END = releaseLabel(milestoneRelease('tba-new-integrations-end'));
const TBA_EXISTING_END = releaseLabel(milestoneRelease('tba-existing-end'));
const SOAP_LAST = releaseLabel(milestoneRelease('soap-last-endpoint'));
const SOAP_ONLY_LAST = releaseLabel(milestoneRelease('soap-only-last-endpoint'));
const SOAP_REMOVED = releaseLabel(milestoneRelease('soap-removed'));

/** Where the account stands against a milestone: before it, at or past it, or unknown (version unreadable). */
export type ReleaseStanding = 'before' | 'reached' | 'unknown';

/** The account's standing against a release. */
export function standingAgainst(version: string, milestone: NetSuiteRelease): ReleaseStanding {
  const release = parseRelease(version);
  if (release === null) return 'unknown';
  return compareReleases(release, milestone) >= 0 ? 'reached' : 'before';
}

/** Whether new TBA integrations can still be created in the account's release. */
export function tbaCreationStanding(snapshot: AccountSnapshot): ReleaseStanding {
  return standingAgainst(snapshot.account.version, milestoneRelease('tba-new-integrations-end'));
}

/** True when the account's release no longer lets new integrations use TBA. */
export function tbaCreationClosed(snapshot: AccountSnapshot): boolean {
  return tbaCreationStanding(snapshot) === 'reached';
}

function tbaFutureOutcome(snapshot: AccountSnapshot): CheckOutcome {
  const version = snapshot.account.version;
  const existing = `Oracle tentatively plans to end TBA support for existing integrations in ${TBA_EXISTING_END}.`;
  const roadmap: Record<ReleaseStanding, string> = {
    before:
      `This account runs NetSuite ${version}. From ${TBA_NEW_END}, no new integration can use Token-Based ` +
      `Authentication (SOAP web services, REST web services and RESTlets alike); existing ones keep working.`,
    reached:
      `This account runs NetSuite ${version}: no new integration can use Token-Based Authentication any more ` +
      `(since ${TBA_NEW_END}); existing ones keep working.`,
    unknown:
      `NetSuite reports its version as "${version}", which this audit cannot compare. From ${TBA_NEW_END}, no new ` +
      `integration can use Token-Based Authentication; existing ones keep working.`,
  };
  const oauth2 = snapshot.features.OAUTH2;
  const oauth2Sentence = oauth2.ok
    ? `OAuth 2.0, the successor for REST web services and RESTlets (it does not serve SOAP web services), is ` +
      `${oauth2.value ? 'enabled' : 'not enabled'} in this account.`
    : unreadableSentence('The OAuth 2.0 feature', oauth2);
  return infoOutcome(
    [roadmap[tbaCreationStanding(snapshot)], existing, oauth2Sentence],
    catalogueFix('platform.tba-future'),
  );
}

/** One SOAP endpoint Act-On's logins used, with its newest use. */
interface EndpointUse {
  readonly endpoint: NetSuiteRelease;
  readonly uri: string;
  readonly lastAt: string;
}

/** The SOAP endpoints of the integration's successful token logins, oldest endpoint first, and request URIs that name none. */
function endpointsUsed(evidence: IntegrationEvidence): {
  readonly endpoints: readonly EndpointUse[];
  readonly unrecognised: readonly string[];
  readonly withoutUri: number;
} {
  const byEndpoint = new Map<string, EndpointUse>();
  const unrecognised = new Set<string>();
  let withoutUri = 0;
  const logins = evidence.logins.ok ? evidence.logins.value.rows.filter(isSuccessfulAttempt) : [];
  for (const login of logins) {
    if (login.requestUri === null) {
      withoutUri += 1;
      continue;
    }
    const endpoint = soapEndpointOf(login.requestUri);
    if (endpoint === null) {
      unrecognised.add(login.requestUri.slice(0, 80));
      continue;
    }
    const key = releaseLabel(endpoint);
    // Rows come newest first: the first use seen of an endpoint is its latest.
    if (!byEndpoint.has(key)) byEndpoint.set(key, { endpoint, uri: login.requestUri.slice(0, 80), lastAt: login.at });
  }
  const endpoints = [...byEndpoint.values()].sort((first, second) => compareReleases(first.endpoint, second.endpoint));
  return { endpoints, unrecognised: [...unrecognised], withoutUri };
}

/** "has not been supported since 2022.1" or "is supported until 2028.2", on the account's release. */
function endpointStanding(use: EndpointUse, version: string): string {
  const until = soapEndpointUnsupportedFrom(use.endpoint);
  return standingAgainst(version, until) === 'reached'
    ? `has not been supported since ${releaseLabel(until)}`
    : `is supported until ${releaseLabel(until)}`;
}

/** "the 2019.1 SOAP endpoint (/services/NetSuitePort_2019_1), last used ...: not supported since 2022.1". */
function endpointSentence(use: EndpointUse, version: string): string {
  return (
    `Act-On's token logins use the ${releaseLabel(use.endpoint)} SOAP endpoint (${use.uri}, last on ` +
    `${momentLabel(use.lastAt)}): it ${endpointStanding(use, version)}.`
  );
}

/**
 * Where Oracle shows the SOAP endpoint an integration uses (section_4543338726): the record's
 * Execution Log. The Login Audit Trail's request URI is not documented to carry it.
 */
export const EXECUTION_LOG_ROUTE =
  "Setup > Integration > Manage Integrations > Act-On's integration > Execution Log > SOAP Web Services, column " +
  'API Version';

function executionLogSentence(): string {
  return (
    `Which SOAP endpoint Act-On's connector uses is shown at ${EXECUTION_LOG_ROUTE} (kept 21 days in production, ` +
    `7 in a sandbox). An endpoint older than ${SOAP_LAST} is not supported from ${SOAP_ONLY_LAST}.`
  );
}

function soapRetirementOutcome(snapshot: AccountSnapshot, evidence: IntegrationEvidence): CheckOutcome {
  const version = snapshot.account.version;
  const timeline =
    `Act-On's connector uses SOAP web services: ${SOAP_LAST} is the last SOAP endpoint, from ${SOAP_ONLY_LAST} ` +
    `only that endpoint is supported, and with ${SOAP_REMOVED} SOAP web services are removed and existing SOAP ` +
    `integrations stop working. OAuth 2.0 does not serve SOAP.`;
  const { endpoints, unrecognised, withoutUri } = endpointsUsed(evidence);
  const lastEndpoint = milestoneRelease('soap-last-endpoint');
  const outdated = endpoints.filter((use) => compareReleases(use.endpoint, lastEndpoint) < 0);
  const lastRelease = previousRelease(milestoneRelease('soap-removed'));
  const lastSoapRelease = standingAgainst(version, lastRelease) === 'reached';
  const sentences = [
    timeline,
    ...endpoints.map((use) => endpointSentence(use, version)),
    ...(unrecognised.length > 0
      ? [
          `Act-On's token logins name request URIs this audit does not read as a SOAP endpoint (${unrecognised
            .slice(0, 3)
            .map((uri) => `"${uri}"`)
            .join(', ')}), so which endpoint it uses is not known.`,
        ]
      : []),
    ...(endpoints.length === 0 && unrecognised.length === 0
      ? [
          withoutUri > 0
            ? "The Login Audit Trail recorded no request URI for Act-On's token logins, so which SOAP endpoint it " +
              'uses is not known.'
            : 'No successful token login of Act-On in the last 30 days shows which SOAP endpoint it uses.',
        ]
      : []),
    ...(endpoints.length === 0 ? [executionLogSentence()] : []),
    ...(lastSoapRelease
      ? [
          `This account runs NetSuite ${version}, the last release with SOAP web services before their removal ` +
            `in ${SOAP_REMOVED}.`,
        ]
      : []),
  ];
  if (outdated.length > 0 || lastSoapRelease) {
    const moveStep =
      outdated.length > 0
        ? [
            `Ask Act-On support to move its NetSuite connector to the ${SOAP_LAST} SOAP endpoint: older ones ` +
              `are no longer supported from ${SOAP_ONLY_LAST}.`,
          ]
        : [];
    const [oldest] = outdated;
    const summary =
      oldest === undefined
        ? `NetSuite ${version} is the last release with SOAP web services, which Act-On's connector uses`
        : `Act-On's connector uses the ${releaseLabel(oldest.endpoint)} SOAP endpoint, which ` +
          `${endpointStanding(oldest, version)}`;
    return problemOutcome(
      'warn',
      sentences,
      catalogueFix('platform.soap-retirement', { leadingSteps: moveStep }),
      summary,
    );
  }
  // Unread endpoint: harmless before 2027.1; from then an old one is unsupported, so a person looks (an unreadable
  // release is treated as reached, never as safe). With no integration record there is no log to look at.
  if (
    endpoints.length === 0 &&
    !integrationProvenMissing(evidence) &&
    standingAgainst(version, milestoneRelease('soap-only-last-endpoint')) !== 'before'
  ) {
    const look = `Look at ${EXECUTION_LOG_ROUTE}: every API Version there should be ${SOAP_LAST}.`;
    return problemOutcome(
      'manual',
      sentences,
      catalogueFix('platform.soap-retirement', { leadingSteps: [look] }),
      `Which SOAP endpoint Act-On's connector uses is not known, and from ${SOAP_ONLY_LAST} only ${SOAP_LAST} is ` +
        'supported',
    );
  }
  return infoOutcome(sentences, catalogueFix('platform.soap-retirement'));
}

function twoFactorOutcome(): CheckOutcome {
  return infoOutcome([
    'Since NetSuite 2019.1, Administrator and other highly privileged roles must sign in with two-factor ' +
      'authentication, so an integration cannot log in with a user name and password.',
    'Token-Based Authentication lets Act-On connect without a password login; that is why its connector uses it.',
  ]);
}

/** The outcome of every platform check. */
export function evaluatePlatformChecks(
  snapshot: AccountSnapshot,
  evidence: IntegrationEvidence,
): Record<PlatformCheckId, CheckOutcome> {
  return {
    'platform.tba-future': tbaFutureOutcome(snapshot),
    'platform.soap-retirement': soapRetirementOutcome(snapshot, evidence),
    'platform.two-factor': twoFactorOutcome(),
  };
}
