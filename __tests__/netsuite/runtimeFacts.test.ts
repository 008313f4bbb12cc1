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
    jest.mocked(runtime.getCurrentUser).mockReturnValue(userWithPermissions(({ name }) => (name === 'ADMI_WEBSERVICES' ? 4 : 0)));

    const user = readCurrentUser();

    expect(user).toMatchObject({ id: 7, name: 'Ada Admin', roleId: 3 });
    expect(user.permissions.ok && Object.keys(user.permissions.value).sort()).toEqual([...AUDITED_PERMISSION_KEYS].sort());
    expect(user.permissions.ok && user.permissions.value.ADMI_WEBSERVICES).toBe(4);
  });

  it('fails the permissions, naming the key, when NetSuite gives no level', () => {
    jest.mocked(runtime.getCurrentUser).mockReturnValue(userWithPermissions(({ name }) => (name === 'LIST_CONTACT' ? undefined : 4)));

    expect(readCurrentUser().permissions).toEqual({ ok: false, reason: 'NetSuite gave no permission level (0 to 4) for LIST_CONTACT.' });
  });

  it('fails the permissions with the error code when getPermission throws', () => {
    jest.mocked(runtime.getCurrentUser).mockReturnValue(
      userWithPermissions(() => {
        throw Object.assign(new Error('Invalid permission id'), { name: 'INVALID_PERMISSION_ID' });
      }),
    );

    expect(readCurrentUser().permissions).toMatchObject({ ok: false, code: 'INVALID_PERMISSION_ID' });
  });
});

describe('readRemainingUsage', () => {
  it("reads the script's remaining units", () => {
    jest.mocked(runtime.getCurrentScript).mockReturnValue({ getRemainingUsage: () => 940 } as unknown as runtime.Script);

    expect(readRemainingUsage()).toBe(940);
  });

  it('gives null when NetSuite cannot say', () => {
    jest.mocked(runtime.getCurrentScript).mockImplementation(() => {
      throw new Error('no script');
    });

    expect(readRemainingUsage()).toBeNull();
  });
});
