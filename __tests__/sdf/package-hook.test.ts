import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/sdf/project-layout';
import { VERIFIED_FLAG } from '../../tools/sdf/verify-before-command';
import { environmentWithout, runSuiteCloud } from './support/suitecloud-cli';

// End to end through Oracle's CLI: this repository's suitecloud.config.js and hook, copied into
// a small SDF project whose `npm test` passes or fails, decide whether anything is packaged.
const projects: string[] = [];

function sdfProjectWhoseTestsExitWith(exitCode: number): string {
  const project = mkdtempSync(join(tmpdir(), `sdf-hook-exit-${exitCode}-`));
  projects.push(project);
  mkdirSync(join(project, 'tools', 'sdf'), { recursive: true });
  mkdirSync(join(project, 'Objects'));
  for (const file of [
    'suitecloud.config.js',
    'tools/sdf/verify-before-command.js',
    'manifest.xml',
    'Objects/customscript_acton_readiness.xml',
  ]) {
    copyFileSync(join(PROJECT_ROOT, file), join(project, file));
  }
  writeFileSync(join(project, 'deploy.xml'), '<deploy><objects><path>~/Objects/*</path></objects></deploy>\n');
  const testScript = `node -e "process.exit(${exitCode})"`;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'hook-fixture', private: true, scripts: { test: testScript } }),
  );
  return project;
}

afterAll(() => {
  for (const project of projects) rmSync(project, { recursive: true, force: true });
});

describe('the project:package hook', () => {
  it('stops packaging, with a non-zero exit, when the test command fails', () => {
    const project = sdfProjectWhoseTestsExitWith(3);

    const run = runSuiteCloud(['project:package'], project, environmentWithout(VERIFIED_FLAG));

    expect(run.status).not.toBe(0);
    expect(run.output).toContain('project:package stopped: "npm test" failed with exit code 3');
    expect(run.newArchives).toEqual([]);
  });

  it('packages once the test command passes', () => {
    const project = sdfProjectWhoseTestsExitWith(0);

    const run = runSuiteCloud(['project:package'], project, environmentWithout(VERIFIED_FLAG));

    expect(run.status).toBe(0);
    expect(run.output).toContain('"npm test" passed');
    expect(run.newArchives).toHaveLength(1);
  });
});
