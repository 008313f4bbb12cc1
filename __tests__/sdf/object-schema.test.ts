import { OBJECTS_FOLDER, PROJECT_ROOT, listFilesBelow, readProjectText } from '../../tools/sdf/project-layout';
import { sdfObjectProblems } from '../../tools/sdf/object-validation';

// Nothing here can run `suitecloud project:validate`: this schema check stands in for its
// structural part, on every object the bundle deploys.
describe.each(listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER))('SDF object %s', (file) => {
  it('conforms to the SDF object schema: known elements, required fields, T/F booleans, enum values', () => {
    expect(sdfObjectProblems(readProjectText(PROJECT_ROOT, file))).toEqual([]);
  });
});

const scheduledScript = (deployment: string, extra = ''): string => `<scheduledscript scriptid="customscript_x">
  <name>X</name>
  <scriptfile>[/SuiteScripts/x.js]</scriptfile>${extra}
  <scriptdeployments>
    <scriptdeployment scriptid="customdeploy_x">${deployment}</scriptdeployment>
  </scriptdeployments>
</scheduledscript>`;

const READY_DEPLOYMENT = '<status>NOTSCHEDULED</status><title>X</title>';

describe('sdfObjectProblems', () => {
  it('accepts a minimal scheduled script with a not-scheduled deployment', () => {
    expect(sdfObjectProblems(scheduledScript(READY_DEPLOYMENT))).toEqual([]);
  });

  it('names a value that is not in the enum', () => {
    expect(sdfObjectProblems(scheduledScript('<status>DAILY</status><title>X</title>'))).toEqual([
      'scheduledscript[customscript_x]/scriptdeployments/scriptdeployment[customdeploy_x]/status: "DAILY" is not ' +
        'one of COMPLETED, INPROGRESS, INQUEUE, NOTSCHEDULED, RELEASED, SCHEDULED, TESTING',
    ]);
  });

  it('names a missing required element', () => {
    expect(sdfObjectProblems(scheduledScript('<status>TESTING</status>'))).toEqual([
      'scheduledscript[customscript_x]/scriptdeployments/scriptdeployment[customdeploy_x]/title: required, missing',
    ]);
  });

  it('refuses a boolean written other than T or F', () => {
    expect(sdfObjectProblems(scheduledScript(`${READY_DEPLOYMENT}<isdeployed>true</isdeployed>`))).toEqual([
      'scheduledscript[customscript_x]/scriptdeployments/scriptdeployment[customdeploy_x]/isdeployed: "true" is ' +
        'not T or F',
    ]);
  });

  it('refuses an element the object type does not have, such as an audience on a scheduled deployment', () => {
    expect(sdfObjectProblems(scheduledScript(`${READY_DEPLOYMENT}<audslctrole>ADMINISTRATOR</audslctrole>`))).toEqual([
      'scheduledscript[customscript_x]/scriptdeployments/scriptdeployment[customdeploy_x]/audslctrole: not an ' +
        'element of this object type',
    ]);
  });

  it('checks nested script parameters: their scriptid prefix and field type', () => {
    const parameter =
      '<scriptcustomfields><scriptcustomfield ' +
      'scriptid="custentity_x"><fieldtype>WORDS</fieldtype><label>X</label></scriptcustomfield></scriptcustomfields>';

    expect(sdfObjectProblems(scheduledScript(READY_DEPLOYMENT, parameter))).toEqual([
      'scheduledscript[customscript_x]/scriptcustomfields/scriptcustomfield[custentity_x]: scriptid ' +
        '"custentity_x" must start with custscript',
      'scheduledscript[customscript_x]/scriptcustomfields/scriptcustomfield[custentity_x]/fieldtype: "WORDS" is ' +
        'not one of the 22 allowed values',
    ]);
  });

  it('refuses a scriptfile that is not a File Cabinet reference, and an element given twice', () => {
    const xml = scheduledScript(READY_DEPLOYMENT)
      .replace('[/SuiteScripts/x.js]', 'SuiteScripts/x.js')
      .replace('<name>X</name>', '<name>X</name><name>Y</name>');

    expect(sdfObjectProblems(xml)).toEqual([
      'scheduledscript[customscript_x]/name: appears 2 times; once at most',
      'scheduledscript[customscript_x]/scriptfile: "SuiteScripts/x.js" is not a File Cabinet reference like ' +
        '[/SuiteScripts/file.js]',
    ]);
  });

  it('accepts a custom record permission for a standard role or a custom role reference, not an unknown name', () => {
    const recordType = (role: string): string =>
      `<customrecordtype scriptid="customrecord_x"><permissions><permission><permittedlevel>FULL</permittedlevel><permittedrole>${role}</permittedrole></permission></permissions></customrecordtype>`;

    expect(sdfObjectProblems(recordType('ADMINISTRATOR'))).toEqual([]);
    expect(sdfObjectProblems(recordType('[scriptid=customrole_acton]'))).toEqual([]);
    expect(sdfObjectProblems(recordType('EVERYONE'))).toEqual([
      'customrecordtype[customrecord_x]/permissions/permission/permittedrole: "EVERYONE" is not one of the 57 ' +
        'allowed values',
    ]);
  });

  it('requires the record type of a select parameter', () => {
    const parameter =
      '<scriptcustomfields><scriptcustomfield ' +
      'scriptid="custscript_x"><fieldtype>SELECT</fieldtype><label>X</label></scriptcustomfield></scriptcustomfields>';

    expect(sdfObjectProblems(scheduledScript(READY_DEPLOYMENT, parameter))).toEqual([
      'scheduledscript[customscript_x]/scriptcustomfields/scriptcustomfield[custscript_x]/selectrecordtype: ' +
        'required when fieldtype is SELECT, missing',
    ]);
  });

  it('refuses a name longer than the 40 characters Oracle allows', () => {
    const xml = scheduledScript(READY_DEPLOYMENT).replace('<name>X</name>', `<name>${'N'.repeat(41)}</name>`);

    expect(sdfObjectProblems(xml)).toEqual([
      'scheduledscript[customscript_x]/name: 41 characters; at most 40 are allowed',
    ]);
  });

  it('names an object type it has no schema for', () => {
    expect(sdfObjectProblems('<workflow scriptid="customworkflow_x"></workflow>')).toEqual([
      'workflow: no schema for this object type (known: suitelet, restlet, scheduledscript, customrecordtype)',
    ]);
  });
});
