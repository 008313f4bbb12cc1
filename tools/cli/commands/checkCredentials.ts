/**
 * `acton-readiness check-credentials`: tests Act-On's five values before they are typed into
 * Act-On. Local checks first, then one read-only SOAP getServerTime call signed with a
 * tokenPassport, as Act-On signs; the answer says whether the values work and, if not, what to
 * look at. Exit 0 works, 2 refused, 3 unreachable, 64 usage.
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { readAccountsFile } from '../../audit/accountsFile';
import { runAudit } from '../../audit/auditRun';
import { ACCOUNT_ID_PATTERN, secretValues } from '../../audit/auditTarget';
import type { AuditTarget } from '../../audit/auditTarget';
import { printableText } from '../../../src/render/escape';
import { checkCredentials } from '../../audit/credentialCheck';
import type { CredentialCheckResult } from '../../audit/credentialCheck';
import { credentialCheckText } from '../../audit/credentialCheckText';
import { labelOf } from '../../audit/credentialShapes';
import type { CredentialName } from '../../audit/credentialShapes';
import type { TbaCredentials } from '../../audit/oauthSigner';
import { createRedactor } from '../../audit/redaction';
import { createRequestAgents } from '../../audit/requestAgents';
import { checkHttpsUrl } from '../../audit/restletUrl';
import { ACCOUNT_ENVIRONMENT_VARIABLES, ACCOUNT_FLAGS } from '../../audit/singleAccount';
import { defaultSoapUrl } from '../../audit/soapPassport';
import { EXIT_INCOMPLETE, EXIT_NOT_READY, EXIT_READY } from '../exitCodes';
import { canPrompt, TERMINAL_PROMPT } from '../hiddenInput';
import type { SecretPrompt } from '../hiddenInput';
import { PROCESS_IO, UsageError } from '../program';
import type { CommandIo } from '../program';

export interface CheckCredentialsOptions {
  readonly accountId: string;
  /** Values given as flags (discouraged for secrets). */
  readonly flags: Partial<Readonly<Record<CredentialName, string>>>;
  readonly soapUrl?: string;
  readonly timeoutSeconds: number;
  readonly tryVariants: boolean;
  /** An accounts file and the entry in it whose RESTlet audit shows the account's recent token logins. */
  readonly auditAccounts?: string;
  readonly auditName?: string;
}

/** How the command reaches for what it needs: injectable for tests. */
export interface CheckCredentialsEnvironment {
  readonly io: CommandIo;
  /** Asks for a value with hidden input; null when there is no terminal to ask on. */
  readonly prompt: SecretPrompt | null;
}

const CREDENTIAL_NAMES: readonly CredentialName[] = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'];
const SECRET_NAMES: ReadonlySet<CredentialName> = new Set(['consumerSecret', 'tokenSecret']);

/** The four values from flags, the environment, or hidden input on a terminal; the warnings to print. */
async function readValues(
  options: CheckCredentialsOptions,
  environment: CheckCredentialsEnvironment,
): Promise<{ readonly credentials: TbaCredentials; readonly warnings: readonly string[] }> {
  const values = new Map<CredentialName, string>();
  const warnings: string[] = [];
  const missing: CredentialName[] = [];
  for (const name of CREDENTIAL_NAMES) {
    const variable = ACCOUNT_ENVIRONMENT_VARIABLES[name];
    const flag = options.flags[name];
    if (flag !== undefined && SECRET_NAMES.has(name))
      warnings.push(
        `${ACCOUNT_FLAGS[name]} puts a secret into your shell history: prefer the environment variable ${variable}`,
      );
    // Spaces around a pasted value are kept: the local checks name them.
    const given = flag ?? environment.io.env[variable];
    const value =
      given !== undefined && given !== ''
        ? given
        : environment.prompt === null
          ? undefined
          : await environment.prompt(labelOf(name));
    if (value === undefined || value === '') missing.push(name);
    else values.set(name, value);
  }
  // Every missing value at once: a person without a terminal should not find them one run at a time.
  if (missing.length > 0) {
    const list = missing.map((name) => `the ${labelOf(name)} (${ACCOUNT_ENVIRONMENT_VARIABLES[name]})`);
    throw new UsageError(
      `missing ${list.join(', ')}: set ${missing.length === 1 ? 'it' : 'them'}` +
        `${environment.prompt === null ? ' (no terminal to ask on)' : ''}`,
    );
  }
  const get = (name: CredentialName): string => values.get(name) ?? '';
  return {
    credentials: {
      consumerKey: get('consumerKey'),
      consumerSecret: get('consumerSecret'),
      tokenId: get('tokenId'),
      tokenSecret: get('tokenSecret'),
    },
    warnings,
  };
}

