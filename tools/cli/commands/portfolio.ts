/**
 * `acton-readiness portfolio <dir>`: every client's readiness over time from the folder that
 * `audit --history` keeps, as a page a client can read, JSON or text. Exit 2 when a client got
 * worse since its previous run, so it can run from cron or CI.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'fs';
import { basename, dirname, join } from 'path';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { printableText } from '../../../src/render/escape';
import { fileErrorCode } from '../../audit/fileProblems';
import { readPortfolio } from '../../portfolio/portfolioFolder';
import type { Portfolio } from '../../portfolio/portfolioFolder';
import { renderPortfolioHtml } from '../../portfolio/portfolioHtml';
import { renderPortfolioJson } from '../../portfolio/portfolioJson';
import { renderPortfolioText } from '../../portfolio/portfolioText';
import { EXIT_NOT_READY, EXIT_READY } from '../exitCodes';
import { commanderOutputTo, PROCESS_IO, SET_PROCESS_EXIT_CODE, UsageError } from '../program';
import type { CommandIo, ExitCodeSink } from '../program';

export const PORTFOLIO_FORMATS = ['text', 'html', 'json'] as const;
export type PortfolioFormat = (typeof PORTFOLIO_FORMATS)[number];

export const DEFAULT_PORTFOLIO_DAYS = 90;
const MAX_DAYS = 3660;

export interface PortfolioCommandOptions {
  readonly folder: string;
  readonly format: PortfolioFormat;
  readonly out?: string;
  readonly days: number;
  /** The end of the window; the real now unless a test fixes it. */
  readonly now?: Date;
}

function days(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > MAX_DAYS)
    throw new InvalidArgumentError(`must be a whole number of days from 1 to ${MAX_DAYS}.`);
  return Number(value);
}

function render(portfolio: Portfolio, format: PortfolioFormat): string {
  switch (format) {
    case 'html':
      return renderPortfolioHtml(portfolio);
    case 'json':
      return renderPortfolioJson(portfolio);
    case 'text':
      return renderPortfolioText(portfolio);
  }
}

/** Writes the whole file or nothing: a temporary file beside it, then a rename over it. */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const descriptor = openSync(temporary, 'w', 0o600);
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
    closeSync(descriptor);
    renameSync(temporary, file);
  } catch (problem) {
    try {
      closeSync(descriptor);
    } catch {
      // Already closed.
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Never created or already renamed.
    }
    throw problem;
  }
}

/** The history folder, or a usage error saying what is wrong with it. */
function checkFolder(folder: string): void {
  try {
    if (!statSync(folder).isDirectory())
      throw new UsageError(`${folder}: is a file; name the folder of audit --history.`);
  } catch (problem) {
    if (problem instanceof UsageError) throw problem;
    const code = fileErrorCode(problem);
    throw new UsageError(code === 'ENOENT' ? `${folder}: no such folder.` : `${folder}: cannot be read (${code}).`);
  }
}

/** Reads the history and writes the portfolio; returns 0, or 2 when a client got worse. */
export function executePortfolio(options: PortfolioCommandOptions, io: CommandIo): number {
  checkFolder(options.folder);
  let portfolio: Portfolio;
  try {
    portfolio = readPortfolio(options.folder, options.days, options.now ?? new Date());
  } catch (problem) {
    throw new UsageError(`${options.folder}: cannot be read (${fileErrorCode(problem)}).`);
  }
  const text = render(portfolio, options.format);
  if (options.out === undefined) {
    io.stdout.write(text);
  } else {
    try {
      writeFileAtomically(options.out, text);
    } catch (problem) {
      throw new UsageError(`--out ${options.out}: cannot be written (${fileErrorCode(problem)}).`);
    }
    io.stderr.write(`Wrote ${options.format.toUpperCase()} to ${printableText(options.out)}\n`);
  }
  if (portfolio.skipped.length > 0 && options.format !== 'text') {
    const files = portfolio.skipped.length === 1 ? '1 file' : `${portfolio.skipped.length} files`;
    io.stderr.write(`Skipped ${files} that audit --history did not write; the ${options.format} lists them.\n`);
  }
  return portfolio.clients.some((client) => client.worse) ? EXIT_NOT_READY : EXIT_READY;
}

export function toPortfolioOptions(folder: string, parsed: Readonly<Record<string, unknown>>): PortfolioCommandOptions {
  const out = parsed['out'];
  return {
    folder,
    format: PORTFOLIO_FORMATS.find((format) => format === parsed['format']) ?? 'text',
    ...(typeof out === 'string' ? { out } : {}),
    days: typeof parsed['days'] === 'number' ? parsed['days'] : DEFAULT_PORTFOLIO_DAYS,
  };
}

const HELP_AFTER = `
Reads the folder that \`audit --history <dir>\` fills (one folder per account, one file per run)
and shows each client: the verdict of each run, what changed since the previous run and over
the window, the NetSuite release and the next platform milestone, and who fixes each open problem.
Files it did not write are listed as skipped, never fatal.

Exit codes: 0 no client got worse since its previous run; 2 one did; 64 usage errors.

Examples:
  acton-readiness audit --accounts accounts.json --history ~/acton-history
  acton-readiness portfolio ~/acton-history --format html --out portfolio.html
  acton-readiness portfolio ~/acton-history --days 30 --format json
`;

/** Adds `portfolio` to the program. `io` and `setExitCode` are the process's unless a test supplies its own. */
export function registerPortfolioCommand(
  program: Command,
  io: CommandIo = PROCESS_IO,
  setExitCode: ExitCodeSink = SET_PROCESS_EXIT_CODE,
): void {
  program
    .command('portfolio')
    .description("Every client's readiness over time, from the folder `audit --history` keeps.")
    .argument('<dir>', 'the folder given to audit --history')
    .addOption(new Option('--format <format>', 'output format').choices(PORTFOLIO_FORMATS).default('text'))
    .option('--out <file>', 'write to a file instead of the terminal')
    .option('--days <n>', `the window, in days (default ${DEFAULT_PORTFOLIO_DAYS})`, days)
    .configureOutput(commanderOutputTo(io))
    .addHelpText('after', HELP_AFTER)
    .action((folder: string, parsed: Readonly<Record<string, unknown>>) => {
      setExitCode(executePortfolio(toPortfolioOptions(folder, parsed), io));
    });
}
