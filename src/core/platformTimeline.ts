/**
 * The NetSuite platform timeline Act-On's connection depends on: a data table of milestones,
 * each with its release, what it means and its source, read by the rules (advice right for the
 * account's own release) and by the README (generated from this table).
 */

/** A NetSuite release: `2027.1` is { year: 2027, release: 1 }. */
export interface NetSuiteRelease {
  readonly year: number;
  readonly release: number;
}

export type MilestoneId =
  | 'soap-endpoint-support'
  | 'suitesignon-end'
  | 'soap-last-endpoint'
  | 'tba-new-integrations-end'
  | 'soap-only-last-endpoint'
  | 'soap-removed'
  | 'tba-existing-end';

export interface PlatformMilestone {
  readonly id: MilestoneId;
  /** The release it takes effect in; null for a rule with no single release. */
  readonly release: NetSuiteRelease | null;
  /** What happens, in a sentence. */
  readonly what: string;
  /** Where it is stated. */
  readonly source: string;
  /** `oracle`: Oracle says so; `tentative`: Oracle calls it tentative, or only others report it. */
  readonly sure: 'oracle' | 'tentative';
}

/** How many years NetSuite supports each SOAP endpoint (WSDL version). */
export const SOAP_ENDPOINT_SUPPORT_YEARS = 3;

export const PLATFORM_MILESTONES: readonly PlatformMilestone[] = [
  {
    id: 'soap-endpoint-support',
    release: null,
    what:
      `Each SOAP endpoint (WSDL version, e.g. 2019.1) is supported for ${SOAP_ENDPOINT_SUPPORT_YEARS} years after ` +
      `its release.`,
    source: 'Oracle Help Center section_4471782798; supported versions: section_N3418621',
    sure: 'oracle',
  },
  {
    id: 'suitesignon-end',
    release: { year: 2025, release: 1 },
    what: 'SuiteSignOn reaches end of support (non-production accounts from 2024.1).',
    source: 'Oracle Help Center section_N3800358 (chapter_N3799789 says 2024.2)',
    sure: 'oracle',
  },
  {
    id: 'soap-last-endpoint',
    release: { year: 2025, release: 2 },
    what: 'The last SOAP web services endpoint is released: 2025.2.',
    source: 'Oracle Help Center section_N3418621; SOAP removal FAQ article_2104046421',
    sure: 'oracle',
  },
  {
    id: 'tba-new-integrations-end',
    release: { year: 2027, release: 1 },
    what:
      'No new integration can use Token-Based Authentication (SOAP web services, REST web services and RESTlets ' +
      'alike); existing ones keep working.',
    source: 'Oracle Help Center section_158618788810; 2026.1 and 2026.2 release notes section_158921905537',
    sure: 'oracle',
  },
  {
    id: 'soap-only-last-endpoint',
    release: { year: 2027, release: 1 },
    what: 'Only the 2025.2 SOAP endpoint is supported; integrations on older endpoints are no longer supported.',
    source: 'Oracle Help Center section_N3418621; SOAP removal FAQ article_2104046421',
    sure: 'oracle',
  },
  {
    id: 'soap-removed',
    release: { year: 2028, release: 2 },
    what:
      "SOAP web services are removed: existing SOAP integrations, Act-On's connector among them, stop working. " +
      'OAuth 2.0 does not serve SOAP.',
    source: 'Oracle Help Center section_N3418621, chapter_157769826287; SOAP removal FAQ article_2104046421',
    sure: 'oracle',
  },
  {
    id: 'tba-existing-end',
    release: { year: 2028, release: 2 },
    what: 'Token-Based Authentication is tentatively no longer supported for existing integrations either.',
    source: 'A third-party migration guide citing Oracle (October 2026); no Oracle page found',
    sure: 'tentative',
  },
];

const MILESTONES_BY_ID: ReadonlyMap<MilestoneId, PlatformMilestone> = new Map(
  PLATFORM_MILESTONES.map((milestone) => [milestone.id, milestone]),
);

/** The milestone with this id. */
export function milestone(id: MilestoneId): PlatformMilestone {
  const found = MILESTONES_BY_ID.get(id);
  if (found === undefined) throw new Error(`Unknown milestone ${id}`);
  return found;
}

/** The release a dated milestone takes effect in. */
export function milestoneRelease(id: MilestoneId): NetSuiteRelease {
  const { release } = milestone(id);
  if (release === null) throw new Error(`Milestone ${id} has no single release`);
  return release;
}

/** `2026.2` (also `2026.2.0`) -> { year: 2026, release: 2 }; null when the version has another shape. */
export function parseRelease(version: string): NetSuiteRelease | null {
  const match = /^\s*(\d{4})\.([12])(?:\D|$)/.exec(version);
  return match === null ? null : { year: Number(match[1]), release: Number(match[2]) };
}

/** Negative when `first` comes before `second`, 0 when equal, positive after. */
export function compareReleases(first: NetSuiteRelease, second: NetSuiteRelease): number {
  return first.year - second.year || first.release - second.release;
}

/** `2027.1`. */
export function releaseLabel(release: NetSuiteRelease): string {
  return `${release.year}.${release.release}`;
}

/** The release before `release` (NetSuite ships two a year). */
export function previousRelease(release: NetSuiteRelease): NetSuiteRelease {
  return release.release > 1
    ? { year: release.year, release: release.release - 1 }
    : { year: release.year - 1, release: 2 };
}

/** Whether the account's release is at or past the milestone; null when its version cannot be read. */
export function reached(version: string, id: MilestoneId): boolean | null {
  const release = parseRelease(version);
  return release === null ? null : compareReleases(release, milestoneRelease(id)) >= 0;
}

/** The SOAP endpoint a request URI names (`/services/NetSuitePort_2019_1` -> 2019.1); null when it names none. */
export function soapEndpointOf(requestUri: string | null): NetSuiteRelease | null {
  // Stryker disable next-line StringLiteral: any text without NetSuitePort_ names none
  const match = /NetSuitePort_(\d{4})_([12])\b/i.exec(requestUri ?? '');
  return match === null ? null : { year: Number(match[1]), release: Number(match[2]) };
}

/**
 * The first release in which a SOAP endpoint is no longer supported: three years after its own
 * release, and 2027.1 at the latest for any endpoint before 2025.2; 2025.2 itself lasts until
 * SOAP's removal.
 */
export function soapEndpointUnsupportedFrom(endpoint: NetSuiteRelease): NetSuiteRelease {
  const lastEndpoint = milestoneRelease('soap-last-endpoint');
  if (compareReleases(endpoint, lastEndpoint) >= 0) return milestoneRelease('soap-removed');
  const threeYears = { year: endpoint.year + SOAP_ENDPOINT_SUPPORT_YEARS, release: endpoint.release };
  const cut = milestoneRelease('soap-only-last-endpoint');
  return compareReleases(threeYears, cut) < 0 ? threeYears : cut;
}
