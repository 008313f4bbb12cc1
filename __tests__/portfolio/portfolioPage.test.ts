/**
 * The portfolio page a consultant hands to a client: one file that loads nothing else, the
 * client that got worse first, and every name from an account or a file shown as text.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { executePortfolio } from '../../tools/cli/commands/portfolio';
import type { PortfolioFormat } from '../../tools/cli/commands/portfolio';
import { capturedIo } from '../audit/support/capturedIo';
import { ATTRIBUTE_BREAKOUT_PAYLOAD, SCRIPT_TAG_PAYLOAD } from '../fixtures/reports';
import { readyAdministrator } from '../fixtures/situations/readyAdministrator';
import { tokenBasedAuthenticationOff } from '../fixtures/situations/tokenBasedAuthenticationOff';
import { daysBefore, emptyHistoryFolder, keepRun, reportOf } from './support/historyFolder';

const NOW = new Date('2026-12-05T06:00:00Z');
/** Markup that a file name can hold (no slash). */
const FILE_NAME_PAYLOAD = '<img src=x onerror=alert(1)>';
const HOSTILE_NAME = `Zeta ${SCRIPT_TAG_PAYLOAD} Ltd ${ATTRIBUTE_BREAKOUT_PAYLOAD} \u001b[2J\u0007`;

let folder: string;

beforeEach(() => {
  folder = emptyHistoryFolder();
  mkdirSync(folder);
  // Not ready all along, and first by name: only having got worse puts the other client above it.
  const notReady = reportOf(tokenBasedAuthenticationOff);
  keepRun(folder, { at: daysBefore(NOW, 2), name: 'Alpha Steady', accountId: '1000001', report: notReady });
  keepRun(folder, { at: daysBefore(NOW, 1), name: 'Alpha Steady', accountId: '1000001', report: notReady });
  keepRun(folder, {
    at: daysBefore(NOW, 2),
    name: HOSTILE_NAME,
    accountId: '2000002',
    report: reportOf(readyAdministrator),
  });
  keepRun(folder, {
    at: daysBefore(NOW, 1),
    name: HOSTILE_NAME,
    accountId: '2000002',
    report: reportOf(tokenBasedAuthenticationOff),
  });
  writeFileSync(join(folder, `${FILE_NAME_PAYLOAD}.txt`), 'a foreign file with a hostile name');
});

afterEach(() => {
  rmSync(dirname(folder), { recursive: true, force: true });
});

function render(format: PortfolioFormat): string {
  const io = capturedIo();
  executePortfolio({ folder, format, days: 90, now: NOW }, io);
  return io.out();
}

describe('the HTML page', () => {
  it('loads nothing from elsewhere: no script, no stylesheet link, no image or frame', () => {
    const page = render('html');

    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(page).not.toMatch(/url\(|@import/i);
  });

  it('puts the client that got worse first, flagged in words', () => {
    const page = render('html');
    const worse = page.indexOf('id="client-1"');

    expect(worse).toBeGreaterThan(-1);
    expect(page.slice(worse, page.indexOf('id="client-2"'))).toContain('Got worse.');
    expect(page.indexOf('Alpha Steady')).toBeGreaterThan(page.indexOf('&lt;script&gt;alert(1)&lt;/script&gt; Ltd'));
  });

  it('shows hostile names as text, in the clients and in the skipped files', () => {
    const page = render('html');

    expect(page).not.toContain(SCRIPT_TAG_PAYLOAD);
    expect(page).not.toContain(ATTRIBUTE_BREAKOUT_PAYLOAD);
    expect(page).not.toContain('\u001b');
    expect(page).not.toContain(FILE_NAME_PAYLOAD);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('can be printed: each client is kept on one block', () => {
    expect(render('html')).toMatch(/@media print \{[^}]*\}[^@]*\.client \{ page-break-inside: avoid; \}/);
  });
});

describe('the text', () => {
  it('shows no control character from a name', () => {
    const text = render('text');

    expect(text).toContain(`${SCRIPT_TAG_PAYLOAD} Ltd`);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('the JSON', () => {
  it('keeps the name as the exact text the accounts file held, with DEL and C1 escaped', () => {
    const json = JSON.parse(render('json')) as { clients: { name: string }[] };

    expect(json.clients.map((client) => client.name)).toContain(HOSTILE_NAME);
  });
});
