/**
 * The custom record types an SDF project defines (`Objects/*.xml` with a `<customrecordtype>`
 * root): their ids and their fields' ids and types. The emulator's N/record and N/search accept
 * exactly these types and fields, so a script whose ids drift from its objects fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';

export interface CustomRecordTypeDefinition {
  readonly scriptId: string;
  /** Field id to its SDF field type (TEXT, TEXTAREA, CLOBTEXT...). */
  readonly fields: ReadonlyMap<string, string>;
}

interface FieldElement {
  readonly '@_scriptid'?: string;
  readonly fieldtype?: string;
}

interface RecordTypeElement {
  readonly '@_scriptid'?: string;
  readonly customrecordcustomfields?: { readonly customrecordcustomfield?: FieldElement[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'customrecordcustomfield',
});

/** The custom record types of the project whose `Objects` folder is given; none when it is absent. */
export function readCustomRecordTypes(objectsFolder: string): CustomRecordTypeDefinition[] {
  if (!fs.existsSync(objectsFolder)) return [];
  const definitions: CustomRecordTypeDefinition[] = [];
  for (const entry of fs
    .readdirSync(objectsFolder)
    .filter((name) => name.endsWith('.xml'))
    .sort()) {
    const document = parser.parse(fs.readFileSync(path.join(objectsFolder, entry), 'utf8')) as {
      customrecordtype?: RecordTypeElement;
    };
    const recordType = document.customrecordtype;
    const scriptId = recordType?.['@_scriptid'];
    if (recordType === undefined || scriptId === undefined) continue;
    const fields = new Map<string, string>();
    for (const field of recordType.customrecordcustomfields?.customrecordcustomfield ?? []) {
      if (field['@_scriptid'] !== undefined) fields.set(field['@_scriptid'], field.fieldtype ?? 'TEXT');
    }
    definitions.push({ scriptId, fields });
  }
  return definitions;
}
