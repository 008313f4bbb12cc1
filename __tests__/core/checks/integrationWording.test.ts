import { checkDefinition } from '../../../src/core/catalogue';
import type { FindingData } from '../../../src/core/checks/define';
import { sentence, wordedFix } from '../../../src/core/checks/wording';

const record = checkDefinition('integration.record');
const state = checkDefinition('integration.state');
const authentication = checkDefinition('integration.authentication');

const say = (check: typeof record, id: string, data: FindingData = {}) => sentence(check, { id, data });
const fix = (check: typeof record, id: string, data: FindingData = {}) =>
  wordedFix(check, { id, data, records: [{ kind: 'integration', id: 15, name: 'Act-On Integration' }] });

const CREATION_STEPS = [
  'Go to Setup > Integration > Manage Integrations and click New.',
  'Name it ActOnTBA and set State to Enabled.',
  'Under Authentication, check Token-Based Authentication and User Credentials; leave TBA: Authorization Flow and ' +
    'OAuth 2.0 unchecked.',
  'Click Save and copy the Consumer Key and Consumer Secret at once: NetSuite shows them only this one time.',
];
const CREATE_NOW =
  'Create it now, before this account is upgraded to NetSuite 2027.1: from that release no new integration can ' +
  "use Token-Based Authentication, and Act-On's connector needs it.";
const RENAME =
  'If Act-On\'s integration is "Act-On Integration", run this audit again with that name as the integration name ' +
  '(request parameter "integration"), or rename the record to ActOnTBA at Setup > Integration > Manage ' +
  'Integrations.';
const ASK_ACT_ON = [
  'Do not create a new integration for Act-On with Token-Based Authentication: NetSuite 2027.1 does not allow it.',
  'Ask Act-On support which connection Act-On supports for NetSuite accounts on 2027.1, and follow their steps.',
  "Do not give Act-On another product's Consumer Key and Secret: tokens and logins would count as that product's, " +
    'and resetting its keys would break it.',
];
const LOOK =
  'Go to Setup > Integration > Manage Integrations and look for a record named ActOnTBA (ignoring case and ' +
  'spaces); if it is named differently, run this audit again with its exact name.';

