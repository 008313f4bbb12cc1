/**
 * The order `npm test` starts its files in (jest.sequencer.js): the longest
 * files first, as jest.tiers.js lists them, then every other file in Jest's own order.
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS shared with the Jest configs
const { SLOW_TESTS } = require('../../jest.tiers') as { SLOW_TESTS: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS Jest sequencer
const SlowFirstSequencer = require('../../jest.sequencer') as new (options: object) => {
  sort(tests: FakeTest[]): FakeTest[];
};

const ROOT = path.join(__dirname, '..', '..');

interface FakeTest {
  readonly path: string;
  readonly context: { readonly config: object; readonly hasteFS: { getSize(file: string): number } };
}

const slowPaths = SLOW_TESTS.map((pattern) => path.join(ROOT, pattern.replace('<rootDir>/', '')));

/** Test files as Jest hands them to the sequencer, with no recorded durations; sizes by name. */
function fakeTests(files: readonly string[], sizes: Readonly<Record<string, number>>): FakeTest[] {
  const context = {
    config: { rootDir: ROOT, cache: false },
    hasteFS: { getSize: (file: string) => sizes[file] ?? 0 },
  };
  return files.map((file) => ({ path: file, context }));
}

describe('the order npm test starts its files in', () => {
  it('lists only test files that exist, each once', () => {
    expect(slowPaths.length).toBeGreaterThan(0);
    expect(new Set(slowPaths).size).toBe(slowPaths.length);
    for (const file of slowPaths) {
      expect(file).toMatch(/\.test\.ts$/);
      expect(fs.existsSync(file)).toBe(true);
    }
  });

  it('starts the listed files first, in the listed order, even when they are the smallest', () => {
    const others = ['a.test.ts', 'b.test.ts', 'c.test.ts'].map((name) => path.join(ROOT, '__tests__', name));
    const sizes: Record<string, number> = { [others[0]!]: 3_000, [others[1]!]: 1_000, [others[2]!]: 2_000 };
    slowPaths.forEach((file, index) => (sizes[file] = 10 + index));

    const order = new SlowFirstSequencer({}).sort(fakeTests([...others, ...slowPaths].reverse(), sizes));

    // Jest's own order for the rest: no durations recorded, so the largest file first.
    expect(order.map((test) => test.path)).toEqual([...slowPaths, others[0], others[2], others[1]]);
  });
});
