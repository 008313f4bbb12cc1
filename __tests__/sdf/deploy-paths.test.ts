import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  BUNDLE_FOLDER,
  OBJECTS_FOLDER,
  PROJECT_ROOT,
  builtBundleFiles,
  filesSelectedByDeployPath,
  listFilesBelow,
  readProjectText,
} from '../../tools/sdf/project-layout';
import { readDeployPaths } from '../../tools/sdf/sdf-xml';

describe('filesSelectedByDeployPath', () => {
  let projectWithSubfolders: string;

  beforeAll(() => {
    projectWithSubfolders = mkdtempSync(join(tmpdir(), 'sdf-deploy-paths-'));
    for (const file of [
      'FileCabinet/SuiteScripts/app/entry.js',
      'FileCabinet/SuiteScripts/app/core/rule.js',
      'Objects/customscript_x.xml',
    ]) {
      mkdirSync(dirname(join(projectWithSubfolders, file)), { recursive: true });
      writeFileSync(join(projectWithSubfolders, file), '');
    }
  });

  afterAll(() => rmSync(projectWithSubfolders, { recursive: true, force: true }));

  it('takes a folder and all its subfolders for a path ending in /*', () => {
    const selected = filesSelectedByDeployPath(projectWithSubfolders, '~/FileCabinet/SuiteScripts/app/*');

    expect(selected).toEqual(['FileCabinet/SuiteScripts/app/core/rule.js', 'FileCabinet/SuiteScripts/app/entry.js']);
  });

  it('takes exactly one file for a file path, and nothing for a missing one', () => {
    expect(filesSelectedByDeployPath(projectWithSubfolders, '~/Objects/customscript_x.xml')).toEqual([
      'Objects/customscript_x.xml',
    ]);
    expect(filesSelectedByDeployPath(projectWithSubfolders, '~/Objects/customscript_y.xml')).toEqual([]);
  });

  it('refuses paths that do not start at the project root or climb out of it', () => {
    expect(() => filesSelectedByDeployPath(projectWithSubfolders, 'FileCabinet/*')).toThrow(/must start with "~\/"/);
    expect(() => filesSelectedByDeployPath(projectWithSubfolders, '~/../secrets/*')).toThrow(/"\.\."/);
  });
});

describe('deploy.xml', () => {
  const deployPaths = readDeployPaths(readProjectText(PROJECT_ROOT, 'deploy.xml'));
  const selectedIn = (section: string): string[] =>
    deployPaths
      .filter((entry) => entry.section === section)
      .flatMap((entry) => filesSelectedByDeployPath(PROJECT_ROOT, entry.path));

  it.each(deployPaths.map((entry) => entry.path))('path %s selects at least one existing file', (path) => {
    expect(filesSelectedByDeployPath(PROJECT_ROOT, path).length).toBeGreaterThan(0);
  });

  it('deploys every compiled file of the bundle, in every subfolder', () => {
    expect(selectedIn('files').sort()).toEqual(builtBundleFiles(PROJECT_ROOT));
  });

  it('deploys every object definition', () => {
    expect(selectedIn('objects').sort()).toEqual(listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER));
  });

  it('deploys files from the bundle folder only', () => {
    const outsideBundle = selectedIn('files').filter((file) => !file.startsWith(`${BUNDLE_FOLDER}/`));

    expect(outsideBundle).toEqual([]);
  });
});