describe('the integration record check, in words', () => {
  it('names each source that proves the record, counting a cut list as a lower bound', () => {
    expect(say(record, 'listed', { name: 'ActOnTBA', id: 12 })).toBe(
      'Manage Integrations lists the integration ActOnTBA (id 12).',
    );
    expect(say(record, 'tokens', { application: 'ActOnTBA', count: 100, complete: false })).toBe(
      'The application ActOnTBA has at least 100 access tokens.',
    );
    expect(say(record, 'application', { application: 'ActOnTBA', id: 12, tokens: 2 })).toBe(
      'The application ActOnTBA (id 12) has 2 access tokens.',
    );
    expect(say(record, 'logins', { application: 'ActOnTBA', count: 1, complete: true })).toBe(
      'The Login Audit Trail shows 1 token login for ActOnTBA in the last 30 days.',
    );
  });

  it('asks to keep a record that could not be made again, before and on the release that forbids it', () => {
    expect(say(record, 'keepBeforeClosing', { closingRelease: '2027.1' })).toBe(
      'Keep this record: do not delete it or reset it. From NetSuite 2027.1 no new integration can use ' +
        'Token-Based Authentication, so it could not be made again.',
    );
    expect(say(record, 'keepOnClosed', { version: '2027.2' })).toBe(
      'Keep this record: do not delete it or reset it. On NetSuite 2027.2 a new integration can no longer use ' +
        'Token-Based Authentication, so it could not be made again.',
    );
  });

  it('says where the name was looked for, for an empty, a one-record, a longer and a cut list', () => {
    const lacking = (recordsRead: number, complete: boolean) =>
      say(record, 'recordListLacksName', { name: 'ActOnTBA', recordsRead, complete });

    expect(lacking(0, true)).toBe('Manage Integrations lists no integration records at all.');
    expect(lacking(1, true)).toBe(
      'The only integration record in Manage Integrations is not named ActOnTBA (ignoring case and spaces).',
    );
    expect(lacking(2, true)).toBe(
      'None of the 2 integration records in Manage Integrations is named ActOnTBA (ignoring case and spaces).',
    );
    expect(lacking(50, false)).toBe(
      'Manage Integrations holds more than 50 integration records; none of the 50 read (lowest internal ids ' +
        'first) is named ActOnTBA (ignoring case and spaces).',
    );
    expect(say(record, 'noToken', { name: 'ActOnTBA' })).toBe('No access token uses an application named ActOnTBA.');
    expect(say(record, 'noLogin', { name: 'ActOnTBA' })).toBe(
      'No token login for ActOnTBA appears in the Login Audit Trail of the last 30 days.',
    );
  });

  it('asks about near names', () => {
    expect(say(record, 'nearNames', { names: ['Act-On Integration', 'ActOn TBA Prod'] })).toBe(
      'Did you mean "Act-On Integration" or "ActOn TBA Prod"?',
    );
  });

  it('says what a refresh copies in a sandbox and in a Release Preview account', () => {
    expect(say(record, 'refreshNote', { environment: 'sandbox' })).toBe(
      "This is a sandbox: a refresh copies the integration record's settings from production but not its access " +
        'tokens, so after each refresh Act-On needs a new token here. A record missing here was missing in ' +
        'production at the last refresh, or was deleted here since.',
    );
    expect(say(record, 'refreshNote', { environment: 'release-preview' })).toMatch(
      /^This is a Release Preview account: a refresh copies/,
    );
  });

  it('says why no new TBA record can be made, and names other products with a remainder', () => {
    expect(say(record, 'tbaClosed', { version: '2027.1', closingRelease: '2027.1' })).toBe(
      'This account runs NetSuite 2027.1: since 2027.1 a new integration record cannot use Token-Based ' +
        "Authentication, which Act-On's connector signs its SOAP requests with, and OAuth 2.0 does not serve SOAP " +
        'web services.',
    );
    expect(
      say(record, 'otherTbaIntegrations', {
        applications: [
          { name: 'SuiteCloud Development Integration', tokens: 1 },
          { name: 'Celigo integrator.io', tokens: 3 },
        ],
        more: 2,
      }),
    ).toBe(
      'Integrations that already use Token-Based Authentication in this account: SuiteCloud Development ' +
        'Integration (1 token), Celigo integrator.io (3 tokens), and 2 more. They belong to other products: their ' +
        "keys and tokens are not Act-On's to use.",
    );
  });

  it('sums a missing record up as a failure naming it, and one that could not be established', () => {
    expect(say(record, 'absent', { name: 'ActOnTBA', nearNames: [] })).toBe(
      'There is no integration record named ActOnTBA',
    );
    expect(say(record, 'absent', { name: 'ActOnTBA', nearNames: ['Act-On Integration'] })).toBe(
      'There is no integration record named ActOnTBA (did you mean "Act-On Integration"?)',
    );
    expect(say(record, 'unestablished', { name: 'ActOnTBA' })).toBe(
      'Whether there is an integration record named ActOnTBA could not be established',
    );
  });
});

