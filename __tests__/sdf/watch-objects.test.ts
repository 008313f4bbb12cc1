import { PROJECT_ROOT, readProjectText } from '../../tools/sdf/project-layout';
import { readScriptObject } from '../../tools/sdf/sdf-xml';
import { XMLParser } from 'fast-xml-parser';
import {
  RUN_FIELDS,
  RUN_RECORD_TYPE,
  WATCH_DEPLOYMENT_ID,
  WATCH_PARAMETERS,
  WATCH_SCRIPT_ID,
} from '../../src/netsuite/watchReads/historyRecordType';

const watch = readScriptObject(readProjectText(PROJECT_ROOT, `Objects/${WATCH_SCRIPT_ID}.xml`));
const recordTypeXml = readProjectText(PROJECT_ROOT, `Objects/${RUN_RECORD_TYPE}.xml`);
const recordType = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(
  recordTypeXml,
) as {
  customrecordtype: {
    accesstype: string;
    permissions: { permission: { permittedrole: string; permittedlevel: string } | readonly unknown[] };
    customrecordcustomfields: { customrecordcustomfield: readonly { '@scriptid': string }[] };
  };
};

describe("the watch's scheduled script object", () => {
  it('is a scheduled script with one deployment, not scheduled until an administrator schedules it', () => {
    expect(watch.kind).toBe('scheduledscript');
    expect(watch.deployments.map((deployment) => [deployment.scriptId, deployment.fields['status']])).toEqual([
      [WATCH_DEPLOYMENT_ID, 'NOTSCHEDULED'],
    ]);
  });

  it('declares the parameters the script reads', () => {
    const parameters = [
      ...readProjectText(PROJECT_ROOT, `Objects/${WATCH_SCRIPT_ID}.xml`).matchAll(
        /<scriptcustomfield scriptid="([^"]+)"/g,
      ),
    ].map((match) => match[1]);

    expect(parameters.sort()).toEqual(Object.values(WATCH_PARAMETERS).sort());
  });
});

describe("the watch's history record type", () => {
  it('is visible to administrators only: its permission list names the Administrator role alone', () => {
    const { accesstype, permissions } = recordType.customrecordtype;

    expect(accesstype).toBe('USEPERMISSIONLIST');
    expect(permissions.permission).toEqual({ permittedlevel: 'FULL', permittedrole: 'ADMINISTRATOR' });
  });

  it('defines every field the watch writes', () => {
    const fields = recordType.customrecordtype.customrecordcustomfields.customrecordcustomfield.map(
      (field) => field['@scriptid'],
    );

    expect(fields.sort()).toEqual(Object.values(RUN_FIELDS).sort());
  });
});
