/**
 * `acton-readiness audit`: signs in to each account's readiness RESTlet with Token-Based
 * Authentication and gathers the reports into one summary, plus JSON, CSV or HTML detail.
 */
import { accessSync, constants, existsSync, statSync } from 'fs';
import { dirname } from 'path';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { readAccountsFile } from '../../audit/accountsFile';
import type { AccountDefaults } from '../../audit/accountsFile';
import { secretValues } from '../../audit/auditTarget';
import type { AuditTarget } from '../../audit/auditTarget';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_SECONDS, runAudit } from '../../audit/auditRun';
import { summaryRows } from '../../audit/auditSummary';
import { MAX_CONCURRENCY, MIN_CONCURRENCY } from '../../audit/boundedPool';
import { renderCombinedCsv } from '../../audit/combinedCsv';
import { renderCombinedHtml } from '../../audit/combinedHtml';
import { renderCombinedJson } from '../../audit/combinedJson';
import { progressFor, SILENT_PROGRESS } from '../../audit/progressReporter';
import { createRedactor } from '../../audit/redaction';
import type { AuditQuery } from '../../audit/restletUrl';
import { ACCOUNT_FLAGS, describesSingleAccount, readSingleAccount } from '../../audit/singleAccount';
import type { SingleAccountFlags } from '../../audit/singleAccount';
import { renderSummaryText } from '../../audit/summaryText';
import { keepHistory, historyFolderProblem } from '../../audit/historyRun';
import { TOOL_NAME } from '../../../src/core/tool';
import { printableText } from '../../../src/render/escape';
import { auditExitCode, EXIT_CANNOT_WRITE } from '../exitCodes';
import { fileErrorCode } from '../../audit/fileProblems';
import { inputOverwrittenBy, writeFileAtomically } from '../../audit/outputFile';
import { PROCESS_IO, UsageError } from '../program';
import type { CommandIo } from '../program';
import { wantsColour } from '../terminalOutput';
import { parseScoreFieldIds, type InputProblem } from '../../../src/core/inputs';

export const AUDIT_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

const MAX_TIMEOUT_SECONDS = 600;

/** The command's options after parsing. */
export interface AuditCommandOptions {
  readonly accounts?: string;
  readonly single: SingleAccountFlags;
  readonly defaults: AccountDefaults;
  readonly format: AuditFormat;
  readonly out?: string;
  readonly concurrency: number;
  readonly timeoutSeconds: number;
  readonly progress: boolean;
  readonly color?: boolean;
  /** Folder keeping every account's report of every run (`--history`). */
  readonly history?: string;
}

function wholeNumberIn(minimum: number, maximum: number, what: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < minimum || Number(value) > maximum) {
      throw new InvalidArgumentError(`${what} must be a whole number from ${minimum} to ${maximum}.`);
    }
    return Number(value);
  };
}

function internalId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value.trim()))
    throw new InvalidArgumentError('must be an internal id (a whole number, 1 or more).');
  return Number(value.trim());
}

/** `--score-fields`: comma-separated custom entity field ids, checked as the RESTlet checks them. */
function scoreFieldIds(value: string): string {
  const problems: InputProblem[] = [];
  parseScoreFieldIds(value, problems);
  if (problems.length > 0) throw new InvalidArgumentError(problems.map((problem) => problem.message).join(' '));
  return value.trim();
}

/** The targets from the accounts file or from flags and environment variables, with the warnings to print. */
function loadTargets(
  options: AuditCommandOptions,
  io: CommandIo,
): { readonly targets: readonly AuditTarget[]; readonly warnings: readonly string[] } {
  const single = describesSingleAccount(options.single, options.accounts === undefined ? io.env : {});
  if (options.accounts !== undefined && Object.values(options.single).some((value) => value !== undefined)) {
    throw new UsageError('give either --accounts FILE or the single-account flags (--account-id ...), not both.');
  }
  if (options.accounts !== undefined) {
    const reading = readAccountsFile(options.accounts, options.defaults);
    if (!reading.ok) throw new UsageError(`the accounts file is not valid:\n  ${reading.problems.join('\n  ')}`);
    return reading;
  }
  if (!single) {
    throw new UsageError(
      'say which accounts to audit: --accounts FILE, or one account with --account-id and the NETSUITE_* ' +
        'environment variables.',
    );
  }
  const query: AuditQuery = { ...options.defaults };
  const reading = readSingleAccount(options.single, io.env, query);
  if (!reading.ok) throw new UsageError(`the account is not fully described:\n  ${reading.problems.join('\n  ')}`);
  return { targets: [reading.target], warnings: reading.warnings };
}

