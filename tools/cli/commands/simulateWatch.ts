/**
 * `acton-readiness simulate-watch <scenario.json>...`: runs the compiled watch (the scheduled
 * script that gets deployed) once per scenario, in order, against one emulated history, each run
 * one day after the one before, and prints each run's verdict and the emails it sent.
 * Exit codes: 0 when every run finished, 64 usage or scenario errors, 70 when a run failed.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { TOOL_NAME } from '../../../src/core/tool';
import { WATCH_PARAMETERS } from '../../../src/netsuite/watchReads/historyRecordType';
import { printableText } from '../../../src/render/escape';
import { EmulatorError, rejectedStatements, ScenarioError } from '../../emulator';
import { isIsoDateTime } from '../../emulator/scenario/schemaValidation';
import { projectRoot } from '../../scenarios/demoScenarios';
import { COMPILED_WATCH_PATH, replayWatch, type WatchReplayRun } from '../../watch/watchReplay';
import { EXIT_READY, EXIT_SOFTWARE, EXIT_USAGE } from '../exitCodes';
import { commanderOutputTo, exitCodeFor, PROCESS_IO, SET_PROCESS_EXIT_CODE, UsageError } from '../program';
import type { CommandIo, ExitCodeSink } from '../program';

export const SIMULATE_WATCH_FORMATS = ['text', 'json'] as const;
export type SimulateWatchFormat = (typeof SIMULATE_WATCH_FORMATS)[number];

/** The default first run: the demo accounts' clock. */
export const DEFAULT_WATCH_NOW = '2026-11-27T12:00:00Z';

export interface SimulateWatchOptions {
  readonly scenarioFiles: readonly string[];
  readonly format: SimulateWatchFormat;
  readonly now?: string;
  /** The recipients script parameter. */
  readonly recipients?: string;
  /** The Email sender script parameter: an employee's internal id. */
  readonly sender?: string;
}

/** The JSON output, one entry per run. */
export interface SimulateWatchDocument {
  readonly runs: readonly {
    readonly scenario: string;
    readonly runAt: string;
    readonly verdict: string | null;
    readonly emails: readonly {
      readonly author: number;
      readonly to: readonly string[];
      readonly subject: string;
      readonly body: string;
    }[];
    /** Null, or why a run that should have emailed did not. */
    readonly emailProblem: string | null;
    readonly usage: { readonly units: number; readonly limit: number; readonly queries: number };
    readonly error: string | null;
  }[];
}

function firstRunAt(now: string | undefined): Date {
  const text = (now ?? DEFAULT_WATCH_NOW).trim();
  if (!isIsoDateTime(text))
    throw new UsageError(
      `--now "${now ?? ''}" is not an ISO-8601 date-time with a time zone, e.g. 2026-11-27T12:00:00Z.`,
    );
  return new Date(text);
}

export function toWatchDocument(runs: readonly WatchReplayRun[]): SimulateWatchDocument {
  return {
    runs: runs.map(({ scenario, runAt, verdict, emailProblem, result }) => ({
      scenario,
      runAt: runAt.toISOString(),
      verdict,
      emails: result.emails.map((email) => ({
        author: email.author,
        to: email.to,
        subject: email.subject,
        body: email.body,
      })),
      emailProblem,
      usage: { units: result.usage.units, limit: result.usage.limit, queries: result.usage.queries },
      error: result.error === null ? null : `${result.error.name}: ${result.error.message}`,
    })),
  };
}

/** The email body as lines of text for the terminal: tags dropped, entities read back, control bytes removed. */
function bodyText(html: string): string {
  const text = html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, '$2 ($1)')
    .replace(/<li>/g, '\n  - ')
    .replace(/<\/(p|ol|ul)>|<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
  return text
    .split('\n')
    .map((line) => printableText(line).trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line) => `    ${line}`)
    .join('\n');
}

function renderText(document: SimulateWatchDocument): string {
  return document.runs
    .map((run, index) => {
      const head =
        `Run ${index + 1} (${run.runAt.slice(0, 10)}) ${printableText(run.scenario)}: ` +
        `${run.verdict ?? 'no verdict'}, ${run.usage.units} of ${run.usage.limit} units`;
      const failure = run.error === null ? [] : [`  failed: ${printableText(run.error)}`];
      const emails =
        run.emails.length === 0
          ? [
              run.emailProblem !== null
                ? `  no email, although readiness got worse: ${printableText(run.emailProblem)}`
                : run.error !== null
                  ? '  no email (the run failed)'
                  : '  no email (nothing got worse)',
            ]
          : run.emails.flatMap((email) => [
              `  email from employee ${email.author} to ${printableText(email.to.join(', '))}: ` +
                printableText(email.subject),
              bodyText(email.body),
            ]);
      return [head, ...failure, ...emails].join('\n');
    })
    .join('\n\n');
}

