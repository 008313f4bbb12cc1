/**
 * One account described by command-line flags and environment variables instead of a file.
 * Secrets belong in the environment: a secret given as a flag works but lands in the shell's
 * history, so it earns a warning.
 */
import { ACCOUNT_ID_PATTERN, toAuditTarget } from './auditTarget';
import type { AuditTarget } from './auditTarget';
import type { AuditQuery } from './restletUrl';

/** The environment variables, by credential. */
export const ACCOUNT_ENVIRONMENT_VARIABLES = {
  accountId: 'NETSUITE_ACCOUNT_ID',
  consumerKey: 'NETSUITE_CONSUMER_KEY',
  consumerSecret: 'NETSUITE_CONSUMER_SECRET',
  tokenId: 'NETSUITE_TOKEN_ID',
  tokenSecret: 'NETSUITE_TOKEN_SECRET',
} as const;

type AccountField = keyof typeof ACCOUNT_ENVIRONMENT_VARIABLES;

/** The flag for each field, as the command defines it. */
export const ACCOUNT_FLAGS: Readonly<Record<AccountField, string>> = {
  accountId: '--account-id',
  consumerKey: '--consumer-key',
  consumerSecret: '--consumer-secret',
  tokenId: '--token-id',
  tokenSecret: '--token-secret',
};

const SECRET_FIELDS: readonly AccountField[] = ['consumerSecret', 'tokenSecret'];

/** Values given as flags (undefined when absent). */
export type SingleAccountFlags = Partial<Readonly<Record<AccountField | 'name' | 'restletUrl', string>>>;

export type SingleAccountReading =
  | { readonly ok: true; readonly target: AuditTarget; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** True when any single-account flag or environment variable is present. */
export function describesSingleAccount(flags: SingleAccountFlags, environment: NodeJS.ProcessEnv): boolean {
  return (Object.keys(ACCOUNT_ENVIRONMENT_VARIABLES) as AccountField[]).some(
    (field) => flags[field] !== undefined || (environment[ACCOUNT_ENVIRONMENT_VARIABLES[field]] ?? '') !== '',
  );
}

/** Builds the one account from flags (first) and environment variables; names what is missing, never a value. */
export function readSingleAccount(flags: SingleAccountFlags, environment: NodeJS.ProcessEnv, query: AuditQuery): SingleAccountReading {
  const values: Partial<Record<AccountField, string>> = {};
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const field of Object.keys(ACCOUNT_ENVIRONMENT_VARIABLES) as AccountField[]) {
    const flagValue = flags[field]?.trim();
    const value = flagValue !== undefined && flagValue !== '' ? flagValue : environment[ACCOUNT_ENVIRONMENT_VARIABLES[field]]?.trim();
    if (value === undefined || value === '') {
      problems.push(`missing ${ACCOUNT_FLAGS[field]} (or the environment variable ${ACCOUNT_ENVIRONMENT_VARIABLES[field]})`);
    } else if (/\s/.test(value)) {
      problems.push(`${ACCOUNT_FLAGS[field]} / ${ACCOUNT_ENVIRONMENT_VARIABLES[field]} must not contain spaces`);
    } else {
      values[field] = value;
    }
    if (flagValue !== undefined && SECRET_FIELDS.includes(field)) {
      warnings.push(`${ACCOUNT_FLAGS[field]} puts a secret into your shell history: prefer the environment variable ${ACCOUNT_ENVIRONMENT_VARIABLES[field]}`);
    }
  }
  if (values.accountId !== undefined && !ACCOUNT_ID_PATTERN.test(values.accountId)) {
    problems.push(`${ACCOUNT_FLAGS.accountId} must be a NetSuite account id such as 1234567, 1234567_SB1 or TSTDRV1234567`);
  }
  const { accountId, consumerKey, consumerSecret, tokenId, tokenSecret } = values;
  if (problems.length > 0 || !accountId || !consumerKey || !consumerSecret || !tokenId || !tokenSecret) return { ok: false, problems };
  const built = toAuditTarget({
    name: flags.name?.trim() || accountId,
    accountId,
    credentials: { consumerKey, consumerSecret, tokenId, tokenSecret },
    ...(flags.restletUrl === undefined ? {} : { restletUrl: flags.restletUrl }),
    query,
  });
  if ('problem' in built) return { ok: false, problems: [`--restlet-url: ${built.problem.replace(/^restletUrl /, '')}`] };
  return { ok: true, target: built.target, warnings };
}
