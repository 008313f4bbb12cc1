/**
 * The bundle reads only, except the watch: its history records (N/record) and its email
 * (N/email). This proves it on the compiled files NetSuite loads: the only modules that ask for
 * a writing module are in the watch's writes folder, and the only entry point that reaches that
 * folder, directly or through other modules, is the watch's.
 */
import { posix } from 'path';
import { describeAmdModule } from '../../tools/sdf/amd-module';
import { BUNDLE_FOLDER, PROJECT_ROOT, builtBundleFiles, readProjectText } from '../../tools/sdf/project-layout';
import { entryPointScripts } from './support/bundle-scripts';

/** NetSuite modules that change the account or send something out. */
const WRITING_MODULES = new Set(['N/record', 'N/email', 'N/task', 'N/http', 'N/https', 'N/file', 'N/config', 'N/sftp', 'N/render']);
const WRITES_FOLDER = `${BUNDLE_FOLDER}/netsuite/watch/`;
const WATCH_ENTRY_POINT = `${BUNDLE_FOLDER}/scheduled/acton_readiness_watch_ss.js`;
/** Opens new, unsaved records to read their fields (N/record's create only): never saves, loads or deletes. */
const UNSAVED_RECORD_READER = `${BUNDLE_FOLDER}/netsuite/dataReads/newRecords.js`;

/** Each compiled module's dependencies: bundle files by path, NetSuite modules by name. */
const DEPENDENCIES: ReadonlyMap<string, readonly string[]> = new Map(
  builtBundleFiles(PROJECT_ROOT).map((file) => {
    const names = describeAmdModule(readProjectText(PROJECT_ROOT, file), file).dependencies ?? [];
    const resolved = names.map((name) => (name.startsWith('.') ? posix.join(posix.dirname(file), `${name}.js`) : name));
    return [file, resolved];
  }),
);

/** Every module `file` loads, directly or through others. */
function reachable(file: string): Set<string> {
  const seen = new Set<string>();
  const pending = [file];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const dependency of DEPENDENCIES.get(next) ?? []) {
      if (!seen.has(dependency)) {
        seen.add(dependency);
        pending.push(dependency);
      }
    }
  }
  return seen;
}

describe('writes in the bundle', () => {
  it('are asked for only by modules of the watch\'s writes folder', () => {
    const writers = [...DEPENDENCIES].filter(([, dependencies]) => dependencies.some((name) => WRITING_MODULES.has(name))).map(([file]) => file);

    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((file) => !file.startsWith(WRITES_FOLDER) && file !== UNSAVED_RECORD_READER)).toEqual([]);
  });

  it('outside the watch, only open new records: the reader asks for N/record alone and never saves, submits or deletes', () => {
    const text = readProjectText(PROJECT_ROOT, UNSAVED_RECORD_READER);

    expect((DEPENDENCIES.get(UNSAVED_RECORD_READER) ?? []).filter((name) => WRITING_MODULES.has(name))).toEqual(['N/record']);
    expect(text).toMatch(/\.create\(/);
    expect(text).not.toMatch(/\.(save|submitFields|delete|load|copy|transform|attach|detach)\b/);
  });

  it('ask for N/record and N/email only, nothing else that writes or sends', () => {
    const asked = new Set([...DEPENDENCIES.values()].flat().filter((name) => WRITING_MODULES.has(name)));

    expect([...asked].sort()).toEqual(['N/email', 'N/record']);
  });

  it.each(entryPointScripts().map((script) => script.file))('entry point %s reaches a writing module only if it is the watch', (file) => {
    const writes = [...reachable(file)].filter((name) => WRITING_MODULES.has(name)).sort();

    // The Suitelet, RESTlet and watch all collect a snapshot, which opens new, unsaved records (N/record's create only).
    expect(writes).toEqual(file === WATCH_ENTRY_POINT ? ['N/email', 'N/record'] : reachable(file).has(UNSAVED_RECORD_READER) ? ['N/record'] : []);
  });
});
