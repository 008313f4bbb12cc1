/**
 * From a script's SuiteQL text to the SQL SQLite runs: tokenize, check the dialect, translate
 * BUILTIN.DF. Anything refused here is a {@link StatementRejected}.
 */
import { dialectProblem, hasTopLevelOrderBy } from './dialectRules';
import { DisplayTranslationError, translateDisplayCalls } from './displayTranslation';
import { SqlSyntaxError, tokenize } from './sqlTokens';

/** A statement outside the emulated SuiteQL subset, or malformed. */
export class StatementRejected extends Error {
  override readonly name = 'StatementRejected';
}

export interface PreparedStatement {
  /** The SQL handed to SQLite: the script's text with BUILTIN.DF calls translated. */
  readonly sql: string;
  /** How many `?` parameters the statement has. */
  readonly parameterCount: number;
  /** Whether the top-level statement has an ORDER BY. */
  readonly ordered: boolean;
}

/**
 * Checks and translates one statement.
 * @throws StatementRejected with the rule the statement broke
 */
export function prepareStatement(suiteQl: string): PreparedStatement {
  try {
    const tokens = tokenize(suiteQl);
    const problem = dialectProblem(tokens);
    if (problem) throw new StatementRejected(problem);
    return {
      sql: translateDisplayCalls(suiteQl, tokens),
      parameterCount: tokens.filter((token) => token.kind === 'parameter').length,
      ordered: hasTopLevelOrderBy(tokens),
    };
  } catch (thrown) {
    if (thrown instanceof SqlSyntaxError || thrown instanceof DisplayTranslationError)
      throw new StatementRejected(thrown.message);
    throw thrown;
  }
}