/** The files the run reads: the accounts file and the private keys. */
function inputFiles(options: AuditCommandOptions, targets: readonly AuditTarget[]): string[] {
  return [
    ...(options.accounts === undefined ? [] : [options.accounts]),
    ...targets.flatMap((target) =>
      target.authentication.method === 'oauth2' && target.authentication.client.keyFile !== undefined
        ? [target.authentication.client.keyFile]
        : [],
    ),
  ];
}

/**
 * Fails before the run, not after it, when the output file is a folder, one of the run's inputs,
 * or in a folder that cannot be written.
 */
export function checkWritable(file: string, inputs: readonly string[] = []): void {
  if (existsSync(file) && statSync(file).isDirectory())
    throw new UsageError(`--out ${file}: is a folder; name a file to write.`);
  const input = inputOverwrittenBy(file, inputs);
  if (input !== undefined) throw new UsageError(`--out ${file}: is ${input}, which this run reads; name another file.`);
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch {
    throw new UsageError(`--out ${file}: the folder ${dirname(file)} does not exist or cannot be written.`);
  }
}

/** Writes the output file; the reason it failed, or null. */
function writeOutput(file: string, text: string): string | null {
  try {
    writeFileAtomically(file, text);
    return null;
  } catch (problem) {
    return (
      `--out ${file}: cannot be written (${fileErrorCode(problem)}); the summary above is all that is kept ` +
      '(any earlier file there is unchanged).'
    );
  }
}

function render(
  format: AuditFormat,
  generatedAt: string,
  results: Parameters<typeof renderCombinedJson>[1],
  color: boolean,
): string {
  switch (format) {
    case 'json':
      return renderCombinedJson(generatedAt, results);
    case 'csv':
      return renderCombinedCsv(results);
    case 'html':
      return renderCombinedHtml(generatedAt, results);
    case 'text':
      return renderSummaryText(summaryRows(results), { color });
  }
}

/**
 * Runs the audit and writes its output; returns the exit code. Usage problems throw
 * {@link UsageError}. Every text written passes through the redactor of the run's secrets.
 */
export async function executeAudit(options: AuditCommandOptions, io: CommandIo, signal?: AbortSignal): Promise<number> {
  const { targets, warnings } = loadTargets(options, io);
  if (options.out !== undefined) checkWritable(options.out, inputFiles(options, targets));
  const historyProblem = options.history === undefined ? null : historyFolderProblem(options.history);
  if (historyProblem !== null) throw new UsageError(historyProblem);
  const redact = createRedactor(targets.flatMap((target) => secretValues(target.authentication)));
  for (const warning of warnings) io.stderr.write(`warning: ${redact(warning)}\n`);
  const run = await runAudit(targets, {
    concurrency: options.concurrency,
    timeoutMs: options.timeoutSeconds * 1000,
    progress: options.progress ? progressFor(io.stderr) : SILENT_PROGRESS,
    ...(signal === undefined ? {} : { signal }),
  });
  const color = wantsColour(io, options.color);
  let writeProblem: string | null = null;
  if (options.out !== undefined) {
    // The summary is printed whatever happens to the file: a late write failure must not lose the run.
    writeProblem = writeOutput(options.out, redact(render(options.format, run.startedAt, run.results, false)));
    io.stdout.write(redact(renderSummaryText(summaryRows(run.results), { color })));
    if (writeProblem === null)
      io.stdout.write(`Wrote ${options.format.toUpperCase()} to ${printableText(options.out)}\n`);
    else io.stderr.write(`${TOOL_NAME}: ${printableText(writeProblem)}\n`);
  } else {
    io.stdout.write(redact(render(options.format, run.startedAt, run.results, color)));
  }
  if (options.history !== undefined) keepHistory(options.history, run, redact, io);
  if (run.interrupted) io.stderr.write('Interrupted: accounts that had not finished are reported as not run.\n');
  return writeProblem === null ? auditExitCode(run.results) : EXIT_CANNOT_WRITE;
}

