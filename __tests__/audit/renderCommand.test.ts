import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { executeRender } from '../../tools/cli/commands/render';
import { UsageError } from '../../tools/cli/program';
import type { CommandIo } from '../../tools/cli/program';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';

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

    expect(printed.join('').split('\r\n').filter((row) => row !== '')).toHaveLength(1 + CHECK_CATALOGUE.length);
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
    expect(() => executeRender({ file, format: 'html' }, io)).toThrow(`${file} is not a readiness report: Not valid JSON`);
  });

  it('refuses JSON that is not a report, naming the field that is wrong', () => {
    const report = cannedReport('ready-administrator', '1234567');
    const file = exportedReport(JSON.stringify({ ...report, verdict: 'MAYBE' }));

    expect(() => executeRender({ file, format: 'html' }, io)).toThrow(/is not a readiness report: .*verdict/);
  });

  it('says so when the file does not exist', () => {
    expect(() => executeRender({ file: join(folder, 'missing.json'), format: 'html' }, io)).toThrow(/missing\.json: no such file/);
  });
});
