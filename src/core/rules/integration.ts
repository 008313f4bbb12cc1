/**
 * Integration section: does the integration record exist, is it Enabled, and does it allow
 * Token-Based Authentication. The record's boxes and state are not exposed to scripts; the
 * `integration` table is a bonus source that often fails, so access tokens and the Login Audit
 * Trail count as direct evidence too, and a successful token login proves state and boxes.
 */
import { environmentKind } from '../accountIdentity';
import type { CheckId } from '../catalogue';
import { fixOf, found, type Finding, type RecordRef } from '../checks/define';
import { INTEGRATION_AUTHENTICATION, INTEGRATION_RECORD, INTEGRATION_STATE } from '../checks/integration';
import { unreadableFinding } from '../checks/shared';
import { isSuccessfulAttempt, latestSuccessfulLogin, type IntegrationEvidence } from '../integrationEvidence';
import { normaliseIntegrationName, rankNearNames } from '../integrationNames';
import { detailKey, explainLoginDetail } from '../loginDetails';
import type { AccountSnapshot, IntegrationRecordFact, LoginAttemptFact } from '../snapshot';
import { passed, problem, type RuleOutcome } from './outcomes';
import { TBA_NEW_END, tbaCreationClosed, tbaCreationStanding } from './platform';

export type IntegrationCheckId = Extract<CheckId, `integration.${string}`>;

/** An integration whose name is near the requested one, with its record id when a source gave it. */
interface NearIntegration {
  readonly name: string;
  readonly id: number | null;
}

/**
 * Near names from every source that lists integration names: records, token applications, logins.
 * From lists cut at their bound the suggestions may miss a name; they only ever suggest.
 */
function nearIntegrations(snapshot: AccountSnapshot, requestedName: string): readonly NearIntegration[] {
  // Records and token applications name the record's id; logins only its name.
  const withIds: { readonly name: string; readonly id: number }[] = [];
  if (snapshot.integrations.ok)
    withIds.push(...snapshot.integrations.value.rows.map((row) => ({ name: row.name, id: row.id })));
  if (snapshot.tokenApplications !== null && snapshot.tokenApplications.ok) {
    withIds.push(
      ...snapshot.tokenApplications.value.rows.map((application) => ({
        name: application.applicationName,
        id: application.applicationId,
      })),
    );
  }
  const names = withIds.map((integration) => integration.name);
  if (snapshot.loginAttempts.ok) {
    for (const attempt of snapshot.loginAttempts.value.rows)
      if (attempt.applicationName !== null) names.push(attempt.applicationName);
  }
  return rankNearNames(requestedName, names).map((name) => ({
    name,
    id:
      withIds.find((integration) => normaliseIntegrationName(integration.name) === normaliseIntegrationName(name))
        ?.id ?? null,
  }));
}

/** Findings naming each source that proves the record exists; empty when none does. */
function directEvidence(evidence: IntegrationEvidence): readonly Finding[] {
  const findings: Finding[] = [];
  if (evidence.records.ok) {
    for (const row of evidence.records.value.rows)
      findings.push(found(INTEGRATION_RECORD, 'listed', { name: row.name, id: row.id }));
  }
  const firstToken = evidence.tokens.ok ? evidence.tokens.value.rows[0] : undefined;
  if (evidence.tokens.ok && firstToken !== undefined) {
    const { rows, complete } = evidence.tokens.value;
    findings.push(
      found(INTEGRATION_RECORD, 'tokens', { application: firstToken.applicationName, count: rows.length, complete }),
    );
  }
  // A COUNT(*) per application: exact, whatever the bound on the list of applications.
  for (const application of evidence.tokenApplications) {
    findings.push(
      found(INTEGRATION_RECORD, 'application', {
        application: application.applicationName,
        id: application.applicationId,
        tokens: application.tokenCount,
      }),
    );
  }
  const firstLogin = evidence.logins.ok ? evidence.logins.value.rows[0] : undefined;
  if (evidence.logins.ok && firstLogin !== undefined) {
    const { rows, complete } = evidence.logins.value;
    findings.push(
      found(INTEGRATION_RECORD, 'logins', {
        application: firstLogin.applicationName ?? evidence.requestedName,
        count: rows.length,
        complete,
      }),
    );
  }
  return findings;
}

/** How many login rows were read and whether to the window's end: what "no success" was looked for in. */
function loginsSearched(evidence: IntegrationEvidence): { readonly loginsRead: number; readonly complete: boolean } {
  return evidence.logins.ok
    ? { loginsRead: evidence.logins.value.rows.length, complete: evidence.logins.value.complete }
    : { loginsRead: 0, complete: true };
}

