/**
 * How text for a person is laid out on the command's stdout: colour only on a terminal and
 * never against the user's wish (`--no-color`, or NO_COLOR set to anything, as no-color.org
 * asks), and wrapped to the terminal's width, up to a readable maximum.
 */
import type { TextReportOptions } from '../../src/render/text';
import type { CommandIo } from './program';

/** The widest wrapped text gets, however wide the terminal. */
export const MAX_TEXT_WIDTH = 100;

/**
 * True when stdout is a terminal, NO_COLOR is unset (or empty) and colour was not turned off.
 * @param colorFlag false for `--no-color`; undefined when the option was not given
 */
export function wantsColour(io: CommandIo, colorFlag: boolean | undefined): boolean {
  const noColor = io.env['NO_COLOR'];
  return colorFlag !== false && io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

/** The terminal's width, capped at {@link MAX_TEXT_WIDTH}; undefined when stdout has none (a pipe, a file). */
function terminalTextWidth(io: CommandIo): number | undefined {
  const { columns } = io.stdout;
  return columns !== undefined && columns > 0 ? Math.min(columns, MAX_TEXT_WIDTH) : undefined;
}

/** How the text report is laid out on this command's stdout: colour and width follow the terminal. */
export function terminalTextOptions(io: CommandIo, colorFlag: boolean | undefined): TextReportOptions {
  const width = terminalTextWidth(io);
  return { color: wantsColour(io, colorFlag), ...(width === undefined ? {} : { width }) };
}
