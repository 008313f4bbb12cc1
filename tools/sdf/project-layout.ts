/**
 * Where things live in this SDF project and which files a deploy.xml path selects. The
 * repository root is the SDF project folder (suitecloud.config.js: defaultProjectFolder '.').
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/** Where tsc writes the bundle; its File Cabinet path is this without the leading "FileCabinet". */
export const BUNDLE_FOLDER = 'FileCabinet/SuiteScripts/acton_readiness';

export const OBJECTS_FOLDER = 'Objects';

/** A project file's text (UTF-8); `path` is project-relative with "/". */
export function readProjectText(projectRoot: string, path: string): string {
  return readFileSync(join(projectRoot, ...path.split('/')), 'utf8');
}

/** Every file below `folder` and its subfolders, project-relative with "/", sorted; [] if absent. */
export function listFilesBelow(projectRoot: string, folder: string): string[] {
  const absolute = join(projectRoot, ...folder.split('/'));
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) return [];
  const files: string[] = [];
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const child = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFilesBelow(projectRoot, child));
    else if (entry.isFile()) files.push(child);
  }
  return files.sort();
}

/** The compiled bundle's files; throws with the command to run when there is no build yet. */
export function builtBundleFiles(projectRoot: string): string[] {
  const files = listFilesBelow(projectRoot, BUNDLE_FOLDER);
  if (files.length === 0) {
    throw new Error(`No compiled bundle in ${BUNDLE_FOLDER}: run "npm run build" (or "npm test") first.`);
  }
  return files;
}

/**
 * The project path of an SDF file reference: "[/SuiteScripts/a/b.js]" gives
 * "FileCabinet/SuiteScripts/a/b.js". Null when the text is not a bracketed absolute reference.
 */
export function fileReferenceToProjectPath(reference: string): string | null {
  const match = /^\[(\/[^\]]+)\]$/.exec(reference.trim());
  return match?.[1] === undefined ? null : `FileCabinet${match[1]}`;
}

/**
 * The files a deploy.xml `<path>` selects, by SDF's rules: "~/" is the project root; a path
 * ending in "/*" takes every file of that folder and its subfolders; any other path names one
 * file. Throws for a path SDF rejects (no "~/", or "." / ".." segments).
 */
export function filesSelectedByDeployPath(projectRoot: string, deployPath: string): string[] {
  const trimmed = deployPath.trim();
  if (!trimmed.startsWith('~/')) throw new Error(`Deploy path "${trimmed}" must start with "~/" (the project root).`);
  const relative = trimmed.slice(2);
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..' || segment === '')) {
    throw new Error(`Deploy path "${trimmed}" has an empty, "." or ".." segment.`);
  }
  if (relative.endsWith('/*')) return listFilesBelow(projectRoot, relative.slice(0, -2));
  const absolute = join(projectRoot, ...segments);
  return existsSync(absolute) && statSync(absolute).isFile() ? [relative] : [];
}
