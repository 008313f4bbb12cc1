/**
 * What the person running the audit asks about, and the pure parsing of the raw request
 * parameters into it. Entry points (Suitelet, RESTlet) hand their parameters here and show
 * the problems; nothing in this file touches NetSuite.
 */

/** The integration name Act-On's guide suggests. */
export const DEFAULT_INTEGRATION_NAME = 'ActOnTBA';

/** Longest integration name accepted (NetSuite's own name field is shorter). */
export const MAX_INTEGRATION_NAME_LENGTH = 100;

/** The longest value an internal id field takes: a ten-digit id with room for a typo to stay visible. */
export const MAX_INTERNAL_ID_FIELD_LENGTH = 20;

/** The audit's inputs after validation. */
export interface AuditInputs {
  /** The integration record's name, as typed (matched by `normaliseIntegrationName` in ./integrationNames). */
  readonly integrationName: string;
  /** Internal id of the role Act-On's token should use; null when not given. */
  readonly roleId: number | null;
  /** Internal id of the employee whose token Act-On uses; null when not given. */
  readonly userId: number | null;
  /**
   * The custom entity fields Act-On writes its score to (`custentity...`, lower case), in the
   * order given, without repeats; empty when not given (the audit then looks for candidates).
   */
  readonly scoreFieldIds: readonly string[];
}

/** The output formats the Suitelet serves: its form, downloads, and a print-friendly page. */
export type ReportFormat = 'html' | 'json' | 'csv' | 'print';

/** One problem with a request parameter, phrased for the person who typed it. */
export interface InputProblem {
  readonly parameter: string;
  readonly message: string;
  /** The value as it came, when it was rejected (the form shows it again, in its field). */
  readonly rejectedValue?: string;
}

export interface ParsedRequest {
  readonly inputs: AuditInputs;
  readonly format: ReportFormat;
  /** Problems found; inputs hold safe defaults for each rejected parameter. */
  readonly problems: readonly InputProblem[];
}

/** Raw parameters as NetSuite hands them to a Suitelet or RESTlet. */
export type RawParameters = Readonly<Record<string, string | undefined>>;

const INTERNAL_ID = /^[1-9][0-9]{0,9}$/;

/** Most score field ids one request names: Act-On writes one lead-level and one contact-level field. */
export const MAX_SCORE_FIELDS = 10;

/**
 * A custom entity field id as NetSuite makes them: `custentity` and at most 30 more letters,
 * digits or underscores (NetSuite caps script ids at 40 characters).
 */
const SCORE_FIELD_ID = /^custentity[a-z0-9_]{1,30}$/;

/**
 * Parses comma-separated custom entity field ids (the Suitelet's and RESTlet's `scorefields`,
 * the CLI's `--score-fields`, an accounts-file entry's `scoreFields`). Ids are compared in lower
 * case. Any id that is not a custom entity field id rejects the whole value, naming it.
 */
export function parseScoreFieldIds(raw: string | undefined, problems: InputProblem[]): readonly string[] {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return [];
  const ids = trimmed
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !SCORE_FIELD_ID.test(id));
  const shown = trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
  if (bad !== undefined) {
    const quoted = JSON.stringify(bad.length > 40 ? `${bad.slice(0, 39)}…` : bad);
    problems.push({
      parameter: 'scorefields',
      message:
        `${quoted} is not a custom entity field id: give ids such as custentity_acton_score, separated by ` +
        `commas (Customization > Lists, Records, & Fields > Entity Fields, column ID). The audit ran without ` +
        `score fields instead.`,
      rejectedValue: shown,
    });
    return [];
  }
  const distinct = Array.from(new Set(ids));
  if (distinct.length > MAX_SCORE_FIELDS) {
    problems.push({
      parameter: 'scorefields',
      message: `${distinct.length} score fields were given; at most ${MAX_SCORE_FIELDS} are accepted. The audit ran without score fields instead.`,
      rejectedValue: shown,
    });
    return [];
  }
  return distinct;
}

function parseInternalId(parameter: string, raw: string | undefined, problems: InputProblem[]): number | null {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return null;
  if (!INTERNAL_ID.test(trimmed)) {
    problems.push({
      parameter,
      message:
        `"${trimmed}" is not an internal id: use the number NetSuite shows in the record's ID column. The audit ` +
        `ran without a ${parameter} id instead.`,
      rejectedValue: trimmed,
    });
    return null;
  }
  return Number(trimmed);
}

/** Where each internal id is shown in NetSuite. */
const ID_COLUMN_OF: Readonly<Record<'role' | 'user', string>> = {
  role: 'Setup > Users/Roles > Manage Roles',
  user: 'Lists > Employees > Employees',
};

/**
 * A well-formed id the account does not have, rejected like a malformed one: it stays in its field
 * with this message, and the audit runs with the default instead.
 */
export function missingRecordProblem(parameter: 'role' | 'user', id: number): InputProblem {
  const record = parameter === 'role' ? 'role' : 'employee';
  return {
    parameter,
    message:
      `There is no ${record} with internal id ${id}: use the number in the ID column at ${ID_COLUMN_OF[parameter]}. ` +
      `The audit ran without a ${parameter} id instead.`,
    rejectedValue: String(id),
  };
}

function parseIntegrationName(raw: string | undefined, problems: InputProblem[]): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return DEFAULT_INTEGRATION_NAME;
  if (trimmed.length > MAX_INTEGRATION_NAME_LENGTH) {
    problems.push({
      parameter: 'integration',
      message:
        `The integration name is ${trimmed.length} characters long; at most ${MAX_INTEGRATION_NAME_LENGTH} are ` +
        `accepted. The audit looked for ${DEFAULT_INTEGRATION_NAME} instead.`,
      rejectedValue: trimmed,
    });
    return DEFAULT_INTEGRATION_NAME;
  }
  // Control characters cannot be typed into NetSuite's name field: they only come from a crafted link.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    problems.push({
      parameter: 'integration',
      message: `The integration name holds control characters. The audit looked for ${DEFAULT_INTEGRATION_NAME} instead.`,
    });
    return DEFAULT_INTEGRATION_NAME;
  }
  return trimmed;
}

function parseFormat(raw: string | undefined, problems: InputProblem[]): ReportFormat {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'html') return 'html';
  if (value === 'json' || value === 'csv' || value === 'print') return value;
  problems.push({ parameter: 'format', message: `Unknown format "${value.slice(0, 20)}": use json, csv or print.` });
  return 'html';
}

/**
 * Parses the request parameters `integration`, `role`, `user`, `scorefields` and `format`.
 * Never throws: each bad value becomes an {@link InputProblem} and its default.
 */
export function parseRequestParameters(parameters: RawParameters): ParsedRequest {
  const problems: InputProblem[] = [];
  const inputs: AuditInputs = {
    integrationName: parseIntegrationName(parameters.integration, problems),
    roleId: parseInternalId('role', parameters.role, problems),
    userId: parseInternalId('user', parameters.user, problems),
    scoreFieldIds: parseScoreFieldIds(parameters.scorefields, problems),
  };
  return { inputs, format: parseFormat(parameters.format, problems), problems };
}
