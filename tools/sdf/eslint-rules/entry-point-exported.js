'use strict';
/**
 * ESLint rule: an entry-point script (one whose header names an @NScriptType) must hand NetSuite
 * at least one entry point of that script type.
 *
 * eslint-plugin-suitescript's own `entry-points` rule only understands a factory that ends in
 * `return { onRequest: ... }`. TypeScript's AMD output instead assigns `exports.onRequest = ...`
 * inside `define(["require", "exports", ...], function (require, exports, ...) { ... })`, which
 * NetSuite's loader honours the same way, so this rule accepts both forms.
 */
const { getScriptTypeDef } = require('eslint-plugin-suitescript/lib/util/script-types');

const SCRIPT_TYPE_TAG = /@NScriptType\s+(\S+)/;

/**
 * The script type named in the file's first block comment that carries @NScriptType.
 * @param {import('eslint').SourceCode} sourceCode
 * @returns {string | null}
 */
function declaredScriptType(sourceCode) {
  for (const comment of sourceCode.getAllComments()) {
    const match = comment.type === 'Block' ? SCRIPT_TYPE_TAG.exec(comment.value) : null;
    if (match !== null && match[1] !== undefined) return match[1];
  }
  return null;
}

/**
 * Names the factory makes visible to NetSuite: keys of a returned object literal, and
 * properties assigned on the parameter bound to the "exports" dependency.
 * @param {any} dependencies the define() dependency array node
 * @param {any} factory the define() factory function node
 * @returns {Set<string>}
 */
function exportedNames(dependencies, factory) {
  const names = new Set();
  const exportsIndex = dependencies.elements.findIndex((element) => element && element.value === 'exports');
  const exportsParameter = exportsIndex >= 0 ? factory.params[exportsIndex] : undefined;
  const exportsName = exportsParameter && exportsParameter.type === 'Identifier' ? exportsParameter.name : null;

  for (const statement of factory.body.body) {
    if (statement.type === 'ReturnStatement' && statement.argument && statement.argument.type === 'ObjectExpression') {
      for (const property of statement.argument.properties) {
        if (property.type === 'Property' && property.key.type === 'Identifier') names.add(property.key.name);
      }
    }
    const assigned = statement.type === 'ExpressionStatement' ? statement.expression : null;
    if (
      exportsName !== null &&
      assigned &&
      assigned.type === 'AssignmentExpression' &&
      assigned.left.type === 'MemberExpression' &&
      assigned.left.object.type === 'Identifier' &&
      assigned.left.object.name === exportsName &&
      assigned.left.property.type === 'Identifier'
    ) {
      names.add(assigned.left.property.name);
    }
  }
  return names;
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'An entry-point script must export an entry point of its @NScriptType.' },
    schema: [],
    messages: {
      missingEntryPoint: '{{ scriptType }} script exports none of its entry points ({{ expected }}).',
    },
  },
  create(context) {
    return {
      'Program > ExpressionStatement > CallExpression[callee.name="define"]'(node) {
        const scriptType = declaredScriptType(context.sourceCode);
        const definition = scriptType === null ? null : getScriptTypeDef(scriptType);
        // An unknown or missing type is suitescript/script-type's finding, not this rule's.
        if (!definition || definition.entryPoints.length === 0) return;

        const factory = node.arguments[node.arguments.length - 1];
        const dependencies = node.arguments[node.arguments.length - 2];
        if (
          !factory ||
          factory.type !== 'FunctionExpression' ||
          !dependencies ||
          dependencies.type !== 'ArrayExpression'
        ) {
          return;
        }
        const exported = exportedNames(dependencies, factory);
        if (!definition.entryPoints.some((entryPoint) => exported.has(entryPoint))) {
          context.report({
            node,
            messageId: 'missingEntryPoint',
            data: { scriptType: definition.name, expected: definition.entryPoints.join(', ') },
          });
        }
      },
    };
  },
};
