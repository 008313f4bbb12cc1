/**
 * The bundled demo accounts, in the order a picker shows them: small scenarios committed under
 * `scenarios/`, and the large account that `npm run build` generates into `build/scenarios/`
 * (about 21 MB of JSON: too large to commit, cheap to rebuild).
 *
 * Titles repeat each file's `name` so a picker can list the accounts without reading the
 * files (a test keeps the two equal).
 */
import * as path from 'path';
import { findScenarioSchemaPath } from '../emulator';

/** One demo account. */
export interface DemoScenario {
  /** Stable id: the file name without `.json`, e.g. `01-ready-administrator`. */
  readonly id: string;
  /** Short title for a picker: the scenario's `name`. */
  readonly title: string;
  /** The file, relative to the project root, with `/` separators. */
  readonly file: string;
  /** True when `npm run build` generates the file rather than the repository holding it. */
  readonly generated: boolean;
}

/** Where `npm run build` writes the generated large account, relative to the project root. */
export const LARGE_ACCOUNT_FILE = 'build/scenarios/11-large-account.json';

export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    id: '01-ready-administrator',
    title: 'Ready: Administrator token',
    file: 'scenarios/01-ready-administrator.json',
    generated: false,
  },
  {
    id: '02-ready-integration-role',
    title: 'Ready: dedicated Act-On role',
    file: 'scenarios/02-ready-integration-role.json',
    generated: false,
  },
  {
    id: '03-tba-disabled',
    title: 'Token-Based Authentication off',
    file: 'scenarios/03-tba-disabled.json',
    generated: false,
  },
  {
    id: '04-integration-missing',
    title: 'No integration record',
    file: 'scenarios/04-integration-missing.json',
    generated: false,
  },
  {
    id: '05-integration-blocked',
    title: 'Integration Blocked',
    file: 'scenarios/05-integration-blocked.json',
    generated: false,
  },
  {
    id: '06-role-without-user-access-tokens',
    title: 'Role without User Access Tokens',
    file: 'scenarios/06-role-without-user-access-tokens.json',
    generated: false,
  },
  { id: '07-token-revoked', title: 'Token revoked', file: 'scenarios/07-token-revoked.json', generated: false },
  {
    id: '08-user-lost-role',
    title: "Token's user lost its role",
    file: 'scenarios/08-user-lost-role.json',
    generated: false,
  },
  { id: '09-sandbox', title: 'Sandbox account', file: 'scenarios/09-sandbox.json', generated: false },
  {
    id: '10-tables-unreadable',
    title: 'Tables unreadable',
    file: 'scenarios/10-tables-unreadable.json',
    generated: false,
  },
  {
    id: '11-large-account',
    title: 'Large account: 5,000 roles, 20,000 tokens, 100,000 logins',
    file: LARGE_ACCOUNT_FILE,
    generated: true,
  },
  {
    id: '12-advanced-employee-permissions',
    title: 'Ready: Advanced Employee Permissions',
    file: 'scenarios/12-advanced-employee-permissions.json',
    generated: false,
  },
  {
    id: '13-failure-without-application',
    title: 'Latest login failed, naming no application',
    file: 'scenarios/13-failure-without-application.json',
    generated: false,
  },
  {
    id: '14-release-2027-1-integration-missing',
    title: 'NetSuite 2027.1, no integration record',
    file: 'scenarios/14-release-2027-1-integration-missing.json',
    generated: false,
  },
  {
    id: '15-release-2027-1-ready',
    title: 'NetSuite 2027.1, ready',
    file: 'scenarios/15-release-2027-1-ready.json',
    generated: false,
  },
  {
    id: '16-old-soap-endpoint',
    title: 'Act-On on an old SOAP endpoint',
    file: 'scenarios/16-old-soap-endpoint.json',
    generated: false,
  },
  {
    id: '17-web-services-only-role-token-revoked',
    title: 'Web Services Only role, token revoked',
    file: 'scenarios/17-web-services-only-role-token-revoked.json',
    generated: false,
  },
  {
    id: '18-ip-address-rules',
    title: 'IP address rules on',
    file: 'scenarios/18-ip-address-rules.json',
    generated: false,
  },
  {
    id: '19-no-score-field',
    title: 'Ready to connect: no Act-On score field',
    file: 'scenarios/19-no-score-field.json',
    generated: false,
  },
  {
    id: '20-no-active-lead-status',
    title: 'Ready to connect: no active Lead status',
    file: 'scenarios/20-no-active-lead-status.json',
    generated: false,
  },
  {
    id: '21-mandatory-custom-field',
    title: 'Ready to connect: a mandatory custom field',
    file: 'scenarios/21-mandatory-custom-field.json',
    generated: false,
  },
  {
    id: '22-contacts-without-email',
    title: 'Ready to connect: 40 % of contacts without email',
    file: 'scenarios/22-contacts-without-email.json',
    generated: false,
  },
];

/** The project root (the folder holding `scenarios/`), found from this file in `tools/` or `build/tools/`. */
export function projectRoot(): string {
  return path.dirname(path.dirname(findScenarioSchemaPath(__dirname)));
}

/** The absolute path of a demo scenario's file. */
export function demoScenarioPath(scenario: DemoScenario, root: string = projectRoot()): string {
  return path.join(root, ...scenario.file.split('/'));
}

/** The demo accounts committed to the repository (the generated large one left out). */
export const BUNDLED_DEMO_SCENARIOS: readonly DemoScenario[] = DEMO_SCENARIOS.filter((scenario) => !scenario.generated);

/** The demo scenario with this id, or undefined. */
export function findDemoScenario(id: string): DemoScenario | undefined {
  return DEMO_SCENARIOS.find((scenario) => scenario.id === id);
}
