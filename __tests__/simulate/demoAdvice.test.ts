/**
 * What an administrator reads first, on every demo account (the compiled Suitelet in the
 * emulator): the verdict accounts for every badge, no badge contradicts its severity, each fix
 * plan step says what its own check's fix says, and no step asks for what the account cannot do.
 */
import { join } from 'path';
import { STATUSES_OF_SEVERITY } from '../../src/core/verdict';
import { parseReportDocument } from '../../src/render/json';
import type { ReportDocument, ReportDocumentCheck } from '../../src/render/reportDocument';
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { PROJECT_ROOT, SIMULATED_NOW, runSimulate } from './support/simulateCli';

const documents = new Map<string, ReportDocument>();

beforeAll(async () => {
  for (const scenario of DEMO_SCENARIOS) {
    const run = await runSimulate(['--format', 'json', '--now', SIMULATED_NOW, join(PROJECT_ROOT, scenario.file)]);
    const parsed = parseReportDocument(run.stdout);
    if ('error' in parsed) throw new Error(`${scenario.id}: no report document: ${parsed.error}\n${run.stderr}`);
    documents.set(scenario.id, parsed);
  }
}, 240_000);

function documentOf(id: string): ReportDocument {
  const document = documents.get(id);
  if (document === undefined) throw new Error(`no report for ${id}`);
  return document;
}

function checkOf(document: ReportDocument, id: string): ReportDocumentCheck {
  const check = document.checks.find((candidate) => candidate.id === id);
  if (check === undefined) throw new Error(`no check ${id}`);
  return check;
}

const needsSomething = (check: ReportDocumentCheck): boolean => check.status !== 'pass' && check.status !== 'info';

describe.each(DEMO_SCENARIOS.map((scenario) => scenario.id))('demo account %s', (id) => {
  it('shows every check with a status its severity allows', () => {
    const contradictions = documentOf(id)
      .checks.filter((check) => !STATUSES_OF_SEVERITY[check.severity].includes(check.status))
      .map((check) => `${check.id}: ${check.severity} ${check.status}`);

    expect(contradictions).toEqual([]);
  });

  it('is READY only when every check passed or is information, and otherwise plans for each check that is not', () => {
    const document = documentOf(id);
    const open = document.checks.filter(needsSomething).map((check) => check.id);
    const planned = new Set((document.fixPlan ?? []).flatMap((step) => step.resolves));

    expect(document.verdict === 'READY').toBe(open.length === 0);
    expect(open.filter((checkId) => !planned.has(checkId))).toEqual([]);
  });

  it('titles each step, and says where and what to open, with the fix of the check it stands for', () => {
    const document = documentOf(id);

    for (const step of document.fixPlan ?? []) {
      const root = checkOf(document, step.resolves[0] ?? '');
      expect(root.fix).not.toBeNull();
      expect(step.navigation).toBe(root.fix?.navigation);
      expect(step.links).toEqual(root.fix?.links);
      expect(step.owner).toBeDefined();
      if (root.fix?.id !== 'default' || (root.status !== 'unknown' && root.status !== 'manual'))
        expect(step.title).toBe(root.fix?.title);
    }
  });

  it('sends a hand check to where to look, never to a page that creates something', () => {
    const document = documentOf(id);
    const handChecks = (document.fixPlan ?? []).filter((step) => {
      const root = checkOf(document, step.resolves[0] ?? '');
      return root.status === 'unknown' || root.status === 'manual';
    });

    expect(handChecks.filter((step) => /> New\b|New My Access Token/.test(step.navigation))).toEqual([]);
  });

  it('names no email address from the Act-On data reads: counts only', () => {
    const words = documentOf(id)
      .checks.filter((check) => check.section === 'data')
      .flatMap((check) => [...check.evidence, check.summary ?? '', ...(check.fix?.steps ?? [])]);

    expect(words.filter((line) => /\S+@\S+/.test(line))).toEqual([]);
  });

  it('says on every Act-On data evidence line that the reads are account-wide and made as the viewer', () => {
    const lines = documentOf(id)
      .checks.filter((check) => check.section === 'data')
      .flatMap((check) => check.evidence);

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !line.includes('read account-wide, as you see it'))).toEqual([]);
  });

  it('names the cause of each check a cause explains as a check that does not pass', () => {
    const document = documentOf(id);

    for (const check of document.checks.filter((candidate) => candidate.causedBy !== undefined))
      expect(needsSomething(checkOf(document, check.causedBy ?? ''))).toBe(true);
  });
});

describe('on NetSuite 2027.1 or later', () => {
  const laterReleases = (): ReportDocument[] =>
    [...documents.values()].filter((document) => Number(document.account.netsuiteVersion) >= 2027.1);

  it('has demo accounts to look at', () => {
    expect(laterReleases().length).toBeGreaterThan(1);
  });

  it('asks for no integration record to be created: NetSuite refuses new TBA integrations', () => {
    for (const document of laterReleases()) {
      const asks = (document.fixPlan ?? []).filter((step) => {
        const root = checkOf(document, step.resolves[0] ?? '');
        const words = [step.title, step.navigation, ...(root.fix?.steps ?? [])].join(' ');
        return /click New|> New\b|Set up the Act-On integration record/.test(words);
      });
      expect(asks.map((step) => step.title)).toEqual([]);
    }
  });

  it('says who besides a NetSuite administrator must act when the record is missing', () => {
    const document = documentOf('14-release-2027-1-integration-missing');

    expect(document.verdict).toBe('NOT_READY');
    expect(document.fixPlan?.[0]?.owner).toBe('acton-support');
  });
});

describe('a Web Services Only role', () => {
  it('is never sent to New My Access Token, which that role cannot open', () => {
    const document = documentOf('17-web-services-only-role-token-revoked');
    const token = checkOf(document, 'token.active');

    expect(token.status).toBe('fail');
    expect([token.fix?.navigation, ...(token.fix?.steps ?? [])].join(' ')).not.toContain('New My Access Token');
    for (const step of document.fixPlan ?? []) expect(step.navigation).not.toContain('New My Access Token');
  });
});