/** The --audit-accounts entry to audit after a refusal, read and checked before any call is made; null without one. */
function auditTargetOf(
  options: CheckCredentialsOptions,
): { readonly target: AuditTarget; readonly warnings: readonly string[] } | null {
  if (options.auditAccounts === undefined) return null;
  const reading = readAccountsFile(options.auditAccounts);
  if (!reading.ok)
    throw new UsageError(`--audit-accounts: the accounts file is not valid:\n  ${reading.problems.join('\n  ')}`);
  const target =
    reading.targets.find((candidate) => candidate.name === options.auditName) ??
    (options.auditName === undefined && reading.targets.length === 1 ? reading.targets[0] : undefined);
  if (target === undefined)
    throw new UsageError(
      `--audit-name: name the entry of ${options.auditAccounts} to audit (it lists ${reading.targets.length})`,
    );
  return { target, warnings: reading.warnings };
}

/** The recent-logins evidence of the readiness audit, when an administrator credential for the RESTlet was given. */
async function loginAuditLines(target: AuditTarget | undefined, timeoutMs: number): Promise<readonly string[]> {
  if (target === undefined) return [];
  const run = await runAudit([target], { concurrency: 1, timeoutMs });
  const result = run.results[0];
  if (result === undefined || result.outcome === 'error')
    return [`(the readiness audit could not run: ${result?.failure.message ?? 'no result'})`];
  return result.report.checks.find((check) => check.id === 'login.recent')?.evidence ?? [];
}

function exitCodeOf(result: CredentialCheckResult): number {
  switch (result.outcome) {
    case 'works':
      return EXIT_READY;
    case 'refused':
      return EXIT_NOT_READY;
    case 'unreachable':
      return EXIT_INCOMPLETE;
  }
}

/** Runs the check and prints the answer; returns the exit code. Usage problems throw {@link UsageError}. */
export async function executeCheckCredentials(
  options: CheckCredentialsOptions,
  environment: CheckCredentialsEnvironment,
): Promise<number> {
  const { io } = environment;
  const accountId = options.accountId.trim();
  if (!ACCOUNT_ID_PATTERN.test(accountId))
    throw new UsageError('--account-id must be a NetSuite account id such as 1234567, 1234567_SB1 or TSTDRV1234567');
  const soapUrl = checkHttpsUrl(
    options.soapUrl ?? defaultSoapUrl(accountId),
    'https://<account>.suitetalk.api.netsuite.com/services/NetSuitePort_2025_2',
  );
  if (!soapUrl.ok) throw new UsageError(`--soap-url ${soapUrl.problem}`);
  // Every input is checked before the first call: a bad --audit-accounts found after it would waste a failed login.
  const audit = auditTargetOf(options);
  const { credentials, warnings } = await readValues(options, environment);
  const auditSecrets: readonly string[] = audit === null ? [] : secretValues(audit.target.authentication);
  const { consumerKey, consumerSecret, tokenId, tokenSecret } = credentials;
  const redact = createRedactor([consumerKey, consumerSecret, tokenId, tokenSecret, ...auditSecrets]);
  for (const warning of [...warnings, ...(audit?.warnings ?? [])]) io.stderr.write(`warning: ${redact(warning)}\n`);
  const agents = createRequestAgents(1);
  try {
    const result = await checkCredentials(
      { accountId, credentials, soapUrl: soapUrl.url, tryVariants: options.tryVariants },
      {
        timeoutMs: options.timeoutSeconds * 1000,
        agents,
        announce: (text) => void io.stderr.write(`${redact(printableText(text))}\n`),
      },
    );
    const lines =
      result.outcome === 'refused' ? await loginAuditLines(audit?.target, options.timeoutSeconds * 1000) : [];
    io.stdout.write(redact(credentialCheckText(result, lines)));
    return exitCodeOf(result);
  } finally {
    agents.destroy();
  }
}

