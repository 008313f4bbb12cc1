/**
 * Runs before every test file of `npm test`. A file that reads build output (jest.tiers.js) fails
 * at once when a source changed after the last build, rather than passing on the old build.
 */
import { join } from 'node:path';
import { staleBuildProblem } from '../../tools/build/freshness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the tiers are a plain CommonJS list shared with the Jest configs
const tiers = require('../../jest.tiers') as { BUILD_TESTS: string[]; BROWSER_TESTS: string[] };

const ROOT = join(__dirname, '..', '..');

/** Whether the test file at `testPath` reads build output. */
export function readsBuildOutput(testPath: string): boolean {
  return [...tiers.BUILD_TESTS, ...tiers.BROWSER_TESTS]
    .map((pattern) => join(ROOT, pattern.replace('<rootDir>/', '')))
    .some((prefix) => testPath.startsWith(prefix));
}

const testPath = expect.getState().testPath;
if (testPath !== undefined && readsBuildOutput(testPath)) {
  const problem = staleBuildProblem(ROOT);
  if (problem !== null) throw new Error(problem);
}
