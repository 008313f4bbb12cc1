/**
 * The Suitelet's own URLs (downloads, print page, re-run for a candidate), resolved by NetSuite
 * so they carry the account's host and the deployment's internal ids.
 */
import * as url from 'N/url';
import type { AuditInputs, ReportFormat } from '../core/inputs';
import type { DownloadLinks, RerunParameters } from '../render/html';

/** The Suitelet's script record id (SDF object `Objects/customscript_acton_readiness.xml`). */
export const SUITELET_SCRIPT_ID = 'customscript_acton_readiness';

/** The Suitelet's deployment id. */
export const SUITELET_DEPLOYMENT_ID = 'customdeploy_acton_readiness';

/** The query parameters that ask the Suitelet for an audit; absent inputs are left out. */
export function auditUrlParameters(inputs: AuditInputs, format: ReportFormat): Record<string, string> {
  const parameters: Record<string, string> = { integration: inputs.integrationName };
  if (inputs.roleId !== null) parameters.role = String(inputs.roleId);
  if (inputs.userId !== null) parameters.user = String(inputs.userId);
  if (inputs.scoreFieldIds.length > 0) parameters.scorefields = inputs.scoreFieldIds.join(',');
  if (format !== 'html') parameters.format = format;
  return parameters;
}

/** The Suitelet's URL for an audit of `inputs` answered in `format`. */
export function suiteletUrl(inputs: AuditInputs, format: ReportFormat): string {
  return url.resolveScript({
    scriptId: SUITELET_SCRIPT_ID,
    deploymentId: SUITELET_DEPLOYMENT_ID,
    params: auditUrlParameters(inputs, format),
  });
}

/** The download and print links for the same audit. */
export function downloadLinks(inputs: AuditInputs): DownloadLinks {
  return { json: suiteletUrl(inputs, 'json'), csv: suiteletUrl(inputs, 'csv'), print: suiteletUrl(inputs, 'print') };
}

/** The link that re-runs the audit for one candidate's role and user, with the same score fields. */
export function rerunUrl(parameters: RerunParameters): string {
  return suiteletUrl(
    {
      integrationName: parameters.integrationName,
      roleId: parameters.roleId,
      userId: parameters.userId,
      scoreFieldIds: parameters.scoreFieldIds,
    },
    'html',
  );
}
