/**
 * What the snapshot says about the requested integration, gathered once: the integration
 * records, access tokens and login attempts that carry its name. The integration, credential
 * and login rules all reason over this, so they agree on what "the integration" is.
 */
import { keepRows } from './boundedList';
import { integrationNamesMatch } from './integrationNames';
import { isRefusedBeforeIntegrationKnown } from './loginDetails';
import { mapProbe } from './probes';
import type {
  AccessTokenFact,
  AccountSnapshot,
  BoundedList,
  IntegrationRecordFact,
  LoginAttemptFact,
  Probe,
  TokenApplicationFact,
} from './snapshot';

/**
 * How a login row was tied to the integration: by the application name it carries; by its
 * token's name or its user and role (a failure NetSuite wrote without the application); or as a
 * refusal NetSuite writes before it knows any integration (TBA off, unknown or refused key).
 */
export type LoginAttribution = 'name' | 'token' | 'user-role' | 'before-integration';

/** A login attempt with how it was tied to the integration. */
export interface AttributedLoginAttempt extends LoginAttemptFact {
  readonly attribution: LoginAttribution;
}

export interface IntegrationEvidence {
  /** The name asked about, as typed. */
  readonly requestedName: string;
  /**
   * Integration records with the requested name (the table often cannot be read); incomplete
   * when the table holds more records than were read, so the name may be among the rest.
   */
  readonly records: Probe<BoundedList<IntegrationRecordFact>>;
  /** How many integration records were read, whatever their name, when the table could be read. */
  readonly recordsRead: number;
  /** Access tokens of the integration, usable first, then newest first. */
  readonly tokens: Probe<BoundedList<AccessTokenFact>>;
  /** Application names on tokens that carry the requested name (read only when nothing else matched). */
  readonly tokenApplications: readonly TokenApplicationFact[];
  /**
   * Login attempts of the integration (by name, token, or user and role), newest first. When
   * incomplete, the rows read are the most recent ones and older attempts of the window were not read.
   */
  readonly logins: Probe<BoundedList<AttributedLoginAttempt>>;
  /**
   * Login attempts of the window that concern the integration: its own and refusals before any
   * integration is known, newest first.
   */
  readonly windowAttempts: Probe<BoundedList<AttributedLoginAttempt>>;
  /**
   * Token failures of the window that name no application, token, or user and role of the
   * integration: possibly its own.
   */
  readonly unattributedFailures: number;
  /** The integration record's internal id, when any source names it. */
  readonly integrationId: number | null;
}

/** True for a Login Audit Trail row whose status is Success. */
export function isSuccessfulAttempt(attempt: LoginAttemptFact): boolean {
  return attempt.status.trim().toLowerCase() === 'success';
}

