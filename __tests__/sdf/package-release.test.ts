import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/sdf/project-layout';
import { packageRelease, type PackageResult } from '../../tools/sdf/package-release';
import { VERIFIED_FLAG } from '../../tools/sdf/verify-before-command';
import { readZipEntries } from '../../tools/sdf/zip-archive';

// The flag stops the package hook from running this very test suite again.
let outDir: string;
let result: PackageResult;
let buildZipsBefore: string[];

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'acton-dist-'));
  buildZipsBefore = readdirSync(join(PROJECT_ROOT, 'build')).filter((name) => name.endsWith('.zip'));
  result = packageRelease({
    root: PROJECT_ROOT,
    outDir,
    environment: { ...process.env, [VERIFIED_FLAG]: '1' },
    stdio: 'pipe',
  });
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run package', () => {
  it('writes the ZIP as acton-readiness-<version>.zip, a name without spaces, outside build/', () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

    expect(result).toEqual({ status: 0, archive: join(outDir, `acton-readiness-${version}.zip`), problem: null });
    expect(existsSync(result.archive ?? '')).toBe(true);
  });

  it('leaves no ZIP behind in build/, which the next build deletes', () => {
    expect(readdirSync(join(PROJECT_ROOT, 'build')).filter((name) => name.endsWith('.zip'))).toEqual(buildZipsBefore);
  });

  it('holds the SDF project: the manifest, the deploy descriptor and the compiled Suitelet', () => {
    const names = readZipEntries(readFileSync(result.archive ?? '')).map((entry) => entry.name);

    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.xml',
        'deploy.xml',
        'FileCabinet/SuiteScripts/acton_readiness/suitelet/acton_readiness_sl.js',
      ]),
    );
  });
});
