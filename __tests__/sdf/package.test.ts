import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUNDLE_FOLDER,
  OBJECTS_FOLDER,
  PROJECT_ROOT,
  builtBundleFiles,
  listFilesBelow,
} from '../../tools/sdf/project-layout';
import { VERIFIED_FLAG } from '../../tools/sdf/verify-before-command';
import { readZipEntries, type ZipEntry } from '../../tools/sdf/zip-archive';
import { runSuiteCloud, type CliRun } from './support/suitecloud-cli';

// `suitecloud project:package` zips what deploy.xml lists; a deploy uploads the same selection.
// The flag stops the package hook from running this very test suite again.
let packaging: CliRun;
let entries: ZipEntry[] = [];

beforeAll(() => {
  builtBundleFiles(PROJECT_ROOT);
  packaging = runSuiteCloud(['project:package'], PROJECT_ROOT, { ...process.env, [VERIFIED_FLAG]: '1' });
  const [archive] = packaging.newArchives;
  if (archive !== undefined) entries = readZipEntries(readFileSync(archive));
});

afterAll(() => {
  for (const archive of packaging.newArchives) rmSync(archive, { force: true });
});

const fileEntries = (): ZipEntry[] => entries.filter((entry) => !entry.isDirectory);

describe('suitecloud project:package', () => {
  it('succeeds offline and writes one ZIP', () => {
    expect({ status: packaging.status, archives: packaging.newArchives.length }).toEqual({ status: 0, archives: 1 });
  });

  it('holds exactly the deployable files: compiled scripts, object definitions, manifest and deploy descriptor', () => {
    const expected = [
      'deploy.xml',
      'manifest.xml',
      ...listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER),
      ...builtBundleFiles(PROJECT_ROOT),
    ].sort();

    expect(
      fileEntries()
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(expected);
  });

  it('holds the watch: its scheduled script object, its history record type and its compiled script', () => {
    const names = fileEntries().map((entry) => entry.name);

    expect(names).toEqual(
      expect.arrayContaining([
        'Objects/customscript_acton_readiness_watch.xml',
        'Objects/customrecord_acton_readiness_run.xml',
        `${BUNDLE_FOLDER}/scheduled/acton_readiness_watch_ss.js`,
      ]),
    );
  });

  it('leaves out TypeScript sources, tests, tools and dependencies', () => {
    const undeployable = entries.filter(
      (entry) => entry.name.endsWith('.ts') || /^(src|__tests__|tools|node_modules|scenarios)\//.test(entry.name),
    );

    expect(undeployable).toEqual([]);
  });

  it('carries each file byte for byte as it is on disk', () => {
    const changed = fileEntries().filter(
      (entry) => !entry.content.equals(readFileSync(join(PROJECT_ROOT, entry.name))),
    );

    expect(changed.map((entry) => entry.name)).toEqual([]);
  });

  it("keeps the bundle's subfolders, so relative module paths still resolve in the File Cabinet", () => {
    const folders = entries.filter((entry) => entry.isDirectory).map((entry) => entry.name);
    const subfolders = new Set(builtBundleFiles(PROJECT_ROOT).map((file) => file.slice(0, file.lastIndexOf('/') + 1)));
    subfolders.delete(`${BUNDLE_FOLDER}/`);

    expect(folders.sort()).toEqual(expect.arrayContaining([...subfolders].sort()));
  });
});
