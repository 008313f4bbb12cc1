import { readFileSync } from 'fs';
import { join } from 'path';
import { REPORT_SCHEMA_VERSION, TOOL_NAME, TOOL_VERSION } from '../../src/core/tool';

interface PackageManifest {
  readonly name: string;
  readonly version: string;
}

function readPackageManifest(): PackageManifest {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as PackageManifest;
}

describe('tool identity', () => {
  it('carries the same version as package.json', () => {
    const manifest = readPackageManifest();

    expect(TOOL_VERSION).toBe(manifest.version);
  });

  it('carries the same name as package.json', () => {
    const manifest = readPackageManifest();

    expect(TOOL_NAME).toBe(manifest.name);
  });

  it('numbers the report format with a positive integer', () => {
    expect(Number.isInteger(REPORT_SCHEMA_VERSION) && REPORT_SCHEMA_VERSION >= 1).toBe(true);
  });
});
