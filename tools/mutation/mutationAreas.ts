/**
 * What mutation testing covers, as data: the parts one run is split into (each with its own
 * incremental file and reports, so a long run keeps what it finished) and the areas scores are
 * given for, with their targets.
 */

/** One Stryker run of `npm run test:mutation`. */
export interface MutationPart {
  /** Its folder under reports/mutation/ and the name to pass to run it alone. */
  readonly name: string;
  /** Stryker `mutate` patterns (a leading `!` leaves files out). */
  readonly mutate: readonly string[];
  /**
   * The test files that may kill its mutants (globs); all of the mutation suite when absent. The
   * core is scored by its own unit tests alone: end-to-end tests reach every rule, and running them
   * for each of its mutants would take hours, while the score they would add hides what the rules'
   * own specifications miss.
   */
  readonly tests?: readonly string[];
}

const CORE_TESTS = ['__tests__/core/**/*.test.ts'];
const GUARD_TESTS = [
  '__tests__/emulator/dialectRules.test.ts',
  '__tests__/emulator/sqlTokens.test.ts',
  '__tests__/emulator/suiteqlFidelity.test.ts',
  '__tests__/render/*.test.ts',
  '__tests__/audit/oauthSigner.test.ts',
  '__tests__/audit/mockNetSuite.test.ts',
];

export const MUTATION_PARTS: readonly MutationPart[] = [
  {
    name: 'guards',
    mutate: [
      'src/render/escape.ts',
      'tools/audit/oauthSigner.ts',
      'tools/emulator/database/*Rule*.ts',
      'tools/emulator/database/sqlTokens.ts',
    ],
    // Their own specifications: every emulated audit runs the dialect rules, so with all tests each
    // dialect mutant would load most of the suite.
    tests: GUARD_TESTS,
  },
  { name: 'netsuite', mutate: ['src/netsuite/**/*.ts'] },
  {
    name: 'core-credentials',
    mutate: [
      'src/core/rules/credentials.ts',
      'src/core/rules/roleAndUserChecks.ts',
      'src/core/rules/rolePermissionChecks.ts',
      'src/core/rules/rolePermissions.ts',
    ],
    tests: CORE_TESTS,
  },
  {
    name: 'core-integration',
    mutate: ['src/core/rules/integration.ts', 'src/core/rules/logins.ts'],
    tests: CORE_TESTS,
  },
  {
    name: 'core-rules',
    mutate: [
      'src/core/rules/*.ts',
      '!src/core/rules/credentials.ts',
      '!src/core/rules/roleAndUserChecks.ts',
      '!src/core/rules/rolePermission*.ts',
      '!src/core/rules/integration.ts',
      '!src/core/rules/logins.ts',
    ],
    tests: CORE_TESTS,
  },
  { name: 'core-watch', mutate: ['src/core/watch/**/*.ts'], tests: CORE_TESTS },
  { name: 'core', mutate: ['src/core/*.ts'], tests: CORE_TESTS },
];

/** An area a score is printed for. */
export interface ScoreArea {
  readonly name: string;
  readonly matches: (path: string) => boolean;
  /** Target score in percent, where the team set one. */
  readonly target: number | null;
}

export const SCORE_AREAS: readonly ScoreArea[] = [
  { name: 'src/core', matches: (path) => path.startsWith('src/core/'), target: 85 },
  { name: 'src/netsuite', matches: (path) => path.startsWith('src/netsuite/'), target: 85 },
  { name: 'emulator dialect rules', matches: (path) => path.startsWith('tools/emulator/database/'), target: 80 },
  { name: 'src/render/escape.ts', matches: (path) => path === 'src/render/escape.ts', target: null },
  { name: 'tools/audit/oauthSigner.ts', matches: (path) => path === 'tools/audit/oauthSigner.ts', target: null },
];

/** Where a part's reports and incremental file live. */
export function partFolder(part: MutationPart): string {
  return `reports/mutation/${part.name}`;
}
