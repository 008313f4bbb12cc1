/**
 * Reads the SDF project's XML (manifest.xml, deploy.xml, Objects/*.xml) into typed shapes, so
 * the offline checks can state Oracle's rules plainly. There is no offline `project:validate`:
 * these readers are what stands in for it before a deploy.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Oracle's limit for script and script deployment ids (SDF XML reference, "scriptid" attribute). */
export const SCRIPT_ID_MAX_LENGTH = 40;

/** Oracle's limit for a script record's name. */
export const SCRIPT_NAME_MAX_LENGTH = 40;

/** SDF script object root tags and the @NScriptType their script file must declare. */
export const SCRIPT_TYPE_BY_OBJECT: Readonly<Record<string, string>> = {
  suitelet: 'Suitelet',
  restlet: 'Restlet',
  scheduledscript: 'ScheduledScript',
  mapreducescript: 'MapReduceScript',
  usereventscript: 'UserEventScript',
  clientscript: 'ClientScript',
  portlet: 'Portlet',
  workflowactionscript: 'WorkflowActionScript',
  massupdatescript: 'MassUpdateScript',
};

export interface MenuLink {
  readonly category: string;
  readonly label: string;
  readonly taskType: string;
}

export interface ScriptDeployment {
  readonly scriptId: string;
  /** Every simple field of the deployment (status, isonline, audslctrole...), as written. */
  readonly fields: Readonly<Record<string, string>>;
  readonly links: readonly MenuLink[];
}

export interface ScriptObject {
  /** Root tag: suitelet, restlet... */
  readonly kind: string;
  readonly scriptId: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly deployments: readonly ScriptDeployment[];
}

export interface ManifestSummary {
  readonly projectType: string;
  readonly requiredFeatures: readonly string[];
  readonly optionalFeatures: readonly string[];
  /** Dependency kinds other than features (objects, files, applications...). */
  readonly otherDependencyKinds: readonly string[];
}

interface XmlElement {
  readonly [name: string]: unknown;
}

/** Elements that may repeat, always read as arrays so one and many look alike. */
const REPEATABLE = new Set(['scriptdeployment', 'link', 'path', 'feature', 'files', 'objects', 'configuration']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATABLE.has(name),
});

/** Why `text` is not well-formed XML, with its line; null when it is. */
export function xmlWellFormednessProblem(text: string): string | null {
  const result = XMLValidator.validate(text);
  return result === true ? null : `line ${result.err.line}, column ${result.err.col}: ${result.err.msg}`;
}

function parseDocument(text: string, expectedRoot?: string): { root: string; element: XmlElement } {
  const problem = xmlWellFormednessProblem(text);
  if (problem !== null) throw new Error(`Not well-formed XML (${problem}).`);
  const roots = Object.entries(parser.parse(text) as XmlElement).filter(([name]) => !name.startsWith('?'));
  const [first] = roots;
  if (roots.length !== 1 || first === undefined) throw new Error('An SDF XML file has exactly one root element.');
  const [root, element] = first;
  if (expectedRoot !== undefined && root !== expectedRoot)
    throw new Error(`Root element is <${root}>, not <${expectedRoot}>.`);
  return { root, element: isElement(element) ? element : {} };
}

function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isElement(value) && typeof value['#text'] === 'string') return value['#text'];
  return '';
}

function texts(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(text);
}

function elements(value: unknown): XmlElement[] {
  return Array.isArray(value) ? value.filter(isElement) : isElement(value) ? [value] : [];
}

/** True for a child holding only text (possibly with attributes), not a structure. */
function isTextOnly(value: unknown): boolean {
  if (typeof value === 'string') return true;
  return isElement(value) && Object.keys(value).every((key) => key === '#text' || key.startsWith('@'));
}

/** The element's children that hold only text (attributes and structures left out). */
function simpleFields(element: XmlElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(element)) {
    if (!name.startsWith('@') && isTextOnly(value)) fields[name] = text(value);
  }
  return fields;
}

/** Reads a script object (Objects/customscript_*.xml). */
export function readScriptObject(xml: string): ScriptObject {
  const { root, element } = parseDocument(xml);
  const deployments = elements(element['scriptdeployments']).flatMap((group) => elements(group['scriptdeployment']));
  return {
    kind: root,
    scriptId: text(element['@scriptid']),
    fields: simpleFields(element),
    deployments: deployments.map((deployment) => ({
      scriptId: text(deployment['@scriptid']),
      fields: simpleFields(deployment),
      links: elements(deployment['links'])
        .flatMap((group) => elements(group['link']))
        .map((link) => ({
          category: text(link['linkcategory']),
          label: text(link['linklabel']),
          taskType: text(link['linktasktype']),
        })),
    })),
  };
}

/** Reads manifest.xml: project type and what it needs from the target account. */
export function readManifest(xml: string): ManifestSummary {
  const { element } = parseDocument(xml, 'manifest');
  const dependencies = elements(element['dependencies'])[0] ?? {};
  const features = elements(dependencies['features']).flatMap((group) => elements(group['feature']));
  const featureNames = (required: boolean): string[] =>
    features.filter((feature) => (text(feature['@required']) === 'true') === required).map((feature) => text(feature));
  return {
    projectType: text(element['@projecttype']),
    requiredFeatures: featureNames(true),
    optionalFeatures: featureNames(false),
    otherDependencyKinds: Object.keys(dependencies).filter((kind) => kind !== 'features'),
  };
}

/** Every `<path>` of deploy.xml, with the section it sits in (files, objects...). */
export function readDeployPaths(xml: string): { readonly section: string; readonly path: string }[] {
  const { element } = parseDocument(xml, 'deploy');
  return Object.entries(element).flatMap(([section, value]) =>
    elements(value).flatMap((group) => texts(group['path']).map((path) => ({ section, path }))),
  );
}

/**
 * What is wrong with a script or deployment id, or null: it must start with `prefix`, use only
 * lower-case letters, digits and underscores, and stay within Oracle's 40 characters.
 */
export function scriptIdProblem(scriptId: string, prefix: 'customscript_' | 'customdeploy_'): string | null {
  if (!scriptId.startsWith(prefix)) return `"${scriptId}" does not start with ${prefix}`;
  if (!/^[a-z0-9_]+$/.test(scriptId)) return `"${scriptId}" may hold only lower-case letters, digits and underscores`;
  if (scriptId.length > SCRIPT_ID_MAX_LENGTH) {
    return `"${scriptId}" is ${scriptId.length} characters long; at most ${SCRIPT_ID_MAX_LENGTH} are allowed`;
  }
  return null;
}
