/** N/error: `error.create` builds a SuiteScriptError in the script's realm. */
import type { Execution } from '../execution';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { strictMembers } from './strictMembers';

interface CreateErrorOptions {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly notifyOff?: unknown;
}

/** The N/error module of one execution. */
export function createErrorModule(execution: Execution): object {
  const { realm } = execution;
  return strictMembers(
    'N/error',
    {
      create(options: CreateErrorOptions | undefined): Error {
        if (typeof options?.name !== 'string' || typeof options.message !== 'string') {
          throw createSuiteScriptError(realm, {
            name: NETSUITE_ERROR_CODES.missingArgument,
            message: 'Missing a required argument: error.create needs options.name and options.message strings.',
          });
        }
        return createSuiteScriptError(realm, {
          name: options.name,
          message: options.message,
          notifyOff: options.notifyOff === true,
        });
      },
    },
    execution.unsupported,
  );
}
