/**
 * What the snapshot says about the requested integration, gathered once: the integration
 * records, access tokens and login attempts that carry its name. The integration, credential
 * and login rules all reason over this, so they agree on what "the integration" is.
 */
import { integrationNamesMatch } from './integrationNames';
import { mapProbe } from './probes';
import type { AccessTokenFact, AccountSnapshot, IntegrationRecordFact, LoginAttemptFact, Probe, TokenApplicationFact } from './snapshot';

export interface IntegrationEvidence {
  /** The name asked about, as typed. */
  readonly requestedName: string;
  /** Integration records with the requested name (the table often cannot be read). */
  readonly records: Probe<readonly IntegrationRecordFact[]>;
  /** How many integration records the table held, when it could be read. */
  readonly recordsRead: number;
  /** Access tokens of the integration. */
  readonly tokens: Probe<readonly AccessTokenFact[]>;
  /** Application names on tokens that carry the requested name (read only when nothing else matched). */
  readonly tokenApplications: readonly TokenApplicationFact[];
  /** Login attempts attributed to the integration, newest first. */
  readonly logins: Probe<readonly LoginAttemptFact[]>;
  /** Login attempts of the window that concern the integration: its own and unattributed ones, newest first. */
  readonly windowAttempts: Probe<readonly LoginAttemptFact[]>;
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
  tokens: Probe<readonly AccessTokenFact[]>,
  tokenApplications: readonly TokenApplicationFact[],
  records: Probe<readonly IntegrationRecordFact[]>,
): number | null {
  if (tokens.ok && tokens.value[0] !== undefined) return tokens.value[0].applicationId;
  if (tokenApplications[0] !== undefined) return tokenApplications[0].applicationId;
  if (records.ok && records.value.length === 1 && records.value[0] !== undefined) return records.value[0].id;
  return null;
}

/** Gathers every fact about the integration named `requestedName`. */
export function gatherIntegrationEvidence(snapshot: AccountSnapshot, requestedName: string): IntegrationEvidence {
  const named = (name: string | null): boolean => name !== null && integrationNamesMatch(requestedName, name);
  const records = mapProbe(snapshot.integrations, (rows) => rows.filter((row) => named(row.name)));
  const tokens = mapProbe(snapshot.tokens, (rows) => rows.filter((token) => named(token.applicationName)));
  const tokenApplications =
    snapshot.tokenApplications !== null && snapshot.tokenApplications.ok
      ? snapshot.tokenApplications.value.filter((application) => named(application.applicationName) && application.tokenCount > 0)
      : [];
  const windowAttempts = mapProbe(snapshot.loginAttempts, (rows) =>
    newestFirst(rows.filter((attempt) => attempt.applicationName === null || named(attempt.applicationName))),
  );
  return {
    requestedName,
    records,
    recordsRead: snapshot.integrations.ok ? snapshot.integrations.value.length : 0,
    tokens,
    tokenApplications,
    logins: mapProbe(windowAttempts, (rows) => rows.filter((attempt) => attempt.applicationName !== null)),
    windowAttempts,
    integrationId: firstIntegrationId(tokens, tokenApplications, records),
  };
}

/** The newest successful token login of the integration in the window, or null. */
export function latestSuccessfulLogin(evidence: IntegrationEvidence): LoginAttemptFact | null {
  if (!evidence.logins.ok) return null;
  return evidence.logins.value.find(isSuccessfulAttempt) ?? null;
}