/** The options that describe one account: every account flag, its name and its RESTlet URL. */
const SINGLE_ACCOUNT_KEYS = [
  ...(Object.keys(ACCOUNT_FLAGS) as (keyof typeof ACCOUNT_FLAGS)[]),
  'name',
  'restletUrl',
] as const;

/** Reads commander's parsed options into {@link AuditCommandOptions}. */
export function toAuditCommandOptions(parsed: Readonly<Record<string, unknown>>): AuditCommandOptions {
  const text = (key: string): string | undefined => (typeof parsed[key] === 'string' ? parsed[key] : undefined);
  const number = (key: string): number | undefined => (typeof parsed[key] === 'number' ? parsed[key] : undefined);
  const single: SingleAccountFlags = Object.fromEntries(
    SINGLE_ACCOUNT_KEYS.map((key) => [key, text(key)] as const).filter((entry) => entry[1] !== undefined),
  );
  const integration = text('integration');
  const role = number('role');
  const user = number('user');
  const scoreFields = text('scoreFields');
  const accounts = text('accounts');
  const out = text('out');
  const history = text('history');
  return {
    ...(accounts === undefined ? {} : { accounts }),
    single,
    defaults: {
      ...(integration === undefined ? {} : { integration }),
      ...(role === undefined ? {} : { role }),
      ...(user === undefined ? {} : { user }),
      ...(scoreFields === undefined ? {} : { scoreFields }),
    },
    format: (text('format') ?? 'text') as AuditFormat,
    ...(out === undefined ? {} : { out }),
    concurrency: number('concurrency') ?? DEFAULT_CONCURRENCY,
    timeoutSeconds: number('timeout') ?? DEFAULT_TIMEOUT_SECONDS,
    progress: parsed['progress'] !== false,
    ...(parsed['color'] === false ? { color: false } : {}),
    ...(history === undefined ? {} : { history }),
  };
}

const HELP_AFTER = `
Accounts file: a JSON array of
  { "name", "accountId", "restletUrl"?, "integration"?, "role"?, "user"?, "scoreFields"?, and either
    "consumerKey", "consumerSecret", "tokenId", "tokenSecret"   (Token-Based Authentication)
    or "clientId", "certificateId", "privateKeyFile", "tokenUrl"?, "scope"?   (OAuth 2.0) }
(schema: tools/audit/accounts.schema.json). Keep it private: chmod 600 accounts.json.

One account without a file: --account-id (or NETSUITE_ACCOUNT_ID) and the environment
variables NETSUITE_CONSUMER_KEY, NETSUITE_CONSUMER_SECRET, NETSUITE_TOKEN_ID,
NETSUITE_TOKEN_SECRET, or NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID and
NETSUITE_PRIVATE_KEY_FILE. Secrets given as flags end up in your shell history.

Exit codes: 0 every account READY or READY_WITH_WARNINGS; 2 any NOT_READY or login refused;
3 any INCOMPLETE, unreachable, wrong answer or not run; 64 usage errors; 73 the run finished
but --out could not be written (the summary is still printed).
Colour: on a terminal, unless NO_COLOR is set or --no-color is given.

Examples:
  acton-readiness audit --accounts accounts.json
  acton-readiness audit --accounts accounts.json --format html --out readiness.html
  NETSUITE_CONSUMER_KEY=... NETSUITE_CONSUMER_SECRET=... NETSUITE_TOKEN_ID=... \\
    NETSUITE_TOKEN_SECRET=... acton-readiness audit --account-id 1234567_SB1
`;

