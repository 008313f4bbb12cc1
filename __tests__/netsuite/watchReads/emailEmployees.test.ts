jest.mock('N/query');
jest.mock('N/runtime');

import { readEmailEmployees } from '../../../src/netsuite/watchReads/emailEmployees';
import { readyWithDedicatedRole, setupFor } from '../support/accounts';
import { installFakeNetSuite, type FakeNetSuite } from '../support/fakeNetSuite';

let netsuite: FakeNetSuite | null = null;

afterEach(() => {
  netsuite?.close();
  netsuite = null;
  jest.resetAllMocks();
});

async function accountWith(employees: readonly Record<string, string | number | null>[]) {
  netsuite = await installFakeNetSuite(setupFor({ ...readyWithDedicatedRole(), employee: employees }));
  return netsuite;
}

describe("readEmailEmployees, the watch's look-up of its sender and recipients", () => {
  it('reads each asked employee once, by id as a parameter, with whether it is inactive and its address', async () => {
    const account = await accountWith([
      { id: 7, entityid: 'Ada Admin', email: 'ada@example.com', isinactive: 'F', giveaccess: 'T', rolesforsearch: '3' },
      { id: 30, entityid: 'Former', email: null, isinactive: 'T', giveaccess: 'F', rolesforsearch: '' },
    ]);

    const read = readEmailEmployees([7, 30, 999]);

    expect(read).toEqual({
      ok: true,
      value: [
        { id: 7, inactive: false, email: 'ada@example.com' },
        { id: 30, inactive: true, email: null },
      ],
    });
    expect(account.statements).toHaveLength(1);
    expect(account.statements[0]?.params).toEqual([7, 30, 999]);
    expect(account.statements[0]?.sql).not.toMatch(/\b(7|30|999)\b/);
  });

  it('sends no statement when there is nobody to look up', async () => {
    const account = await accountWith([]);

    expect(readEmailEmployees([])).toEqual({ ok: true, value: [] });
    expect(account.statements).toHaveLength(0);
  });

  it('gives a failed probe, never a throw, when the employee table is refused', async () => {
    netsuite = await installFakeNetSuite(
      setupFor(readyWithDedicatedRole(), {
        unreadableTables: { employee: { name: 'SSS_SEARCH_ERROR_OCCURRED', message: 'Search error occurred.' } },
      }),
    );

    const read = readEmailEmployees([7]);

    expect(read.ok).toBe(false);
  });
});
