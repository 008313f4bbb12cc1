/**
 * What the readiness RESTlet promises its callers (the `acton-readiness audit` command and any
 * consultant's own tooling): its ids, the parameters it reads, and the shape of its errors.
 * Pure: no NetSuite module, so the command-line tools share these definitions.
 */
import type { RawParameters } from '../core/inputs';

/** The RESTlet's script record id (SDF object `Objects/customscript_acton_readiness_rl.xml`). */
export const RESTLET_SCRIPT_ID = 'customscript_acton_readiness_rl';

/** The RESTlet's deployment id. */
export const RESTLET_DEPLOYMENT_ID = 'customdeploy_acton_readiness_rl';

/**
 * The query parameters the RESTlet reads, the same as the Suitelet's. NetSuite adds its own
 * (`script`, `deploy`) to every call: those, and any others, are ignored.
 */
export const AUDIT_PARAMETER_NAMES = ['integration', 'role', 'user', 'scorefields'] as const;

export type AuditParameterName = (typeof AUDIT_PARAMETER_NAMES)[number];

/**
 * - `MALFORMED_REQUEST`: the parameters could not be read at all (bad values inside them are
 *   reported in the report's `inputProblems` instead);
 * - `AUDIT_FAILED`: something unexpected stopped the audit.
 */
export type RestletErrorCode = 'MALFORMED_REQUEST' | 'AUDIT_FAILED';

/** The body the RESTlet answers with when it cannot produce a report. */
export interface RestletErrorBody {
  readonly error: {
    readonly code: RestletErrorCode;
    /** What went wrong, for the person running the audit; never a stack trace. */
    readonly message: string;
  };
}

/** The error name and message a refused HTTP method is thrown with (NetSuite answers it as an error). */
export const METHOD_NOT_ALLOWED = {
  name: 'METHOD_NOT_ALLOWED',
  message:
    'This RESTlet only answers GET: send GET with the parameters integration, role and user to receive the ' +
    'readiness report. It never changes the account.',
} as const;

/** Builds the RESTlet's error body. */
export function restletError(code: RestletErrorCode, message: string): RestletErrorBody {
  return { error: { code, message } };
}

/** The audit parameters read from a GET request, or the reason the request cannot be read. */
export type AuditParametersReading =
  { readonly ok: true; readonly parameters: RawParameters } | { readonly ok: false; readonly answer: RestletErrorBody };

/**
 * Reads the audit parameters from a RESTlet GET's `requestParams`. Missing parameters are fine
 * (the audit uses its defaults); a parameter that is not a single text value (NetSuite hands
 * query parameters over as text) makes the request malformed.
 */
export function readRestletParameters(requestParams: unknown): AuditParametersReading {
  if (requestParams === undefined || requestParams === null) return { ok: true, parameters: {} };
  if (typeof requestParams !== 'object' || Array.isArray(requestParams)) {
    return {
      ok: false,
      answer: restletError('MALFORMED_REQUEST', 'The request parameters are not a set of named values.'),
    };
  }
  const given = requestParams as Readonly<Record<string, unknown>>;
  const parameters: Record<string, string> = {};
  for (const name of AUDIT_PARAMETER_NAMES) {
    const value = given[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      return {
        ok: false,
        answer: restletError(
          'MALFORMED_REQUEST',
          `The parameter "${name}" must be given once, as text (for example ${name}=${exampleValue(name)}).`,
        ),
      };
    }
    parameters[name] = value;
  }
  return { ok: true, parameters };
}

function exampleValue(name: AuditParameterName): string {
  return name === 'integration' ? 'ActOnTBA' : '1001';
}