function timeoutSeconds(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 600)
    throw new InvalidArgumentError('--timeout must be a whole number from 1 to 600.');
  return Number(value);
}

const HELP_AFTER = `
The four other values come from NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET,
NETSUITE_TOKEN_ID and NETSUITE_TOKEN_SECRET, or are asked for on the terminal without being
shown. Nothing checked here is printed.

After a refusal that nothing found locally explains (the Account ID form, this machine's
clock, the shape of the values), the call is tried once more with the consumer pair and the
token pair swapped, announced first: it sends identifiers only, never a secret, and is one
more failed login in the Login Audit Trail (--no-variants to skip).

Exit codes: 0 the values work; 2 NetSuite refused them; 3 NetSuite could not be reached; 64 usage;
130 Ctrl-C at a prompt.

Examples:
  acton-readiness check-credentials --account-id 1234567_SB1
  NETSUITE_CONSUMER_KEY=... NETSUITE_CONSUMER_SECRET=... NETSUITE_TOKEN_ID=... \\
    NETSUITE_TOKEN_SECRET=... acton-readiness check-credentials --account-id 1234567
`;

export function registerCheckCredentialsCommand(program: Command): void {
  program
    .command('check-credentials')
    .description(
      "Test Act-On's five values (Account ID, Consumer Key and Secret, Token ID and Secret) with one harmless " +
        'signed SOAP call, before typing them into Act-On.',
    )
    .requiredOption('--account-id <id>', 'the Account ID as you would type it into Act-On')
    .option('--consumer-key <key>', 'Consumer Key (or NETSUITE_CONSUMER_KEY)')
    .option('--consumer-secret <secret>', 'Consumer Secret (prefer NETSUITE_CONSUMER_SECRET)')
    .option('--token-id <id>', 'Token ID (or NETSUITE_TOKEN_ID)')
    .option('--token-secret <secret>', 'Token Secret (prefer NETSUITE_TOKEN_SECRET)')
    .option('--soap-url <url>', "the SOAP endpoint (default: the account's suitetalk host, NetSuitePort_2025_2)")
    .option(
      '--audit-accounts <file>',
      "an accounts file whose entry reaches this account's readiness RESTlet as an administrator: a refusal then " +
        "shows the audit's recent logins",
    )
    .option('--audit-name <name>', 'the entry of --audit-accounts to use (needed when it lists several)')
    .option('--timeout <seconds>', 'time allowed for each request, 1 to 600 seconds', timeoutSeconds, 30)
    .option('--no-variants', 'after a refusal, do not try the consumer and token pairs swapped')
    .addHelpText('after', HELP_AFTER)
    .action(async (parsed: Readonly<Record<string, unknown>>) => {
      const text = (key: string): string | undefined => (typeof parsed[key] === 'string' ? parsed[key] : undefined);
      const flags = Object.fromEntries(
        CREDENTIAL_NAMES.flatMap((name) => (text(name) === undefined ? [] : [[name, text(name)]])),
      ) as CheckCredentialsOptions['flags'];
      const soapUrl = text('soapUrl');
      const auditAccounts = text('auditAccounts');
      const auditName = text('auditName');
      const options: CheckCredentialsOptions = {
        accountId: text('accountId') ?? '',
        flags,
        ...(soapUrl === undefined ? {} : { soapUrl }),
        ...(auditAccounts === undefined ? {} : { auditAccounts }),
        ...(auditName === undefined ? {} : { auditName }),
        timeoutSeconds: typeof parsed['timeout'] === 'number' ? parsed['timeout'] : 30,
        tryVariants: parsed['variants'] !== false,
      };
      process.exitCode = await executeCheckCredentials(options, {
        io: PROCESS_IO,
        prompt: canPrompt() ? TERMINAL_PROMPT : null,
      });
    });
}
