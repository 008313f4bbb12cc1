/** An accounts file for a mock NetSuite's clients, and the audit command's options around it. */
import { chmodSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { AuditCommandOptions } from '../../../tools/cli/commands/audit';
import type { MockNetSuite } from '../../../tools/mocknetsuite/mockNetSuite';
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
