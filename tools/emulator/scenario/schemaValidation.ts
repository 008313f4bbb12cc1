/**
 * Validates a parsed scenario document against the published JSON Schema
 * (`scenarios/scenario.schema.json`) with ajv, and words ajv's errors for a person.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ScenarioProblem } from './scenarioError';

const SCHEMA_RELATIVE_PATH = path.join('scenarios', 'scenario.schema.json');

/** `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or an offset: the forms `Date` parses the same everywhere. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO-8601 date-time with a zone whose calendar fields exist (no 30 February). */
export function isIsoDateTime(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  if (month === undefined || day === undefined || year === undefined) return false;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (Number.isNaN(second) || (second ?? 0) < 60) &&
    !Number.isNaN(Date.parse(text))
  );
}

/** Finds the schema by walking up from this file: works from `tools/` and from the compiled `build/tools/`. */
export function findScenarioSchemaPath(start: string = __dirname): string {
  let directory = start;
  for (;;) {
    const candidate = path.join(directory, SCHEMA_RELATIVE_PATH);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`Cannot find ${SCHEMA_RELATIVE_PATH} above ${start}.`);
    directory = parent;
  }
}

let compiledValidator: ValidateFunction | null = null;

function scenarioValidator(): ValidateFunction {
  if (compiledValidator) return compiledValidator;
  const schema = JSON.parse(fs.readFileSync(findScenarioSchemaPath(), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, useDefaults: false });
  ajv.addFormat('iso-date-time', { type: 'string', validate: isIsoDateTime });
  compiledValidator = ajv.compile(schema);
  return compiledValidator;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function describedAs(error: ErrorObject): string {
  const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : '';
}

/** Words one ajv error as what was expected at its path. */
function describeSchemaError(error: ErrorObject): ScenarioProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: error.instancePath, message: `missing required key "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const key = String(params.additionalProperty);
      return {
        path: error.instancePath,
        message:
          allowed.length > 0
            ? `unexpected key "${key}"; allowed keys: ${allowed.join(', ')}`
            : `unexpected key "${key}"`,
      };
    }
    case 'propertyNames':
      return {
        path: error.instancePath,
        message: `key "${String(params.propertyName)}" is not a permission key (upper case, e.g. LIST_CONTACT)`,
      };
    case 'enum':
      return { path: error.instancePath, message: `must be one of ${quoteList(params.allowedValues as unknown[])}` };
    case 'format':
    case 'pattern': {
      const description = describedAs(error);
      return {
        path: error.instancePath,
        message: description ? `must be ${description}` : (error.message ?? 'is malformed'),
      };
    }
    case 'uniqueItems':
      return {
        path: error.instancePath,
        message: `must not repeat a value (items ${String(params.j)} and ${String(params.i)} are equal)`,
      };
    default:
      return { path: error.instancePath, message: error.message ?? `fails the schema's "${error.keyword}" rule` };
  }
}

/** ajv reports a bad property name twice (the name, then the failed pattern): keep the useful one. */
function isPropertyNameEcho(error: ErrorObject): boolean {
  return error.keyword === 'pattern' && error.propertyName !== undefined;
}

/** The document's schema problems, in document order; empty when it conforms. */
export function schemaProblems(document: unknown): readonly ScenarioProblem[] {
  const validate = scenarioValidator();
  if (validate(document)) return [];
  return (validate.errors ?? []).filter((error) => !isPropertyNameEcho(error)).map(describeSchemaError);
}