/** In a sandbox or Release Preview: what a refresh copies, so a missing record is not blamed on it. */
function refreshNote(snapshot: AccountSnapshot): readonly Finding[] {
  const environment = environmentKind(snapshot.account);
  return environment === 'sandbox' || environment === 'release-preview'
    ? [found(INTEGRATION_RECORD, 'refreshNote', { environment })]
    : [];
}

/** Said with a passing record: keep it, for it could not be made again with TBA. */
function keepRecord(snapshot: AccountSnapshot): readonly Finding[] {
  switch (tbaCreationStanding(snapshot)) {
    case 'before':
      return [found(INTEGRATION_RECORD, 'keepBeforeClosing', { closingRelease: TBA_NEW_END })];
    case 'reached':
      return [found(INTEGRATION_RECORD, 'keepOnClosed', { version: snapshot.account.version })];
    case 'unknown':
      return [];
  }
}

/**
 * Other products' TBA integrations, seen on their tokens: named so the person knows, never offered
 * to Act-On. Asked only when no source shows the integration, so no application with tokens
 * carries the requested name: an application of that name with tokens proves the record.
 */
function otherTbaIntegrations(snapshot: AccountSnapshot): readonly Finding[] {
  const listed = snapshot.tokenApplications;
  // Stryker disable next-line ArrayDeclaration: an element that is no application has no tokens
  const applications = listed !== null && listed.ok ? listed.value.rows : [];
  const others = applications.filter((application) => application.tokenCount > 0);
  if (others.length === 0) return [];
  const named = others
    .slice(0, 10)
    .map((application) => ({ name: application.applicationName, tokens: application.tokenCount }));
  return [
    found(INTEGRATION_RECORD, 'otherTbaIntegrations', { applications: named, more: others.length - named.length }),
  ];
}

/** Findings saying where the name was looked for and not found, or why a source could not be read. */
function absenceEvidence(evidence: IntegrationEvidence): readonly Finding[] {
  const name = evidence.requestedName;
  return [
    evidence.records.ok
      ? found(INTEGRATION_RECORD, 'recordListLacksName', {
          name,
          recordsRead: evidence.recordsRead,
          complete: evidence.records.value.complete,
        })
      : unreadableFinding({ source: 'integrationRecords' }, evidence.records),
    evidence.tokens.ok
      ? found(INTEGRATION_RECORD, 'noToken', { name })
      : unreadableFinding({ source: 'accessTokens' }, evidence.tokens),
    evidence.logins.ok
      ? found(INTEGRATION_RECORD, 'noLogin', { name })
      : unreadableFinding({ source: 'loginAuditTrail' }, evidence.logins),
  ];
}

/** The sources of the record's existence that could not be read, with NetSuite's reason. */
function unreadSources(evidence: IntegrationEvidence) {
  const sources = [
    { source: 'integration', probe: evidence.records },
    { source: 'tokens', probe: evidence.tokens },
    { source: 'logins', probe: evidence.logins },
  ] as const;
  return sources.flatMap(({ source, probe }) => (probe.ok ? [] : [{ source, code: probe.code ?? null }]));
}

/** Pass on any direct evidence; fail only when the readable table lacks the name; otherwise a person must look. */
function recordOutcome(evidence: IntegrationEvidence, snapshot: AccountSnapshot): RuleOutcome {
  const proof = directEvidence(evidence);
  if (proof.length > 0) return passed([...proof, ...keepRecord(snapshot)]);
  const name = evidence.requestedName;
  const near = nearIntegrations(snapshot, name);
  const nearNames = near.map((integration) => integration.name);
  const records: RecordRef[] = near.flatMap((integration) =>
    integration.id === null ? [] : [{ kind: 'integration', id: integration.id, name: integration.name }],
  );
  const findings = [
    ...absenceEvidence(evidence),
    ...(nearNames.length > 0 ? [found(INTEGRATION_RECORD, 'nearNames', { names: nearNames })] : []),
    ...refreshNote(snapshot),
  ];
  const closed = tbaCreationClosed(snapshot);
  const version = snapshot.account.version;
  const closingRelease = tbaCreationStanding(snapshot) === 'before' ? TBA_NEW_END : null;
  // Only a record list read to its end proves the name absent; a cut list may hold it beyond the bound.
  if (evidence.records.ok && evidence.records.value.complete) {
    const absent = found(INTEGRATION_RECORD, 'absent', { name, nearNames });
    if (!closed) {
      const create = fixOf(INTEGRATION_RECORD, 'default', records, { name, nearNames, closingRelease });
      return problem('fail', findings, create, absent);
    }
    const closedFindings = [
      found(INTEGRATION_RECORD, 'tbaClosed', { version, closingRelease: TBA_NEW_END }),
      ...otherTbaIntegrations(snapshot),
    ];
    const fix = fixOf(INTEGRATION_RECORD, 'askActOn', records, { name, nearNames, version });
    return problem('fail', [...findings, ...closedFindings], fix, absent);
  }
  const unestablished = found(INTEGRATION_RECORD, 'unestablished', { name });
  // With the table unreadable or cut, the record may exist without tokens or logins yet: only a person can tell.
  if (!evidence.tokens.ok && !evidence.logins.ok) {
    const fix = fixOf(INTEGRATION_RECORD, 'findOut', records, { name, unread: unreadSources(evidence) });
    return problem('unknown', findings, fix, unestablished);
  }
  const closedOn = closed ? version : null;
  const fix = fixOf(INTEGRATION_RECORD, 'lookForRecord', records, { name, nearNames, closingRelease, closedOn });
  return problem('manual', findings, fix, unestablished);
}

