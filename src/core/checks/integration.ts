/** The integration section: the Act-On integration record, its state and its authentication. */
import {
  boundedCount,
  boundedCountLabel,
  capitalised,
  countLabel,
  joinedWithAnd,
  momentLabel,
  quotedAlternatives,
} from './words';
import { defineCheck } from './define';
import { MANAGE_INTEGRATIONS_LINK } from './pages';

/** Where the record is looked at (never "New": looking, or a release that refuses a new TBA record). */
const MANAGE_INTEGRATIONS = 'Setup > Integration > Manage Integrations';
const THE_INTEGRATION = `${MANAGE_INTEGRATIONS} > (the integration)`;

/** The fix of a check that can read nothing until the integration record is found: `what` says what waits. */
function followsRecordFix(what: string) {
  return {
    title: 'Resolve the integration record check first',
    navigation: MANAGE_INTEGRATIONS,
    steps: [
      `${what} once its record is found: follow the integration record check's fix, which says what to do ` +
        'on this account.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
    owner: 'netsuite-admin' as const,
  };
}

type Named = { readonly name: string };
type NearNames = { readonly name: string; readonly nearNames: readonly string[] };

/** The step that offers a near name first: re-run the audit with it, or rename the record. */
function renameSteps(data: NearNames): readonly string[] {
  if (data.nearNames.length === 0) return [];
  return [
    `If Act-On's integration is ${quotedAlternatives(data.nearNames)}, run this audit again with that name as the ` +
      `integration name (request parameter "integration"), or rename the record to ${data.name} at Setup > ` +
      `Integration > Manage Integrations.`,
  ];
}

/** Creating the record, in NetSuite's menu words. */
function creationSteps(name: string): readonly string[] {
  return [
    'Go to Setup > Integration > Manage Integrations and click New.',
    `Name it ${name} and set State to Enabled.`,
    'Under Authentication, check Token-Based Authentication and User Credentials; leave TBA: Authorization Flow ' +
      'and OAuth 2.0 unchecked.',
    'Click Save and copy the Consumer Key and Consumer Secret at once: NetSuite shows them only this one time.',
  ];
}

/** Before the release that refuses a new TBA record: create it now. */
function createBeforeSteps(closingRelease: string | null): readonly string[] {
  return closingRelease === null
    ? []
    : [
        `Create it now, before this account is upgraded to NetSuite ${closingRelease}: from that release no new ` +
          `integration can use Token-Based Authentication, and Act-On's connector needs it.`,
      ];
}

/** On a release that refuses a new TBA record: ask Act-On, and keep other products' keys out of it. */
function askActOnSteps(version: string): readonly string[] {
  return [
    `Do not create a new integration for Act-On with Token-Based Authentication: NetSuite ${version} does not ` +
      `allow it.`,
    `Ask Act-On support which connection Act-On supports for NetSuite accounts on ${version}, and follow their ` +
      `steps.`,
    "Do not give Act-On another product's Consumer Key and Secret: tokens and logins would count as that " +
      "product's, and resetting its keys would break it.",
  ];
}

/** A source of the record's existence that could not be read, with NetSuite's error code when it gave one. */
type UnreadSource = { readonly source: 'integration' | 'tokens' | 'logins'; readonly code: string | null };

const SOURCE_NAMES: Readonly<Record<UnreadSource['source'], string>> = {
  integration: 'the integration table',
  tokens: 'the access tokens (oauthtoken table)',
  logins: 'the Login Audit Trail (loginaudit table)',
};

/** What opens each source to the role that runs the audit, where it is known. */
const SOURCE_ACCESS: Readonly<Record<UnreadSource['source'], string>> = {
  integration: 'NetSuite does not open it to every role, and no permission is known that opens it',
  tokens: 'reading them needs the Access Token Management permission (the Administrator role has it)',
  logins: 'reading it needs the View Login Audit Trail permission (the Administrator role has it)',
};

function unreadSourceStep(source: UnreadSource): string {
  const code = source.code === null ? '' : ` (${source.code})`;
  return `The audit could not read ${SOURCE_NAMES[source.source]}${code}: ${SOURCE_ACCESS[source.source]}.`;
}

/** "no successful token login in the last 30 days", or among the most recent of a cut list. */
function noRecentSuccess(data: { readonly loginsRead: number; readonly complete: boolean }): string {
  if (data.complete) return 'no successful token login in the last 30 days';
  return (
    `no successful token login among the ${data.loginsRead} most recent of the last 30 days (older ones were not ` +
    `read)`
  );
}

/** A successful token login, with the token it used when the Login Audit Trail named one. */
type Success = { readonly token: string | null; readonly at: string | null };

function successSentence(data: Success): string {
  const token = data.token === null ? '' : ` with token ${data.token}`;
  return `A token login${token} succeeded on ${momentLabel(data.at)}.`;
}

/** In a sandbox or Release Preview: what a refresh copies, so a missing record is not blamed on it. */
function refreshNote(data: { readonly environment: 'sandbox' | 'release-preview' }): string {
  const account = data.environment === 'sandbox' ? 'a sandbox' : 'a Release Preview account';
  return (
    `This is ${account}: a refresh copies the integration record's settings from production but not its access ` +
    `tokens, so after each refresh Act-On needs a new token here. A record missing here was missing in production ` +
    `at the last refresh, or was deleted here since.`
  );
}

/** Where the record list was searched, worded for 0, 1 or many records, and for a list cut at its bound. */
function recordListLacksName(data: {
  readonly name: string;
  readonly recordsRead: number;
  readonly complete: boolean;
}) {
  const { name, recordsRead } = data;
  if (!data.complete) {
    return (
      `Manage Integrations holds more than ${recordsRead} integration records; none of the ${recordsRead} read ` +
      `(lowest internal ids first) is named ${name} (ignoring case and spaces).`
    );
  }
  if (recordsRead === 0) return 'Manage Integrations lists no integration records at all.';
  if (recordsRead === 1)
    return `The only integration record in Manage Integrations is not named ${name} (ignoring case and spaces).`;
  return `None of the ${recordsRead} integration records in Manage Integrations is named ${name} (ignoring case and spaces).`;
}

/** Other products' TBA integrations, the first ten named with their token counts. */
type OtherIntegrations = {
  readonly applications: readonly { readonly name: string; readonly tokens: number }[];
  readonly more: number;
};

function otherTbaIntegrations(data: OtherIntegrations): string {
  const names = data.applications.map(
    (application) => `${application.name} (${countLabel(application.tokens, 'token')})`,
  );
  return (
    `Integrations that already use Token-Based Authentication in this account: ${names.join(', ')}` +
    `${data.more > 0 ? `, and ${data.more} more` : ''}. They belong to other products: their keys and tokens are ` +
    `not Act-On's to use.`
  );
}

export const INTEGRATION_RECORD = defineCheck({
  id: 'integration.record',
  section: 'integration',
  severity: 'blocker',
  title: 'The Act-On integration record exists',
  failureTitle: 'There is no Act-On integration record',
  checks: 'An integration record whose name matches the requested one (default ActOnTBA), ignoring case and spaces.',
  why: 'The integration record issues the Consumer Key and Secret that Act-On signs every request with.',
  dependsOn: ['feature.token-based-authentication'],
  fixes: {
    default: {
      title: 'Set up the Act-On integration record',
      navigation: `${MANAGE_INTEGRATIONS} > New`,
      // Worded without data too (the catalogue's steps): a rule gives the name, near names and release.
      steps: (data: Partial<NearNames & { readonly closingRelease: string | null }>) => {
        const nearNames = data.nearNames ?? [];
        const name = data.name ?? 'ActOnTBA (or the name you gave this audit)';
        return [
          ...renameSteps({ name, nearNames }),
          ...(nearNames.length > 0 ? ['Otherwise create the record:'] : []),
          ...createBeforeSteps(data.closingRelease ?? null),
          ...creationSteps(name),
        ];
      },
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
    askActOn: {
      title: 'Ask Act-On support for its supported connection',
      navigation: MANAGE_INTEGRATIONS,
      steps: (data: NearNames & { readonly version: string }) => [...renameSteps(data), ...askActOnSteps(data.version)],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'acton-support',
    },
    lookForRecord: {
      title: (data: NearNames) => `Look for the integration record ${data.name} in Manage Integrations`,
      navigation: MANAGE_INTEGRATIONS,
      steps: (data: NearNames & { readonly closingRelease: string | null; readonly closedOn: string | null }) => [
        ...renameSteps(data),
        `Go to Setup > Integration > Manage Integrations and look for a record named ${data.name} (ignoring case and ` +
          `spaces); if it is named differently, run this audit again with its exact name.`,
        ...(data.closedOn === null
          ? ['If there is none, create it:', ...createBeforeSteps(data.closingRelease), ...creationSteps(data.name)]
          : ['If there is none:', ...askActOnSteps(data.closedOn)]),
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
    findOut: {
      title: (data: { readonly unread: readonly UnreadSource[] }) =>
        `Find out whether the integration record exists: ${joinedWithAnd(
          data.unread.map((source) => SOURCE_NAMES[source.source].replace(/ \(.*\)$/, '')),
        )} could not be read`,
      navigation: MANAGE_INTEGRATIONS,
      steps: (data: Named & { readonly unread: readonly UnreadSource[] }) => [
        ...data.unread.map(unreadSourceStep),
        `Go to Setup > Integration > Manage Integrations and look for a record named ${data.name} (ignoring case and ` +
          'spaces).',
        'Run this audit again with a role that can read these, or with the exact name found: it then says what to do.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'consultant',
    },
  },
  messages: {
    listed: (data: { readonly name: string; readonly id: number }) =>
      `Manage Integrations lists the integration ${data.name} (id ${data.id}).`,
    tokens: (data: { readonly application: string; readonly count: number; readonly complete: boolean }) =>
      `The application ${data.application} has ${boundedCountLabel(data.count, data.complete, 'access token')}.`,
    application: (data: { readonly application: string; readonly id: number; readonly tokens: number }) =>
      `The application ${data.application} (id ${data.id}) has ${countLabel(data.tokens, 'access token')}.`,
    logins: (data: { readonly application: string; readonly count: number; readonly complete: boolean }) =>
      `The Login Audit Trail shows ${boundedCountLabel(data.count, data.complete, 'token login')} for ` +
      `${data.application} in the last 30 days.`,
    keepBeforeClosing: (data: { readonly closingRelease: string }) =>
      `Keep this record: do not delete it or reset it. From NetSuite ${data.closingRelease} no new integration can ` +
      `use Token-Based Authentication, so it could not be made again.`,
    keepOnClosed: (data: { readonly version: string }) =>
      `Keep this record: do not delete it or reset it. On NetSuite ${data.version} a new integration can no longer ` +
      `use Token-Based Authentication, so it could not be made again.`,
    recordListLacksName,
    noToken: (data: Named) => `No access token uses an application named ${data.name}.`,
    noLogin: (data: Named) => `No token login for ${data.name} appears in the Login Audit Trail of the last 30 days.`,
    nearNames: (data: { readonly names: readonly string[] }) => `Did you mean ${quotedAlternatives(data.names)}?`,
    refreshNote,
    tbaClosed: (data: { readonly version: string; readonly closingRelease: string }) =>
      `This account runs NetSuite ${data.version}: since ${data.closingRelease} a new integration record cannot use ` +
      `Token-Based Authentication, which Act-On's connector signs its SOAP requests with, and OAuth 2.0 does not ` +
      `serve SOAP web services.`,
    otherTbaIntegrations,
    absent: (data: NearNames) =>
      `There is no integration record named ${data.name}` +
      `${data.nearNames.length > 0 ? ` (did you mean ${quotedAlternatives(data.nearNames)}?)` : ''}`,
    unestablished: (data: Named) =>
      `Whether there is an integration record named ${data.name} could not be established`,
  },
});

/** The record the state was read from. */
type StateRecord = { readonly name: string; readonly id: number };

export const INTEGRATION_STATE = defineCheck({
  id: 'integration.state',
  section: 'integration',
  severity: 'blocker',
  title: 'The integration is Enabled',
  failureTitle: 'The integration is not Enabled',
  checks: "The integration record's State (Enabled or Blocked).",
  why:
    'A Blocked integration refuses every login with its Consumer Key (Login Audit Trail detail ' +
    '"consumer_key_refused").',
  dependsOn: ['integration.record'],
  fixes: {
    default: {
      title: "Set the integration record's State to Enabled",
      navigation: `${THE_INTEGRATION} > Edit`,
      steps: [
        'Go to Setup > Integration > Manage Integrations and open the integration.',
        'Click Edit, set State to Enabled and click Save.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
    lookAtState: {
      title: (data: Named) => `Confirm by hand that the integration ${data.name} is Enabled`,
      navigation: THE_INTEGRATION,
      steps: (data: Named) => [
        `Go to Setup > Integration > Manage Integrations, open ${data.name} and look at its State.`,
        'If it is Blocked, click Edit, set State to Enabled and click Save.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
    followsRecord: followsRecordFix("The integration's State can only be read or set"),
  },
  messages: {
    enabled: (data: StateRecord) => `The integration ${data.name} (id ${data.id}) is Enabled.`,
    blocked: (data: StateRecord) =>
      `The integration ${data.name} (id ${data.id}) is Blocked: NetSuite refuses its Consumer Key ` +
      `("consumer_key_refused").`,
    blockedSummary: (data: Named) => `The integration ${data.name} is Blocked`,
    noState: (data: StateRecord) => `NetSuite gave no state for the integration ${data.name} (id ${data.id}).`,
    unrecognisedState: (data: StateRecord & { readonly shown: string; readonly stored: string | null }) =>
      `The integration ${data.name} (id ${data.id}) has the state "${data.shown}"` +
      `${data.stored === null ? '' : ` (stored as "${data.stored}")`}, which this audit does not recognise.`,
    beyondRecordsRead: (data: { readonly recordsRead: number }) =>
      `The integration record is not among the ${data.recordsRead} integration records read (the account holds ` +
      `more), so its state was not read.`,
    refusedAsBlocked: (data: { readonly at: string | null }) =>
      `The latest token login, on ${momentLabel(data.at)}, was refused with "consumer_key_refused": the integration ` +
      `is Blocked.`,
    refusedSummary: (data: Named) => `The integration ${data.name} is Blocked: its latest token login was refused`,
    provenByLogin: (data: Success) =>
      `${successSentence(data)} NetSuite accepts logins only for an Enabled integration.`,
    notProven: (data: { readonly loginsRead: number; readonly complete: boolean }) =>
      `${capitalised(noRecentSuccess(data))} proves the integration is Enabled.`,
    recordMissing: (data: Named) => `There is no integration record named ${data.name}, so nothing can be Enabled.`,
    noRecordToEnable: (data: Named) => `There is no integration record named ${data.name} to enable`,
    recordNotEstablished: (data: Named) =>
      `Whether the integration record ${data.name} exists could not be established (see the integration record ` +
      `check), so its state is not known either.`,
  },
});

export const INTEGRATION_AUTHENTICATION = defineCheck({
  id: 'integration.authentication',
  section: 'integration',
  severity: 'blocker',
  title: 'The integration allows Token-Based Authentication',
  failureTitle: 'The integration is not proven to allow Token-Based Authentication',
  checks:
    "The integration's Token-Based Authentication and User Credentials boxes (not readable by scripts; proven " +
    'by a successful token login).',
  why: 'Without the Token-Based Authentication box the Consumer Key cannot be used with access tokens at all.',
  dependsOn: ['integration.record', 'feature.token-based-authentication'],
  fixes: {
    default: {
      title: 'Check Token-Based Authentication on the integration record',
      navigation: `${THE_INTEGRATION} > Edit > Authentication`,
      steps: [
        'Go to Setup > Integration > Manage Integrations and open the integration.',
        'Click Edit; on the Authentication subtab check Token-Based Authentication and User Credentials.',
        'Click Save. This cannot be read by a script: it is proven once Act-On (or any client) logs in with a token.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
    confirmBoxes: {
      title: (data: Named) => `Confirm by hand that the integration ${data.name} allows Token-Based Authentication`,
      navigation: `${THE_INTEGRATION} > Authentication`,
      steps: (data: Named) => [
        `Go to Setup > Integration > Manage Integrations, open ${data.name} and look at its Authentication subtab.`,
        'If Token-Based Authentication or User Credentials is not checked, click Edit, check both and click Save.',
        'Once Act-On logs in with a token, this audit proves it by itself.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
    followsRecord: followsRecordFix("The integration's authentication can only be looked at"),
  },
  messages: {
    provenByLogin: (data: Success) =>
      `${successSentence(data)} That proves the integration accepts Token-Based Authentication.`,
    boxesUnproven: (data: { readonly loginsRead: number; readonly complete: boolean }) =>
      "Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and " +
      `${noRecentSuccess(data)} proves them.`,
    boxesUnread: () =>
      "Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and without " +
      'the Login Audit Trail no successful token login proves them.',
    failedLogins: (data: { readonly count: number; readonly complete: boolean }) =>
      `Failed token logins (${boundedCount(data.count, data.complete)} in the last 30 days) do not ` +
      `show whether the boxes are checked.`,
    recordMissing: (data: Named) => `There is no integration record named ${data.name} to allow it.`,
    noRecordToAllow: (data: Named) =>
      `There is no integration record named ${data.name} to allow Token-Based Authentication`,
    recordNotEstablished: (data: Named) =>
      `Whether the integration record ${data.name} exists could not be established (see the integration record ` +
      `check), so whether it allows Token-Based Authentication is not known either.`,
  },
});

export const INTEGRATION_CHECKS = [INTEGRATION_RECORD, INTEGRATION_STATE, INTEGRATION_AUTHENTICATION] as const;
