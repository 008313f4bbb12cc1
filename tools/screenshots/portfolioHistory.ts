/**
 * A small history folder for the portfolio picture: six demo clients over two weeks of daily
 * audits, each report made by the compiled Suitelet in the emulator from a demo scenario (as
 * `simulate --format json`), renamed to the client's own account id.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { accountFolderName, historyEntry, runFileName } from '../audit/history';
import type { AccountAuditResult } from '../audit/accountAuditResult';
import type { ReportDocument } from '../../src/render/reportDocument';

const DAY_MS = 24 * 60 * 60 * 1000;
export const HISTORY_DAYS = 14;

interface DemoClient {
  readonly name: string;
  readonly accountId: string;
  /** The scenario of each day, oldest first; `timeout` for a run that did not reach the account. */
  readonly scenarioOn: (day: number) => string;
}

const LAST_DAY = HISTORY_DAYS - 1;

const CLIENTS: readonly DemoClient[] = [
  {
    name: 'Northwind Traders',
    accountId: '4810001',
    scenarioOn: (day) => (day === LAST_DAY ? '07-token-revoked' : '01-ready-administrator'),
  },
  {
    name: 'Fabrikam Outdoor',
    accountId: '4810002',
    scenarioOn: (day) => (day < 5 ? '03-tba-disabled' : '02-ready-integration-role'),
  },
  { name: 'Initech', accountId: '4810003', scenarioOn: () => '14-release-2027-1-integration-missing' },
  { name: 'Globex (old SOAP endpoint)', accountId: '4810004', scenarioOn: () => '16-old-soap-endpoint' },
  {
    name: 'Umbrella Health',
    accountId: '4810005',
    scenarioOn: (day) => (day === 9 ? 'timeout' : '02-ready-integration-role'),
  },
  { name: 'Contoso sandbox', accountId: '4810006_SB1', scenarioOn: () => '09-sandbox' },
];

/** The scenario's report, from the compiled Suitelet (`npm run build` first). */
function scenarioReport(root: string, scenario: string): ReportDocument {
  // simulate exits with the verdict's code (2 for Not ready): the report on stdout is what counts.
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'acton-readiness.js'),
      'simulate',
      '--format',
      'json',
      join(root, 'scenarios', `${scenario}.json`),
    ],
    { encoding: 'utf8' },
  );
  try {
    return JSON.parse(run.stdout) as ReportDocument;
  } catch {
    throw new Error(`simulate ${scenario} gave no report: ${run.stderr}`);
  }
}

function asAccount(report: ReportDocument, accountId: string): ReportDocument {
  const hostId = accountId.replace(/_/g, '-').toLowerCase();
  return {
    ...report,
    account: {
      ...report.account,
      id: accountId,
      actOnAccountId: accountId,
      hostId,
      uiHost: `${hostId}.app.netsuite.com`,
      restletHost: `${hostId}.restlets.api.netsuite.com`,
    },
  };
}

/** Writes the demo history under `folder`, the last run at `end`. */
export function writeDemoHistory(root: string, folder: string, end: Date): void {
  const reports = new Map<string, ReportDocument>();
  for (const client of CLIENTS) {
    const accountFolder = join(folder, accountFolderName(client.accountId));
    mkdirSync(accountFolder, { recursive: true, mode: 0o700 });
    for (let day = 0; day < HISTORY_DAYS; day += 1) {
      const at = new Date(end.getTime() - (LAST_DAY - day) * DAY_MS).toISOString();
      const scenario = client.scenarioOn(day);
      const account = { name: client.name, accountId: client.accountId };
      let result: AccountAuditResult;
      if (scenario === 'timeout') {
        result = {
          outcome: 'error',
          account,
          attempts: 3,
          failure: {
            kind: 'timeout',
            message: 'No complete answer within 60 seconds.',
            remedy: 'Run the audit again; if it keeps timing out, raise --timeout.',
            httpStatus: null,
            code: null,
          },
        };
      } else {
        const report = reports.get(scenario) ?? scenarioReport(root, scenario);
        reports.set(scenario, report);
        result = {
          outcome: 'report',
          account,
          attempts: 1,
          report: { ...asAccount(report, client.accountId), generatedAt: at },
        };
      }
      writeFileSync(join(accountFolder, runFileName(at)), JSON.stringify(historyEntry(at, result)), { mode: 0o600 });
    }
  }
}
