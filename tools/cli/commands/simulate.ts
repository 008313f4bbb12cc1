/**
 * `acton-readiness simulate <scenario.json>`: runs the compiled Suitelet (the file that gets
 * deployed) in the local NetSuite emulator on the account a scenario file describes, and
 * prints its report: terminal text, the JSON document, or the Suitelet's own CSV download or
 * print page. Exit codes (../exitCodes): the verdict's, 64 for usage or scenario errors, 70 when
 * the run itself failed.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { parseRequestParameters } from '../../../src/core/inputs';
import { TOOL_NAME } from '../../../src/core/tool';
import { printableLines, terminalSafeJson } from '../../../src/render/escape';
import { parseReportDocument } from '../../../src/render/json';
import type { ReportDocument } from '../../../src/render/reportDocument';
import { renderReportText } from '../../../src/render/text';
import {
  createAccount,
  EmulatorError,
  loadScenario,
  rejectedStatements,
  runSuitelet,
  ScenarioError,
} from '../../emulator';
import type { EmulatedAccount, ScriptRunResult } from '../../emulator';
import { isIsoDateTime } from '../../emulator/scenario/schemaValidation';
import { projectRoot } from '../../scenarios/demoScenarios';
import { EXIT_SOFTWARE, EXIT_USAGE, verdictExitCode } from '../exitCodes';
import { commanderOutputTo, exitCodeFor, PROCESS_IO, SET_PROCESS_EXIT_CODE, UsageError } from '../program';
import type { CommandIo, ExitCodeSink } from '../program';
import { terminalTextOptions } from '../terminalOutput';

export const SIMULATE_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type SimulateFormat = (typeof SIMULATE_FORMATS)[number];

/** Where `npm run build` puts the Suitelet, from the project root. */
export const COMPILED_SUITELET_PATH = 'FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js';

/** The Suitelet's `format` parameter for each output; text is rendered here from the JSON document. */
const SUITELET_FORMATS: Readonly<Record<SimulateFormat, string>> = {
  text: 'json',
  json: 'json',
  csv: 'csv',
  html: 'print',
};

/** The command's options as typed, before validation. */
export interface SimulateCommandOptions {
  readonly scenarioFile: string;
  readonly format: SimulateFormat;
  readonly integration?: string;
  readonly role?: string;
  readonly user?: string;
  /** Comma-separated custom entity field ids Act-On writes its score to. */
  readonly scoreFields?: string;
  /** ISO-8601 date-time with a zone; the scenario's own `now` when absent, else the real clock. */
  readonly now?: string;
  /** False to turn colour off even on a terminal. */
  readonly color?: boolean;
  /** List what each SuiteQL statement read in the text report. */
  readonly verbose?: boolean;
}

/** The run failed after its inputs were accepted (the Suitelet threw, or answered with an error). */
class SimulationFailure extends Error {
  override readonly name = 'SimulationFailure';
}

/** --now as a Date; undefined leaves the clock to the scenario's `now` (or the real clock). */
function auditNow(now: string | undefined): Date | undefined {
  if (now === undefined) return undefined;
  if (!isIsoDateTime(now.trim()))
    throw new UsageError(`--now "${now}" is not an ISO-8601 date-time with a time zone, e.g. 2026-11-27T12:00:00Z.`);
  return new Date(now.trim());
}

/** The Suitelet's request parameters, validated by the same rules the Suitelet applies. */
function auditParameters(options: SimulateCommandOptions): Record<string, string> {
  const raw = {
    integration: options.integration,
    role: options.role,
    user: options.user,
    scorefields: options.scoreFields,
  };
  const { problems } = parseRequestParameters(raw);
  const optionName = (parameter: string): string => (parameter === 'scorefields' ? 'score-fields' : parameter);
  if (problems.length > 0)
    throw new UsageError(
      problems.map((problem) => `--${optionName(problem.parameter)}: ${problem.message}`).join('\n'),
    );
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ''),
  );
}

function compiledSuitelet(): string {
  const file = join(projectRoot(), COMPILED_SUITELET_PATH);
  if (!existsSync(file))
    throw new UsageError(`the compiled Suitelet ${COMPILED_SUITELET_PATH} is missing: run npm run build first.`);
  return file;
}

