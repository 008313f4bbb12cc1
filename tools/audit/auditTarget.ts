/**
 * One account to audit, after validation: where its RESTlet is, what to ask it, and the
 * credentials to sign with. Built from the accounts file or from flags and environment variables.
 */
import { toActOnAccountId } from '../../src/core/accountIdentity';
import type { TbaCredentials } from './oauthSigner';
import { checkRestletUrl, defaultRestletUrl } from './restletUrl';
import type { AuditQuery } from './restletUrl';

export interface AuditTarget {
  /** The consultant's name for the account (unique within one run). */
  readonly name: string;
  /** The account id as the consultant wrote it, e.g. `1234567-sb1`. */
  readonly accountId: string;
  /** The OAuth realm: the account id in upper case with underscores, e.g. `1234567_SB1`. */
  readonly realm: string;
  readonly restletUrl: URL;
  readonly query: AuditQuery;
  readonly credentials: TbaCredentials;
}

/** Account ids as NetSuite writes them: `1234567`, `1234567_SB1`, `TSTDRV1234567`, or the host form `1234567-sb1`. */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;

/** The fields an account is described by, before the defaults are applied. */
export interface AccountDescription {
  readonly name: string;
  readonly accountId: string;
  readonly credentials: TbaCredentials;
  readonly restletUrl?: string;
  readonly query: AuditQuery;
}

/** The four secret values of an account, for redaction. */
export function secretValues(credentials: TbaCredentials): readonly string[] {
  return [credentials.consumerKey, credentials.consumerSecret, credentials.tokenId, credentials.tokenSecret];
}

/** The target, or the problem with its RESTlet URL (the only field checked here; the rest is the schema's job). */
export function toAuditTarget(description: AccountDescription): { readonly target: AuditTarget } | { readonly problem: string } {
  const urlCheck = checkRestletUrl(description.restletUrl ?? defaultRestletUrl(description.accountId));
  if (!urlCheck.ok) return { problem: `restletUrl ${urlCheck.problem}` };
  return {
    target: {
      name: description.name,
      accountId: description.accountId,
      realm: toActOnAccountId(description.accountId),
      restletUrl: urlCheck.url,
      query: description.query,
      credentials: description.credentials,
    },
  };
}
