import { groupRolePermissionRows } from '../../src/netsuite/roleRows';
import {
  mapAccessTokenRow,
  mapEmployeeRow,
  mapLoginAttemptRow,
  mapRows,
  mapIntegrationRow,
  mapTokenApplicationRow,
} from '../../src/netsuite/rowMappers';
import {
  MalformedRowError,
  MissingColumnError,
  parseRoleIdList,
  readFlag,
  readInteger,
  readOptionalInteger,
  readOptionalText,
  suiteQLDateTimeToIso,
} from '../../src/netsuite/rowValues';

describe('row values', () => {
  it("reads 'T' and 'F' as booleans and an empty checkbox as unchecked", () => {
    expect([readFlag({ f: 'T' }, 'f'), readFlag({ f: 'F' }, 'f'), readFlag({ f: null }, 'f')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('rejects a flag that is neither T nor F', () => {
    expect(() => readFlag({ f: 'Yes' }, 'f')).toThrow('column "f" holds "Yes", expected \'T\' or \'F\'');
  });

  it('reads ids given as numbers or numeric text, negative system ids included', () => {
    expect([
      readOptionalInteger({ id: 12 }, 'id'),
      readOptionalInteger({ id: ' 1001 ' }, 'id'),
      readOptionalInteger({ id: '-5' }, 'id'),
    ]).toEqual([12, 1001, -5]);
  });

  it('rejects an id that is not a whole number', () => {
    expect(() => readOptionalInteger({ id: '12a' }, 'id')).toThrow('expected a whole number');
    expect(() => readOptionalInteger({ id: 1.5 }, 'id')).toThrow('expected a whole number');
  });

  it('names an empty value "nothing"', () => {
    expect(() => readInteger({ id: null }, 'id')).toThrow('column "id" holds nothing, expected a whole number');
  });

  it('refuses a column missing from the answer, rather than reading it as empty', () => {
    expect(() => readFlag({}, 'isinactive')).toThrow('column "isinactive" is missing from NetSuite\'s answer');
    expect(() => readOptionalText({}, 'name')).toThrow(MissingColumnError);
  });

  it('fails the whole probe when NetSuite answers without a selected column: unknown, never a confident finding', () => {
    expect(
      mapRows([{ id: 1, name: 'ActOnTBA', state: 'ENABLED' }], mapIntegrationRow, 'the integration table'),
    ).toEqual({
      ok: false,
      reason: 'Row 1 of the integration table is malformed: column "state_name" is missing from NetSuite\'s answer.',
    });
  });

  it('throws a MalformedRowError, named so', () => {
    expect(new MalformedRowError('id', 'x', 'a whole number').name).toBe('MalformedRowError');
  });

  it('converts SuiteQL date-time text to ISO UTC', () => {
    expect(suiteQLDateTimeToIso('2026-11-26 06:05:09')).toBe('2026-11-26T06:05:09Z');
  });

  it('refuses impossible dates and other formats', () => {
    expect(suiteQLDateTimeToIso('2026-02-30 10:00:00')).toBeNull();
    expect(suiteQLDateTimeToIso('2026-11-26 24:00:00')).toBeNull();
    expect(suiteQLDateTimeToIso('11/26/2026 6:05 am')).toBeNull();
  });

  it('reads rolesforsearch as distinct role ids and empty text as no roles', () => {
    expect(parseRoleIdList('3, 1001,1001')).toEqual([3, 1001]);
    expect(parseRoleIdList(null)).toEqual([]);
    expect(parseRoleIdList('Administrator')).toBeNull();
  });
});

describe('row mappers', () => {
  it('maps an integration row with an empty state to null', () => {
    expect(mapIntegrationRow({ id: '12', name: 'ActOnTBA', state: '', state_name: '' })).toEqual({
      id: 12,
      name: 'ActOnTBA',
      state: null,
      stateName: null,
    });
  });

  it('keeps the state as stored and as NetSuite displays it', () => {
    expect(mapIntegrationRow({ id: 12, name: 'ActOnTBA', state: 'T', state_name: 'Enabled' })).toEqual({
      id: 12,
      name: 'ActOnTBA',
      state: 'T',
      stateName: 'Enabled',
    });
  });

  it('maps a token-application count given as text', () => {
    expect(mapTokenApplicationRow({ app_id: 13, app_name: 'Act-On Legacy', token_count: '2' })).toEqual({
      applicationId: 13,
      applicationName: 'Act-On Legacy',
      tokenCount: 2,
    });
  });

  it('maps the address and request URI of a login', () => {
    const attempt = mapLoginAttemptRow({
      login_at: '2026-11-20 10:00:00',
      status: 'Success',
      app_name: 'ActOnTBA',
      token_name: 'T',
      user_id: 21,
      user_name: 'Sync',
      role_id: 1001,
      role_name: 'Act-On',
      detail: null,
      ip_address: '203.0.113.7',
      request_uri: '/services/NetSuitePort_2025_2',
    });

    expect([attempt.ipAddress, attempt.requestUri]).toEqual(['203.0.113.7', '/services/NetSuitePort_2025_2']);
  });

  it('maps an unattributed login failure with no user or role', () => {
    const attempt = mapLoginAttemptRow({
      login_at: '2026-11-20 10:00:00',
      status: 'Failure',
      app_name: null,
      token_name: null,
      user_id: null,
      user_name: null,
      role_id: null,
      role_name: null,
      detail: 'consumer_key_refused',
      ip_address: null,
      request_uri: null,
    });

    expect(attempt).toEqual({
      at: '2026-11-20T10:00:00Z',
      status: 'Failure',
      applicationName: null,
      tokenName: null,
      userId: null,
      userName: null,
      roleId: null,
      roleName: null,
      detail: 'consumer_key_refused',
      ipAddress: null,
      requestUri: null,
    });
  });

  it('refuses a login row without a date', () => {
    expect(() => mapLoginAttemptRow({ login_at: null, status: 'Success' })).toThrow('column "login_at" holds nothing');
  });

  it('maps an inactive token that is not revoked', () => {
    const token = mapAccessTokenRow({
      id: 6,
      token_name: 'ActOnTBA Sync',
      app_id: 12,
      app_name: 'ActOnTBA',
      user_id: 21,
      user_name: 'Act-On Sync',
      role_id: 1001,
      role_name: 'Act-On',
      inactive: 'T',
      revoked: 'F',
      created_at: '2026-09-15 14:30:00',
    });

    expect([token.inactive, token.revoked]).toEqual([true, false]);
  });

  it('refuses a login row without a status, saying what it must hold', () => {
    expect(() => mapLoginAttemptRow({ login_at: '2026-11-20 10:00:00', status: null })).toThrow(
      "column \"status\" holds nothing, expected 'Success' or 'Failure'",
    );
  });

  it('maps an inactive employee', () => {
    expect(
      mapEmployeeRow({ id: 30, entityid: 'Gone', isinactive: 'T', giveaccess: 'F', rolesforsearch: null }).inactive,
    ).toBe(true);
  });

  it("fails only the employee's roles when they hold a role name, quoting it", () => {
    expect(
      mapEmployeeRow({ id: 30, entityid: 'Sam', isinactive: 'F', giveaccess: 'T', rolesforsearch: 'Administrator' })
        .roleIds,
    ).toEqual({
      ok: false,
      reason: 'The employee\'s roles ("Administrator") are not a list of role ids.',
    });
  });

  it("quotes at most 60 characters of the employee's roles", () => {
    const text = `Sales ${'x'.repeat(70)}`;

    expect(
      mapEmployeeRow({ id: 30, entityid: 'Sam', isinactive: 'F', giveaccess: 'T', rolesforsearch: text }).roleIds,
    ).toEqual({
      ok: false,
      reason: `The employee's roles ("${text.slice(0, 60)}") are not a list of role ids.`,
    });
  });

  it('maps an employee without roles to an empty role list', () => {
    expect(
      mapEmployeeRow({ id: 30, entityid: 'New Hire', isinactive: 'F', giveaccess: 'F', rolesforsearch: null }).roleIds,
    ).toEqual({ ok: true, value: [] });
  });

  it('fails a whole list with the number of the first malformed row', () => {
    const rows = [
      { id: 1, name: 'A', state: 'ENABLED', state_name: 'Enabled' },
      { id: 'two', name: 'B', state: 'ENABLED', state_name: 'Enabled' },
    ];

    expect(mapRows(rows, mapIntegrationRow, 'the integration table')).toEqual({
      ok: false,
      reason: 'Row 2 of the integration table is malformed: column "id" holds "two", expected a whole number.',
    });
  });
});

describe('groupRolePermissionRows', () => {
  const roleRow = (roleId: number, key: string | null, level: number | null) => ({
    role_id: roleId,
    role_name: `Role ${roleId}`,
    inactive: 'F',
    web_services_only: roleId === 1003 ? 'T' : 'F',
    permission_key: key,
    permission_level: level,
  });

  it('folds one row per permission into one role each', () => {
    const roles = groupRolePermissionRows(
      [roleRow(1001, 'ADMI_WEBSERVICES', 4), roleRow(1001, 'LIST_CONTACT', 3), roleRow(1003, 'LIST_CONTACT', 1)],
      false,
      'the role table',
    );

    expect(roles).toEqual({
      ok: true,
      value: [
        {
          id: 1001,
          name: 'Role 1001',
          inactive: false,
          webServicesOnly: false,
          permissions: { ok: true, value: { ADMI_WEBSERVICES: 4, LIST_CONTACT: 3 } },
        },
        {
          id: 1003,
          name: 'Role 1003',
          inactive: false,
          webServicesOnly: true,
          permissions: { ok: true, value: { LIST_CONTACT: 1 } },
        },
      ],
    });
  });

  it('does not read a role NetSuite lists no audited permission for as holding none: its permissions are unknown', () => {
    const roles = groupRolePermissionRows([roleRow(1004, null, null)], false, 'the role table');

    expect(roles.ok && roles.value[0]?.permissions).toEqual({
      ok: false,
      reason:
        'NetSuite listed none of the audited permissions for role Role 1004 (id 1004); since it is not verified ' +
        'that every role (standard ones included) has permission rows, that does not prove the role lacks them.',
    });
  });

  it('keeps the higher level when a key is listed twice', () => {
    const roles = groupRolePermissionRows(
      [roleRow(1001, 'LIST_CONTACT', 4), roleRow(1001, 'LIST_CONTACT', 1)],
      false,
      'the role table',
    );

    expect(roles.ok && roles.value[0]?.permissions).toEqual({ ok: true, value: { LIST_CONTACT: 4 } });
  });

  it("fails the last role's permissions when the rows were cut at the bound", () => {
    const roles = groupRolePermissionRows(
      [roleRow(1002, 'LIST_CONTACT', 3), roleRow(1001, 'LIST_CONTACT', 4)],
      true,
      'the role table',
    );

    expect(roles.ok && roles.value[0]?.permissions.ok).toBe(true);
    expect(roles.ok && roles.value[1]?.permissions).toEqual({
      ok: false,
      reason: "NetSuite holds more permission rows than the 2 read; this role's list may be incomplete.",
    });
  });

  it('fails the whole list when a role id is unreadable', () => {
    expect(
      groupRolePermissionRows(
        [roleRow(3, null, null), { ...roleRow(4, null, null), role_id: 'x' }],
        false,
        'the role table',
      ).ok,
    ).toBe(false);
  });

  it('reads an inactive role', () => {
    const roles = groupRolePermissionRows(
      [{ ...roleRow(1001, 'LIST_CONTACT', 3), inactive: 'T' }],
      false,
      'the role table',
    );

    expect(roles.ok && roles.value[0]?.inactive).toBe(true);
  });

  it('keeps the higher level when the lower one is listed first', () => {
    const roles = groupRolePermissionRows(
      [roleRow(1001, 'LIST_CONTACT', 1), roleRow(1001, 'LIST_CONTACT', 4)],
      false,
      'the role table',
    );

    expect(roles.ok && roles.value[0]?.permissions).toEqual({ ok: true, value: { LIST_CONTACT: 4 } });
  });

  it("fails only that role's permissions, naming the key, when a level is unreadable and a readable one follows", () => {
    const roles = groupRolePermissionRows(
      [roleRow(1001, 'LIST_CONTACT', 9), roleRow(1001, 'ADMI_WEBSERVICES', 4), roleRow(1002, 'LIST_CONTACT', 3)],
      false,
      'the role table',
    );

    expect(roles.ok && roles.value.map((role) => role.permissions)).toEqual([
      {
        ok: false,
        reason: 'Permission LIST_CONTACT: column "permission_level" holds "9", expected a permission level 0 to 4.',
      },
      { ok: true, value: { LIST_CONTACT: 3 } },
    ]);
  });

  it('names the first unreadable level when a role has two', () => {
    const roles = groupRolePermissionRows(
      [roleRow(1001, 'LIST_CONTACT', 9), roleRow(1001, 'ADMI_WEBSERVICES', 7)],
      false,
      'the role table',
    );

    expect(roles.ok && roles.value[0]?.permissions).toEqual({
      ok: false,
      reason: 'Permission LIST_CONTACT: column "permission_level" holds "9", expected a permission level 0 to 4.',
    });
  });

  it('gives no role for an empty answer, even one said to be cut', () => {
    expect(groupRolePermissionRows([], true, 'the role table')).toEqual({ ok: true, value: [] });
  });
});
