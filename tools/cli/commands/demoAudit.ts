/**
 * `acton-readiness demo-audit`: what `audit` and `check-credentials` print for a ready account,
 * a not-ready account and one whose credentials NetSuite refuses, without a client account. It
 * starts the bundled mock NetSuite on 127.0.0.1 (nothing leaves this machine), writes demo
 * credentials made up for this run into a private temporary folder, runs both commands against
 * it as a consultant would, and removes everything when done.
 */
import { randomBytes } from 'crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Command } from 'commander';
import type { TbaCredentials } from '../../audit/oauthSigner';
import { cannedAnswers } from '../../mocknetsuite/cannedReports';
import type { CannedSituation } from '../../mocknetsuite/cannedReports';
import { startMockNetSuite } from '../../mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../mocknetsuite/mockNetSuite';
import { EXIT_READY } from '../exitCodes';
import { PROCESS_IO } from '../program';
import type { CommandIo } from '../program';
import { executeAudit } from './audit';
import { executeCheckCredentials } from './checkCredentials';

interface DemoAccount {
  readonly name: string;
  readonly accountId: string;
  readonly situation: CannedSituation;
  /** The credentials the mock holds. */
  readonly credentials: TbaCredentials;
  /** The credentials the consultant was given (for the refused account, a Token Secret that is not the token's). */
  readonly given: TbaCredentials;
}

/** 64 hexadecimal characters, the shape NetSuite issues, made up for this run only. */
function madeUpValue(): string {
  return randomBytes(32).toString('hex');
}

function demoAccount(name: string, accountId: string, situation: CannedSituation, refused = false): DemoAccount {
  const credentials = {
    consumerKey: madeUpValue(),
    consumerSecret: madeUpValue(),
    tokenId: madeUpValue(),
    tokenSecret: madeUpValue(),
  };
  return {
    name,
    accountId,
    situation,
    credentials,
    given: refused ? { ...credentials, tokenSecret: madeUpValue() } : credentials,
  };
}

function environmentOf(accountId: string, credentials: TbaCredentials): NodeJS.ProcessEnv {
  return {
    NETSUITE_ACCOUNT_ID: accountId,
    NETSUITE_CONSUMER_KEY: credentials.consumerKey,
    NETSUITE_CONSUMER_SECRET: credentials.consumerSecret,
    NETSUITE_TOKEN_ID: credentials.tokenId,
    NETSUITE_TOKEN_SECRET: credentials.tokenSecret,
  };
}

const EXIT_MEANINGS: ReadonlyMap<number, string> = new Map([
  [0, 'every account ready'],
  [2, 'an account is NOT_READY or its login was refused'],
  [3, 'an account could not be audited'],
]);

/** Runs the demo; returns 0 when every step printed its answer. */
export async function executeDemoAudit(io: CommandIo): Promise<number> {
  const accounts = [
    demoAccount('Demo ready', '9900001', 'ready-administrator'),
    demoAccount('Demo not ready', '9900002', 'token-based-authentication-off'),
    demoAccount('Demo refused credentials', '9900003_SB1', 'ready-administrator', true),
  ];
  const folder = mkdtempSync(join(tmpdir(), 'acton-readiness-demo-'));
  let mock: MockNetSuite | null = null;
  try {
    mock = await startMockNetSuite(
      accounts.map((account) => ({
        accountId: account.accountId,
        consumer: { key: account.credentials.consumerKey, secret: account.credentials.consumerSecret },
        tokens: [{ id: account.credentials.tokenId, secret: account.credentials.tokenSecret }],
        answer: cannedAnswers(account.situation, account.accountId),
      })),
    );
    const server = mock;
    const accountsFile = join(folder, 'accounts.json');
    writeFileSync(
      accountsFile,
      JSON.stringify(
        accounts.map((account) => ({
          name: account.name,
          accountId: account.accountId,
          ...account.given,
          restletUrl: server.restletUrl(account.accountId),
        })),
        null,
        2,
      ),
    );
    chmodSync(accountsFile, 0o600);
    io.stdout.write(
      `Demo: a mock NetSuite on ${server.origin} (this machine only) holds three accounts; the credentials are ` +
        'made up for this run.\n\n',
    );
    io.stdout.write('$ acton-readiness audit --accounts accounts.json\n');
    const auditCode = await executeAudit(
      {
        accounts: accountsFile,
        single: {},
        defaults: {},
        format: 'text',
        concurrency: 3,
        timeoutSeconds: 30,
        progress: false,
      },
      io,
    );
    io.stdout.write(`(exit ${auditCode}: ${EXIT_MEANINGS.get(auditCode) ?? 'see audit --help'})\n`);
    for (const account of [accounts[0], accounts[2]]) {
      if (account === undefined) continue;
      io.stdout.write(`\n$ acton-readiness check-credentials --account-id ${account.accountId}   # ${account.name}\n`);
      const code = await executeCheckCredentials(
        {
          accountId: account.accountId,
          flags: {},
          soapUrl: server.soapUrl(account.accountId),
          timeoutSeconds: 30,
          tryVariants: true,
        },
        { io: { ...io, env: environmentOf(account.accountId, account.given) }, prompt: null },
      );
      io.stdout.write(`(exit ${code})\n`);
    }
    io.stdout.write(
      "\nWhat the mock recorded in the accounts' Login Audit Trail (NetSuite keeps the same Detail):\n" +
        server.loginAudit
          .map(
            (attempt) =>
              `  ${attempt.accountId}: ${attempt.status}${attempt.detail === null ? '' : ` (${attempt.detail})`}`,
          )
          .join('\n') +
        '\n',
    );
    return EXIT_READY;
  } finally {
    await mock?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function registerDemoAuditCommand(program: Command): void {
  program
    .command('demo-audit')
    .description(
      'Show what audit and check-credentials print for a ready, a not-ready and a refused account, against a mock ' +
        'NetSuite on this machine (no client account needed).',
    )
    .action(async () => {
      process.exitCode = await executeDemoAudit(PROCESS_IO);
    });
}
