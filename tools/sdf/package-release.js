'use strict';
/**
 * `npm run package`: Oracle's `suitecloud project:package` (whose hook in suitecloud.config.js
 * proves the bundle with `npm test` first) writes its ZIP into build/, under the project's name
 * with spaces, where the next build deletes it. This moves it to dist/acton-readiness-<version>.zip,
 * a folder the build leaves alone, and prints the path.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');

/** The ZIP files in `folder`, by name. */
function archivesIn(folder) {
  return new Set(fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.zip')) : []);
}

/**
 * Packages the project at `root` and moves the new ZIP to `<outDir>/acton-readiness-<version>.zip`.
 * @param {{ root: string, outDir: string, environment: NodeJS.ProcessEnv, stdio: 'inherit' | 'pipe' }} options
 * @returns {{ status: number, archive: string | null, problem: string | null }}
 */
function packageRelease({ root, outDir, environment, stdio }) {
  const buildFolder = path.join(root, 'build');
  const before = archivesIn(buildFolder);
  const suitecloud = path.join(root, 'node_modules', '.bin', 'suitecloud');
  const run = spawnSync(suitecloud, ['project:package'], {
    cwd: root,
    env: environment,
    stdio,
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) {
    return { status: run.status ?? 1, archive: null, problem: 'suitecloud project:package failed (see above).' };
  }
  const created = [...archivesIn(buildFolder)].filter((name) => !before.has(name));
  if (created.length !== 1) {
    return { status: 1, archive: null, problem: `expected one new ZIP in build/, found ${created.length}.` };
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const archive = path.join(outDir, `acton-readiness-${version}.zip`);
  fs.mkdirSync(outDir, { recursive: true });
  // Copy then remove: a rename fails across file systems.
  fs.copyFileSync(path.join(buildFolder, created[0]), archive);
  fs.rmSync(path.join(buildFolder, created[0]));
  return { status: 0, archive, problem: null };
}

module.exports = { packageRelease };

if (require.main === module) {
  const result = packageRelease({
    root: ROOT,
    outDir: path.join(ROOT, 'dist'),
    environment: process.env,
    stdio: 'inherit',
  });
  if (result.archive !== null) console.log(`The SDF project ZIP: ${result.archive}`);
  else console.error(`npm run package: ${result.problem}`);
  process.exitCode = result.status;
}
