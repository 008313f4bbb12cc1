import { OBJECTS_FOLDER, PROJECT_ROOT, listFilesBelow, readProjectText } from '../../tools/sdf/project-layout';
import { SCRIPT_ID_MAX_LENGTH, readScriptObject, scriptIdProblem } from '../../tools/sdf/sdf-xml';

describe('scriptIdProblem', () => {
  it('accepts a lower-case id with the script prefix', () => {
    expect(scriptIdProblem('customscript_acton_readiness', 'customscript_')).toBeNull();
  });

  it('rejects an id without the expected prefix', () => {
    expect(scriptIdProblem('customdeploy_acton_readiness', 'customscript_')).toMatch(
      /does not start with customscript_/,
    );
  });

  it('rejects upper case and hyphens', () => {
    expect(scriptIdProblem('customscript_ActOn', 'customscript_')).toMatch(/lower-case/);
    expect(scriptIdProblem('customscript_act-on', 'customscript_')).toMatch(/lower-case/);
  });

  it(`accepts ${SCRIPT_ID_MAX_LENGTH} characters and rejects one more`, () => {
    const longest = 'customdeploy_'.padEnd(SCRIPT_ID_MAX_LENGTH, 'x');

    expect(scriptIdProblem(longest, 'customdeploy_')).toBeNull();
    expect(scriptIdProblem(`${longest}x`, 'customdeploy_')).toMatch(/at most 40/);
  });
});

const SCRIPT_OBJECT_FILES = listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER).filter((file) =>
  /\/customscript_[^/]*\.xml$/.test(file),
);

describe.each(SCRIPT_OBJECT_FILES)('script object %s', (file) => {
  const object = readScriptObject(readProjectText(PROJECT_ROOT, file));

  it('has a valid customscript_ id matching its file name', () => {
    expect(scriptIdProblem(object.scriptId, 'customscript_')).toBeNull();
    expect(`${OBJECTS_FOLDER}/${object.scriptId}.xml`).toBe(file);
  });

  it('gives every deployment a valid, distinct customdeploy_ id', () => {
    const ids = object.deployments.map((deployment) => deployment.scriptId);

    expect(ids.length).toBeGreaterThan(0);
    expect(ids.map((id) => scriptIdProblem(id, 'customdeploy_')).filter((problem) => problem !== null)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
