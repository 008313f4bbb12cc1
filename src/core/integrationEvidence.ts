/**
 * What the snapshot says about the requested integration, gathered once: the integration
 * records, access tokens and login attempts that carry its name. The integration, credential
 * and login rules all reason over this, so they agree on what "the integration" is.
 */
import { keepRows } from './boundedList';
import { integrationNamesMatch } from './integrationNames';
import { mapProbe } from './probes';
import type { AccessTokenFact, AccountSnapshot, BoundedList, IntegrationRecordFact, LoginAttemptFact, Probe, TokenApplicationFact } from './snapshot';

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
   * Login attempts attributed to the integration, newest first. When incomplete, the rows read
   * are the most recent ones and older attempts of the window were not read.
   */
  readonly logins: Probe<BoundedList<LoginAttemptFact>>;
  /** Login attempts of the window that concern the integration: its own and unattributed ones, newest first. */
  readonly windowAttempts: Probe<BoundedList<LoginAttemptFact>>;
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
function newestFirst(attempts: readonly LoginAttemptFact[]): readonly LoginAttemptFact[] {
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
  if (records.ok && records.value.rows.length === 1 && records.value.rows[0] !== undefined) return records.value.rows[0].id;
  return null;
}

/** Gathers every fact about the integration named `requestedName`. */
export function gatherIntegrationEvidence(snapshot: AccountSnapshot, requestedName: string): IntegrationEvidence {
  const named = (name: string | null): boolean => name !== null && integrationNamesMatch(requestedName, name);
  const records = mapProbe(snapshot.integrations, (list) => keepRows(list, (row) => named(row.name)));
  const tokens = mapProbe(snapshot.tokens, (list) => keepRows(list, (token) => named(token.applicationName)));
  // Only suggestions and the record's existence come from this list; a cut list costs at most a
  // suggestion, because the token statement already searched every token for the requested name.
  const tokenApplications =
    snapshot.tokenApplications !== null && snapshot.tokenApplications.ok
      ? snapshot.tokenApplications.value.rows.filter((application) => named(application.applicationName) && application.tokenCount > 0)
      : [];
  const windowAttempts = mapProbe(snapshot.loginAttempts, (list) => ({
    rows: newestFirst(list.rows.filter((attempt) => attempt.applicationName === null || named(attempt.applicationName))),
    complete: list.complete,
  }));
  return {
    requestedName,
    records,
    recordsRead: snapshot.integrations.ok ? snapshot.integrations.value.rows.length : 0,
    tokens,
    tokenApplications,
    logins: mapProbe(windowAttempts, (list) => keepRows(list, (attempt) => attempt.applicationName !== null)),
    windowAttempts,
    integrationId: firstIntegrationId(tokens, tokenApplications, records),
  };
}

/**
 * The newest successful token login of the integration in the window, or null. Rows are read
 * newest first, so a success found in a cut list is still the latest one; null from a cut list
 * only means none of the most recent attempts succeeded.
 */
export function latestSuccessfulLogin(evidence: IntegrationEvidence): LoginAttemptFact | null {
  if (!evidence.logins.ok) return null;
  return evidence.logins.value.rows.find(isSuccessfulAttempt) ?? null;
}
