/**
 * Reading a scenario file: JSON syntax, then the published schema, then the semantic checks.
 * Every failure is a {@link ScenarioError} naming the file, the JSON path and what was expected.
 */
import { readBoundedFile } from '../../audit/boundedFile';
import { ScenarioError } from './scenarioError';
import { normaliseScenario } from './scenarioDefaults';
import type { ScenarioDocument } from './scenarioDocument';
import { semanticProblems } from './scenarioSemantics';
import { schemaProblems } from './schemaValidation';
import type { Scenario } from './scenarioTypes';

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where a JSON syntax error is, when the engine's message gives a position. */
function syntaxErrorLocation(text: string, reason: string): string {
  const offset = /position (\d+)/.exec(reason)?.[1];
  if (offset === undefined) return '';
  const { line, column } = lineAndColumn(text, Number(offset));
  return ` at line ${line}, column ${column}`;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    throw new ScenarioError(file, [
      { path: '', message: `is not valid JSON${syntaxErrorLocation(text, reason)}: ${reason}` },
    ]);
  }
}

/**
 * Validates scenario text. `file` only names the source in messages.
 * @throws ScenarioError listing every problem found
 */
export function parseScenario(text: string, file: string): Scenario {
  const document = parseJson(file, text.replace(/^\uFEFF/, ''));
  const shapeProblems = schemaProblems(document);
  if (shapeProblems.length > 0) throw new ScenarioError(file, shapeProblems);
  const valid = document as ScenarioDocument;
  const meaningProblems = semanticProblems(valid);
  if (meaningProblems.length > 0) throw new ScenarioError(file, meaningProblems);
  return normaliseScenario(valid);
}

/**
 * Reads and validates a scenario file.
 * @param file path as the user gave it; messages repeat it as given
 * @throws ScenarioError when the file cannot be read or is not a valid scenario
 */
/** Largest scenario file read. */
const MAX_SCENARIO_BYTES = 64 * 1024 * 1024;

export function loadScenario(file: string): Scenario {
  // A regular file under a bound (the generated large account is about 13 MB): /dev/zero or a FIFO is refused, not read.
  const read = readBoundedFile(file, MAX_SCENARIO_BYTES);
  if ('problem' in read) throw new ScenarioError(file, [{ path: '', message: read.problem }]);
  const { text } = read;
  return parseScenario(text, file);
}
