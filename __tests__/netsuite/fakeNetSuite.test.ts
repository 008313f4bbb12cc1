jest.mock('N/query');
jest.mock('N/runtime');

import * as query from 'N/query';
import { readyWithDedicatedRole, setupFor } from './support/accounts';
import { installFakeNetSuite, type FakeNetSuite, type FakeNetSuiteSetup } from './support/fakeNetSuite';

const installedNetSuites: FakeNetSuite[] = [];

afterEach(() => {
  for (const netsuite of installedNetSuites.splice(0)) netsuite.close();
  jest.resetAllMocks();
});

async function install(overrides: Partial<FakeNetSuiteSetup> = {}): Promise<FakeNetSuite> {
  const netsuite = await installFakeNetSuite(setupFor(readyWithDedicatedRole(), overrides));
  installedNetSuites.push(netsuite);
  return netsuite;
}

/** What runSuiteQLPaged throws for `sql` (the test fails when it does not throw). */
function errorOf(sql: string, params: (string | number)[] = []): { name: string; message: string } {
  try {
    query.runSuiteQLPaged({ query: sql, params, pageSize: 50 });
  } catch (thrown) {
    return thrown as { name: string; message: string };
  }
  throw new Error('expected the statement to fail');
}

describe("the collector tests' NetSuite", () => {
  it("refuses a statement outside the emulator's SuiteQL subset, with NetSuite's code, and still charges it", async () => {
    const netsuite = await install();

    const error = errorOf('SELECT r.id FROM role r ORDER BY r.id LIMIT 1');

    expect(error.name).toBe('SSS_SEARCH_ERROR_OCCURRED');
    expect(error.message).toContain('LIMIT');
    expect(netsuite.remainingUsage()).toBe(990);
  });

  it('throws the error set up for an unreadable table, also when the table is only joined', async () => {
    await install({
      unreadableTables: { rolepermissions: { name: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation.' } },
    });

    const error = errorOf('SELECT r.id FROM role r LEFT JOIN rolepermissions rp ON rp.role = r.id ORDER BY r.id');

    expect(error).toMatchObject({ name: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation.' });
  });

  it('puts a malformed value only in the answer row and column it names', async () => {
    await install({ malformedValues: [{ column: 'name', row: 1, value: 'not a name' }] });

    const page = query
      .runSuiteQLPaged({ query: 'SELECT r.id, r.name FROM role r ORDER BY r.id', pageSize: 50 })
      .fetch({ index: 0 });

    expect(page.data.asMappedResults()).toEqual([
      { id: 3, name: 'Administrator' },
      { id: 1001, name: 'not a name' },
      { id: 1002, name: 'Sales Rep (custom)' },
    ]);
  });
});
