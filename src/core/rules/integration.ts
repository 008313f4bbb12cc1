/**
 * Integration section: does the integration record exist, is it Enabled, and does it allow
 * Token-Based Authentication. The record's boxes and state are not exposed to scripts; the
 * `integration` table is a bonus source that often fails, so access tokens and the Login Audit
 * Trail count as direct evidence too, and a successful token login proves state and boxes.
 */
import { environmentKind } from '../accountIdentity';
import type { CheckId } from '../catalogue';
import { normaliseIntegrationName } from '../integrationNames';
import { isSuccessfulAttempt, latestSuccessfulLogin, type IntegrationEvidence } from '../integrationEvidence';
import { rankNearNames } from '../integrationNames';
import { detailKey, explainLoginDetail } from '../loginDetails';
import type { CheckOutcome } from '../report';
import type { AccountSnapshot, IntegrationRecordFact, LoginAttemptFact } from '../snapshot';
import { catalogueFix, integrationRecordLink, passOutcome, problemOutcome } from './outcomes';
import { refreshSentence } from './account';
import { TBA_NEW_END, tbaCreationClosed, tbaCreationStanding } from './platform';
import {
  boundedCount,
  boundedCountLabel,
  capitalised,
  countLabel,
  momentLabel,
  quotedAlternatives,
  unreadableSentence,
} from './wording';

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

/** Sentences naming each source that proves the record exists; empty when none does. */
function directEvidence(evidence: IntegrationEvidence): readonly string[] {
  const sentences: string[] = [];
  if (evidence.records.ok) {
    for (const row of evidence.records.value.rows)
      sentences.push(`Manage Integrations lists the integration ${row.name} (id ${row.id}).`);
  }
  if (evidence.tokens.ok) {
    const tokens = evidence.tokens.value;
    const firstToken = tokens.rows[0];
    if (firstToken !== undefined)
      sentences.push(
        `The application ${firstToken.applicationName} has ` +
          `${boundedCountLabel(tokens.rows.length, tokens.complete, 'access token')}.`,
      );
  }
  // A COUNT(*) per application: exact, whatever the bound on the list of applications.
  for (const application of evidence.tokenApplications) {
    sentences.push(
      `The application ${application.applicationName} (id ${application.applicationId}) has ` +
        `${countLabel(application.tokenCount, 'access token')}.`,
    );
  }
  if (evidence.logins.ok) {
    const logins = evidence.logins.value;
    const firstLogin = logins.rows[0];
    if (firstLogin !== undefined) {
      const count = boundedCountLabel(logins.rows.length, logins.complete, 'token login');
      sentences.push(
        `The Login Audit Trail shows ${count} for ${firstLogin.applicationName ?? evidence.requestedName} in ` +
          `the last 30 days.`,
      );
    }
  }
  return sentences;
}

/**
 * "no successful token login in the last 30 days". From a login list cut at its bound only the
 * most recent attempts were read (newest first), so it says so: an older success may exist.
 */
function noRecentSuccess(evidence: IntegrationEvidence): string {
  if (!evidence.logins.ok || evidence.logins.value.complete) return 'no successful token login in the last 30 days';
  return (
    `no successful token login among the ${evidence.logins.value.rows.length} most recent of the last 30 days ` +
    `(older ones were not read)`
  );
}

/** Where the record list was searched, worded for 0, 1 or many records, and for a list cut at its bound. */
function recordListAbsence(recordsRead: number, complete: boolean, name: string): string {
  if (!complete) {
    return (
      `Manage Integrations holds more than ${recordsRead} integration records; none of the ${recordsRead} read ` +
      `(lowest internal ids first) is named ${name} (ignoring case and spaces).`
    );
  }
  if (recordsRead === 0) return 'Manage Integrations lists no integration records at all.';
  if (recordsRead === 1)
    return `The only integration record in Manage Integrations is not named ${name} (ignoring case and spaces).`;
  return (
    `None of the ${recordsRead} integration records in Manage Integrations is named ${name} (ignoring case and ` +
    `spaces).`
  );
}

/** In a sandbox or Release Preview: what a refresh copies, so a missing record is not blamed on it. */
function refreshNote(snapshot: AccountSnapshot): readonly string[] {
  const kind = environmentKind(snapshot.account);
  if (kind !== 'sandbox' && kind !== 'release-preview') return [];
  const account = kind === 'sandbox' ? 'a sandbox' : 'a Release Preview account';
  return [
    `${refreshSentence(account)} A record missing here was missing in production at the last refresh, or was ` +
      `deleted here since.`,
  ];
}

/** Where the record is looked at when it can no longer be created for TBA (not "New"). */
const CLOSED_NAVIGATION = 'Setup > Integration > Manage Integrations';

