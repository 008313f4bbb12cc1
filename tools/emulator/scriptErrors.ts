/**
 * Errors as a script meets them. NetSuite throws SuiteScriptError objects: `name` is the error
 * code, `message` the text, plus `id`, `type` and `notifyOff`. The emulator builds them with
 * the script realm's own `Error`, so `instanceof Error` inside the script answers as it would
 * for a native error, and `JSON.stringify` shows name and message as NetSuite's do.
 */

/** What the emulator needs from the realm a script runs in to build its errors. */
export interface ErrorRealm {
  readonly ErrorConstructor: ErrorConstructor;
}

export interface SuiteScriptErrorOptions {
  readonly name: string;
  readonly message: string;
  readonly notifyOff?: boolean;
}

let errorSequence = 0;

/** A SuiteScriptError-shaped error created in `realm`. */
export function createSuiteScriptError(realm: ErrorRealm, options: SuiteScriptErrorOptions): Error {
  const error = new realm.ErrorConstructor(options.message);
  errorSequence += 1;
  // Own enumerable properties, so JSON.stringify(error) shows them as NetSuite's errors do.
  Object.defineProperties(error, {
    name: { value: options.name, enumerable: true, writable: true, configurable: true },
    message: { value: options.message, enumerable: true, writable: true, configurable: true },
    type: { value: 'error.SuiteScriptError', enumerable: true },
    id: { value: `emulated-${errorSequence}`, enumerable: true },
    notifyOff: { value: options.notifyOff ?? false, enumerable: true },
    cause: { value: { name: options.name, message: options.message }, enumerable: true },
  });
  return error;
}

/** Error codes the emulator raises itself, as NetSuite names them. */
export const NETSUITE_ERROR_CODES = {
  usageLimitExceeded: 'SSS_USAGE_LIMIT_EXCEEDED',
  missingArgument: 'SSS_MISSING_REQD_ARGUMENT',
  wrongParameterType: 'WRONG_PARAMETER_TYPE',
  invalidPageRange: 'INVALID_PAGE_RANGE',
  invalidFeature: 'SSS_INVALID_FEATURE',
  authorMustBeEmployee: 'SSS_AUTHOR_MUST_BE_EMPLOYEE',
  invalidToEmail: 'SSS_INVALID_TO_EMAIL',
  tooManyRecipients: 'SSS_MAXIMUM_NUMBER_RECIPIENTS_EXCEEDED',
} as const;

/** The emulator cannot do what a script or a caller asked (not a NetSuite error). */
export type EmulatorErrorCode =
  | 'SCRIPT_NOT_FOUND'
  | 'SCRIPT_HEADER'
  | 'ENTRY_POINT_MISSING'
  | 'MODULE_NOT_EMULATED'
  | 'MEMBER_NOT_EMULATED'
  | 'SCRIPT_LOAD_FAILED'
  | 'BAD_REQUEST'
  /** A script saved a record the audit opens only to read (a new lead, prospect, customer or contact). */
  | 'WRITE_REFUSED';

/** Misuse of the emulator, or a NetSuite API it does not provide; callers show the message as is. */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError';

  constructor(
    readonly code: EmulatorErrorCode,
    message: string,
  ) {
    super(message);
  }
}
