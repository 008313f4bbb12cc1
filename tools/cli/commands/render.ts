/**
 * `acton-readiness render report.json`: re-renders a JSON report exported from the Suitelet
 * (or one account's report from an audit) as CSV or a print-friendly HTML page, with the same
 * renderers the Suitelet uses. The terminal text format joins when the text renderer
 * (`src/render/text.ts`, `renderReportText`) is part of the bundle.
 */
import { readFileSync, writeFileSync } from 'fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { renderReportCsv } from '../../../src/render/csv';
import { renderPrintPage } from '../../../src/render/html';
import { parseReportDocument } from '../../../src/render/json';
import type { ReportDocument } from '../../../src/render/reportDocument';
import { reportFromDocument } from '../../audit/reportFromDocument';
import { PROCESS_IO, UsageError } from '../program';
import type { CommandIo } from '../program';

export const RENDER_FORMATS = ['html', 'csv'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderCommandOptions {
  readonly file: string;
  readonly format: RenderFormat;
  readonly out?: string;
}

/** The report document in a file, or a usage error naming the file and the problem. */
export function readReportDocument(file: string): ReportDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (problem) {
    const code = (problem as { readonly code?: unknown }).code;
    throw new UsageError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${String(code ?? 'error')})`}`);
  }
  const parsed = parseReportDocument(text.replace(/^\uFEFF/, ''));
  if ('error' in parsed) throw new UsageError(`${file} is not a readiness report: ${parsed.error}`);
  return parsed;
}

export function renderDocument(document: ReportDocument, format: RenderFormat): string {
  switch (format) {
    case 'csv':
      return renderReportCsv(reportFromDocument(document));
    case 'html':
      return renderPrintPage(reportFromDocument(document));
  }
}

/** Renders the report; returns the exit code (0). Problems with the file throw {@link UsageError}. */
export function executeRender(options: RenderCommandOptions, io: CommandIo): number {
  const document = readReportDocument(options.file);
  if (options.out === undefined) {
    io.stdout.write(renderDocument(document, options.format));
    return 0;
  }
  try {
    writeFileSync(options.out, renderDocument(document, options.format));
  } catch (problem) {
    throw new UsageError(`--out ${options.out}: cannot be written (${String((problem as { readonly code?: unknown }).code ?? 'error')})`);
  }
  io.stderr.write(`Wrote ${options.format.toUpperCase()} to ${options.out}\n`);
  return 0;
}

export function registerRenderCommand(program: Command): void {
  program
    .command('render')
    .description('Re-render a JSON readiness report (exported from the Suitelet) as a print-friendly HTML page or CSV.')
    .argument('<report.json>', 'the JSON report file')
    .addOption(new Option('--format <format>', 'output format').choices(RENDER_FORMATS).default('html'))
    .option('--out <file>', 'write to a file instead of the terminal')
    .addHelpText('after', '\nExamples:\n  acton-readiness render acton-readiness-1234567-20261127.json --out report.html\n  acton-readiness render report.json --format csv > report.csv\n')
    .action((file: string, parsed: Readonly<Record<string, unknown>>) => {
      const out = typeof parsed['out'] === 'string' ? parsed['out'] : undefined;
      process.exitCode = executeRender(
        {
          file,
          format: (typeof parsed['format'] === 'string' ? parsed['format'] : 'html') as RenderFormat,
          ...(out === undefined ? {} : { out }),
        },
        PROCESS_IO,
      );
    });
}
