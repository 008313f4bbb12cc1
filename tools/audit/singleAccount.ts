/**
 * One account described by command-line flags and environment variables instead of a file,
 * with Token-Based Authentication or OAuth 2.0 client credentials. Secrets belong in the
 * environment: a secret given as a flag works but lands in the shell's history, so it earns a
 * warning.
 */
import { readCredentials } from './accountCredentials';
import type { CredentialField } from './accountCredentials';
import { ACCOUNT_ID_PATTERN, toAuditTarget } from './auditTarget';
import type { AuditTarget } from './auditTarget';
import type { AuditQuery } from './restletUrl';

/** The environment variables, by field. */
export const ACCOUNT_ENVIRONMENT_VARIABLES = {
  accountId: 'NETSUITE_ACCOUNT_ID',
  consumerKey: 'NETSUITE_CONSUMER_KEY',
  consumerSecret: 'NETSUITE_CONSUMER_SECRET',
  tokenId: 'NETSUITE_TOKEN_ID',
  tokenSecret: 'NETSUITE_TOKEN_SECRET',
  clientId: 'NETSUITE_CLIENT_ID',
  certificateId: 'NETSUITE_CERTIFICATE_ID',
  privateKeyFile: 'NETSUITE_PRIVATE_KEY_FILE',
} as const;

type EnvironmentField = keyof typeof ACCOUNT_ENVIRONMENT_VARIABLES;
type AccountField = EnvironmentField | 'tokenUrl' | 'scope';

/** The flag for each field, as the command defines it. */
export const ACCOUNT_FLAGS: Readonly<Record<AccountField, string>> = {
  accountId: '--account-id',
  consumerKey: '--consumer-key',
  consumerSecret: '--consumer-secret',
  tokenId: '--token-id',
  tokenSecret: '--token-secret',
  clientId: '--client-id',
  certificateId: '--certificate-id',
  privateKeyFile: '--private-key-file',
  tokenUrl: '--token-url',
  scope: '--scope',
};

const SECRET_FIELDS: readonly AccountField[] = ['consumerSecret', 'tokenSecret'];

/** Values given as flags (undefined when absent). */
export type SingleAccountFlags = Partial<Readonly<Record<AccountField | 'name' | 'restletUrl', string>>>;

export type SingleAccountReading =
  | { readonly ok: true; readonly target: AuditTarget; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const ENVIRONMENT_FIELDS = Object.keys(ACCOUNT_ENVIRONMENT_VARIABLES) as EnvironmentField[];
const CREDENTIAL_FIELDS: readonly CredentialField[] = [
  'consumerKey',
  'consumerSecret',
  'tokenId',
  'tokenSecret',
  'clientId',
  'certificateId',
  'privateKeyFile',
  'tokenUrl',
  'scope',
];

/** True when any single-account flag or environment variable is present. */
export function describesSingleAccount(flags: SingleAccountFlags, environment: NodeJS.ProcessEnv): boolean {
  return ENVIRONMENT_FIELDS.some(
    (field) => flags[field] !== undefined || (environment[ACCOUNT_ENVIRONMENT_VARIABLES[field]] ?? '') !== '',
  );
}

/** A field's environment variable, when it has one. */
function variableOf(field: AccountField): string | undefined {
  return new Map<AccountField, string>(Object.entries(ACCOUNT_ENVIRONMENT_VARIABLES) as [AccountField, string][]).get(
    field,
  );
}

/** How a field is named in a message: its flag, and its environment variable when it has one. */
function nameOf(field: AccountField): string {
  const variable = variableOf(field);
  return variable === undefined ? ACCOUNT_FLAGS[field] : `${ACCOUNT_FLAGS[field]} (or ${variable})`;
}

function missingMessage(field: AccountField): string {
  const variable = variableOf(field);
  return `missing ${ACCOUNT_FLAGS[field]}${variable === undefined ? '' : ` (or the environment variable ${variable})`}`;
}

/** A field's value: the flag first, then the environment variable; blank counts as absent. */
function valueOf(field: AccountField, flags: SingleAccountFlags, environment: NodeJS.ProcessEnv): string | undefined {
  const flagValue = flags[field]?.trim();
  if (flagValue !== undefined && flagValue !== '') return flagValue;
  const variable = variableOf(field);
  const fromEnvironment = variable === undefined ? undefined : environment[variable]?.trim();
  return fromEnvironment === undefined || fromEnvironment === '' ? undefined : fromEnvironment;
}

/**
 * Builds the one account from flags (first) and environment variables; names what is missing,
 * never a value. A relative --private-key-file is relative to the working directory.
 */
export function readSingleAccount(
  flags: SingleAccountFlags,
  environment: NodeJS.ProcessEnv,
  query: AuditQuery,
  workingDirectory = process.cwd(),
): SingleAccountReading {
  const problems: string[] = [];
  const warnings = SECRET_FIELDS.filter((field) => flags[field] !== undefined).map(
    (field) =>
      `${ACCOUNT_FLAGS[field]} puts a secret into your shell history: prefer the environment variable ` +
      `${ACCOUNT_ENVIRONMENT_VARIABLES[field as EnvironmentField]}`,
  );
  const accountId = valueOf('accountId', flags, environment);
  if (accountId === undefined) problems.push(missingMessage('accountId'));
  else if (!ACCOUNT_ID_PATTERN.test(accountId))
    problems.push(
      `${ACCOUNT_FLAGS.accountId} must be a NetSuite account id such as 1234567, 1234567_SB1 or TSTDRV1234567`,
    );
  const fields = new Map<CredentialField, string>();
  for (const field of CREDENTIAL_FIELDS) {
    const value = valueOf(field, flags, environment);
    if (value !== undefined && /\s/.test(value) && field !== 'privateKeyFile' && field !== 'scope')
      problems.push(`${nameOf(field)} must not contain spaces`);
    else if (value !== undefined) fields.set(field, value);
  }
  if (problems.length > 0 || accountId === undefined) return { ok: false, problems };
  const credentials = readCredentials(Object.fromEntries(fields), {
    accountId,
    keyFolder: workingDirectory,
    nameOf,
    missing: missingMessage,
  });
  if (!credentials.ok)
    return { ok: false, problems: credentials.problems.map((problem) => problem.replace(/^has /, 'the account has ')) };
  const built = toAuditTarget({
    name: flags.name?.trim() || accountId,
    accountId,
    authentication: credentials.authentication,
    ...(flags.restletUrl === undefined ? {} : { restletUrl: flags.restletUrl }),
    query,
  });
  if ('problem' in built)
    return { ok: false, problems: [`--restlet-url: ${built.problem.replace(/^restletUrl /, '')}`] };
  return { ok: true, target: built.target, warnings: [...warnings, ...credentials.warnings] };
}