function warnAboutEmulation(runs: readonly WatchReplayRun[], io: CommandIo): void {
  for (const { scenario, result } of runs) {
    for (const statement of rejectedStatements(result))
      io.stderr.write(
        `warning: ${printableText(scenario)}: the emulator refused a SuiteQL statement: ` +
          `${printableText(statement.sql)}\n`,
      );
    for (const member of result.unsupported)
      io.stderr.write(
        `warning: ${printableText(scenario)}: the watch used ${member}, which the emulator does not provide\n`,
      );
  }
}

/** Replays the watch over the scenarios and writes what each run did; returns the exit code. */
export async function executeSimulateWatch(options: SimulateWatchOptions, io: CommandIo): Promise<number> {
  if (options.scenarioFiles.length === 0) throw new UsageError('name at least one scenario file.');
  const start = firstRunAt(options.now);
  const root = projectRoot();
  if (!existsSync(join(root, COMPILED_WATCH_PATH)))
    throw new UsageError(`the compiled watch ${COMPILED_WATCH_PATH} is missing: run npm run build first.`);
  if (options.sender !== undefined && !/^[1-9]\d{0,9}$/.test(options.sender.trim()))
    throw new UsageError(`--sender "${options.sender}" is not an employee internal id, e.g. 7.`);
  const parameters: Record<string, string> = {
    ...(options.recipients === undefined ? {} : { [WATCH_PARAMETERS.recipients]: options.recipients }),
    ...(options.sender === undefined ? {} : { [WATCH_PARAMETERS.sender]: options.sender.trim() }),
  };
  const runs = await replayWatch(options.scenarioFiles, {
    projectRoot: root,
    firstRunAt: start,
    scriptParameters: parameters,
  });
  warnAboutEmulation(runs, io);
  const document = toWatchDocument(runs);
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : `${renderText(document)}\n`);
  return document.runs.some((run) => run.error !== null) ? EXIT_SOFTWARE : EXIT_READY;
}

function failureExitCode(thrown: unknown, io: CommandIo): number {
  if (thrown instanceof ScenarioError) {
    io.stderr.write(`${TOOL_NAME}: the scenario cannot be used:\n${thrown.message.replace(/^/gm, '  ')}\n`);
    return EXIT_USAGE;
  }
  if (thrown instanceof EmulatorError) {
    io.stderr.write(`${TOOL_NAME}: simulate-watch: the emulator cannot run the watch: ${thrown.message}\n`);
    return EXIT_SOFTWARE;
  }
  return exitCodeFor(thrown, io.stderr);
}

const HELP_AFTER = `
Runs the compiled watch (npm run build first) in the local NetSuite emulator once per scenario
file, in order, against one history: the first run at --now, each next one a day later. Prints
each run's verdict and the emails it sent (json: { "runs": [ { "scenario", "verdict", "emails":
[ { "author", "to", "subject", "body" } ], "emailProblem" } ] }, plus each run's date, units and
error). The watch emails from --sender (its Email sender parameter, an active employee's internal
id); without one its runs are kept and no email is sent, and emailProblem says so.

Exit codes: 0 every run finished; 64 usage or scenario errors; 70 a run failed.

Examples:
  acton-readiness simulate-watch scenarios/01-ready-administrator.json scenarios/07-token-revoked.json --sender 7
  acton-readiness simulate-watch scenarios/03-tba-disabled.json scenarios/03-tba-disabled.json --sender 7 --format json
`;

export function registerSimulateWatchCommand(
  program: Command,
  io: CommandIo = PROCESS_IO,
  setExitCode: ExitCodeSink = SET_PROCESS_EXIT_CODE,
): void {
  program
    .command('simulate-watch')
    .description('Replay the scheduled watch over scenario files, one run a day, and show the emails it sends.')
    .argument('<scenario...>', 'scenario files, one per run, in order')
    .addOption(new Option('--format <format>', 'output format').choices(SIMULATE_WATCH_FORMATS).default('text'))
    .option('--now <iso-8601>', `the first run's date-time (default ${DEFAULT_WATCH_NOW})`)
    .option('--sender <employee id>', "the watch's Email sender parameter (default: none, so no email is sent)")
    .option('--recipients <list>', "the watch's recipients parameter (default: the sender)")
    .configureOutput(commanderOutputTo(io))
    .addHelpText('after', HELP_AFTER)
    .action(async (scenarioFiles: string[], parsed: Readonly<Record<string, unknown>>) => {
      try {
        const text = (key: string): Record<string, string> =>
          typeof parsed[key] === 'string' ? { [key]: parsed[key] } : {};
        const format = (typeof parsed['format'] === 'string' ? parsed['format'] : 'text') as SimulateWatchFormat;
        setExitCode(
          await executeSimulateWatch(
            { scenarioFiles, format, ...text('now'), ...text('recipients'), ...text('sender') },
            io,
          ),
        );
      } catch (thrown) {
        setExitCode(failureExitCode(thrown, io));
      }
    });
}
