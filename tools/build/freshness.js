'use strict';
/**
 * Whether the build (FileCabinet/SuiteScripts/acton_readiness and build/) is at least as new as
 * every source it was made from. `npm run build` writes a stamp when it finishes; a source saved
 * after that stamp makes the build stale. Plain JavaScript: it runs before anything is compiled.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Written by `npm run build` as its last step. */
const BUILD_STAMP = path.join('build', '.build-stamp');

/** What the build reads: the bundle's and the tools' sources, their configs, the demo accounts. */
const BUILD_INPUTS = [
  'src',
  'tools',
  'scenarios',
  'Objects',
  'tsconfig.base.json',
  'tsconfig.json',
  'tsconfig.tools.json',
  'package-lock.json',
];

/** File endings that change what the build emits (prose beside the sources does not). */
const SOURCE_ENDINGS = ['.ts', '.js', '.json', '.xml'];

/**
 * The most recently changed build input under `root`, or null when there is none.
 * @param {string} root
 * @returns {{ file: string, mtimeMs: number } | null}
 */
function newestInput(root) {
  let newest = null;
  const visit = (relative) => {
    let stats;
    try {
      stats = fs.statSync(path.join(root, relative));
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of fs.readdirSync(path.join(root, relative))) visit(path.join(relative, name));
    } else if (SOURCE_ENDINGS.some((ending) => relative.endsWith(ending))) {
      if (newest === null || stats.mtimeMs > newest.mtimeMs) newest = { file: relative, mtimeMs: stats.mtimeMs };
    }
  };
  for (const input of BUILD_INPUTS) visit(input);
  return newest;
}

/**
 * What changed since the last build under `root`: null when nothing did, `{ changed: null }` when
 * there is no build, else the newest source saved after it.
 * @param {string} root
 * @returns {{ changed: string | null } | null}
 */
function changeSinceBuild(root) {
  let stampMs;
  try {
    stampMs = fs.statSync(path.join(root, BUILD_STAMP)).mtimeMs;
  } catch {
    return { changed: null };
  }
  const newest = newestInput(root);
  if (newest === null || newest.mtimeMs <= stampMs) return null;
  return { changed: newest.file.split(path.sep).join('/') };
}

/**
 * Why the build under `root` cannot be trusted, or null when it is up to date.
 * @param {string} root
 * @returns {string | null}
 */
function staleBuildProblem(root) {
  const change = changeSinceBuild(root);
  if (change === null) return null;
  if (change.changed === null) return 'the build is missing: run npm run build';
  return `the build is stale: run npm run build (${change.changed} changed after the last build)`;
}

/**
 * Marks the build under `root` as made from the sources as they are now.
 * @param {string} root
 */
function writeBuildStamp(root) {
  const stamp = path.join(root, BUILD_STAMP);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

module.exports = { BUILD_STAMP, changeSinceBuild, staleBuildProblem, writeBuildStamp };

if (require.main === module && process.argv[2] === 'stamp') writeBuildStamp(process.cwd());
