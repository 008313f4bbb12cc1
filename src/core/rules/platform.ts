/**
 * Platform section: the NetSuite release against the milestones Act-On's connection depends on
 * (Token-Based Authentication for new integrations, SOAP web services' retirement), and why
 * Act-On uses TBA at all. Every date comes from the milestone table. Only SOAP's retirement can
 * call for action (an old endpoint, the last SOAP release, an endpoint unknown from 2027.1); the
 * rest is information.
 */
import type { CheckId } from '../catalogue';
import {
  PLATFORM_SOAP_RETIREMENT,
  PLATFORM_TBA_FUTURE,
  PLATFORM_TWO_FACTOR,
  type EndpointData,
} from '../checks/account';
import { fixOf, found, type Finding, type RecordRef } from '../checks/define';
import { unreadableFinding } from '../checks/shared';
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
import type { AccountSnapshot } from '../snapshot';
import { informed, passed, problem, type RuleOutcome } from './outcomes';

export type PlatformCheckId = Extract<CheckId, `platform.${string}`>;

/** The release from which no new integration can use TBA, as text (`2027.1`). */
export const TBA_NEW_END = releaseLabel(milestoneRelease('tba-new-integrations-end'));

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

function tbaFutureOutcome(snapshot: AccountSnapshot): RuleOutcome {
  const oauth2 = snapshot.features.OAUTH2;
  return informed(
    [
      found(PLATFORM_TBA_FUTURE, 'release', {
        version: snapshot.account.version,
        standing: tbaCreationStanding(snapshot),
      }),
      found(PLATFORM_TBA_FUTURE, 'existingEnd'),
      oauth2.ok
        ? found(PLATFORM_TBA_FUTURE, 'oauth2', { enabled: oauth2.value })
        : unreadableFinding({ source: 'oauth2Feature' }, oauth2),
    ],
    fixOf(PLATFORM_TBA_FUTURE, 'default', []),
  );
}

/** The SOAP endpoints of the integration's successful token logins, oldest endpoint first, and request URIs that name none. */
function endpointsUsed(
  evidence: IntegrationEvidence,
  version: string,
): {
  readonly endpoints: readonly (EndpointData & { readonly release: NetSuiteRelease })[];
  readonly unrecognised: readonly string[];
  readonly withoutUri: number;
} {
  const byEndpoint = new Map<string, EndpointData & { readonly release: NetSuiteRelease }>();
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
    const until = soapEndpointUnsupportedFrom(endpoint);
    // Rows come newest first: the first use seen of an endpoint is its latest.
    if (!byEndpoint.has(key))
      byEndpoint.set(key, {
        release: endpoint,
        endpoint: key,
        uri: login.requestUri.slice(0, 80),
        lastAt: login.at,
        until: releaseLabel(until),
        unsupported: standingAgainst(version, until) === 'reached',
      });
  }
  const endpoints = [...byEndpoint.values()].sort((first, second) => compareReleases(first.release, second.release));
  return { endpoints, unrecognised: [...unrecognised], withoutUri };
}

/** The endpoint as a finding carries it: plain data, without the parsed release. */
function endpointData(use: EndpointData): EndpointData {
  return { endpoint: use.endpoint, uri: use.uri, lastAt: use.lastAt, until: use.until, unsupported: use.unsupported };
}

/** The integration record to open for its Execution Log, when the audit knows its id. */
function integrationRecords(evidence: IntegrationEvidence): readonly RecordRef[] {
  if (evidence.integrationId === null) return [];
  const record = evidence.records.ok
    ? evidence.records.value.rows.find((row) => row.id === evidence.integrationId)
    : undefined;
  return [{ kind: 'integration', id: evidence.integrationId, name: record?.name ?? null }];
}

function soapRetirementOutcome(snapshot: AccountSnapshot, evidence: IntegrationEvidence): RuleOutcome {
  const check = PLATFORM_SOAP_RETIREMENT;
  const version = snapshot.account.version;
  const { endpoints, unrecognised, withoutUri } = endpointsUsed(evidence, version);
  const lastEndpoint = milestoneRelease('soap-last-endpoint');
  const outdated = endpoints.filter((use) => compareReleases(use.release, lastEndpoint) < 0);
  const lastSoapRelease = standingAgainst(version, previousRelease(milestoneRelease('soap-removed'))) === 'reached';
  let endpointUnseen: readonly Finding[] = [];
  if (endpoints.length === 0 && unrecognised.length === 0)
    endpointUnseen = [found(check, withoutUri > 0 ? 'noRequestUri' : 'noEndpointSeen')];
  const findings = [
    found(check, 'timeline'),
    ...endpoints.map((use) => found(check, 'endpoint', endpointData(use))),
    ...(unrecognised.length > 0 ? [found(check, 'unrecognisedUris', { uris: unrecognised.slice(0, 3) })] : []),
    ...endpointUnseen,
    ...(endpoints.length === 0 ? [found(check, 'executionLog')] : []),
    ...(lastSoapRelease ? [found(check, 'lastSoapRelease', { version })] : []),
  ];
  const [oldest] = outdated;
  if (oldest !== undefined)
    return problem(
      'warn',
      findings,
      fixOf(check, 'moveEndpoint', []),
      found(check, 'oldEndpointSummary', endpointData(oldest)),
    );
  if (lastSoapRelease)
    return problem('warn', findings, fixOf(check, 'default', []), found(check, 'lastSoapReleaseSummary', { version }));
  // Unread endpoint: harmless before 2027.1; from then an old one is unsupported, so a person looks (an unreadable
  // release is treated as reached, never as safe). With no integration record there is no log to look at.
  if (
    endpoints.length === 0 &&
    !integrationProvenMissing(evidence) &&
    standingAgainst(version, milestoneRelease('soap-only-last-endpoint')) !== 'before'
  )
    return problem(
      'manual',
      findings,
      fixOf(check, 'readExecutionLog', integrationRecords(evidence)),
      found(check, 'endpointUnknownSummary'),
    );
  // Nothing to act on yet: the timeline is the evidence.
  return passed(findings);
}

function twoFactorOutcome(): RuleOutcome {
  return informed([found(PLATFORM_TWO_FACTOR, 'passwordLogins'), found(PLATFORM_TWO_FACTOR, 'whyTba')]);
}

/** The outcome of every platform check. */
export function evaluatePlatformChecks(
  snapshot: AccountSnapshot,
  evidence: IntegrationEvidence,
): Record<PlatformCheckId, RuleOutcome> {
  return {
    'platform.tba-future': tbaFutureOutcome(snapshot),
    'platform.soap-retirement': soapRetirementOutcome(snapshot, evidence),
    'platform.two-factor': twoFactorOutcome(),
  };
}
