import { describeAmdModule, readHeaderTags } from '../../tools/sdf/amd-module';
import { PROJECT_ROOT, builtBundleFiles, readProjectText } from '../../tools/sdf/project-layout';
import { SCRIPT_TYPE_BY_OBJECT } from '../../tools/sdf/sdf-xml';
import { entryPointScripts, libraryModules } from './support/bundle-scripts';

const SUITELET_HEADER = '/**\n * @NApiVersion 2.1\n * @NScriptType Suitelet\n * @NModuleScope SameAccount\n */\n';

describe('describeAmdModule', () => {
  it('finds the header block and define( right after it', () => {
    const shape = describeAmdModule(`${SUITELET_HEADER}define(["require", "exports"], function (require, exports) {});\n`, 'sl.js');

    expect(shape.headerThenDefine).toBe(true);
    expect(readHeaderTags(shape.header ?? '')).toEqual({ apiVersion: '2.1', scriptType: 'Suitelet', moduleScope: 'SameAccount' });
  });

  it('finds no header when tsc moved the tags inside the factory', () => {
    const shape = describeAmdModule('define(["require", "exports"], function (require, exports) {\n/** @NScriptType Suitelet */\n});\n', 'sl.js');

    expect(shape.header).toBeNull();
  });

  it('notices code between the header and define(', () => {
    const shape = describeAmdModule(`${SUITELET_HEADER}"use strict";\ndefine([], function () {});\n`, 'sl.js');

    expect(shape).toMatchObject({ headerThenDefine: false, defineFirst: false });
  });

  it('lets a library open with an ordinary comment before define(', () => {
    const shape = describeAmdModule('// Pure rules.\ndefine(["require", "exports"], function (require, exports) {});\n', 'rules.js');

    expect(shape).toMatchObject({ header: null, headerThenDefine: false, defineFirst: true });
  });
});

describe.each(entryPointScripts())('entry point $file', ({ file, objectKind }) => {
  const shape = describeAmdModule(readProjectText(PROJECT_ROOT, file), file);
  const tags = readHeaderTags(shape.header ?? '');

  it('opens with a /** ... */ header followed directly by define(', () => {
    expect(shape.headerThenDefine).toBe(true);
  });

  it(`declares @NApiVersion 2.1, the ${objectKind} object's @NScriptType and @NModuleScope SameAccount`, () => {
    expect(tags).toEqual({ apiVersion: '2.1', scriptType: SCRIPT_TYPE_BY_OBJECT[objectKind], moduleScope: 'SameAccount' });
  });
});

describe('library modules', () => {
  // Oracle makes @NApiVersion optional in custom modules. Absent, or 2.1, are both safe; a 2.0 or
  // 2.x tag would make NetSuite check the file as SuiteScript 2.0 and reject tsc's ES2019 output.
  it.each(libraryModules())('%s is a plain define( module, with no script type and no API version but 2.1', (file) => {
    const shape = describeAmdModule(readProjectText(PROJECT_ROOT, file), file);
    const tags = readHeaderTags(shape.header ?? '');

    expect(shape.defineFirst).toBe(true);
    expect(tags.scriptType).toBeNull();
    expect([null, '2.1']).toContain(tags.apiVersion);
  });

  it('include no file that declares a script type without a script object to run it', () => {
    const orphans = libraryModules().filter((file) => /@NScriptType/.test(describeAmdModule(readProjectText(PROJECT_ROOT, file), file).header ?? ''));

    expect(orphans).toEqual([]);
  });
});

describe('the bundle', () => {
  it('has at least one entry point, and every entry point is a compiled file', () => {
    const files = builtBundleFiles(PROJECT_ROOT);
    const entryPoints = entryPointScripts().map((script) => script.file);

    expect(entryPoints.length).toBeGreaterThan(0);
    expect(entryPoints.filter((file) => !files.includes(file))).toEqual([]);
  });
});