/** Said with a passing record: keep it, for it could not be made again with TBA. */
function keepRecordSentence(snapshot: AccountSnapshot): readonly string[] {
  switch (tbaCreationStanding(snapshot)) {
    case 'before':
      return [
        `Keep this record: do not delete it or reset it. From NetSuite ${TBA_NEW_END} no new integration can ` +
          `use Token-Based Authentication, so it could not be made again.`,
      ];
    case 'reached':
      return [
        `Keep this record: do not delete it or reset it. On NetSuite ${snapshot.account.version} a new ` +
          `integration can no longer use Token-Based Authentication, so it could not be made again.`,
      ];
    case 'unknown':
      return [];
  }
}

/** The step that asks for the record to be created now, before the release that forbids it. */
function createBeforeStep(snapshot: AccountSnapshot): readonly string[] {
  return tbaCreationStanding(snapshot) === 'before'
    ? [
        `Create it now, before this account is upgraded to NetSuite ${TBA_NEW_END}: from that release no new ` +
          `integration can use Token-Based Authentication, and Act-On's connector needs it.`,
      ]
    : [];
}

/**
 * Other products' TBA integrations, seen on their tokens: named so the person knows, never offered
 * to Act-On. Asked only when no source shows the integration, so no application with tokens
 * carries the requested name: an application of that name with tokens proves the record.
 */
function otherTbaIntegrations(snapshot: AccountSnapshot): readonly string[] {
  const listed = snapshot.tokenApplications;
  // Stryker disable next-line ArrayDeclaration: an element that is no application has no tokens
  const applications = listed !== null && listed.ok ? listed.value.rows : [];
  const others = applications.filter((application) => application.tokenCount > 0);
  if (others.length === 0) return [];
  const names = others
    .slice(0, 10)
    .map((application) => `${application.applicationName} (${countLabel(application.tokenCount, 'token')})`);
  return [
    `Integrations that already use Token-Based Authentication in this account: ` +
      `${names.join(', ')}${others.length > 10 ? `, and ${others.length - 10} more` : ''}. They belong to other ` +
      `products: their keys and tokens are not Act-On's to use.`,
  ];
}

/**
 * The integration record's fix on a release where a new one cannot use TBA: say why, and send
 * the person to Act-On for its supported route instead of asking for what NetSuite refuses.
 */
function closedReleaseAdvice(snapshot: AccountSnapshot): {
  readonly sentences: readonly string[];
  readonly steps: readonly string[];
} {
  return {
    sentences: [
      `This account runs NetSuite ${snapshot.account.version}: since ${TBA_NEW_END} a new integration record ` +
        `cannot use Token-Based Authentication, which Act-On's connector signs its SOAP requests with, and OAuth ` +
        `2.0 does not serve SOAP web services.`,
      ...otherTbaIntegrations(snapshot),
    ],
    steps: [
      `Do not create a new integration for Act-On with Token-Based Authentication: NetSuite ` +
        `${snapshot.account.version} does not allow it.`,
      'Contact Act-On support: ask which connection Act-On supports for NetSuite accounts on 2027.1 or later, and ' +
        'follow their steps.',
      "Do not give Act-On another product's Consumer Key and Secret: tokens and logins would count as that " +
        "product's, and resetting its keys would break it.",
    ],
  };
}

/** Sentences saying where the name was looked for and not found, or why a source could not be read. */
function absenceEvidence(evidence: IntegrationEvidence): readonly string[] {
  const name = evidence.requestedName;
  return [
    evidence.records.ok
      ? recordListAbsence(evidence.recordsRead, evidence.records.value.complete, name)
      : unreadableSentence('The list of integration records', evidence.records),
    evidence.tokens.ok
      ? `No access token uses an application named ${name}.`
      : unreadableSentence('The access tokens', evidence.tokens),
    evidence.logins.ok
      ? `No token login for ${name} appears in the Login Audit Trail of the last 30 days.`
      : unreadableSentence('The Login Audit Trail', evidence.logins),
  ];
}

