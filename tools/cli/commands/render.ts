/**
 * `acton-readiness render report.json`: re-renders a JSON report exported from the Suitelet
 * (or one account's report from an audit) as terminal text, CSV or a print-friendly HTML page,
 * with the same renderers the Suitelet and `simulate` use.
 */
import { existsSync, statSync } from 'fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { renderReportCsv } from '../../../src/render/csv';
import { confineLinksToNetSuite } from '../../../src/render/foreignDocument';
import { renderPrintPage } from '../../../src/render/html';
import { fromReportDocument, parseReportDocument, toReportDocument } from '../../../src/render/json';
import { terminalSafeJson } from '../../../src/render/escape';
import type { ReportDocument } from '../../../src/render/reportDocument';
import { renderReportText } from '../../../src/render/text';
import type { TextReportOptions } from '../../../src/render/text';
import { fileErrorCode } from '../../audit/fileProblems';
import { readBoundedFile } from '../../audit/boundedFile';
import { inputOverwrittenBy, writeFileAtomically } from '../../audit/outputFile';
import { commanderOutputTo, PROCESS_IO, SET_PROCESS_EXIT_CODE, UsageError } from '../program';
import type { CommandIo, ExitCodeSink } from '../program';
import { terminalTextOptions } from '../terminalOutput';

export const RENDER_FORMATS = ['text', 'html', 'csv', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderCommandOptions {
  readonly file: string;
  readonly format: RenderFormat;
  readonly out?: string;
  /** False to turn colour off even on a terminal. */
  readonly color?: boolean;
  /** List what each SuiteQL statement read in the text report. */
  readonly verbose?: boolean;
}

/** A readiness report is tens of kilobytes; the largest demo account's is a few megabytes. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** Text written to a file: no colour codes, the renderer's default width. */
const FILE_TEXT: TextReportOptions = { color: false };

/** The report document in a file, or a usage error naming the file and the problem. */
export function readReportDocument(file: string): ReportDocument {
  const read = readBoundedFile(file, MAX_REPORT_BYTES);
  if ('problem' in read) throw new UsageError(`${file}: ${read.problem}`);
  const { text } = read;
  const parsed = parseReportDocument(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) throw new UsageError(`${file} is not a readiness report: ${parsed.error}`);
  return parsed;
}

/** The document in `format`; `text` says how the text format is laid out (the others ignore it). */
export function renderDocument(
  document: ReportDocument,
  format: RenderFormat,
  text: TextReportOptions = FILE_TEXT,
): string {
  // A file of unknown origin: its links may only lead to NetSuite.
  const confined = confineLinksToNetSuite(document);
  switch (format) {
    case 'text':
      return renderReportText(confined, text);
    case 'csv':
      return renderReportCsv(fromReportDocument(confined));
    case 'html':
      return renderPrintPage(fromReportDocument(confined));
    case 'json':
      // Read back through the report model: the fields this version knows, links confined, nothing else.
      return `${terminalSafeJson(JSON.stringify(toReportDocument(fromReportDocument(confined)), null, 2))}\n`;
  }
}

/** Renders the report; returns the exit code (0). Problems with the files throw {@link UsageError}. */
export function executeRender(options: RenderCommandOptions, io: CommandIo): number {
  const { format } = options;
  if (options.out !== undefined) {
    if (existsSync(options.out) && statSync(options.out).isDirectory())
      throw new UsageError(`--out ${options.out}: is a folder; name a file to write.`);
    if (inputOverwrittenBy(options.out, [options.file]) !== undefined)
      throw new UsageError(`--out ${options.out}: is the report being rendered; name another file.`);
  }
  const document = readReportDocument(options.file);
  if (options.out === undefined) {
    io.stdout.write(
      renderDocument(document, format, {
        ...terminalTextOptions(io, options.color),
        verbose: options.verbose === true,
      }),
    );
    return 0;
  }
  try {
    writeFileAtomically(
      options.out,
      renderDocument(document, format, { ...FILE_TEXT, verbose: options.verbose === true }),
    );
  } catch (problem) {
    throw new UsageError(`--out ${options.out}: cannot be written (${fileErrorCode(problem)})`);
  }
  io.stderr.write(`Wrote ${format.toUpperCase()} to ${options.out}\n`);
  return 0;
}

/** Reads commander's parsed options (it has checked `--format` against the choices). */
export function toRenderOptions(file: string, parsed: Readonly<Record<string, unknown>>): RenderCommandOptions {
  const out = parsed['out'];
  return {
    file,
    format: RENDER_FORMATS.find((format) => format === parsed['format']) ?? 'text',
    ...(typeof out === 'string' ? { out } : {}),
    ...(parsed['color'] === false ? { color: false } : {}),
    ...(parsed['verbose'] === true ? { verbose: true } : {}),
  };
}

const HELP_AFTER = `
Formats: text (default; colour on a terminal unless NO_COLOR is set or --no-color is given),
html (the print-friendly page), csv (one row per check, for spreadsheets), json (the report
document, only the fields this version reads).

Examples:
  acton-readiness render acton-readiness-1234567-20261127.json
  acton-readiness render acton-readiness-1234567-20261127.json --format html --out report.html
  acton-readiness render report.json --format csv > report.csv
`;

/**
 * Adds `render` to the program. `io` and `setExitCode` are the process's unless a test
 * supplies its own.
 */
export function registerRenderCommand(
  program: Command,
  io: CommandIo = PROCESS_IO,
  setExitCode: ExitCodeSink = SET_PROCESS_EXIT_CODE,
): void {
  program
    .command('render')
    .description(
      'Re-render a JSON readiness report (exported from the Suitelet) as terminal text, a print-friendly HTML ' +
        'page or CSV.',
    )
    .argument('<report.json>', 'the JSON report file')
    .addOption(new Option('--format <format>', 'output format').choices(RENDER_FORMATS).default('text'))
    .option('--out <file>', 'write to a file instead of the terminal')
    .option('--no-color', 'no colour in the text report')
    .option('--verbose', 'also list what each SuiteQL statement of the audit read (text format)')
    .configureOutput(commanderOutputTo(io))
    .addHelpText('after', HELP_AFTER)
    .action((file: string, parsed: Readonly<Record<string, unknown>>) => {
      setExitCode(executeRender(toRenderOptions(file, parsed), io));
    });
}
