/**
 * The credentials section in words: each message of its checks worded once from sample data, and
 * the fixes whose words depend on what the rule found.
 */
import { checkDefinition, type CheckId } from '../../../src/core/catalogue';
import { CREDENTIAL_CHECKS } from '../../../src/core/checks/credentials';
import { sentence, wordedFix } from '../../../src/core/checks/wording';

const ROLE = { id: 1001, name: 'Act-On Integration' };
const UNNAMED_ROLE = { id: 1002, name: null };
const SYNC = { id: 21, name: 'Act-On Sync' };
const TOKEN = { id: 8, name: 'ActOnTBA Act-On Sync' };
const UNREAD = { reason: 'Permission Violation', code: 'INSUFFICIENT_PERMISSION' };
const OWNER = { integration: 'ActOnTBA', user: SYNC, role: ROLE };
const MISSING = [
  { permission: 'Contact Roles', subtab: 'Lists', held: 'None', needed: 'View' },
  { permission: 'Custom Fields', subtab: 'Setup', held: 'Create', needed: 'Edit' },
];

/** [check, message, data, sentence]: one case per message of the credentials section. */
const CASES: readonly (readonly [CheckId, string, Record<string, unknown>, string])[] = [
  [
    'token.active',
    'active',
    { token: TOKEN, user: SYNC, role: ROLE, createdAt: '2026-10-01T10:00:00Z' },
    'Token ActOnTBA Act-On Sync (id 8), of user Act-On Sync (id 21) with role Act-On Integration (id 1001), is active; it was created on 1 Oct 2026, 10:00 UTC.',
  ],
  [
    'token.active',
    'usableTokensUnexamined',
    { read: 100 },
    'The integration has more access tokens than the 100 read, all of them usable; the others were not examined.',
  ],
  [
    'token.active',
    'firstConnection',
    { role: ROLE },
    "Act-On's set-up guide says the connector's first authentication needs an administrator role: if Act-On will not connect with the token of role Act-On Integration (id 1001) at first, connect once with an Administrator's token, then switch to this one.",
  ],
  [
    'token.active',
    'noUsableToken',
    { ...OWNER, user: null },
    'There is no usable access token for ActOnTBA, user (unknown) and role Act-On Integration (id 1001).',
  ],
  [
    'token.active',
    'noneForCandidate',
    { read: 100, complete: false },
    'None of the 100 tokens read is for this user and role, and these can no longer be used:',
  ],
  [
    'token.active',
    'unusableToken',
    { token: TOKEN, user: SYNC, role: ROLE, revoked: true },
    'Token ActOnTBA Act-On Sync (id 8), of user Act-On Sync (id 21) with role Act-On Integration (id 1001), was revoked.',
  ],
  [
    'token.active',
    'activeForOthers',
    { token: TOKEN, user: SYNC, role: UNNAMED_ROLE },
    'Token ActOnTBA Act-On Sync (id 8) is active but belongs to user Act-On Sync (id 21) with role with internal id 1002.',
  ],
  ['token.active', 'moreNotListed', { count: 2 }, '2 more are not listed.'],
  [
    'token.active',
    'othersUnusable',
    { read: 100 },
    'The integration has more access tokens than the 100 read; usable tokens are read first, so none of the others can be used.',
  ],
  [
    'token.active',
    'webServicesOnlyRole',
    { role: ROLE },
    'Role Act-On Integration (id 1001) is a Web Services Only role: its user cannot log in to the NetSuite UI, so an administrator creates the token.',
  ],
  [
    'token.active',
    'administratorForAdministrator',
    { user: SYNC },
    'NetSuite does not let an administrator create a token for another administrator: Act-On Sync (id 21) must create it.',
  ],
  [
    'token.active',
    'tokensNeedPermission',
    {},
    'Reading them needs the Access Token Management permission (the Administrator role has it).',
  ],
  [
    'token.active',
    'noneReadForCandidate',
    { ...OWNER, read: 100 },
    'None of the 100 access tokens read for ActOnTBA is for user Act-On Sync (id 21) and role Act-On Integration (id 1001).',
  ],
  [
    'token.active',
    'usableMayBeUnread',
    { read: 100 },
    'The integration has more access tokens than the 100 read and all of those are usable (usable tokens are read first), so a usable one for this user and role may be among the rest.',
  ],
  [
    'token.active',
    'unseenTokens',
    { integration: 'ActOnTBA', at: '2026-11-24T09:00:00Z' },
    'No access token of ActOnTBA was read, yet a token login for it succeeded on 24 Nov 2026, 09:00 UTC.',
  ],
  [
    'token.active',
    'unseenTokensNote',
    {},
    'NetSuite accepted a token that this audit cannot see, so the token list it read is not what NetSuite sees: please send this report (JSON) to the bundle maintainers.',
  ],
  [
    'token.active',
    'noRecordOnClosedRelease',
    { integration: 'ActOnTBA', version: '2027.1' },
    'No access token can exist for ActOnTBA: there is no such integration record, and on NetSuite 2027.1 a new one cannot use Token-Based Authentication.',
  ],
  [
    'token.active',
    'noRecordSummary',
    { integration: 'ActOnTBA' },
    'No access token can exist for ActOnTBA: there is no such integration record',
  ],
  [
    'token.active',
    'tokenUnusableSummary',
    { name: TOKEN.name, revoked: false },
    'The access token ActOnTBA Act-On Sync is marked Inactive',
  ],
  [
    'token.active',
    'noActiveTokenSummary',
    OWNER,
    'There is no active access token of ActOnTBA for Act-On Sync with role Act-On Integration',
  ],
  ['role.token-login', 'roleNotFound', { roleId: 1001 }, 'No role with internal id 1001 was found.'],
  [
    'role.token-login',
    'rolesUnreadable',
    UNREAD,
    'The roles could not be read: Permission Violation (INSUFFICIENT_PERMISSION).',
  ],
  [
    'role.token-login',
    'permissionsUnreadable',
    { ...UNREAD, role: ROLE },
    'The permissions of role Act-On Integration (id 1001) could not be read: Permission Violation (INSUFFICIENT_PERMISSION).',
  ],
  [
    'role.token-login',
    'sessionUnreadable',
    UNREAD,
    "Your own session's permissions could not be read: Permission Violation (INSUFFICIENT_PERMISSION).",
  ],
  ['role.token-login', 'sessionLevels', {}, 'The levels shown are those of your own session, which uses this role.'],
  ['role.token-login', 'administratorHasAll', {}, 'Administrator has every permission.'],
  [
    'role.token-login',
    'provenByLogin',
    { role: ROLE, at: '2026-11-24T09:00:00Z' },
    'A token login with role Act-On Integration (id 1001) succeeded on 24 Nov 2026, 09:00 UTC: NetSuite accepts token logins only for roles allowed to log in with access tokens.',
  ],
  [
    'role.token-login',
    'granted',
    { role: ROLE, permission: 'Log in using Access Tokens' },
    'Role Act-On Integration (id 1001) has Log in using Access Tokens at Full.',
  ],
  [
    'role.token-login',
    'levels',
    {
      role: ROLE,
      held: [
        { permission: 'User Access Tokens', level: 'None' },
        { permission: 'Log in using Access Tokens', level: 'View' },
      ],
    },
    'Role Act-On Integration (id 1001) has User Access Tokens at None and Log in using Access Tokens at View.',
  ],
  [
    'role.token-login',
    'managementOnly',
    { permission: 'Access Token Management', level: 'Full' },
    "It has Access Token Management at Full, which manages other users' tokens but does not let the role log in with a token.",
  ],
  [
    'role.token-login',
    'neitherSummary',
    { role: ROLE, permissions: ['User Access Tokens', 'Log in using Access Tokens'] },
    'The role Act-On Integration has neither User Access Tokens nor Log in using Access Tokens at Full',
  ],
  [
    'role.soap-web-services',
    'level',
    { role: ROLE, permission: 'SOAP Web Services', level: 'Edit' },
    'Role Act-On Integration (id 1001) has SOAP Web Services at Edit; Act-On needs Full.',
  ],
  [
    'role.soap-web-services',
    'notFullSummary',
    { role: ROLE, permission: 'SOAP Web Services', level: 'Edit' },
    'The role Act-On Integration has SOAP Web Services at Edit, not Full',
  ],
  ['role.acton-permissions', 'administratorHasMinimum', {}, "Administrator has every permission of Act-On's minimum."],
  [
    'role.acton-permissions',
    'hasMinimum',
    { role: ROLE, count: 9 },
    "Role Act-On Integration (id 1001) has all 9 permissions of Act-On's minimum.",
  ],
  [
    'role.acton-permissions',
    'lacks',
    { role: ROLE, missing: MISSING },
    "Role Act-On Integration (id 1001) lacks 2 permissions of Act-On's minimum: Contact Roles (Lists): None, needs View; Custom Fields (Setup): Create, needs Edit.",
  ],
  [
    'role.acton-permissions',
    'entryForms',
    {},
    "The role's Contact and Customer/Lead/Prospect entry forms cannot be read by a script: check them on the role's Forms subtab.",
  ],
  [
    'role.acton-permissions',
    'lacksSummary',
    { role: ROLE, missing: MISSING.slice(0, 1) },
    "The role Act-On Integration lacks 1 permission of Act-On's minimum: Contact Roles",
  ],
  [
    'role.active',
    'administratorAlwaysActive',
    {},
    'Administrator is a standard NetSuite role; only customized roles can be marked Inactive.',
  ],
  ['role.active', 'noSuchRole', { roleId: 4242 }, 'There is no role with internal id 4242.'],
  ['role.active', 'noSuchRoleSummary', { roleId: 4242 }, 'There is no role with internal id 4242'],
  ['role.active', 'inactive', { role: ROLE }, 'Role Act-On Integration (id 1001) is inactive.'],
  ['role.active', 'inactiveSummary', { role: ROLE }, 'The role Act-On Integration is inactive'],
  ['role.active', 'active', { role: UNNAMED_ROLE }, 'Role with internal id 1002 is active.'],
  ['user.access', 'noUserKnown', {}, 'No user is known for this candidate.'],
  ['user.access', 'noSuchEmployee', { userId: 99 }, 'There is no employee with internal id 99.'],
  ['user.access', 'noSuchEmployeeSummary', { userId: 99 }, 'There is no employee with internal id 99'],
  [
    'user.access',
    'notAmongEmployees',
    { user: SYNC, token: TOKEN },
    'User Act-On Sync (id 21) of token ActOnTBA Act-On Sync (id 8) is not among the employees read; it may not be an employee record.',
  ],
  [
    'user.access',
    'employeesUnreadable',
    UNREAD,
    'The employees could not be read: Permission Violation (INSUFFICIENT_PERMISSION).',
  ],
  [
    'user.access',
    'employeeRolesUnreadable',
    { ...UNREAD, employee: SYNC },
    'The roles of employee Act-On Sync (id 21) could not be read: Permission Violation (INSUFFICIENT_PERMISSION).',
  ],
  ['user.access', 'inactive', { employee: SYNC }, 'Employee Act-On Sync (id 21) is inactive.'],
  [
    'user.access',
    'noAccess',
    { employee: SYNC },
    'Employee Act-On Sync (id 21) does not have Give Access checked, so it cannot log in at all.',
  ],
  [
    'user.access',
    'lacksRole',
    { employee: SYNC, role: ROLE, hasToken: true },
    'Employee Act-On Sync (id 21) no longer holds role Act-On Integration (id 1001): the role was removed from the user after the token was issued, and NetSuite refuses the token.',
  ],
  [
    'user.access',
    'accessSummary',
    { employee: SYNC, role: ROLE, inactive: true, noAccess: true, lacksRole: true, hasToken: false },
    'The user Act-On Sync is inactive, does not have Give Access checked and does not hold the role Act-On Integration',
  ],
  [
    'user.access',
    'activeWithAccess',
    { employee: SYNC },
    'Employee Act-On Sync (id 21) is active and has Give Access checked.',
  ],
  [
    'user.access',
    'hasAccess',
    { employee: SYNC, role: ROLE },
    'Employee Act-On Sync (id 21) is active, has Give Access checked and holds role Act-On Integration (id 1001).',
  ],
  ['role.web-services-only', 'administratorIsNot', {}, 'Administrator is not a Web Services Only role.'],
  [
    'role.web-services-only',
    'rolesUnreadable',
    UNREAD,
    'The roles could not be read: Permission Violation (INSUFFICIENT_PERMISSION).',
  ],
  ['role.web-services-only', 'noSuchRole', { roleId: 4242 }, 'There is no role with internal id 4242.'],
  [
    'role.web-services-only',
    'isNot',
    { role: ROLE },
    'Role Act-On Integration (id 1001) is not a Web Services Only role.',
  ],
  [
    'role.web-services-only',
    'is',
    { role: ROLE },
    'Role Act-On Integration (id 1001) is a Web Services Only role: it cannot log in to the NetSuite UI, so an administrator creates its tokens at Setup > Users/Roles > Access Tokens > New.',
  ],
  [
    'role.subsidiary-access',
    'oneWorldUnreadable',
    UNREAD,
    'Whether this is a OneWorld account (feature SUBSIDIARIES) could not be read: Permission Violation (INSUFFICIENT_PERMISSION).',
  ],
  [
    'role.subsidiary-access',
    'notOneWorld',
    {},
    "This is not a OneWorld account (feature SUBSIDIARIES is off): there are no subsidiaries to restrict, so the role's records are all visible to Act-On.",
  ],
  ['role.subsidiary-access', 'administratorSeesAll', {}, 'Administrator is never restricted by subsidiary.'],
  ['role.subsidiary-access', 'notRead', {}, "The role's subsidiary restriction was not read."],
  [
    'role.subsidiary-access',
    'restrictionUnreadable',
    UNREAD,
    "The role's subsidiary restriction could not be read: Permission Violation (INSUFFICIENT_PERMISSION).",
  ],
  [
    'role.subsidiary-access',
    'noRestrictionGiven',
    { role: ROLE },
    'NetSuite gave no subsidiary restriction for role Act-On Integration (id 1001).',
  ],
  [
    'role.subsidiary-access',
    'unknownOption',
    { role: ROLE, option: 'PARENTONLY' },
    'NetSuite gave the subsidiary restriction "PARENTONLY" for role Act-On Integration (id 1001), a value this audit does not know (SDF lists ALL, ALLACTIVE, OWN and SELECTED).',
  ],
  [
    'role.subsidiary-access',
    'restrictedNote',
    {},
    'If the role is restricted, Act-On sees only the customers and contacts of the subsidiaries it allows.',
  ],
  [
    'role.subsidiary-access',
    'all',
    { role: ROLE, option: 'ALL' },
    'Role Act-On Integration (id 1001) has the subsidiary restriction "ALL".',
  ],
  [
    'role.subsidiary-access',
    'allActive',
    { role: ROLE, option: 'ALLACTIVE' },
    'Role Act-On Integration (id 1001) sees every active subsidiary (subsidiary restriction "ALLACTIVE"): inactive subsidiaries, and their customers and contacts, are left out of the sync.',
  ],
  [
    'role.subsidiary-access',
    'own',
    { role: ROLE, option: 'OWN', user: SYNC },
    'Role Act-On Integration (id 1001) sees only the user\'s own subsidiary (subsidiary restriction "OWN"): the subsidiary on the employee record of Act-On Sync (id 21) (Lists > Employees > Employees > the employee > Subsidiary).',
  ],
  [
    'role.subsidiary-access',
    'selected',
    { role: ROLE, option: 'SELECTED', restriction: 'Parent Company : East' },
    'Role Act-On Integration (id 1001) is restricted to some subsidiaries (subsidiary restriction "SELECTED": Parent Company : East).',
  ],
  [
    'role.subsidiary-access',
    'leftOut',
    {},
    'Act-On sees only the customers and contacts of those subsidiaries; the others are left out of the sync.',
  ],
  [
    'role.subsidiary-access',
    'restrictedSummary',
    { role: ROLE, option: 'SELECTED' },
    'The role Act-On Integration sees only some subsidiaries (subsidiary restriction "SELECTED")',
  ],
];

