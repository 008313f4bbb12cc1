/**
 * Reads and validates the accounts file. Every problem names the file, the entry (index and
 * name), the field and what was expected; no message ever repeats a value from the file, so a
 * misplaced secret cannot leak through an error.
 */
import { dirname } from 'path';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { OAUTH2_OPTIONAL_FIELDS, OAUTH2_REQUIRED_FIELDS, readCredentials, TBA_FIELDS } from './accountCredentials';
import type { CredentialField, CredentialFields } from './accountCredentials';
import { ACCOUNT_KEYS, ACCOUNTS_SCHEMA } from './accountsSchema';
import { toAuditTarget } from './auditTarget';
import type { AuditTarget } from './auditTarget';
import { permissionWarning, readSecretFile } from './filePermissions';
import type { AuditQuery } from './restletUrl';

/** Defaults for the fields an account may leave out (from the command line). */
export interface AccountDefaults {
  readonly integration?: string;
  readonly role?: number;
  readonly user?: number;
  /** Comma-separated score field ids (`--score-fields`). */
  readonly scoreFields?: string;
}

export type AccountsFileReading =
  | { readonly ok: true; readonly targets: readonly AuditTarget[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The shape the schema guarantees (which credentials go together is checked in ./accountCredentials). */
interface AccountEntry extends CredentialFields {
  readonly name: string;
  readonly accountId: string;
  readonly restletUrl?: string;
  readonly integration?: string;
  readonly role?: number;
  readonly user?: number;
  readonly scoreFields?: string;
}

const validateAccounts = new Ajv({ allErrors: true, strict: true }).compile<AccountEntry[]>(ACCOUNTS_SCHEMA);

/** What a field name looks like: letters (no digits, which every NetSuite key and secret holds), short. */
const FIELD_NAME_SHAPE = /^[A-Za-z][A-Za-z_ -]{0,39}$/;

/** Most problems listed at once; a file with more is usually the wrong file. */
const MAX_PROBLEMS = 20;

/** A readable expectation for one schema error (never quoting the value). */
function expectation(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `"${String(error.params['missingProperty'])}" is missing`;
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      // A pasted secret can end up as a key: only something shaped like a field name is repeated.
      return FIELD_NAME_SHAPE.test(key)
        ? `unknown key "${key}" (allowed: ${ACCOUNT_KEYS.join(', ')})`
        : `an unknown key that looks like a value, not a field name (not shown; allowed: ${ACCOUNT_KEYS.join(', ')})`;
    }
    case 'type':
      return `must be ${error.params['type'] === 'integer' ? 'a whole number' : `a JSON ${String(error.params['type'])}`}`;
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `must be at most ${String(error.params['limit'])} characters long`;
    case 'pattern':
      return error.instancePath.endsWith('/accountId')
        ? 'must be a NetSuite account id such as 1234567, 1234567_SB1 or TSTDRV1234567'
        : 'must not contain spaces or line breaks';
    case 'minimum':
      return 'must be an internal id (1 or more)';
    case 'minItems':
      return 'must list at least one account';
    default:
      return error.message ?? 'is not valid';
  }
}

