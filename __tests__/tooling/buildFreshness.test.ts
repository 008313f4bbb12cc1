import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_STAMP, changeSinceBuild, staleBuildProblem, writeBuildStamp } from '../../tools/build/freshness';
import { readsBuildOutput } from '../support/freshBuild';

const ROOT = join(__dirname, '..', '..');

/** A project with one rule and one tool, built at `builtAt`. */
function builtProject(builtAt: Date): string {
  const root = mkdtempSync(join(tmpdir(), 'acton-freshness-'));
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  mkdirSync(join(root, 'tools', 'emulator'), { recursive: true });
  writeFileSync(join(root, 'src', 'core', 'verdict.ts'), 'export const verdict = 1;\n');
  writeFileSync(join(root, 'tools', 'emulator', 'README.md'), '# notes\n');
  const before = new Date(builtAt.getTime() - 60_000);
  utimesSync(join(root, 'src', 'core', 'verdict.ts'), before, before);
  utimesSync(join(root, 'tools', 'emulator', 'README.md'), before, before);
  writeBuildStamp(root);
  utimesSync(join(root, BUILD_STAMP), builtAt, builtAt);
  return root;
}

function saveAt(root: string, file: string, at: Date): void {
  writeFileSync(join(root, file), 'export const verdict = 2;\n');
  utimesSync(join(root, file), at, at);
}

describe('the build freshness guard', () => {
  const builtAt = new Date('2026-12-01T10:00:00Z');
  let root: string;
  beforeEach(() => (root = builtProject(builtAt)));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('trusts a build made after every source was saved', () => {
    expect(staleBuildProblem(root)).toBeNull();
  });

  it('calls the build stale, naming the rule, when a rule was edited after the build', () => {
    saveAt(root, 'src/core/verdict.ts', new Date(builtAt.getTime() + 1_000));

    expect(staleBuildProblem(root)).toBe(
      'the build is stale: run npm run build (src/core/verdict.ts changed after the last build)',
    );
    expect(changeSinceBuild(root)).toEqual({ changed: 'src/core/verdict.ts' });
  });

  it('ignores prose beside the sources, which the build does not read', () => {
    writeFileSync(join(root, 'tools', 'emulator', 'README.md'), '# more notes\n');
    utimesSync(join(root, 'tools', 'emulator', 'README.md'), new Date(), new Date());

    expect(staleBuildProblem(root)).toBeNull();
  });

  it('calls a project that was never built missing its build', () => {
    rmSync(join(root, BUILD_STAMP));

    expect(staleBuildProblem(root)).toBe('the build is missing: run npm run build');
    expect(changeSinceBuild(root)).toEqual({ changed: null });
  });
});

describe('which test files the guard holds to a fresh build', () => {
  it.each([
    '__tests__/simulate/bundledScenarios.test.ts',
    '__tests__/restlet/compiledRestlet.test.ts',
    '__tests__/browser/tabsAndPrint.test.ts',
    '__tests__/package/installedPackage.test.ts',
  ])('holds %s, which reads build output', (file) => {
    expect(readsBuildOutput(join(ROOT, file))).toBe(true);
  });

  it.each(['__tests__/core/verdict.test.ts', '__tests__/restlet/acton_readiness_rl.test.ts'])(
    'leaves %s alone, which imports the TypeScript sources',
    (file) => {
      expect(readsBuildOutput(join(ROOT, file))).toBe(false);
    },
  );

  it('is set up for every test file of the full suite, and left out of the fast tier', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the Jest configs are CommonJS
    const full = require('../../jest.config') as { setupFilesAfterEnv: string[] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the Jest configs are CommonJS
    const fast = require('../../jest.fast.config') as { testPathIgnorePatterns: string[] };

    expect(full.setupFilesAfterEnv).toContain('<rootDir>/__tests__/support/freshBuild.ts');
    expect(fast.testPathIgnorePatterns).toEqual(
      expect.arrayContaining(['<rootDir>/__tests__/simulate/', '<rootDir>/__tests__/browser/']),
    );
  });
});
