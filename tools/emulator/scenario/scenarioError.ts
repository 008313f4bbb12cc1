/**
 * The error a bad scenario file raises: every problem found, each naming the file, the JSON
 * path inside it and what was expected, so a person can fix the file without guessing.
 */

/** One problem in a scenario file. */
export interface ScenarioProblem {
  /** JSON Pointer into the document, e.g. `/tokens/0/role`; `` for the document itself. */
  readonly path: string;
  /** What was expected, e.g. `must be integer`. */
  readonly message: string;
}

/** Most problems listed in the error message; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

/** Formats one problem as `file: /path: message` (`/` stands for the whole document). */
export function formatScenarioProblem(file: string, problem: ScenarioProblem): string {
  return `${file}: ${problem.path === '' ? '/' : problem.path}: ${problem.message}`;
}

/** Thrown by `loadScenario` and `parseScenario`; the CLI maps it to exit code 64. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';

  constructor(
    /** The file as the caller named it. */
    readonly file: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    super(ScenarioError.describe(file, problems));
  }

  private static describe(file: string, problems: readonly ScenarioProblem[]): string {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => formatScenarioProblem(file, problem));
    const omitted = problems.length - listed.length;
    return omitted > 0 ? [...listed, `${file}: ... and ${omitted} more problems`].join('\n') : listed.join('\n');
  }
}
