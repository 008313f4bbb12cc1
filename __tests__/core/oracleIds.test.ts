/**
 * Every permission id and feature id the audit reads exists in the lists that name them, so a
 * misspelt id cannot pass for a permission a role lacks or a feature that is off. The lists are
 * recorded under __tests__/fixtures/oracle with their source (docs/netsuite-facts.md, section 19).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { AUDITED_PERMISSION_KEYS } from '../../src/core/permissions';
import { AUDITED_FEATURES } from '../../src/core/snapshot';

const ROOT = join(__dirname, '../..');

/** A recorded list: its source and its ids. */
function recordedList(file: string): { readonly source: string; readonly ids: readonly string[] } {
  return JSON.parse(readFileSync(join(ROOT, '__tests__/fixtures/oracle', file), 'utf8')) as {
    source: string;
    ids: string[];
  };
}

const oraclePermissions = recordedList('permission-ids.json');
const oracleSdkFeatures = recordedList('sdk-feature-ids.json');

/** The feature ids `runtime.isFeatureInEffect` is typed to take in @hitc/netsuite-types (N/runtime.d.ts). */
function typedFeatureIds(): Set<string> {
  const typings = readFileSync(join(ROOT, 'node_modules/@hitc/netsuite-types/N/runtime.d.ts'), 'utf8');
  const union = /export type NetSuiteFeature =([^;]*);/.exec(typings)?.[1] ?? '';
  return new Set(Array.from(union.matchAll(/"([A-Z0-9_]+)"/g), (match) => match[1] ?? ''));
}

describe('the ids the audit reads', () => {
  it("are all in Oracle's permission list (Permission Names and IDs)", () => {
    const known = new Set(oraclePermissions.ids);

    expect(oraclePermissions.ids.length).toBeGreaterThan(600);
    expect(AUDITED_PERMISSION_KEYS.filter((key) => !known.has(key))).toEqual([]);
  });

  it('are all feature ids runtime.isFeatureInEffect takes', () => {
    const typed = typedFeatureIds();

    expect(typed.size).toBeGreaterThan(100);
    expect(AUDITED_FEATURES.filter((feature) => !typed.has(feature))).toEqual([]);
  });

  it("name, in Oracle's own SDK, the features this bundle's manifest requires", () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const required = Array.from(manifest.matchAll(/<feature[^>]*>([A-Z0-9_]+)<\/feature>/g), (match) => match[1]);
    const known = new Set(oracleSdkFeatures.ids);

    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((feature) => feature === undefined || !known.has(feature))).toEqual([]);
  });

  it('would catch a misspelt id', () => {
    expect(new Set(oraclePermissions.ids).has('ADMI_MANAGE_OWN_OAUTH_TOKEN')).toBe(false);
    expect(typedFeatureIds().has('TOKENBASEDAUTH')).toBe(false);
  });
});
