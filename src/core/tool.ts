/**
 * The tool's identity, stamped into every report document so a reader knows what produced it
 * and which version of the document format it holds.
 */

/** The tool's name, as in package.json. */
export const TOOL_NAME = 'acton-readiness';

/** The tool's version; a test keeps it equal to package.json's. */
export const TOOL_VERSION = '1.0.0';

/**
 * The version of the public JSON report format (see `ReportDocument` in ../render/json).
 * Raise it whenever a field is removed, renamed or changes meaning; adding a field does not.
 */
export const REPORT_SCHEMA_VERSION = 1;