describe("the integration record check's fixes", () => {
  it('creates the record before 2027.1, offering a near name first and linking to its record', () => {
    expect(
      fix(record, 'default', { name: 'ActOnTBA', nearNames: ['Act-On Integration'], closingRelease: '2027.1' }),
    ).toEqual({
      id: 'default',
      title: 'Set up the Act-On integration record',
      owner: 'netsuite-admin',
      navigation: 'Setup > Integration > Manage Integrations > New',
      steps: [RENAME, 'Otherwise create the record:', CREATE_NOW, ...CREATION_STEPS],
      links: [
        { label: 'Integration Act-On Integration', href: '/app/common/integration/integrapp.nl?id=15' },
        { label: 'Manage Integrations', href: '/app/common/integration/integrapplist.nl' },
      ],
    });
  });

  it('words the creation fix without data as the catalogue shows it', () => {
    expect(wordedFix(record, { id: 'default', data: {}, records: [] }).steps[1]).toBe(
      'Name it ActOnTBA (or the name you gave this audit) and set State to Enabled.',
    );
  });

  it('on a release that refuses a new TBA record, asks Act-On support, where to look is no "New"', () => {
    expect(fix(record, 'askActOn', { name: 'ActOnTBA', nearNames: [], version: '2027.1' })).toMatchObject({
      title: 'Ask Act-On support for its supported connection',
      owner: 'acton-support',
      navigation: 'Setup > Integration > Manage Integrations',
      steps: ASK_ACT_ON,
    });
  });

  it('asks to look for the record, else to create it, or else to ask Act-On on a closed release', () => {
    const look = fix(record, 'lookForRecord', {
      name: 'ActOnTBA',
      nearNames: [],
      closingRelease: '2027.1',
      closedOn: null,
    });
    const closed = fix(record, 'lookForRecord', {
      name: 'ActOnTBA',
      nearNames: [],
      closingRelease: null,
      closedOn: '2027.1',
    });

    expect(look).toMatchObject({
      title: 'Look for the integration record ActOnTBA in Manage Integrations',
      navigation: 'Setup > Integration > Manage Integrations',
      steps: [LOOK, 'If there is none, create it:', CREATE_NOW, ...CREATION_STEPS],
    });
    expect(closed.steps).toEqual([LOOK, 'If there is none:', ...ASK_ACT_ON]);
  });

  it('finds out what could not be read, naming each table, its code and the permission that opens it', () => {
    const findOut = fix(record, 'findOut', {
      name: 'ActOnTBA',
      unread: [
        { source: 'integration', code: 'INVALID_SEARCH_TYPE' },
        { source: 'tokens', code: null },
        { source: 'logins', code: null },
      ],
    });

    expect(findOut).toMatchObject({
      title:
        'Find out whether the integration record exists: the integration table, the access tokens and the Login ' +
        'Audit Trail could not be read',
      owner: 'consultant',
      navigation: 'Setup > Integration > Manage Integrations',
      steps: [
        'The audit could not read the integration table (INVALID_SEARCH_TYPE): NetSuite does not open it to every ' +
          'role, and no permission is known that opens it.',
        'The audit could not read the access tokens (oauthtoken table): reading them needs the Access Token ' +
          'Management permission (the Administrator role has it).',
        'The audit could not read the Login Audit Trail (loginaudit table): reading it needs the View Login Audit ' +
          'Trail permission (the Administrator role has it).',
        'Go to Setup > Integration > Manage Integrations and look for a record named ActOnTBA (ignoring case and ' +
          'spaces).',
        'Run this audit again with a role that can read these, or with the exact name found: it then says what to ' +
          'do.',
      ],
    });
  });
});

describe('the integration state check, in words', () => {
  const twelve = { name: 'ActOnTBA', id: 12 };

  it('names the record and its state, quoting a state it does not know in both forms', () => {
    expect(say(state, 'enabled', twelve)).toBe('The integration ActOnTBA (id 12) is Enabled.');
    expect(say(state, 'blocked', twelve)).toBe(
      'The integration ActOnTBA (id 12) is Blocked: NetSuite refuses its Consumer Key ("consumer_key_refused").',
    );
    expect(say(state, 'noState', twelve)).toBe('NetSuite gave no state for the integration ActOnTBA (id 12).');
    expect(say(state, 'unrecognisedState', { ...twelve, shown: 'Pending Review', stored: '7' })).toBe(
      'The integration ActOnTBA (id 12) has the state "Pending Review" (stored as "7"), which this audit does not ' +
        'recognise.',
    );
    expect(say(state, 'unrecognisedState', { ...twelve, shown: 'Pending', stored: null })).toBe(
      'The integration ActOnTBA (id 12) has the state "Pending", which this audit does not recognise.',
    );
    expect(say(state, 'beyondRecordsRead', { recordsRead: 50 })).toBe(
      'The integration record is not among the 50 integration records read (the account holds more), so its ' +
        'state was not read.',
    );
  });

  it('reads the state from the Login Audit Trail: a refusal, a success, or neither', () => {
    expect(say(state, 'refusedAsBlocked', { at: '2026-11-26T09:00:00Z' })).toBe(
      'The latest token login, on 26 Nov 2026, 09:00 UTC, was refused with "consumer_key_refused": the ' +
        'integration is Blocked.',
    );
    expect(say(state, 'provenByLogin', { token: 'ActOnTBA Ada Admin Administrator', at: '2026-11-24T09:00:00Z' })).toBe(
      'A token login with token ActOnTBA Ada Admin Administrator succeeded on 24 Nov 2026, 09:00 UTC. NetSuite ' +
        'accepts logins only for an Enabled integration.',
    );
    expect(say(state, 'notProven', { loginsRead: 0, complete: true })).toBe(
      'No successful token login in the last 30 days proves the integration is Enabled.',
    );
  });

  it('says what a missing or unestablished record makes of the state, and sums up as failures naming it', () => {
    expect(say(state, 'recordMissing', { name: 'ActOnTBA' })).toBe(
      'There is no integration record named ActOnTBA, so nothing can be Enabled.',
    );
    expect(say(state, 'recordNotEstablished', { name: 'ActOnTBA' })).toBe(
      'Whether the integration record ActOnTBA exists could not be established (see the integration record ' +
        'check), so its state is not known either.',
    );
    expect(say(state, 'noRecordToEnable', { name: 'ActOnTBA' })).toBe(
      'There is no integration record named ActOnTBA to enable',
    );
    expect(say(state, 'blockedSummary', { name: 'ActOnTBA' })).toBe('The integration ActOnTBA is Blocked');
    expect(say(state, 'refusedSummary', { name: 'ActOnTBA' })).toBe(
      'The integration ActOnTBA is Blocked: its latest token login was refused',
    );
  });

  it('confirms the state by hand where it is looked at, and otherwise follows the record check', () => {
    expect(fix(state, 'lookAtState', { name: 'ActOnTBA' })).toMatchObject({
      title: 'Confirm by hand that the integration ActOnTBA is Enabled',
      navigation: 'Setup > Integration > Manage Integrations > (the integration)',
      steps: [
        'Go to Setup > Integration > Manage Integrations, open ActOnTBA and look at its State.',
        'If it is Blocked, click Edit, set State to Enabled and click Save.',
      ],
    });
    expect(fix(state, 'followsRecord').steps.join(' ')).not.toMatch(/New|create/);
  });
});

