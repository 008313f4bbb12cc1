/**
 * Runs Oracle's SuiteCloud CLI from this project's node_modules, offline, and finds the ZIP
 * `project:package` wrote. Package runs write into `<cwd>/build/`, as the CLI always does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../tools/sdf/project-layout';

export interface CliRun {
  readonly status: number | null;
  /** stdout and stderr together, for assertions and failure messages. */
  readonly output: string;
  /** ZIP files that appeared in `<cwd>/build/` during the run. */
  readonly newArchives: readonly string[];
}

const SUITECLOUD_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'suitecloud');

function archivesIn(folder: string): Set<string> {
  return new Set(existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.zip')) : []);
}

/** Runs `suitecloud <args>` in `cwd` with exactly `env`. */
export function runSuiteCloud(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): CliRun {
  const buildFolder = join(cwd, 'build');
  const before = archivesIn(buildFolder);
  const result = spawnSync(SUITECLOUD_BIN, [...args], {
    cwd,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const newArchives = [...archivesIn(buildFolder)]
    .filter((name) => !before.has(name))
    .map((name) => join(buildFolder, name));
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, newArchives };
}

/** The current environment without `name` (e.g. a flag set by an outer run). */
export function environmentWithout(name: string): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  delete environment[name];
  return environment;
}
