import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { executeRender, registerRenderCommand } from '../../tools/cli/commands/render';
import { UsageError } from '../../tools/cli/program';
import type { CommandIo } from '../../tools/cli/program';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';
import { runCommand } from './support/commandRun';
import type { TerminalOptions } from './support/commandRun';

let folder: string;
let printed: string[];
const io: CommandIo = { stdout: { write: (text) => printed.push(text) > 0 }, stderr: { write: () => true }, env: {} };

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'acton-render-'));
  printed = [];
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const ESCAPE = '\u001b';

/** Runs `acton-readiness render ...args` in-process. */
function runRender(args: readonly string[], terminal: TerminalOptions = {}): ReturnType<typeof runCommand> {
  return runCommand(registerRenderCommand, ['render', ...args], terminal);
}

/** A report as the Suitelet's JSON download saves it. */
function exportedReport(text: string): string {
  const file = join(folder, 'acton-readiness-1234567-20261127.json');
  writeFileSync(file, text);
  return file;
}

describe('render', () => {
  it('re-renders an exported report as the print-friendly page', () => {
    const file = exportedReport(JSON.stringify(cannedReport('token-based-authentication-off', '1234567')));

    executeRender({ file, format: 'html' }, io);

    expect(printed.join('')).toMatch(/^<!DOCTYPE html>/);
    expect(printed.join('')).toContain('Not ready');
  });

  it('re-renders an exported report as CSV, one row per check', () => {
    const file = exportedReport(JSON.stringify(cannedReport('ready-administrator', '1234567')));

    executeRender({ file, format: 'csv' }, io);

    expect(
      printed
        .join('')
        .split('\r\n')
        .filter((row) => row !== ''),
    ).toHaveLength(1 + CHECK_CATALOGUE.length);
  });

  it('writes to the file given with --out', () => {
    const file = exportedReport(JSON.stringify(cannedReport('ready-administrator', '1234567')));
    const out = join(folder, 'report.html');

    executeRender({ file, format: 'html', out }, io);

    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    const file = exportedReport('<html>not a report</html>');

    expect(() => executeRender({ file, format: 'html' }, io)).toThrow(UsageError);
    expect(() => executeRender({ file, format: 'html' }, io)).toThrow(
      `${file} is not a readiness report: Not valid JSON`,
    );
  });

  it('refuses JSON that is not a report, naming the field that is wrong', () => {
    const report = cannedReport('ready-administrator', '1234567');
    const file = exportedReport(JSON.stringify({ ...report, verdict: 'MAYBE' }));

    expect(() => executeRender({ file, format: 'html' }, io)).toThrow(/is not a readiness report: .*verdict/);
  });

  it('says so when the file does not exist', () => {
    expect(() => executeRender({ file: join(folder, 'missing.json'), format: 'html' }, io)).toThrow(
      /missing\.json: no such file/,
    );
  });
});