describe('the integration authentication check, in words', () => {
  it('proves the boxes by a successful login, naming its token when there is one', () => {
    expect(say(authentication, 'provenByLogin', { token: null, at: '2026-11-24T09:00:00Z' })).toBe(
      'A token login succeeded on 24 Nov 2026, 09:00 UTC. That proves the integration accepts Token-Based ' +
        'Authentication.',
    );
  });

  it('says no login proves the boxes, for a whole and a cut Login Audit Trail, and one not read', () => {
    expect(say(authentication, 'boxesUnproven', { loginsRead: 3, complete: true })).toBe(
      "Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and no " +
        'successful token login in the last 30 days proves them.',
    );
    expect(say(authentication, 'boxesUnproven', { loginsRead: 200, complete: false })).toBe(
      "Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and no " +
        'successful token login among the 200 most recent of the last 30 days (older ones were not read) proves ' +
        'them.',
    );
    expect(say(authentication, 'boxesUnread')).toBe(
      "Scripts cannot read the integration's Token-Based Authentication and User Credentials boxes, and without " +
        'the Login Audit Trail no successful token login proves them.',
    );
    expect(say(authentication, 'failedLogins', { count: 200, complete: false })).toBe(
      'Failed token logins (at least 200 in the last 30 days) do not show whether the boxes are checked.',
    );
  });

  it('says what a missing or unestablished record makes of the boxes', () => {
    expect(say(authentication, 'recordMissing', { name: 'ActOnTBA' })).toBe(
      'There is no integration record named ActOnTBA to allow it.',
    );
    expect(say(authentication, 'noRecordToAllow', { name: 'ActOnTBA' })).toBe(
      'There is no integration record named ActOnTBA to allow Token-Based Authentication',
    );
    expect(say(authentication, 'recordNotEstablished', { name: 'ActOnTBA' })).toBe(
      'Whether the integration record ActOnTBA exists could not be established (see the integration record ' +
        'check), so whether it allows Token-Based Authentication is not known either.',
    );
  });

  it('confirms the boxes by hand where they are looked at, and otherwise follows the record check', () => {
    expect(fix(authentication, 'confirmBoxes', { name: 'ActOnTBA' })).toMatchObject({
      title: 'Confirm by hand that the integration ActOnTBA allows Token-Based Authentication',
      navigation: 'Setup > Integration > Manage Integrations > (the integration) > Authentication',
      steps: [
        'Go to Setup > Integration > Manage Integrations, open ActOnTBA and look at its Authentication subtab.',
        'If Token-Based Authentication or User Credentials is not checked, click Edit, check both and click Save.',
        'Once Act-On logs in with a token, this audit proves it by itself.',
      ],
    });
    expect(fix(authentication, 'followsRecord').steps.join(' ')).not.toMatch(/New|create/);
  });
});