describe('the credentials section, in words', () => {
  it.each(CASES)('words %s message %s', (id, message, data, expected) => {
    expect(sentence(checkDefinition(id), { id: message, data: data as never })).toBe(expected);
  });

  it('has a case for every message of every credential check (a message shared by checks is worded once)', () => {
    const messagesOf = (check: { readonly messages: object }) => check.messages as Readonly<Record<string, unknown>>;
    const worded = new Set(CASES.map(([id, message]) => messagesOf(checkDefinition(id))[message]));
    const unworded = CREDENTIAL_CHECKS.flatMap((check) =>
      Object.entries(messagesOf(check))
        .filter(([, message]) => !worded.has(message))
        .map(([id]) => `${check.id} ${id}`),
    );

    expect(unworded).toEqual([]);
  });
});

describe('the credentials fixes, in words', () => {
  const tokenActive = checkDefinition('token.active');

  it("has an administrator create a Web Services Only role's token on the administrator's page, never My Access Token", () => {
    const fix = wordedFix(tokenActive, {
      id: 'administratorCreatesToken',
      data: { ...OWNER, revoked: true },
      records: [],
    });

    expect(fix.title).toBe("Have an administrator create Act-On's access token for role Act-On Integration");
    expect(fix.navigation).toBe('Setup > Users/Roles > Access Tokens > New');
    expect(fix.steps).toEqual([
      'A revoked token cannot be restored: create a new one.',
      'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
      'Choose ActOnTBA as Application Name, Act-On Sync (id 21) as User and Act-On Integration (id 1001) as Role; ' +
        'click Save.',
      'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
    ]);
  });

  it("asks another administrator to create their own token, in NetSuite's words", () => {
    const fix = wordedFix(tokenActive, {
      id: 'administratorCreatesOwnToken',
      data: { user: SYNC, revoked: false },
      records: [],
    });

    expect(fix.title).toBe("Ask Act-On Sync to create Act-On's access token");
    expect(fix.steps[0]).toBe(
      'Ask Act-On Sync (id 21) to log in with the Administrator role, go to Home > Settings > Manage Access Tokens ' +
        'and click New My Access Token.',
    );
  });

  it('on a release without the record, asks for no token and does not send the reader to another check', () => {
    const fix = wordedFix(tokenActive, {
      id: 'waitForIntegration',
      data: { integration: 'ActOnTBA', version: '2027.1' },
      records: [],
    });

    expect(fix.title).toBe('Create the token once Act-On has a way to connect on NetSuite 2027.1');
    expect([fix.title, ...fix.steps].join(' ')).not.toMatch(/See the integration record check|New My Access Token/);
  });

  it('words each cause of an unread token list as its own step, naming the table and the permission', () => {
    const steps = (cause: string) =>
      wordedFix(tokenActive, { id: 'findOutToken', data: { ...OWNER, cause }, records: [] }).steps;

    expect(steps('unreadable')[0]).toBe(
      'The access tokens (table oauthtoken) could not be read: run the audit with a role that has the Access ' +
        'Token Management permission (the Administrator role has it), or look by hand.',
    );
    expect(steps('beyondBound')).not.toEqual(steps('unseen'));
  });

  it('sets each missing permission to the level needed, by name', () => {
    const fix = wordedFix(checkDefinition('role.acton-permissions'), {
      id: 'addMissingPermissions',
      data: { role: ROLE, missing: MISSING },
      records: [],
    });

    expect(fix.steps.slice(1, 3)).toEqual([
      'On Permissions > Lists, set Contact Roles to View.',
      'On Permissions > Setup, set Custom Fields to Edit.',
    ]);
  });

  it('gives every find-out fix a place to look, not a page that creates, and the consultant as owner', () => {
    const findOut = CREDENTIAL_CHECKS.flatMap((check) =>
      Object.entries(check.fixes as Readonly<Record<string, { navigation: unknown; owner: string }>>)
        .filter(([id]) => id.startsWith('findOut'))
        .map(([id, fix]) => ({ id: `${check.id} ${id}`, navigation: fix.navigation, owner: fix.owner })),
    );

    expect(findOut.length).toBeGreaterThan(4);
    for (const fix of findOut) {
      expect(fix).toEqual({ id: fix.id, navigation: expect.not.stringMatching(/> New$/), owner: 'consultant' });
    }
  });
});
