/**
 * Generates the large demo account (5,000 roles, 20,000 tokens, 100,000 Login Audit rows,
 * 50,000 customer records and 50,000 contacts),
 * the same bytes on every run: `npm run build` calls it (step `build:scenarios`) to write
 * `build/scenarios/11-large-account.json`, which is too large to commit.
 *
 *   node build/tools/scenarios/generateLargeAccount.js [output.json]
 *
 * The file is validated like any scenario before it is written, so a build never leaves a
 * scenario the emulator would refuse.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseScenario } from '../emulator';
import type { ScenarioDocument } from '../emulator/scenario/scenarioSemantics';
import { DEMO_SCENARIOS, LARGE_ACCOUNT_FILE, projectRoot } from './demoScenarios';
import { buildLoginAudit, buildTokens, LARGE_ACCOUNT_NOW } from './largeAccountActivity';
import { buildLargeAccountData, LARGE_ACCOUNT_DATA_SIZE } from './largeAccountData';
import { ACT_ON_SET_UP, buildLargeAccountDirectory, VIEWER } from './largeAccountDirectory';
import { SeededRandom } from './seededRandom';

/** The seed of the bundled large account. Changing it changes the file (and nothing else). */
export const LARGE_ACCOUNT_SEED = 20261127;

const LARGE_ACCOUNT_TITLE =
  DEMO_SCENARIOS.find((scenario) => scenario.file === LARGE_ACCOUNT_FILE)?.title ?? 'Large account';

/** The large account as a scenario document. Pure: the same seed gives the same document. */
export function buildLargeAccount(seed: number = LARGE_ACCOUNT_SEED): ScenarioDocument {
  const random = new SeededRandom(seed);
  const directory = buildLargeAccountDirectory(random);
  const tokens = buildTokens(random, directory);
  const loginAudit = buildLoginAudit(random, directory, tokens);
  // Its own generator, so the data leaves the directory and the activity as they were.
  const data = buildLargeAccountData(new SeededRandom(seed + 1), directory.employees);
  return {
    name: LARGE_ACCOUNT_TITLE,
    description:
      `A production account that has used NetSuite for years: ${directory.roles.length} custom roles, ` +
      `${directory.employees.length} employees, ` +
      (`${directory.integrations.length} integration records (${ACT_ON_SET_UP.integrationName} among them), ` +
        `${tokens.length} access tokens and `) +
      (`${loginAudit.length} Login Audit Trail rows over 90 days, ${LARGE_ACCOUNT_DATA_SIZE.customers} leads, ` +
        `prospects and customers and ${LARGE_ACCOUNT_DATA_SIZE.contacts} contacts. ` +
        `Act-On syncs every two hours as '${ACT_ON_SET_UP.userName}' with the `) +
      (`'${ACT_ON_SET_UP.roleName}' role; its older tokens were revoked. Generated (seed ${seed}) by ` +
        `tools/scenarios/generateLargeAccount.ts.`),
    now: LARGE_ACCOUNT_NOW.toISOString().replace('.000Z', 'Z'),
    account: { id: '7654321', envType: 'PRODUCTION', version: '2026.2' },
    currentUser: { id: VIEWER.id, role: VIEWER.roleId },
    features: {
      CUSTOMCODE: true,
      SERVERSIDESCRIPTING: true,
      WEBSERVICESEXTERNAL: true,
      SUITESIGNON: true,
      TBA: true,
      RESTWEBSERVICES: true,
      OAUTH2: true,
    },
    roles: directory.roles,
    employees: directory.employees,
    integrations: directory.integrations,
    tokens: tokens.map(({ createdMs: _createdMs, ...token }) => token),
    loginAudit,
    ...data,
  };
}

/**
 * The document as JSON with one record per line: small enough to diff and to open in an
 * editor, unlike one 15 MB line or a 60 MB indented file.
 */
export function formatScenarioJson(document: ScenarioDocument): string {
  const entries = Object.entries(document).map(([key, value]) => {
    if (!Array.isArray(value)) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const items = (value as readonly unknown[]).map((item) => `    ${JSON.stringify(item)}`);
    return items.length === 0
      ? `  ${JSON.stringify(key)}: []`
      : `  ${JSON.stringify(key)}: [\n${items.join(',\n')}\n  ]`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

/**
 * Writes the large account to `file`, after validating it as a scenario.
 * @throws ScenarioError when the generated document is not a valid scenario (a generator bug)
 */
export function writeLargeAccount(file: string, seed: number = LARGE_ACCOUNT_SEED): void {
  const text = formatScenarioJson(buildLargeAccount(seed));
  parseScenario(text, file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function main(argv: readonly string[]): void {
  const file = argv[2] ?? path.join(projectRoot(), ...LARGE_ACCOUNT_FILE.split('/'));
  writeLargeAccount(file);
  process.stdout.write(`Wrote the large demo account to ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)\n`);
}

if (require.main === module) {
  try {
    main(process.argv);
  } catch (problem) {
    process.stderr.write(`generateLargeAccount: ${problem instanceof Error ? problem.message : String(problem)}\n`);
    process.exitCode = 1;
  }
}