function timeOf(moment: string): number {
  const time = Date.parse(moment);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Newest first; the snapshot promises this order, sorting again keeps the rules safe if it slips. */
function newestFirst<T extends LoginAttemptFact>(attempts: readonly T[]): readonly T[] {
  return attempts
    .map((attempt) => ({ attempt, time: timeOf(attempt.at) }))
    .sort((first, second) => second.time - first.time || 0)
    .map((timed) => timed.attempt);
}

function firstIntegrationId(
  tokens: Probe<BoundedList<AccessTokenFact>>,
  tokenApplications: readonly TokenApplicationFact[],
  records: Probe<BoundedList<IntegrationRecordFact>>,
): number | null {
  if (tokens.ok && tokens.value.rows[0] !== undefined) return tokens.value.rows[0].applicationId;
  if (tokenApplications[0] !== undefined) return tokenApplications[0].applicationId;
  const onlyRecord = records.ok && records.value.rows.length === 1 ? records.value.rows[0] : undefined;
  return onlyRecord === undefined ? null : onlyRecord.id;
}

/** Ties a login row to the integration whose tokens are `tokens`, or null when nothing ties it. */
function attributionOf(
  attempt: LoginAttemptFact,
  tokens: readonly AccessTokenFact[],
  named: (name: string) => boolean,
): LoginAttribution | null {
  if (attempt.applicationName !== null) return named(attempt.applicationName) ? 'name' : null;
  if (tokens.some((token) => token.name === attempt.tokenName)) return 'token';
  if (tokens.some((token) => token.userId === attempt.userId && token.roleId === attempt.roleId)) return 'user-role';
  return isRefusedBeforeIntegrationKnown(attempt.detail) ? 'before-integration' : null;
}

/** Gathers every fact about the integration named `requestedName`. */
export function gatherIntegrationEvidence(snapshot: AccountSnapshot, requestedName: string): IntegrationEvidence {
  const named = (name: string): boolean => integrationNamesMatch(requestedName, name);
  const records = mapProbe(snapshot.integrations, (list) => keepRows(list, (row) => named(row.name)));
  const tokens = mapProbe(snapshot.tokens, (list) => keepRows(list, (token) => named(token.applicationName)));
  // Stryker disable next-line ArrayDeclaration: an element that is no token matches no login
  const tokenRows = tokens.ok ? tokens.value.rows : [];
  // Only suggestions and the record's existence come from this list; a cut list costs at most a
  // suggestion, because the token statement already searched every token for the requested name.
  const tokenApplications =
    snapshot.tokenApplications !== null && snapshot.tokenApplications.ok
      ? snapshot.tokenApplications.value.rows.filter(
          (application) => named(application.applicationName) && application.tokenCount > 0,
        )
      : [];
  // Stryker disable ArrayDeclaration: an element that is no attempt counts as no failure
  const attributed = snapshot.loginAttempts.ok
    ? snapshot.loginAttempts.value.rows.map((attempt) => ({
        attempt,
        attribution: attributionOf(attempt, tokenRows, named),
      }))
    : [];
  // Stryker restore ArrayDeclaration
  const windowAttempts = mapProbe(snapshot.loginAttempts, (list) => ({
    rows: newestFirst(
      attributed.flatMap(({ attempt, attribution }) => (attribution === null ? [] : [{ ...attempt, attribution }])),
    ),
    complete: list.complete,
  }));
  return {
    requestedName,
    records,
    recordsRead: snapshot.integrations.ok ? snapshot.integrations.value.rows.length : 0,
    tokens,
    tokenApplications,
    logins: mapProbe(windowAttempts, (list) =>
      keepRows(list, (attempt) => attempt.attribution !== 'before-integration'),
    ),
    windowAttempts,
    unattributedFailures: attributed.filter(
      ({ attempt, attribution }) => attribution === null && attempt.applicationName === null,
    ).length,
    integrationId: firstIntegrationId(tokens, tokenApplications, records),
  };
}

/**
 * The newest successful token login of the integration in the window, or null. Rows are read
 * newest first, so a success found in a cut list is still the latest one; null from a cut list
 * only means none of the most recent attempts succeeded.
 */
export function latestSuccessfulLogin(evidence: IntegrationEvidence): AttributedLoginAttempt | null {
  if (!evidence.logins.ok) return null;
  return evidence.logins.value.rows.find(isSuccessfulAttempt) ?? null;
}

/** The newest successful token login of the integration in the window with role `roleId`, or null. */
export function latestSuccessfulLoginWithRole(
  evidence: IntegrationEvidence,
  roleId: number,
): AttributedLoginAttempt | null {
  if (!evidence.logins.ok) return null;
  return (
    evidence.logins.value.rows.find((attempt) => isSuccessfulAttempt(attempt) && attempt.roleId === roleId) ?? null
  );
}

/**
 * True when any source shows the integration: a record with its name, a token, a token application
 * or a login of it.
 */
export function integrationSeen(evidence: IntegrationEvidence): boolean {
  const rows = (probe: Probe<BoundedList<unknown>>): number => (probe.ok ? probe.value.rows.length : 0);
  return (
    rows(evidence.records) > 0 ||
    rows(evidence.tokens) > 0 ||
    evidence.tokenApplications.length > 0 ||
    rows(evidence.logins) > 0
  );
}

/** True only when the integration record list was read to its end and nothing anywhere shows the integration. */
export function integrationProvenMissing(evidence: IntegrationEvidence): boolean {
  return !integrationSeen(evidence) && evidence.records.ok && evidence.records.value.complete;
}