/** Ctrl-C once: stop cleanly and report what finished. Twice: quit at once. */
function interruptSignal(io: CommandIo): { readonly signal: AbortSignal; readonly release: () => void } {
  const controller = new AbortController();
  const onInterrupt = (): void => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write('\nStopping: reporting the accounts that finished (Ctrl-C again to quit at once)...\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  return { signal: controller.signal, release: () => process.off('SIGINT', onInterrupt) };
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description(
      "Sign in to each account's readiness RESTlet (Token-Based Authentication or OAuth 2.0 client credentials) " +
        'and gather the readiness reports.',
    )
    .option('--accounts <file>', 'JSON file listing the accounts and their credentials')
    .option('--account-id <id>', 'one account: its id, e.g. 1234567_SB1 (or NETSUITE_ACCOUNT_ID)')
    .option('--consumer-key <key>', 'one account: Consumer Key (or NETSUITE_CONSUMER_KEY)')
    .option('--consumer-secret <secret>', 'one account: Consumer Secret (prefer NETSUITE_CONSUMER_SECRET)')
    .option('--token-id <id>', 'one account: Token ID (or NETSUITE_TOKEN_ID)')
    .option('--token-secret <secret>', 'one account: Token Secret (prefer NETSUITE_TOKEN_SECRET)')
    .option('--client-id <id>', 'one account, OAuth 2.0: Client ID of the integration record (or NETSUITE_CLIENT_ID)')
    .option(
      '--certificate-id <id>',
      'one account, OAuth 2.0: Certificate ID of the uploaded certificate (or NETSUITE_CERTIFICATE_ID)',
    )
    .option(
      '--private-key-file <file>',
      "one account, OAuth 2.0: PEM file of the certificate's private key (or NETSUITE_PRIVATE_KEY_FILE)",
    )
    .option('--token-url <url>', "one account, OAuth 2.0: the token endpoint (default: the account's suitetalk host)")
    .option('--scope <scopes>', 'one account, OAuth 2.0: scopes to ask for (default restlets)')
    .option('--name <name>', 'one account: the name shown in the summary (default: the account id)')
    .option('--restlet-url <url>', "one account: the RESTlet's URL (default: the account's RESTlet host)")
    .option('--integration <name>', "integration record's name, for accounts that do not give one (default ActOnTBA)")
    .option('--role <id>', 'role internal id, for accounts that do not give one', internalId)
    .option('--user <id>', 'employee internal id, for accounts that do not give one', internalId)
    .option(
      '--score-fields <ids>',
      'comma-separated custom entity field ids Act-On writes its score to, for accounts that do not give them',
      scoreFieldIds,
    )
    .addOption(new Option('--format <format>', 'output format').choices(AUDIT_FORMATS).default('text'))
    .option('--out <file>', 'write the output to a file (the summary still goes to the terminal)')
    .option(
      '--concurrency <n>',
      `accounts audited at once, ${MIN_CONCURRENCY} to ${MAX_CONCURRENCY}`,
      wholeNumberIn(MIN_CONCURRENCY, MAX_CONCURRENCY, '--concurrency'),
      DEFAULT_CONCURRENCY,
    )
    .option(
      '--timeout <seconds>',
      'time allowed for each request, 1 to 600 seconds',
      wholeNumberIn(1, MAX_TIMEOUT_SECONDS, '--timeout'),
      DEFAULT_TIMEOUT_SECONDS,
    )
    .option('--history <dir>', "keep every account's report of this run in the folder, for `portfolio`")
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--no-color', 'no colour in the text summary')
    .addHelpText('after', HELP_AFTER)
    .action(async (parsed: Readonly<Record<string, unknown>>) => {
      const interrupt = interruptSignal(PROCESS_IO);
      try {
        process.exitCode = await executeAudit(toAuditCommandOptions(parsed), PROCESS_IO, interrupt.signal);
      } finally {
        interrupt.release();
      }
    });
}
