jest.mock('N/runtime');

import * as runtime from 'N/runtime';
import { AUDITED_PERMISSION_KEYS } from '../../src/core/permissions';
import { readAccountFacts, readCurrentUser, readFeature, readRemainingUsage } from '../../src/netsuite/runtimeFacts';

function userWithPermissions(getPermission: (options: { name: string }) => unknown): runtime.User {
  return { id: 7, name: 'Ada Admin', role: 3, getPermission } as unknown as runtime.User;
}

afterEach(() => jest.resetAllMocks());

describe('readAccountFacts', () => {
  it('gives the account id, the environment as NetSuite names it, and the version', () => {
    Object.assign(runtime, { accountId: '1234567_RP', envType: 'BETA', version: '2027.1' });

    expect(readAccountFacts()).toEqual({ accountId: '1234567_RP', envType: 'BETA', version: '2027.1' });
  });

  it('gives a numeric account id and a boolean answer as text', () => {
    Object.assign(runtime, { accountId: 1234567, envType: true, version: '2027.1' });

    expect(readAccountFacts()).toEqual({ accountId: '1234567', envType: 'true', version: '2027.1' });
  });

  it('gives empty text for a property that is neither text, a number nor a boolean', () => {
    Object.assign(runtime, { accountId: { id: 1 }, envType: null, version: '2027.1' });

    expect(readAccountFacts()).toEqual({ accountId: '', envType: '', version: '2027.1' });
  });

  it('gives empty text for a property whose reading throws', () => {
    Object.defineProperty(runtime, 'accountId', {
      configurable: true,
      get: () => {
        throw new Error('no account');
      },
    });

    try {
      expect(readAccountFacts().accountId).toBe('');
    } finally {
      Object.defineProperty(runtime, 'accountId', { configurable: true, writable: true, value: '1234567_SB1' });
    }
  });
});

describe('readFeature', () => {
  it('reads a feature that is off', () => {
    jest.mocked(runtime.isFeatureInEffect).mockReturnValue(false);

    expect(readFeature('TBA')).toEqual({ ok: true, value: false });
  });

  it('fails when NetSuite answers something other than true or false', () => {
    jest.mocked(runtime.isFeatureInEffect).mockReturnValue('T' as unknown as boolean);

    expect(readFeature('TBA')).toEqual({ ok: false, reason: 'NetSuite gave "T" for feature TBA, not true or false.' });
  });
});

describe('readCurrentUser', () => {
  it('reads the id, name, role id and the level of every audited permission', () => {
    jest
      .mocked(runtime.getCurrentUser)
      .mockReturnValue(userWithPermissions(({ name }) => (name === 'ADMI_WEBSERVICES' ? 4 : 0)));

    const user = readCurrentUser();

    expect(user).toMatchObject({ id: 7, name: 'Ada Admin', roleId: 3 });
    expect(user.permissions.ok && Object.keys(user.permissions.value).sort()).toEqual(
      [...AUDITED_PERMISSION_KEYS].sort(),
    );
    expect(user.permissions.ok && user.permissions.value.ADMI_WEBSERVICES).toBe(4);
  });

  it('fails the permissions, naming the key, when NetSuite gives no level', () => {
    jest
      .mocked(runtime.getCurrentUser)
      .mockReturnValue(userWithPermissions(({ name }) => (name === 'LIST_CONTACT' ? undefined : 4)));

    expect(readCurrentUser().permissions).toEqual({
      ok: false,
      reason: 'NetSuite gave no permission level (0 to 4) for LIST_CONTACT.',
    });
  });

  it('fails the permissions with the error code when getPermission throws', () => {
    jest.mocked(runtime.getCurrentUser).mockReturnValue(
      userWithPermissions(() => {
        throw Object.assign(new Error('Invalid permission id'), { name: 'INVALID_PERMISSION_ID' });
      }),
    );

    expect(readCurrentUser().permissions).toEqual({
      ok: false,
      code: 'INVALID_PERMISSION_ID',
      reason:
        `Reading the current user's permission ${AUDITED_PERMISSION_KEYS[0]} failed: INVALID_PERMISSION_ID: ` +
        `Invalid permission id`,
    });
  });

  it('gives user 0 with role 0 and says why when NetSuite cannot give the current user', () => {
    jest.mocked(runtime.getCurrentUser).mockImplementation(() => {
      throw new TypeError('no session');
    });

    expect(readCurrentUser()).toEqual({
      id: 0,
      name: '',
      roleId: 0,
      permissions: { ok: false, reason: 'Reading the current user failed: no session' },
    });
  });
});

describe('readRemainingUsage', () => {
  it("reads the script's remaining units", () => {
    jest
      .mocked(runtime.getCurrentScript)
      .mockReturnValue({ getRemainingUsage: () => 940 } as unknown as runtime.Script);

    expect(readRemainingUsage()).toBe(940);
  });

  it('gives null for a count given as text', () => {
    jest
      .mocked(runtime.getCurrentScript)
      .mockReturnValue({ getRemainingUsage: () => '940' } as unknown as runtime.Script);

    expect(readRemainingUsage()).toBeNull();
  });

  it('gives null for an infinite count', () => {
    jest
      .mocked(runtime.getCurrentScript)
      .mockReturnValue({ getRemainingUsage: () => Infinity } as unknown as runtime.Script);

    expect(readRemainingUsage()).toBeNull();
  });

  it('gives null when NetSuite cannot say', () => {
    jest.mocked(runtime.getCurrentScript).mockImplementation(() => {
      throw new Error('no script');
    });

    expect(readRemainingUsage()).toBeNull();
  });
});
