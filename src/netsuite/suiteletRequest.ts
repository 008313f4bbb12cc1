/**
 * Reading the Suitelet's request: which methods it answers, and the audit parameters, from
 * the URL on GET (links, bookmarks, downloads) or from the form's fields on POST.
 */
import type { ServerRequest } from 'N/http';
import type { RawParameters } from '../core/inputs';

/** The form's field ids (`custpage_` is NetSuite's prefix for script-added fields). */
export const FORM_FIELD_IDS = {
  integration: 'custpage_integration',
  role: 'custpage_role',
  user: 'custpage_user',
  scoreFields: 'custpage_scorefields',
  report: 'custpage_report',
} as const;

export type SuiteletMethod = 'GET' | 'POST';

/** The request's method if the Suitelet answers it, else null. */
export function supportedMethod(method: string): SuiteletMethod | null {
  const normalised = String(method).toUpperCase();
  return normalised === 'GET' || normalised === 'POST' ? normalised : null;
}

function textParameter(parameters: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = parameters[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * An internal id may be typed (or pasted from a list) with digit grouping ("1,001") under some
 * number-format preferences; the grouping is removed so the id is read as meant.
 * Anything else is passed on untouched for the parser to judge.
 */
export function withoutDigitGrouping(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return /^\d{1,3}(?:[,.'\u00a0 ]\d{3})+$/.test(trimmed) ? trimmed.replace(/[^\d]/g, '') : raw;
}

/**
 * The raw audit parameters of a request. GET reads `integration`, `role`, `user`, `scorefields` and `format`;
 * POST (the form's "Run audit again") reads the form's fields and always answers with the form.
 */
export function readAuditParameters(request: Pick<ServerRequest, 'method' | 'parameters'>): RawParameters {
  // NetSuite types the parameters as `any`: read them as unknown values and keep only text.
  const raw: unknown = request.parameters;
  const parameters: Readonly<Record<string, unknown>> =
    // Stryker disable next-line ConditionalExpression: text or a number holds none of the names read
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (supportedMethod(request.method) === 'POST') {
    return {
      integration: textParameter(parameters, FORM_FIELD_IDS.integration),
      role: withoutDigitGrouping(textParameter(parameters, FORM_FIELD_IDS.role)),
      user: withoutDigitGrouping(textParameter(parameters, FORM_FIELD_IDS.user)),
      scorefields: textParameter(parameters, FORM_FIELD_IDS.scoreFields),
      format: 'html',
    };
  }
  return {
    integration: textParameter(parameters, 'integration'),
    role: textParameter(parameters, 'role'),
    user: textParameter(parameters, 'user'),
    scorefields: textParameter(parameters, 'scorefields'),
    format: textParameter(parameters, 'format'),
  };
}
