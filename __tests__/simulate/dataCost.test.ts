/**
 * Reading Act-On's data keeps the whole audit within 15 statements and 150 units on every bundled
 * demo account: every count is one statement, whatever the account holds. The large account
 * (50,000 customer records and 50,000 contacts) spends exactly what the small ready account
 * spends (largeAccount.test.ts), so it stays within the same bounds.
 */
import { parseReportDocument } from '../../src/render/json';
import { BUNDLED_DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { join } from 'path';
import { readFileSync, writeFileSync } from 'fs';
import { PROJECT_ROOT, runSimulate, scratchFolder } from './support/simulateCli';

const MAX_STATEMENTS = 15;
const MAX_UNITS = 150;

describe('the audit of every demo account, Act-On data included', () => {
  it.each(BUNDLED_DEMO_SCENARIOS.map((scenario) => scenario.file))(
    '%s costs at most 15 statements and 150 units, and opens a new lead and contact without saving them',
    async (file) => {
      const run = await runSimulate(['--format', 'json', join(PROJECT_ROOT, file)]);
      const document = parseReportDocument(run.stdout);
      if ('error' in document) throw new Error(`${document.error}\n${run.stderr}`);

      expect(document.usage.queries).toBeLessThanOrEqual(MAX_STATEMENTS);
      expect(document.usage.governanceUnits).toBeLessThanOrEqual(MAX_UNITS);
      expect(
        (document.probes ?? []).filter((probe) => probe.subject.includes('(unsaved)')).map((probe) => probe.subject),
      ).toEqual(['a new lead record (unsaved)', 'a new contact record (unsaved)']);
    },
    120_000,
  );
});

describe('an account whose Act-On data cannot be read', () => {
  it("warns instead of passing, spends no more, and records each refusal with NetSuite's code", async () => {
    const scratch = scratchFolder();
    try {
      const document = JSON.parse(
        readFileSync(join(PROJECT_ROOT, 'scenarios/01-ready-administrator.json'), 'utf8'),
      ) as Record<string, unknown>;
      const file = scratch.path('data-unreadable.json');
      const refused = 'INSUFFICIENT_PERMISSION';
      writeFileSync(
        file,
        JSON.stringify({
          ...document,
          $schema: undefined,
          unavailable: { customfield: refused, entitystatus: refused, customer: refused, contact: refused },
        }),
      );

      const run = await runSimulate(['--format', 'json', file]);
      const report = parseReportDocument(run.stdout);
      if ('error' in report) throw new Error(`${report.error}\n${run.stderr}`);

      // The connection is as ready as before; the data checks cannot be proven, and say so.
      expect(report.verdict).toBe('READY_WITH_WARNINGS');
      expect(
        Object.fromEntries(
          report.checks.filter((check) => check.section === 'data').map((check) => [check.id, check.status]),
        ),
      ).toEqual({
        'data.score-fields': 'unknown',
        'data.lead-status': 'unknown',
        'data.mandatory-fields': 'unknown',
        'data.email-coverage': 'unknown',
        'data.duplicate-emails': 'info',
        'data.sales-owners': 'info',
        'data.entity-forms': 'info',
      });
      expect(report.usage.queries).toBeLessThanOrEqual(MAX_STATEMENTS);
      const failed = (report.probes ?? []).filter((probe) => probe.outcome === 'failed');
      expect(failed.map((probe) => probe.subject)).toEqual([
        'the customfield table',
        'a new lead record (unsaved)',
        'a new contact record (unsaved)',
        'the entitystatus table',
        'the customer table (counts by stage)',
        'the contact table (counts)',
        'the customer table (shared email addresses)',
        'the contact table (shared email addresses)',
      ]);
      expect(failed.every((probe) => probe.error?.code === refused)).toBe(true);
    } finally {
      scratch.remove();
    }
  }, 120_000);
});