/** Warnings about the emulation itself: a statement it refused or an API it lacks makes the report untrustworthy. */
function emulationWarnings(result: ScriptRunResult): string[] {
  const rejected = rejectedStatements(result).map(
    (statement) =>
      `warning: the emulator refused a SuiteQL statement: ` +
      `${'message' in statement.outcome ? statement.outcome.message : statement.sql}`,
  );
  const unsupported = result.unsupported.map(
    (member) => `warning: the Suitelet used ${member}, which the emulator does not provide`,
  );
  return [...rejected, ...unsupported];
}

/** Runs the Suitelet once with `format`; a script that threw is a {@link SimulationFailure}. */
async function runFormat(
  account: EmulatedAccount,
  scriptPath: string,
  parameters: Record<string, string>,
  format: string,
  io: CommandIo,
): Promise<ScriptRunResult> {
  const result = await runSuitelet(account, { scriptPath, parameters: { ...parameters, format } });
  for (const warning of emulationWarnings(result)) io.stderr.write(`${printableLines(warning)}\n`);
  if (result.error !== null)
    throw new SimulationFailure(`the Suitelet failed with ${result.error.name}: ${result.error.message}`);
  if (result.status !== 200) throw new SimulationFailure(`the Suitelet answered with HTTP status ${result.status}.`);
  return result;
}

/** The message of the Suitelet's JSON error answer (`{ "error": { "message" } }`), or null. */
function auditErrorMessage(body: string): string | null {
  try {
    const message = (JSON.parse(body) as { readonly error?: { readonly message?: unknown } } | null)?.error?.message;
    return typeof message === 'string' ? message : null;
  } catch {
    return null;
  }
}

/** The report document in the Suitelet's JSON answer, or the audit's own error message. */
function reportDocumentOf(result: ScriptRunResult): ReportDocument {
  const parsed = parseReportDocument(result.body);
  if (!('error' in parsed)) return parsed;
  throw new SimulationFailure(
    auditErrorMessage(result.body) ?? `the Suitelet's JSON is not a readiness report: ${parsed.error}`,
  );
}

/** What to print: the text report, the JSON answer as is, or the Suitelet's answer in the other format. */
async function renderOutput(
  options: SimulateCommandOptions,
  io: CommandIo,
  document: ReportDocument,
  jsonAnswer: ScriptRunResult,
  runOtherFormat: () => Promise<ScriptRunResult>,
): Promise<string> {
  if (options.format === 'text') {
    return renderReportText(document, { ...terminalTextOptions(io, options.color), verbose: options.verbose === true });
  }
  // CSV and HTML arrive neutralised by the Suitelet's own escaping; JSON still carries DEL and C1 characters as they
  // are.
  const body = options.format === 'json' ? terminalSafeJson(jsonAnswer.body) : (await runOtherFormat()).body;
  return body.endsWith('\n') ? body : `${body}\n`;
}

/**
 * Audits the scenario's account and writes the report to `io.stdout`; returns the exit code.
 * @throws UsageError for bad options or a missing build; ScenarioError for a bad scenario file;
 *   SimulationFailure when the Suitelet could not produce a report
 */
export async function executeSimulate(options: SimulateCommandOptions, io: CommandIo): Promise<number> {
  const now = auditNow(options.now);
  const parameters = auditParameters(options);
  const scriptPath = compiledSuitelet();
  const account = await createAccount(loadScenario(options.scenarioFile), now === undefined ? {} : { now });
  try {
    const jsonAnswer = await runFormat(account, scriptPath, parameters, 'json', io);
    const document = reportDocumentOf(jsonAnswer);
    io.stdout.write(
      await renderOutput(options, io, document, jsonAnswer, () =>
        runFormat(account, scriptPath, parameters, SUITELET_FORMATS[options.format], io),
      ),
    );
    return verdictExitCode(document.verdict);
  } finally {
    account.close();
  }
}

