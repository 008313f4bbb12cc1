/** Charging an API call's units, as the script sees it: past the limit, NetSuite's usage error. */
import type { Execution } from '../execution';
import { UsageLimitExceeded, type MeteredOperation } from '../governance';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';

/**
 * Charges `operation` to the execution's meter.
 * @throws SuiteScriptError SSS_USAGE_LIMIT_EXCEEDED (in the script's realm) when units run out
 */
export function chargeUnits(execution: Execution, operation: MeteredOperation): void {
  try {
    execution.meter.charge(operation);
  } catch (thrown) {
    if (thrown instanceof UsageLimitExceeded) {
      throw createSuiteScriptError(execution.realm, {
        name: NETSUITE_ERROR_CODES.usageLimitExceeded,
        message: thrown.message,
      });
    }
    throw thrown;
  }
}
