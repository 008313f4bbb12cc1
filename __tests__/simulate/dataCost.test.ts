/**
 * Reading Act-On's data keeps the whole audit within 15 statements and 150 units on every demo
 * account, the large one (50,000 customer records and 50,000 contacts) included: every count is
 * one statement, whatever the account holds.
 */
import { parseReportDocument } from '../../src/render/json';
import { DEMO_SCENARIOS } from '../../tools/scenarios/demoScenarios';
import { join } from 'path';
import { PROJECT_ROOT, runSimulate } from './support/simulateCli';

const MAX_STATEMENTS = 15;
const MAX_UNITS = 150;

describe('the audit of every demo account, Act-On data included', () => {
  it.each(DEMO_SCENARIOS.map((scenario) => scenario.file))(
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