describe('render --format text (the default)', () => {
  it('prints the verdict first and every check with its status word', async () => {
    const file = exportedReport(JSON.stringify(cannedReport('token-based-authentication-off', '1234567')));

    const run = await runRender([file]);

    expect(run.stdout.split('\n')[0]).toBe('Act-On readiness: \u2716 Not ready (NOT_READY)');
    expect(run.stdout).toMatch(/^ {2}\u2716 Fail +Token-Based Authentication is enabled \[Blocker\]$/m);
    expect(run.exitCode).toBe(0);
  });

  it('writes no colour when standard output is not a terminal', async () => {
    const file = exportedReport(JSON.stringify(cannedReport('token-based-authentication-off', '1234567')));

    const run = await runRender([file], { isTTY: false });

    expect(run.stdout).not.toContain(ESCAPE);
  });

  it('colours the text on a terminal', async () => {
    const file = exportedReport(JSON.stringify(cannedReport('token-based-authentication-off', '1234567')));

    const run = await runRender([file], { isTTY: true });

    expect(run.stdout).toContain(`${ESCAPE}[31m`);
  });

  it('leaves colour off on a terminal when NO_COLOR is set or --no-color is given', async () => {
    const file = exportedReport(JSON.stringify(cannedReport('token-based-authentication-off', '1234567')));

    const withNoColor = await runRender([file], { isTTY: true, env: { NO_COLOR: '1' } });
    const withFlag = await runRender([file, '--no-color'], { isTTY: true });

    expect(withNoColor.stdout).not.toContain(ESCAPE);
    expect(withFlag.stdout).not.toContain(ESCAPE);
  });

  it("wraps to a narrow terminal's width, breaking only between words", async () => {
    const file = exportedReport(JSON.stringify(cannedReport('token-based-authentication-off', '1234567')));

    const run = await runRender([file], { isTTY: true, columns: 60, env: { NO_COLOR: '1' } });

    const tooWide = run.stdout.split('\n').filter((line) => line.length > 60 && line.trim().includes(' '));
    expect(tooWide).toEqual([]);
  });

  it('writes plain text to the file given with --out, even from a terminal', async () => {
    const file = exportedReport(JSON.stringify(cannedReport('ready-administrator', '1234567')));
    const out = join(folder, 'report.txt');

    const run = await runRender([file, '--out', out], { isTTY: true });

    const written = readFileSync(out, 'utf8');
    expect(written).toMatch(/^Act-On readiness: /);
    expect(written).not.toContain(ESCAPE);
    expect(run.stderr).toBe(`Wrote TEXT to ${out}\n`);
  });

  it('re-renders an exported report as JSON that reads back as the same report', async () => {
    const report = cannedReport('token-based-authentication-off', '1234567');
    const file = exportedReport(JSON.stringify({ ...report, unknownField: 'dropped' }));

    const run = await runRender([file, '--format', 'json']);

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(report);
  });

  it('refuses --out naming the report being rendered, which stays as it was', async () => {
    const text = JSON.stringify(cannedReport('ready-administrator', '1234567'));
    const file = exportedReport(text);

    const run = await runRender([file, '--format', 'html', '--out', file]);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain('is the report being rendered; name another file');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a format it does not have, with the usage exit code', async () => {
    const file = exportedReport(JSON.stringify(cannedReport('ready-administrator', '1234567')));

    const run = await runRender([file, '--format', 'pdf']);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain("argument 'pdf' is invalid");
  });

  it('names a missing file in one line, with the usage exit code and no stack trace', async () => {
    const run = await runRender([join(folder, 'missing.json')]);

    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe(
      `acton-readiness: ${join(folder, 'missing.json')}: no such file\n(run with --help for usage)\n`,
    );
  });
});

describe('render of a report of unknown origin', () => {
  /** A report whose uiHost and links point away from NetSuite, with an environment named like an object property. */
  function foreignReport(): string {
    const report = cannedReport('token-based-authentication-off', '1234567');
    const checks = report.checks.map((check) =>
      check.fix === null
        ? check
        : {
            ...check,
            fix: {
              ...check.fix,
              links: [
                ...check.fix.links,
                { label: 'Log in again', href: 'https://evil.example/login' },
                { label: 'Plain', href: 'http://1234567.app.netsuite.com/app/x' },
              ],
            },
          },
    );
    return JSON.stringify({
      ...report,
      account: { ...report.account, uiHost: 'evil.example', environment: 'constructor' },
      checks,
    });
  }

  it('links only to https NetSuite hosts, basing NetSuite paths on the account id, not on uiHost', () => {
    executeRender({ file: exportedReport(foreignReport()), format: 'html' }, io);

    const hrefs = [...printed.join('').matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual(
      hrefs.filter((href) => href.startsWith('https://1234567.app.netsuite.com/app/')),
    );
    expect(printed.join('')).not.toContain('evil.example');
  });

  it('shows an environment named like an object property as it is', () => {
    executeRender({ file: exportedReport(foreignReport()), format: 'text' }, io);

    expect(printed.join('')).toContain('constructor');
    expect(printed.join('')).not.toContain('function Object');
  });
});
