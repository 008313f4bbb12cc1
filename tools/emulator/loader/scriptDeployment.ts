/**
 * The script and deployment ids of a compiled script, read from the SDF project's
 * `Objects/*.xml` (the object whose `<scriptfile>` names the file), so `runtime.getCurrentScript()`
 * and `url.resolveScript` answer with the ids the deployed script has. Files no object names
 * get ids derived from their file name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';

export interface DeploymentIds {
  readonly scriptId: string;
  readonly deploymentId: string;
}

interface ScriptObject {
  readonly '@_scriptid'?: string;
  readonly scriptfile?: string;
  readonly scriptdeployments?: {
    readonly scriptdeployment?: { readonly '@_scriptid'?: string } | readonly { readonly '@_scriptid'?: string }[];
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** The File Cabinet path NetSuite writes in `<scriptfile>`: `[/SuiteScripts/...js]`. */
function fileCabinetPath(fileCabinetRoot: string, file: string): string {
  return `[/${path.relative(fileCabinetRoot, file).replace(/\\/g, '/')}]`;
}

function firstDeploymentId(object: ScriptObject): string | undefined {
  const deployments = object.scriptdeployments?.scriptdeployment;
  const first = Array.isArray(deployments)
    ? (deployments as readonly { '@_scriptid'?: string }[])[0]
    : (deployments as { '@_scriptid'?: string } | undefined);
  return first?.['@_scriptid'];
}

function idsFromObjects(objectsFolder: string, scriptFile: string): DeploymentIds | null {
  if (!fs.existsSync(objectsFolder)) return null;
  for (const entry of fs
    .readdirSync(objectsFolder)
    .filter((name) => name.endsWith('.xml'))
    .sort()) {
    const document = parser.parse(fs.readFileSync(path.join(objectsFolder, entry), 'utf8')) as Record<
      string,
      ScriptObject
    >;
    for (const object of Object.values(document)) {
      const deploymentId =
        typeof object === 'object' && object !== null && object.scriptfile?.trim() === scriptFile
          ? firstDeploymentId(object)
          : undefined;
      const scriptId = object?.['@_scriptid'];
      if (scriptId && deploymentId) return { scriptId, deploymentId };
    }
  }
  return null;
}

/** Ids for a compiled script under `fileCabinetRoot`: from the SDF objects, else from its file name. */
export function deploymentIdsFor(fileCabinetRoot: string, file: string): DeploymentIds {
  const objectsFolder = path.join(path.dirname(fileCabinetRoot), 'Objects');
  const fromObjects = idsFromObjects(objectsFolder, fileCabinetPath(fileCabinetRoot, file));
  if (fromObjects) return fromObjects;
  const stem = path
    .basename(file, '.js')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_');
  return { scriptId: `customscript_${stem}`, deploymentId: `customdeploy_${stem}` };
}
