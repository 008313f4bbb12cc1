/**
 * Validates an SDF object file against the offline schema (./objectSchema): root type known,
 * `scriptid` attributes present, well-formed and with their prefix, no unknown or repeated
 * elements, required elements present, T/F booleans, numbers, enum values and File Cabinet
 * references. Each problem names the element path, e.g. `scheduledscript/scriptdeployments/
 * scriptdeployment[customdeploy_x]/status`.
 */
import { XMLParser } from 'fast-xml-parser';
import { SDF_OBJECT_SCHEMA, type ElementRule, type ObjectRule, type ValueRule } from './objectSchema';
import { SCRIPT_ID_MAX_LENGTH, xmlWellFormednessProblem } from './sdf-xml';

type XmlNode = Readonly<Record<string, unknown>>;

// Every element read as an array, so a repeated element is seen as repeated.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

const SCRIPT_ID = /^[a-z0-9_]+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const FILE_REFERENCE = /^\[\/[^\]]+\]$/;
const OBJECT_REFERENCE = /^(\[(scriptid|appid)=[^\]]+\]|customrole[a-z0-9_]*)$/;

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return isNode(value) && typeof value['#text'] === 'string' ? value['#text'] : '';
}

function childNames(node: XmlNode): string[] {
  return Object.keys(node).filter((key) => !key.startsWith('@') && key !== '#text');
}

function valueProblem(rule: ValueRule, value: string): string | null {
  switch (rule.kind) {
    case 'text':
      return rule.maxLength === undefined || value.length <= rule.maxLength
        ? null
        : `${value.length} characters; at most ${rule.maxLength} are allowed`;
    case 'boolean':
      return value === 'T' || value === 'F' ? null : `"${value}" is not T or F`;
    case 'number':
      return NUMBER.test(value) ? null : `"${value}" is not a number`;
    case 'fileReference':
      return FILE_REFERENCE.test(value)
        ? null
        : `"${value}" is not a File Cabinet reference like [/SuiteScripts/file.js]`;
    case 'enum':
      if (rule.values.includes(value) || (rule.orReference === true && OBJECT_REFERENCE.test(value))) return null;
      return `"${value}" is not one of ${rule.values.length > 12 ? `the ${rule.values.length} allowed values` : rule.values.join(', ')}`;
  }
}

function scriptIdProblems(node: XmlNode, rule: ObjectRule, path: string): string[] {
  if (rule.scriptIdPrefix === undefined) return [];
  const scriptId = typeof node['@scriptid'] === 'string' ? node['@scriptid'] : '';
  if (scriptId === '') return [`${path}: the scriptid attribute is required`];
  if (!SCRIPT_ID.test(scriptId))
    return [`${path}: scriptid "${scriptId}" may hold only lower-case letters, digits and underscores`];
  if (!scriptId.startsWith(rule.scriptIdPrefix))
    return [`${path}: scriptid "${scriptId}" must start with ${rule.scriptIdPrefix}`];
  return scriptId.length > SCRIPT_ID_MAX_LENGTH
    ? [`${path}: scriptid "${scriptId}" is longer than ${SCRIPT_ID_MAX_LENGTH} characters`]
    : [];
}

function elementProblems(name: string, rule: ElementRule, occurrences: readonly unknown[], path: string): string[] {
  const here = `${path}/${name}`;
  if ('list' in rule) {
    // A list element holds the repeated items: <scriptdeployments><scriptdeployment/>...
    return occurrences.flatMap((occurrence) =>
      isNode(occurrence) ? objectProblems(occurrence, rule.list.rule, here) : [],
    );
  }
  if (occurrences.length > 1) return [`${here}: appears ${occurrences.length} times; once at most`];
  const [occurrence] = occurrences;
  if ('structure' in rule) return isNode(occurrence) ? objectProblems(occurrence, rule.structure, here) : [];
  if (isNode(occurrence) && childNames(occurrence).length > 0) return [`${here}: holds elements; a value was expected`];
  const problem = valueProblem(rule.value, textOf(occurrence).trim());
  return problem === null ? [] : [`${here}: ${problem}`];
}

function objectProblems(node: XmlNode, rule: ObjectRule, path: string): string[] {
  const scriptId = typeof node['@scriptid'] === 'string' && node['@scriptid'] !== '' ? `[${node['@scriptid']}]` : '';
  const here = `${path}${scriptId}`;
  const problems = scriptIdProblems(node, rule, here);
  for (const name of childNames(node)) {
    const elementRule = rule.elements[name];
    const occurrences = node[name];
    if (elementRule === undefined) problems.push(`${here}/${name}: not an element of this object type`);
    else
      problems.push(
        ...elementProblems(name, elementRule, Array.isArray(occurrences) ? occurrences : [occurrences], here),
      );
  }
  for (const [name, elementRule] of Object.entries(rule.elements)) {
    if (elementRule.required === true && node[name] === undefined) problems.push(`${here}/${name}: required, missing`);
  }
  for (const condition of rule.requiredWhen ?? []) {
    const [value] = Array.isArray(node[condition.when]) ? (node[condition.when] as unknown[]) : [];
    const present =
      textOf(Array.isArray(node[condition.element]) ? (node[condition.element] as unknown[])[0] : undefined).trim() !==
      '';
    if (condition.oneOf.includes(textOf(value).trim()) && !present) {
      problems.push(
        `${here}/${condition.element}: required when ${condition.when} is ${textOf(value).trim()}, missing`,
      );
    }
  }
  return problems;
}

/** Every problem of an SDF object file's XML against the schema; empty when it conforms. */
export function sdfObjectProblems(xml: string): string[] {
  const wellFormedness = xmlWellFormednessProblem(xml);
  if (wellFormedness !== null) return [`not well-formed XML (${wellFormedness})`];
  const roots = Object.entries(parser.parse(xml) as XmlNode).filter(([name]) => !name.startsWith('?'));
  if (roots.length !== 1) return ['an SDF object file has exactly one root element'];
  const [[root, content]] = roots as [[string, unknown]];
  const rule = SDF_OBJECT_SCHEMA.get(root);
  if (rule === undefined)
    return [`${root}: no schema for this object type (known: ${[...SDF_OBJECT_SCHEMA.keys()].join(', ')})`];
  const node: unknown = Array.isArray(content) ? (content as unknown[])[0] : content;
  return objectProblems(isNode(node) ? node : {}, rule, root);
}

/** The features manifest.xml must reference for an SDF object file (by its root type); [] for an unknown type. */
export function featureDependenciesOf(xml: string): readonly string[] {
  const root = /<([a-z]+)[\s>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ''))?.[1];
  return root === undefined ? [] : (SDF_OBJECT_SCHEMA.get(root)?.featureDependencies ?? []);
}