/** The record whose state decides: the one tokens point at, else an Enabled one, else the first. */
function primaryRecord(evidence: IntegrationEvidence): IntegrationRecordFact | null {
  if (!evidence.records.ok) return null;
  const rows = evidence.records.value.rows;
  return (
    rows.find((row) => row.id === evidence.integrationId) ??
    rows.find((row) => stateOf(row) === 'ENABLED') ??
    rows[0] ??
    null
  );
}

/**
 * The words an integration's state is read from, in any case: the displayed name first, then the
 * stored value. T and F are how one tool that runs in real accounts reads Enabled and Blocked
 * (unverified, so a displayed name, when there is one, wins).
 */
const STATE_WORDS: ReadonlyMap<string, 'ENABLED' | 'BLOCKED'> = new Map([
  ['ENABLED', 'ENABLED'],
  ['BLOCKED', 'BLOCKED'],
  ['T', 'ENABLED'],
  ['F', 'BLOCKED'],
]);

function stateOf(row: IntegrationRecordFact): 'ENABLED' | 'BLOCKED' | null {
  for (const value of [row.stateName, row.state]) {
    if (value === null) continue;
    const state = STATE_WORDS.get(value.trim().toUpperCase());
    if (state !== undefined) return state;
  }
  return null;
}

/** A record whose state the audit cannot judge: none given, or one it does not know (both forms quoted). */
function unjudgedState(row: IntegrationRecordFact): Finding {
  const record = { name: row.name, id: row.id };
  if (row.stateName === null && row.state === null) return found(INTEGRATION_STATE, 'noState', record);
  const shown = row.stateName ?? row.state ?? '';
  const stored = row.state !== null && row.stateName !== null && row.state !== row.stateName ? row.state : null;
  return found(INTEGRATION_STATE, 'unrecognisedState', { ...record, shown, stored });
}

/**
 * The integration's newest login, when it was refused because the integration is Blocked.
 * Rows are read newest first, so the first row is the newest even when the list was cut.
 */
function refusedAsBlocked(evidence: IntegrationEvidence): LoginAttemptFact | null {
  const latest = evidence.logins.ok ? evidence.logins.value.rows[0] : undefined;
  if (latest === undefined || isSuccessfulAttempt(latest)) return null;
  return explainLoginDetail(latest.detail).key === detailKey('consumer_key_refused') ? latest : null;
}

/** The state check when the record is missing (fail) or not established (unknown or manual). */
function stateWithoutRecord(record: RuleOutcome, name: string): RuleOutcome {
  if (record.status === 'fail') {
    return problem(
      'fail',
      [found(INTEGRATION_STATE, 'recordMissing', { name })],
      fixOf(INTEGRATION_STATE, 'followsRecord', []),
      found(INTEGRATION_STATE, 'noRecordToEnable', { name }),
    );
  }
  const findings = [found(INTEGRATION_STATE, 'recordNotEstablished', { name })];
  // A record to look for by hand is looked at by hand too; one the audit could not read waits for it.
  return record.status === 'manual'
    ? problem('manual', findings, fixOf(INTEGRATION_STATE, 'lookAtState', [], { name }))
    : problem('unknown', findings, fixOf(INTEGRATION_STATE, 'followsRecord', []));
}

