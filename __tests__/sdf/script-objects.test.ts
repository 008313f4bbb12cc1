import {
  OBJECTS_FOLDER,
  PROJECT_ROOT,
  builtBundleFiles,
  fileReferenceToProjectPath,
  listFilesBelow,
  readProjectText,
} from '../../tools/sdf/project-layout';
import { SCRIPT_NAME_MAX_LENGTH, SCRIPT_TYPE_BY_OBJECT, readScriptObject } from '../../tools/sdf/sdf-xml';

// Rules every script this bundle installs must keep: it audits account security, so no
// deployment may open it to anyone but administrators or to visitors without a login.
/** Script types whose deployments have an audience (roles that may run them); the others run on schedules or events. */
const KINDS_WITH_AUDIENCE = new Set(['suitelet', 'restlet', 'portlet']);

const SCRIPT_OBJECTS = listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER)
  .filter((file) => /\/customscript_[^/]*\.xml$/.test(file))
  .map((file) => ({ file, object: readScriptObject(readProjectText(PROJECT_ROOT, file)) }));

describe.each(SCRIPT_OBJECTS)('script object $file', ({ object }) => {
  it('is a script type this project knows how to check', () => {
    expect(Object.keys(SCRIPT_TYPE_BY_OBJECT)).toContain(object.kind);
  });

  it(`has a name of 1 to ${SCRIPT_NAME_MAX_LENGTH} characters`, () => {
    const name = object.fields['name'] ?? '';

    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(SCRIPT_NAME_MAX_LENGTH);
  });

  it('points its scriptfile at a compiled file of the bundle', () => {
    const scriptFile = fileReferenceToProjectPath(object.fields['scriptfile'] ?? '');

    expect(builtBundleFiles(PROJECT_ROOT)).toContain(scriptFile);
  });

  // A scheduled script's deployment has no audience: nobody opens it, it runs on its schedule.
  it('opens every deployment with an audience to the Administrator role only', () => {
    if (!KINDS_WITH_AUDIENCE.has(object.kind)) return;
    const audiences = object.deployments.map((deployment) => ({
      allroles: deployment.fields['allroles'],
      allemployees: deployment.fields['allemployees'] ?? 'F',
      allpartners: deployment.fields['allpartners'] ?? 'F',
      audslctrole: deployment.fields['audslctrole'],
    }));

    for (const audience of audiences) {
      expect(audience).toEqual({ allroles: 'F', allemployees: 'F', allpartners: 'F', audslctrole: 'ADMINISTRATOR' });
    }
  });

  it('never makes a deployment available without login', () => {
    const availableWithoutLogin = object.deployments.filter(
      (deployment) => (deployment.fields['isonline'] ?? 'F') !== 'F',
    );

    expect(availableWithoutLogin).toEqual([]);
  });
});
