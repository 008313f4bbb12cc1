/**
 * A temporary folder and mock NetSuites per test, an accounts file for a mock's clients, and the
 * audit command's options around it.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AuditCommandOptions } from '../../../tools/cli/commands/audit';
import { startMockNetSuite } from '../../../tools/mocknetsuite/mockNetSuite';
import type { MockAccount, MockNetSuite } from '../../../tools/mocknetsuite/mockNetSuite';
import type { ClientAccount } from './clientAccounts';

/** Writes the clients, with the mock's RESTlet URLs, to `folder/name`, readable by its owner only. */
export function writeAccountsFile(
  folder: string,
  mock: MockNetSuite,
  clients: readonly ClientAccount[],
  name = 'accounts.json',
): string {
  const file = join(folder, name);
  const entries = clients.map((client) => ({
    name: client.name,
    accountId: client.accountId,
    ...client.credentials,
    restletUrl: mock.restletUrl(client.accountId),
  }));
  writeFileSync(file, JSON.stringify(entries));
  chmodSync(file, 0o600);
  return file;
}

/** The audit of the accounts file as text, two at a time, without a progress bar. */
export function auditOptions(accounts: string, overrides: Partial<AuditCommandOptions> = {}): AuditCommandOptions {
  return {
    accounts,
    single: {},
    defaults: {},
    format: 'text',
    concurrency: 2,
    timeoutSeconds: 5,
    progress: false,
    ...overrides,
  };
}

export interface AuditWorkspace {
  /** This test's own temporary folder, removed after it. */
  readonly folder: string;
  /** A mock NetSuite serving the accounts, closed after the test. */
  mockOf(accounts: readonly MockAccount[]): Promise<MockNetSuite>;
}

/** Registers the hooks that give each test a fresh folder and close its mocks. */
export function useAuditWorkspace(prefix: string): AuditWorkspace {
  let folder: string | undefined;
  const mocks: MockNetSuite[] = [];
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    for (const mock of mocks.splice(0)) await mock.close();
  });
  return {
    get folder(): string {
      if (folder === undefined) throw new Error('The workspace folder exists only inside a test.');
      return folder;
    },
    async mockOf(accounts) {
      const mock = await startMockNetSuite(accounts);
      mocks.push(mock);
      return mock;
    },
  };
}
