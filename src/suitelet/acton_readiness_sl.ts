/**
 * @NApiVersion 2.1
 * @NScriptType Suitelet
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import { evaluateReadiness } from '../core/engine';
import { parseRequestParameters } from '../core/inputs';
import type { ParsedRequest } from '../core/inputs';
import { collectSnapshot } from '../netsuite/collector';
import { logUnexpectedFailure } from '../netsuite/failureLog';
import { readAuditParameters, supportedMethod } from '../netsuite/suiteletRequest';
import { writeAuditFailure, writeReport, writeUnsupportedMethod } from '../netsuite/suiteletResponse';

/**
 * The Act-On readiness page. GET (and the form's POST) audits the account for the integration,
 * role and user asked about and answers with the form, or with `format=json|csv|print`.
 * It only reads the account. Anything unexpected is logged and explained on the page.
 */
export const onRequest: EntryPoints.Suitelet.onRequest = ({ request, response }) => {
  if (supportedMethod(request.method) === null) {
    writeUnsupportedMethod(response, request.method);
    return;
  }
  // Defaults until the parameters are read, so even a failure there gets the form.
  let parsed: ParsedRequest = parseRequestParameters({});
  try {
    parsed = parseRequestParameters(readAuditParameters(request));
    const snapshot = collectSnapshot(parsed.inputs, new Date());
    writeReport(response, evaluateReadiness(snapshot, parsed.inputs, parsed.problems), parsed);
  } catch (thrown) {
    writeAuditFailure(response, parsed, logUnexpectedFailure('Act-On readiness audit failed', thrown));
  }
};
