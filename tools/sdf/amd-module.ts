/**
 * Describes a compiled file the way NetSuite's loader sees it: the JSDoc header above
 * `define(`, the one define() call, and the modules it asks for. Parsing uses the TypeScript
 * compiler the project already pins, so a comment or string that merely looks like `define(`
 * cannot fool the checks.
 */
/// <reference path="./eslint-plugin-suitescript.d.ts" />
import * as ts from 'typescript';
import { MODULES } from 'eslint-plugin-suitescript/lib/util/modules';

/** N modules NetSuite can load at runtime (`N/types` and other typings-only names are not among them). */
export const LOADABLE_NETSUITE_MODULES: ReadonlySet<string> = new Set(Object.keys(MODULES));

/** The pseudo-dependencies every AMD loader provides. */
export const AMD_PSEUDO_MODULES: ReadonlySet<string> = new Set(['require', 'exports']);

export interface HeaderTags {
  readonly apiVersion: string | null;
  readonly scriptType: string | null;
  readonly moduleScope: string | null;
}

export interface AmdModuleShape {
  /** Text of the `/** ... *\/` block the file opens with; null when it opens with anything else. */
  readonly header: string | null;
  /** True when the file opens with that header and only whitespace separates it from `define(`. */
  readonly headerThenDefine: boolean;
  /** True when define() is the file's first statement (comments before it are fine). */
  readonly defineFirst: boolean;
  /** Top-level statements that are define() calls (NetSuite accepts exactly one). */
  readonly defineCalls: number;
  /** Top-level statements in all (a module is its define() call and nothing else). */
  readonly topLevelStatements: number;
  /** The define() dependency names; null when they are not an array of string literals. */
  readonly dependencies: readonly string[] | null;
  /** True when define()'s last argument is a function expression (the factory). */
  readonly hasFactory: boolean;
}

const LEADING_HEADER = /^\/\*\*([\s\S]*?)\*\//;

function isDefineCall(
  statement: ts.Statement,
): statement is ts.ExpressionStatement & { expression: ts.CallExpression } {
  return (
    ts.isExpressionStatement(statement) &&
    ts.isCallExpression(statement.expression) &&
    ts.isIdentifier(statement.expression.expression) &&
    statement.expression.expression.text === 'define'
  );
}

function dependencyNames(call: ts.CallExpression): string[] | null {
  const list = call.arguments.length >= 2 ? call.arguments[call.arguments.length - 2] : undefined;
  if (list === undefined || !ts.isArrayLiteralExpression(list)) return null;
  const names = list.elements.map((element) => (ts.isStringLiteral(element) ? element.text : null));
  return names.every((name): name is string => name !== null) ? names : null;
}

/** Describes one compiled file. `fileName` only labels parse diagnostics. */
export function describeAmdModule(source: string, fileName: string): AmdModuleShape {
  const header = LEADING_HEADER.exec(source)?.[1] ?? null;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2019, false, ts.ScriptKind.JS);
  const defineStatements = file.statements.filter(isDefineCall);
  const onlyDefine = defineStatements.length === 1 ? defineStatements[0] : undefined;
  const factory = onlyDefine?.expression.arguments[onlyDefine.expression.arguments.length - 1];
  return {
    header,
    headerThenDefine: header !== null && /^\s*define\(/.test(source.replace(LEADING_HEADER, '')),
    defineFirst: file.statements[0] !== undefined && isDefineCall(file.statements[0]),
    defineCalls: defineStatements.length,
    topLevelStatements: file.statements.length,
    dependencies: onlyDefine === undefined ? null : dependencyNames(onlyDefine.expression),
    hasFactory: factory !== undefined && ts.isFunctionExpression(factory),
  };
}

/** The SuiteScript tags of a header block; a tag that is absent reads as null. */
export function readHeaderTags(header: string): HeaderTags {
  const tag = (name: string): string | null => new RegExp(`@${name}[ \\t]+(\\S+)`).exec(header)?.[1] ?? null;
  return { apiVersion: tag('NApiVersion'), scriptType: tag('NScriptType'), moduleScope: tag('NModuleScope') };
}

/**
 * Why NetSuite could not load `dependency` from the module at `modulePath` (project-relative),
 * or null when it can: N modules must exist at runtime, relative paths must reach a compiled
 * file of the bundle, and nothing else (bare npm names, absolute paths) is loadable.
 */
export function dependencyProblem(
  dependency: string,
  modulePath: string,
  bundleFiles: ReadonlySet<string>,
): string | null {
  if (AMD_PSEUDO_MODULES.has(dependency)) return null;
  if (dependency === 'N' || dependency.startsWith('N/')) {
    return LOADABLE_NETSUITE_MODULES.has(dependency) ? null : `${dependency} is not a NetSuite runtime module`;
  }
  if (dependency.startsWith('./') || dependency.startsWith('../')) {
    if (dependency.endsWith('.js')) return `${dependency} names its .js extension, which NetSuite's loader adds itself`;
    const target = resolveRelative(modulePath, dependency);
    return bundleFiles.has(`${target}.js`)
      ? null
      : `${dependency} does not resolve to a compiled file (looked for ${target}.js)`;
  }
  return `${dependency} is neither an N module nor a relative path; NetSuite cannot load it`;
}

function resolveRelative(modulePath: string, dependency: string): string {
  const parts = modulePath.split('/').slice(0, -1);
  for (const segment of dependency.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}
