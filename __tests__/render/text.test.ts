import { evaluateReadiness } from '../../src/core/engine';
import { expectInOrder } from '../fixtures/order';
import { toReportDocument } from '../../src/render/json';
import { integrationBlocked } from '../fixtures/situations/integrationBlocked';
import type { ReportDocument } from '../../src/render/reportDocument';
import { STATUS_PRESENTATION } from '../../src/render/statusPresentation';
import { renderReportText } from '../../src/render/text';
import {
  hostileSummaryReport,
  SANDBOX_ACCOUNT,
  buildReport,
  hostileNamesReport,
  readyProductionReport,
  tbaDisabledSandboxReport,
  tokenCandidate,
} from '../fixtures/reports';

const PLAIN = { color: false } as const;
const ESCAPE = '\u001b';
/** The SGR sequences a colour terminal is sent (bold, normal intensity, green, red, yellow, cyan, default colour). */
const SGR_SEQUENCE = /\u001b\[(?:1|22|32|31|33|36|39)m/g;
/** A check's line: icon, status word, title, and the severity of a check that did not pass. */
const CHECK_LINE = /^ {2}(\S) (Pass|Fail|Warning|Check by hand|Unknown|Info) +(.*?)(?: \[(?:Blocker|Warning)\])?$/;

function lines(text: string): string[] {
  return text.split('\n');
}

/** The block of lines from the one containing `start` up to (not including) the next check or heading line. */
function blockOf(text: string, start: string): string[] {
  const all = lines(text);
  const first = all.findIndex((line) => line.includes(start));
  if (first < 0) throw new Error(`No line contains ${start}`);
  const next = all.findIndex(
    (line, index) => index > first && (/^ {2}\S/.test(line) || /^\S/.test(line) || line === ''),
  );
  return all.slice(first, next < 0 ? undefined : next);
}

/** A sandbox where Token-Based Authentication is off, as the JSON document the CLI reads. */
function tbaDisabledSandboxDocument(): ReportDocument {
  return toReportDocument(tbaDisabledSandboxReport());
}

describe('renderReportText', () => {
  it('starts with the verdict in words, icon and code, then what it means', () => {
    const text = renderReportText(toReportDocument(readyProductionReport()), PLAIN);

    expect(lines(text).slice(0, 2)).toEqual([
      'Act-On readiness: \u2714 Ready (READY)',
      'Every blocker check passed: Act-On can connect with Token-Based Authentication.',
    ]);
  });

  it('names the failing blocker checks in failure words right under a NOT_READY verdict', () => {
    const text = renderReportText(tbaDisabledSandboxDocument(), { color: false, width: 200 });

    expect(lines(text)[0]).toBe('Act-On readiness: \u2716 Not ready (NOT_READY)');
    expect(lines(text).slice(2, 4)).toEqual([
      expect.stringMatching(/^ {2}- Token-Based Authentication is not enabled: /),
      expect.stringMatching(/^ {2}- The role may not use SOAP web services: /),
    ]);
  });

  it('numbers the fix plan steps before the sections, each with where it is done and what it resolves', () => {
    const text = renderReportText(tbaDisabledSandboxDocument(), { color: false, width: 200 });

    const plan = text.slice(text.indexOf('FIX PLAN'), text.indexOf('FEATURES'));
    expect(plan).toMatch(/^ {2}1\. Enable Token-Based Authentication$/m);
    expect(plan).toMatch(/^ {6}Where: Setup > Company > Enable Features > SuiteCloud$/m);
    expect(plan).toMatch(/^ {2}2\. Add SOAP Web Services to the role$/m);
    expect(plan).toMatch(/^ {6}Resolves: role\.soap-web-services$/m);
  });

  it('shows every check once, with its icon and status word, in catalogue order', () => {
    const document = tbaDisabledSandboxDocument();

    const text = renderReportText(document, { color: false, width: 200 });

    const checkLines = lines(text)
      .map((line) => CHECK_LINE.exec(line))
      .filter((match) => match !== null)
      .map((match) => `${match[1] ?? ''} ${match[2] ?? ''}: ${match[3] ?? ''}`);
    expect(checkLines).toEqual(
      document.checks.map(
        (check) =>
          `${STATUS_PRESENTATION[check.status].icon} ${STATUS_PRESENTATION[check.status].label}: ${check.title}`,
      ),
    );
  });

  it('puts each check under its section heading', () => {
    const text = renderReportText(tbaDisabledSandboxDocument(), PLAIN);

    expectInOrder(text, [
      '\nFEATURES\n',
      'Client SuiteScript is enabled',
      '\nINTEGRATION RECORD\n',
      'The Act-On integration record exists',
    ]);
  });

  it('indents the evidence, numbered steps, navigation and absolute links under a failing check', () => {
    const block = blockOf(
      renderReportText(tbaDisabledSandboxDocument(), { color: false, width: 200 }),
      'Token-Based Authentication is enabled [Blocker]',
    );

    expect(block).toEqual([
      '  \u2716 Fail           Token-Based Authentication is enabled [Blocker]',
      '      Token-Based Authentication is off (feature TBA).',
      '      How to fix (Setup > Company > Enable Features > SuiteCloud):',
      '        1. Go to Setup > Company > Enable Features and open the SuiteCloud subtab.',
      '        2. Under Manage Authentication, check Token-Based Authentication and accept the terms if NetSuite ' +
        'shows them.',
      '        3. Click Save.',
      '      Open: Enable Features <https://1234567-sb1.app.netsuite.com/app/setup/features.nl>',
    ]);
  });

  it('shows no evidence or fix under a passing check', () => {
    const text = renderReportText(toReportDocument(readyProductionReport()), PLAIN);

    expect(blockOf(text, 'Client SuiteScript is enabled')).toHaveLength(1);
    expect(text).not.toContain('How to fix');
  });

  it('never makes a link of an href that is not http(s) or a NetSuite page', () => {
    const document = tbaDisabledSandboxDocument();
    const hostile: ReportDocument = {
      ...document,
      checks: document.checks.map((check) =>
        check.fix === null
          ? check
          : { ...check, fix: { ...check.fix, links: [{ label: 'Enable Features', href: 'javascript:alert(1)' }] } },
      ),
    };

    const text = renderReportText(hostile, PLAIN);

    expect(text).not.toContain('javascript:');
    expect(text).toMatch(/^ {6}Open: Enable Features$/m);
  });

  it('lists the candidates best first, with the number left out', () => {
    const text = renderReportText(tbaDisabledSandboxDocument(), { color: false, width: 200 });

    expect(text).toContain(
      '  1. token ActOnTBA - Marketing Integration (id 41); user Marketing Integration (id 7); role Act-On ' +
        'Integration (id 1001): 1 blocker check fails',
    );
    expect(text).toContain(
      '  2. no token (the role and user asked about); user Marketing Integration (id 7); role Administrator (id ' +
        '3): 2 blocker checks fail',
    );
    expect(text).toContain('3 more not shown');
  });

  it("gives the sandbox's Account ID in Act-On's form and warns against the host form", () => {
    const text = renderReportText(tbaDisabledSandboxDocument(), PLAIN);

    expect(text).toMatch(/^ {4}1234567_SB1$/m);
    expect(text).toContain(`Not the host form ${SANDBOX_ACCOUNT.hostId}`);
  });

  it('states what the audit cost and that it changed nothing', () => {
    const text = renderReportText(toReportDocument(readyProductionReport()), { color: false, width: 200 });

    expect(text).toContain(
      '7 SuiteQL queries, 70 governance units (a Suitelet may use 1,000 per request). The audit only reads: ' +
        'nothing in the account was changed.',
    );
  });

  it('names each rejected input once, under the verdict and before the checks', () => {
    const text = renderReportText(toReportDocument(hostileNamesReport()), { color: false, width: 200 });

    expect(text.split('Rejected input role:')).toHaveLength(2);
    expectInOrder(text, ['Rejected input role:', 'FEATURES']);
  });

  it('writes no escape sequence at all without colour', () => {
    expect(renderReportText(tbaDisabledSandboxDocument(), PLAIN)).not.toContain(ESCAPE);
  });

  it('says the same with colour as without: colour is never the only signal', () => {
    const document = tbaDisabledSandboxDocument();

    const coloured = renderReportText(document, { color: true });

    expect(coloured).toMatch(SGR_SEQUENCE);
    expect(coloured.replace(SGR_SEQUENCE, '')).toBe(renderReportText(document, PLAIN));
  });

  it('prints control characters in account-supplied names as spaces, so they cannot steer the terminal', () => {
    const clearScreen = `${ESCAPE}[2J${ESCAPE}]0;owned\u0007`;
    const document = toReportDocument(
      buildReport({
        verdict: 'READY',
        inputs: { integrationName: `ActOn${clearScreen}TBA`, roleId: null, userId: null, scoreFieldIds: [] },
        candidates: [tokenCandidate({ roleName: `Act-On${clearScreen}Integration`, userName: 'Sync\r\nUser' })],
      }),
    );

    const coloured = renderReportText(document, { color: true, width: 200 });

    expect(coloured.replace(SGR_SEQUENCE, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(coloured).toContain('role Act-On [2J ]0;owned Integration (id 1001)');
    expect(coloured).toContain('user Sync User (id 7)');
  });

  it('wraps long lines at the width asked for, breaking only between words', () => {
    const width = 50;

    const text = renderReportText(tbaDisabledSandboxDocument(), { color: false, width });

    const tooLong = lines(text).filter((line) => line.length > width && /\S\s+\S/.test(line.trim()));
    expect(tooLong).toEqual([]);
    expect(text).toContain('<https://1234567-sb1.app.netsuite.com/app/setup/features.nl>');
  });

  it('ends with exactly one line break and no trailing spaces', () => {
    const text = renderReportText(tbaDisabledSandboxDocument(), PLAIN);

    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(lines(text).filter((line) => line !== line.trimEnd())).toEqual([]);
  });
});

describe('renderReportText: summaries', () => {
  it("names what was found under the verdict, in the rule's words", () => {
    const text = renderReportText(
      toReportDocument(evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs)),
      { color: false, width: 200 },
    );

    expect(lines(text)).toContain('  - The integration ActOnTBA is Blocked');
  });

  it('says when the audit ran in words, in UTC', () => {
    const text = renderReportText(
      toReportDocument(evaluateReadiness(integrationBlocked.snapshot, integrationBlocked.inputs)),
      { color: false, width: 200 },
    );

    expect(lines(text)).toContain('Audited:     27 Nov 2026, 12:00 UTC');
  });

  it('prints the control characters of a hostile name in a summary as spaces', () => {
    const text = renderReportText(toReportDocument(hostileSummaryReport()), { color: false, width: 400 });

    expect(text).not.toContain(ESCAPE);
    expect(text).toContain('<script>alert(1)</script>');
  });
});

describe('renderReportText: who acts on each step', () => {
  it('names the owner of every fix plan step in words', () => {
    const text = renderReportText(toReportDocument(tbaDisabledSandboxReport()), PLAIN);

    expect(blockOf(text, '1. Enable Token-Based Authentication')).toContain('      Who: NetSuite administrator');
  });
});