/** `[3] "Acme Ltd"`, from the entry's index and (when it is text) its name. */
function entryLabel(entries: unknown, index: number): string {
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  const name = typeof entry === 'object' && entry !== null ? (entry as { readonly name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? `[${index}] "${name.trim().slice(0, 60)}"` : `[${index}]`;
}

function schemaProblem(file: string, entries: unknown, error: ErrorObject): string {
  const [, index, field] = error.instancePath.split('/');
  if (index === undefined) {
    return `${file}: ${error.keyword === 'type' ? 'must hold a JSON array of accounts' : expectation(error)}`;
  }
  const label = entryLabel(entries, Number(index));
  return field === undefined
    ? `${file}: ${label}: ${expectation(error)}`
    : `${file}: ${label}: ${field}: ${expectation(error)}`;
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** The file's JSON, or a problem. The parser's own message quotes the text around the error, so only the position is kept. */
function parseJson(file: string, text: string): { readonly value: unknown } | { readonly problem: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (problem) {
    const position = /position (\d+)/.exec(problem instanceof Error ? problem.message : '');
    const where = position?.[1] === undefined ? '' : ` near ${lineAndColumn(text, Number(position[1]))}`;
    return { problem: `${file}: is not valid JSON${where}` };
  }
}

function queryOf(entry: AccountEntry, defaults: AccountDefaults): AuditQuery {
  const integration = entry.integration ?? defaults.integration;
  const role = entry.role ?? defaults.role;
  const user = entry.user ?? defaults.user;
  const scoreFields = entry.scoreFields ?? defaults.scoreFields;
  return {
    ...(integration === undefined ? {} : { integration }),
    ...(role === undefined ? {} : { role }),
    ...(user === undefined ? {} : { user }),
    ...(scoreFields === undefined ? {} : { scoreFields }),
  };
}

/** The entry's credential fields, as given. */
function credentialFields(entry: AccountEntry): CredentialFields {
  const fields = new Map<CredentialField, string>();
  for (const name of [...TBA_FIELDS, ...OAUTH2_REQUIRED_FIELDS, ...OAUTH2_OPTIONAL_FIELDS]) {
    const value = entry[name];
    if (value !== undefined) fields.set(name, value);
  }
  return Object.fromEntries(fields);
}

/**
 * Validates parsed accounts: the schema first, then unique names, one kind of credentials per
 * entry (a private key file is read, relative to `keyFolder`) and usable URLs.
 */
export function validateAccountsJson(
  file: string,
  entries: unknown,
  defaults: AccountDefaults = {},
  keyFolder = dirname(file),
): AccountsFileReading {
  const schemaErrors = validateAccounts(entries) ? [] : (validateAccounts.errors ?? []);
  const schemaProblems = schemaErrors.map((error) => schemaProblem(file, entries, error));
  // The file as a whole is not a list of accounts: nothing more to say about its entries.
  if (!Array.isArray(entries) || schemaErrors.some((error) => error.instancePath === ''))
    return { ok: false, problems: [...new Set(schemaProblems)].slice(0, MAX_PROBLEMS) };
  // Every problem in one pass: entries the schema refused are still checked for what can be checked.
  const refused = new Set(schemaErrors.map((error) => Number(error.instancePath.split('/')[1])));
  const problems: string[] = [...schemaProblems];
  const warnings: string[] = [];
  const targets: AuditTarget[] = [];
  const seenNames = new Map<string, number>();
  (entries as unknown[]).forEach((raw, index) => {
    const label = entryLabel(entries, index);
    const name: unknown =
      typeof raw === 'object' && raw !== null ? (raw as { readonly name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim() !== '') {
      const key = name.trim().toLowerCase();
      const earlier = seenNames.get(key);
      if (earlier !== undefined)
        problems.push(`${file}: ${label}: name: already used by entry [${earlier}]; names must be unique`);
      seenNames.set(key, earlier ?? index);
    }
    if (refused.has(index)) return;
    const entry = raw as AccountEntry;
    const credentials = readCredentials(credentialFields(entry), {
      accountId: entry.accountId,
      keyFolder,
      nameOf: (field) => field,
      missing: (field) => `"${field}" is missing`,
    });
    if (!credentials.ok) {
      problems.push(...credentials.problems.map((problem) => `${file}: ${label}: ${problem}`));
      return;
    }
    warnings.push(...credentials.warnings);
    const built = toAuditTarget({
      name: entry.name.trim(),
      accountId: entry.accountId,
      authentication: credentials.authentication,
      ...(entry.restletUrl === undefined ? {} : { restletUrl: entry.restletUrl }),
      query: queryOf(entry, defaults),
    });
    if ('problem' in built) problems.push(`${file}: ${label}: ${built.problem}`);
    else targets.push(built.target);
  });
  return problems.length > 0
    ? { ok: false, problems: [...new Set(problems)].slice(0, MAX_PROBLEMS) }
    : { ok: true, targets, warnings: [...new Set(warnings)] };
}

/** Reads, parses and validates the accounts file. */
export function readAccountsFile(file: string, defaults: AccountDefaults = {}): AccountsFileReading {
  const read = readSecretFile(file);
  if ('problem' in read) return { ok: false, problems: [`${file}: ${read.problem}`] };
  const { text, mode } = read;
  const parsed = parseJson(file, text.replace(/^\uFEFF/, ''));
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };
  const reading = validateAccountsJson(file, parsed.value, defaults);
  if (!reading.ok) return reading;
  const warning = permissionWarning(file, mode);
  return { ...reading, warnings: [...(warning === null ? [] : [warning]), ...reading.warnings] };
}
