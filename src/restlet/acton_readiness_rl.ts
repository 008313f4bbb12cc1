/**
 * @NApiVersion 2.1
 * @NScriptType Restlet
 * @NModuleScope SameAccount
 */

import * as error from 'N/error';
import type { EntryPoints } from 'N/types';
import { evaluateReadiness } from '../core/engine';
import { parseRequestParameters } from '../core/inputs';
import { collectSnapshot } from '../netsuite/collector';
import { logUnexpectedFailure } from '../netsuite/failureLog';
import { toReportDocument } from '../render/json';
import type { ReportDocument } from '../render/reportDocument';
import { METHOD_NOT_ALLOWED, readRestletParameters, restletError } from './restletContract';
import type { RestletErrorBody } from './restletContract';

/**
 * GET: audits the account for the integration, role and user asked about and answers with the
 * public JSON report document (NetSuite serialises it for `Content-Type: application/json`).
 * Bad parameter values are reported inside the report, as on the Suitelet; only a request whose
 * parameters cannot be read at all, or an unexpected failure, gets an error body instead.
 */
export const get: EntryPoints.RESTlet.get<Record<string, unknown>, ReportDocument | RestletErrorBody> = (
  requestParams,
) => {
  const reading = readRestletParameters(requestParams);
  if (!reading.ok) return reading.answer;
  try {
    const parsed = parseRequestParameters(reading.parameters);
    const snapshot = collectSnapshot(parsed.inputs, new Date());
    return toReportDocument(evaluateReadiness(snapshot, parsed.inputs, parsed.problems));
  } catch (thrown) {
    // Logged for the administrator (code, message, stack); the caller gets the code and message only.
    const shown = logUnexpectedFailure('Act-On readiness audit failed (RESTlet)', thrown);
    return restletError(
      'AUDIT_FAILED',
      `The audit could not finish: ${shown}. Try again; if it persists, send this message to your NetSuite ` +
        `administrator.`,
    );
  }
};

/** Every method but GET is refused with NetSuite's own error answer, naming the one it accepts. */
function refuseMethod(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- NetSuite answers a SuiteScriptError; its typings lack Error
  throw error.create({ name: METHOD_NOT_ALLOWED.name, message: METHOD_NOT_ALLOWED.message, notifyOff: true });
}

export const post: EntryPoints.RESTlet.post = () => refuseMethod();
export const put: EntryPoints.RESTlet.put = () => refuseMethod();
const deleteEntryPoint: EntryPoints.RESTlet.delete_ = () => refuseMethod();
export { deleteEntryPoint as delete };