/** Pass on any direct evidence; fail only when the readable table lacks the name; otherwise a person must look. */
function recordOutcome(evidence: IntegrationEvidence, snapshot: AccountSnapshot): CheckOutcome {
  const found = directEvidence(evidence);
  if (found.length > 0) return passOutcome([...found, ...keepRecordSentence(snapshot)]);
  const name = evidence.requestedName;
  const near = nearIntegrations(snapshot, name);
  const nearNames = near.map((integration) => integration.name);
  const suggestion = nearNames.length > 0 ? [`Did you mean ${quotedAlternatives(nearNames)}?`] : [];
  const renameStep =
    nearNames.length > 0
      ? [
          `If Act-On's integration is ${quotedAlternatives(nearNames)}, run this audit again with that name as ` +
            `the integration name (request parameter "integration"), or rename the record to ${name} at Setup > ` +
            `Integration > Manage Integrations.`,
        ]
      : [];
  const recordLinks = near.flatMap((integration) =>
    integration.id === null ? [] : [integrationRecordLink(integration.id, integration.name)],
  );
  const evidenceSentences = [...absenceEvidence(evidence), ...suggestion, ...refreshNote(snapshot)];
  const closed = tbaCreationClosed(snapshot) ? closedReleaseAdvice(snapshot) : null;
  const absentSummary =
    `There is no integration record named ` +
    `${name}${nearNames.length > 0 ? ` (did you mean ${quotedAlternatives(nearNames)}?)` : ''}`;
  // Only a record list read to its end proves the name absent; a cut list may hold it beyond the bound.
  if (evidence.records.ok && evidence.records.value.complete) {
    if (closed !== null) {
      return problemOutcome(
        'fail',
        [...evidenceSentences, ...closed.sentences],
        catalogueFix('integration.record', {
          leadingSteps: renameStep,
          steps: closed.steps,
          recordLinks,
          navigation: CLOSED_NAVIGATION,
        }),
        absentSummary,
      );
    }
    const leadingSteps = [
      ...(renameStep.length > 0 ? [...renameStep, 'Otherwise create the record:'] : []),
      ...createBeforeStep(snapshot),
    ];
    return problemOutcome(
      'fail',
      evidenceSentences,
      catalogueFix('integration.record', { leadingSteps, recordLinks }),
      absentSummary,
    );
  }
  const lookFor = `Go to Setup > Integration > Manage Integrations and look for a record named ${name}`;
  const lookStep = [
    closed === null
      ? `${lookFor}; if there is none, create it:`
      : `${lookFor}; if there is one, run this audit again with its exact name. If there is none:`,
  ];
  const fix =
    closed === null
      ? catalogueFix('integration.record', {
          leadingSteps: [...renameStep, ...lookStep, ...createBeforeStep(snapshot)],
          recordLinks,
        })
      : catalogueFix('integration.record', {
          leadingSteps: [...renameStep, ...lookStep],
          steps: closed.steps,
          recordLinks,
          navigation: CLOSED_NAVIGATION,
        });
  // With the table unreadable or cut, the record may exist without tokens or logins yet: only a person can tell.
  return problemOutcome(!evidence.tokens.ok && !evidence.logins.ok ? 'unknown' : 'manual', evidenceSentences, fix);
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

/** The state as evidence quotes it: the displayed name, and the stored value when it differs. */
function quotedState(row: IntegrationRecordFact): string {
  const shown = `"${String(row.stateName ?? row.state)}"`;
  return row.state !== null && row.stateName !== null && row.state !== row.stateName
    ? `${shown} (stored as "${row.state}")`
    : shown;
}

/** Evidence for a record whose state the audit cannot judge: none given, or one it does not know. */
function unjudgedStateSentence(row: IntegrationRecordFact): string {
  if (row.state === null && row.stateName === null)
    return `NetSuite gave no state for the integration ${row.name} (id ${row.id}).`;
  return (
    `The integration ${row.name} (id ${row.id}) has the state ${quotedState(row)}, which this audit does not ` +
    `recognise.`
  );
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

function successSentence(login: LoginAttemptFact): string {
  const token = login.tokenName === null ? '' : ` with token ${login.tokenName}`;
  return `A token login${token} succeeded on ${momentLabel(login.at)}.`;
}

/** The fix of a check that only the integration record check can unblock on a release that forbids a new TBA record. */
function pointAtRecordCheck(id: 'integration.state' | 'integration.authentication'): ReturnType<typeof catalogueFix> {
  return catalogueFix(id, { steps: ['See the integration record check: it says what to do on this release.'] });
}

/** The state check when the record itself is missing (fail) or not established (unknown or manual). */
function stateWithoutRecord(record: CheckOutcome, name: string, snapshot: AccountSnapshot): CheckOutcome {
  const fix = catalogueFix('integration.state', {
    leadingSteps: ['First make sure the integration record exists (see the integration record check).'],
  });
  if (record.status === 'fail') {
    const recordFix = tbaCreationClosed(snapshot) ? pointAtRecordCheck('integration.state') : fix;
    return problemOutcome(
      'fail',
      [`There is no integration record named ${name}, so nothing can be Enabled.`],
      recordFix,
      `There is no integration record named ${name} to enable`,
    );
  }
  const sentence =
    `Whether the integration record ${name} exists could not be established (see the integration record check), ` +
    `so its state is not known either.`;
  return problemOutcome(record.status === 'unknown' ? 'unknown' : 'manual', [sentence], fix);
}

/** The matched record's state; else a refusal or success in the Login Audit Trail; else a person must look. */
function stateOutcome(evidence: IntegrationEvidence, record: CheckOutcome, snapshot: AccountSnapshot): CheckOutcome {
  if (record.status !== 'pass') return stateWithoutRecord(record, evidence.requestedName, snapshot);
  const row = primaryRecord(evidence);
  const recordLinks =
    evidence.integrationId === null
      ? []
      : [integrationRecordLink(evidence.integrationId, row?.name ?? evidence.requestedName)];
  const rowLinks = row === null ? recordLinks : [integrationRecordLink(row.id, row.name)];
  if (row !== null) {
    const state = stateOf(row);
    if (state === 'ENABLED') return passOutcome([`The integration ${row.name} (id ${row.id}) is Enabled.`]);
    if (state === 'BLOCKED') {
      const sentence =
        `The integration ${row.name} (id ${row.id}) is Blocked: NetSuite refuses its Consumer Key ` +
        `("consumer_key_refused").`;
      return problemOutcome(
        'fail',
        [sentence],
        catalogueFix('integration.state', { recordLinks: rowLinks }),
        `The integration ${row.name} is Blocked`,
      );
    }
  }
  const unreadable = !evidence.records.ok
    ? [unreadableSentence('The state of the integration record', evidence.records)]
    : row !== null
      ? [unjudgedStateSentence(row)]
      : evidence.records.value.complete
        ? []
        : [
            `The integration record is not among the ${evidence.recordsRead} integration records read (the ` +
              `account holds more), so its state was not read.`,
          ];
  const refused = refusedAsBlocked(evidence);
  if (refused !== null) {
    const sentence =
      `The latest token login, on ${momentLabel(refused.at)}, was refused with "consumer_key_refused": the ` +
      `integration is Blocked.`;
    return problemOutcome(
      'fail',
      [...unreadable, sentence],
      catalogueFix('integration.state', { recordLinks: rowLinks }),
      `The integration ${row?.name ?? evidence.requestedName} is Blocked: its latest token login was refused`,
    );
  }
  const success = latestSuccessfulLogin(evidence);
  if (success !== null)
    return passOutcome([
      ...unreadable,
      `${successSentence(success)} NetSuite accepts logins only for an Enabled integration.`,
    ]);
  const steps = [
    'Go to Setup > Integration > Manage Integrations, open the integration and look at its State.',
    'If it is Blocked, click Edit, set State to Enabled and click Save.',
  ];
  const sentence = `${capitalised(noRecentSuccess(evidence))} proves the integration is Enabled.`;
  return problemOutcome(
    'manual',
    [...unreadable, sentence],
    catalogueFix('integration.state', { steps, recordLinks: rowLinks }),
  );
}

/** Only a successful token login proves the TBA box; failed logins prove nothing either way. */
function authenticationOutcome(
  evidence: IntegrationEvidence,
  record: CheckOutcome,
  snapshot: AccountSnapshot,
): CheckOutcome {
  const success = latestSuccessfulLogin(evidence);
  if (success !== null)
    return passOutcome([`${successSentence(success)} That proves the integration accepts Token-Based Authentication.`]);
  const recordLinks =
    evidence.integrationId === null ? [] : [integrationRecordLink(evidence.integrationId, evidence.requestedName)];
  const fix = catalogueFix('integration.authentication', { recordLinks });
  if (record.status === 'fail') {
    const recordFix = tbaCreationClosed(snapshot) ? pointAtRecordCheck('integration.authentication') : fix;
    return problemOutcome(
      'fail',
      [`There is no integration record named ${evidence.requestedName} to allow it.`],
      recordFix,
      `There is no integration record named ${evidence.requestedName} to allow Token-Based Authentication`,
    );
  }
  // No login in the window succeeded (see above), so every one read is a failure.
  const failures = evidence.logins.ok && evidence.logins.value.rows.length > 0 ? evidence.logins.value : null;
  return problemOutcome(
    'manual',
    [
      `Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and ` +
        `${noRecentSuccess(evidence)} proves them.`,
      ...(failures === null
        ? []
        : [
            `Failed token logins (${boundedCount(failures.rows.length, failures.complete)} in the last 30 days) ` +
              `do not show whether the boxes are checked.`,
          ]),
    ],
    fix,
  );
}

/** The outcome of every integration check. */
export function evaluateIntegrationChecks(
  evidence: IntegrationEvidence,
  snapshot: AccountSnapshot,
): Record<IntegrationCheckId, CheckOutcome> {
  const record = recordOutcome(evidence, snapshot);
  return {
    'integration.record': record,
    'integration.state': stateOutcome(evidence, record, snapshot),
    'integration.authentication': authenticationOutcome(evidence, record, snapshot),
  };
}