/** The matched record's state; else a refusal or success in the Login Audit Trail; else a person must look. */
function stateOutcome(evidence: IntegrationEvidence, record: RuleOutcome): RuleOutcome {
  if (record.status !== 'pass') return stateWithoutRecord(record, evidence.requestedName);
  const row = primaryRecord(evidence);
  const tokensRecord: readonly RecordRef[] =
    evidence.integrationId === null
      ? []
      : [{ kind: 'integration', id: evidence.integrationId, name: evidence.requestedName }];
  const records: readonly RecordRef[] =
    row === null ? tokensRecord : [{ kind: 'integration', id: row.id, name: row.name }];
  const name = row?.name ?? evidence.requestedName;
  if (row !== null) {
    const state = stateOf(row);
    if (state === 'ENABLED') return passed([found(INTEGRATION_STATE, 'enabled', { name: row.name, id: row.id })]);
    if (state === 'BLOCKED') {
      return problem(
        'fail',
        [found(INTEGRATION_STATE, 'blocked', { name: row.name, id: row.id })],
        fixOf(INTEGRATION_STATE, 'default', records),
        found(INTEGRATION_STATE, 'blockedSummary', { name: row.name }),
      );
    }
  }
  const unread: readonly Finding[] = !evidence.records.ok
    ? [unreadableFinding({ source: 'integrationState' }, evidence.records)]
    : row !== null
      ? [unjudgedState(row)]
      : evidence.records.value.complete
        ? []
        : [found(INTEGRATION_STATE, 'beyondRecordsRead', { recordsRead: evidence.recordsRead })];
  const refused = refusedAsBlocked(evidence);
  if (refused !== null) {
    return problem(
      'fail',
      [...unread, found(INTEGRATION_STATE, 'refusedAsBlocked', { at: refused.at })],
      fixOf(INTEGRATION_STATE, 'default', records),
      found(INTEGRATION_STATE, 'refusedSummary', { name }),
    );
  }
  const success = latestSuccessfulLogin(evidence);
  if (success !== null)
    return passed([...unread, found(INTEGRATION_STATE, 'provenByLogin', { token: success.tokenName, at: success.at })]);
  const unproven = evidence.logins.ok
    ? found(INTEGRATION_STATE, 'notProven', loginsSearched(evidence))
    : unreadableFinding({ source: 'loginAuditTrail' }, evidence.logins);
  return problem('manual', [...unread, unproven], fixOf(INTEGRATION_STATE, 'lookAtState', records, { name }));
}

/** Only a successful token login proves the TBA box; failed logins prove nothing either way. */
function authenticationOutcome(evidence: IntegrationEvidence, record: RuleOutcome): RuleOutcome {
  const name = evidence.requestedName;
  const success = latestSuccessfulLogin(evidence);
  if (success !== null)
    return passed([found(INTEGRATION_AUTHENTICATION, 'provenByLogin', { token: success.tokenName, at: success.at })]);
  if (record.status === 'fail') {
    return problem(
      'fail',
      [found(INTEGRATION_AUTHENTICATION, 'recordMissing', { name })],
      fixOf(INTEGRATION_AUTHENTICATION, 'followsRecord', []),
      found(INTEGRATION_AUTHENTICATION, 'noRecordToAllow', { name }),
    );
  }
  if (record.status === 'unknown') {
    return problem(
      'unknown',
      [found(INTEGRATION_AUTHENTICATION, 'recordNotEstablished', { name })],
      fixOf(INTEGRATION_AUTHENTICATION, 'followsRecord', []),
    );
  }
  const records: readonly RecordRef[] =
    evidence.integrationId === null ? [] : [{ kind: 'integration', id: evidence.integrationId, name }];
  const fix = fixOf(INTEGRATION_AUTHENTICATION, 'confirmBoxes', records, { name });
  const unestablished =
    record.status === 'manual' ? [found(INTEGRATION_AUTHENTICATION, 'recordNotEstablished', { name })] : [];
  if (!evidence.logins.ok) {
    const unread = unreadableFinding({ source: 'loginAuditTrail' }, evidence.logins);
    return problem('manual', [...unestablished, unread, found(INTEGRATION_AUTHENTICATION, 'boxesUnread')], fix);
  }
  // No login in the window succeeded (see above), so every one read is a failure.
  const { rows, complete } = evidence.logins.value;
  const failed =
    rows.length === 0 ? [] : [found(INTEGRATION_AUTHENTICATION, 'failedLogins', { count: rows.length, complete })];
  const unproven = found(INTEGRATION_AUTHENTICATION, 'boxesUnproven', loginsSearched(evidence));
  return problem('manual', [...unestablished, unproven, ...failed], fix);
}

/** The outcome of every integration check. */
export function evaluateIntegrationChecks(
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): Record<IntegrationCheckId, RuleOutcome> {
  const record = recordOutcome(evidence, snapshot);
  return {
    'integration.record': record,
    'integration.state': stateOutcome(evidence, record),
    'integration.authentication': authenticationOutcome(evidence, record),
  };
}