/** Words any failure for stderr and gives its exit code; a stack trace only with ACTON_READINESS_DEBUG=1. */
export function simulateFailureExitCode(thrown: unknown, io: CommandIo): number {
  if (io.env['ACTON_READINESS_DEBUG'] === '1' && thrown instanceof Error && thrown.stack !== undefined)
    io.stderr.write(`${thrown.stack}\n`);
  if (thrown instanceof ScenarioError) {
    io.stderr.write(
      `${TOOL_NAME}: the scenario cannot be used:\n${printableLines(thrown.message).replace(/^/gm, '  ')}\n`,
    );
    return EXIT_USAGE;
  }
  if (thrown instanceof SimulationFailure) {
    io.stderr.write(`${TOOL_NAME}: simulate: ${printableLines(thrown.message)}\n`);
    return EXIT_SOFTWARE;
  }
  if (thrown instanceof EmulatorError) {
    io.stderr.write(
      `${TOOL_NAME}: simulate: the emulator cannot run the Suitelet: ${printableLines(thrown.message)}\n`,
    );
    return EXIT_SOFTWARE;
  }
  return exitCodeFor(thrown, io.stderr);
}

/** Reads commander's parsed options. */
export function toSimulateOptions(
  scenarioFile: string,
  parsed: Readonly<Record<string, unknown>>,
): SimulateCommandOptions {
  const text = (key: string): Record<string, string> => (typeof parsed[key] === 'string' ? { [key]: parsed[key] } : {});
  return {
    scenarioFile,
    format: (typeof parsed['format'] === 'string' ? parsed['format'] : 'text') as SimulateFormat,
    ...text('integration'),
    ...text('role'),
    ...text('user'),
    ...text('scoreFields'),
    ...text('now'),
    ...(parsed['color'] === false ? { color: false } : {}),
    ...(parsed['verbose'] === true ? { verbose: true } : {}),
  };
}

const HELP_AFTER = `
Runs the compiled Suitelet (npm run build first) in the local NetSuite emulator on the
account the scenario file describes (format: scenarios/scenario.schema.json). It reads only
the file: no NetSuite account is contacted.

Formats: text (default; colour on a terminal unless NO_COLOR is set), json (the report
document), csv (the Suitelet's CSV download), html (the Suitelet's print page).

Exit codes: 0 READY or READY_WITH_WARNINGS; 2 NOT_READY; 3 INCOMPLETE; 64 usage or
scenario errors; 70 when the Suitelet could not produce a report.

Examples:
  acton-readiness simulate scenarios/01-ready-administrator.json
  acton-readiness simulate scenarios/08-user-lost-role.json --now 2026-11-27T12:00:00Z
  acton-readiness simulate scenarios/02-ready-integration-role.json --role 1001 --user 21
  acton-readiness simulate scenarios/09-sandbox.json --format json > report.json
  acton-readiness simulate scenarios/10-tables-unreadable.json --verbose
  acton-readiness simulate build/scenarios/11-large-account.json --format html > report.html
`;

/**
 * Adds `simulate` to the program. `io` and `setExitCode` are the process's unless a test
 * supplies its own.
 */
export function registerSimulateCommand(
  program: Command,
  io: CommandIo = PROCESS_IO,
  setExitCode: ExitCodeSink = SET_PROCESS_EXIT_CODE,
): void {
  program
    .command('simulate')
    .description(
      'Audit an account described by a scenario file: the compiled Suitelet runs in the local NetSuite emulator.',
    )
    .argument('<scenario.json>', 'the scenario file describing the account')
    .addOption(new Option('--format <format>', 'output format').choices(SIMULATE_FORMATS).default('text'))
    .option('--integration <name>', "the integration record's name (default ActOnTBA)")
    .option('--role <id>', 'internal id of the role Act-On should use')
    .option('--user <id>', 'internal id of the employee Act-On should use')
    .option(
      '--score-fields <ids>',
      'comma-separated custom entity field ids Act-On writes its score to, e.g. custentity_acton_score',
    )
    .option(
      '--now <iso-8601>',
      '"now" in the account, e.g. 2026-11-27T12:00:00Z (default: the scenario\'s "now", else the real now); the ' +
        '30-day login window ends here',
    )
    .option('--no-color', 'no colour in the text report')
    .option('--verbose', 'also list what each SuiteQL statement of the audit read (text format)')
    .configureOutput(commanderOutputTo(io))
    .addHelpText('after', HELP_AFTER)
    .action(async (scenarioFile: string, parsed: Readonly<Record<string, unknown>>) => {
      try {
        setExitCode(await executeSimulate(toSimulateOptions(scenarioFile, parsed), io));
      } catch (thrown) {
        setExitCode(simulateFailureExitCode(thrown, io));
      }
    });
}
