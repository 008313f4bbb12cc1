/**
 * The compiled bundle split the way NetSuite sees it: entry points (files a script object's
 * scriptfile names, with that object's type) and library modules (everything else).
 */
import {
  OBJECTS_FOLDER,
  PROJECT_ROOT,
  builtBundleFiles,
  fileReferenceToProjectPath,
  listFilesBelow,
  readProjectText,
} from '../../../tools/sdf/project-layout';
import { readScriptObject } from '../../../tools/sdf/sdf-xml';

export interface EntryPointScript {
  readonly file: string;
  /** The script object's root tag: suitelet, restlet... */
  readonly objectKind: string;
}

export function entryPointScripts(): EntryPointScript[] {
  return listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER)
    .filter((file) => /\/customscript_[^/]*\.xml$/.test(file))
    .map((file) => readScriptObject(readProjectText(PROJECT_ROOT, file)))
    .map((object) => ({ file: fileReferenceToProjectPath(object.fields['scriptfile'] ?? '') ?? '', objectKind: object.kind }));
}

export function libraryModules(): string[] {
  const entryPoints = new Set(entryPointScripts().map((script) => script.file));
  return builtBundleFiles(PROJECT_ROOT).filter((file) => !entryPoints.has(file));
}
