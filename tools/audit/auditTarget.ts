/**
 * One account to audit, after validation: where its RESTlet is, what to ask it, and how to
 * authenticate: Token-Based Authentication (OAuth 1.0a signatures) or OAuth 2.0 client
 * credentials (a signed JWT assertion traded for an access token). Built from the accounts
 * file or from flags and environment variables.
 */
import { toActOnAccountId, toHostId } from '../../src/core/accountIdentity';
import type { OAuth2Client } from './oauth2Client';
import type { TbaCredentials } from './oauthSigner';
import { checkRestletUrl, defaultRestletUrl } from './restletUrl';
import type { AuditQuery } from './restletUrl';

/** How an account is signed in to. */
export type AccountAuthentication =
  | { readonly method: 'tba'; readonly credentials: TbaCredentials }
  | { readonly method: 'oauth2'; readonly client: OAuth2Client };

export type AuthenticationMethod = AccountAuthentication['method'];

export interface AuditTarget {
  /** The consultant's name for the account (unique within one run). */
  readonly name: string;
  /** The account id as the consultant wrote it, e.g. `1234567-sb1`. */
  readonly accountId: string;
  /** The OAuth realm: the account id in upper case with underscores, e.g. `1234567_SB1`. */
  readonly realm: string;
  readonly restletUrl: URL;
  readonly query: AuditQuery;
  readonly authentication: AccountAuthentication;
}

/** Account ids as NetSuite writes them: `1234567`, `1234567_SB1`, `TSTDRV1234567`, or the host form `1234567-sb1`. */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;

/** The fields an account is described by, before the defaults are applied. */
export interface AccountDescription {
  readonly name: string;
  readonly accountId: string;
  readonly authentication: AccountAuthentication;
  readonly restletUrl?: string;
  readonly query: AuditQuery;
}

/** The values to redact for an account: the four TBA secrets, or the OAuth 2.0 client id (the key itself is never text). */
export function secretValues(authentication: AccountAuthentication): readonly string[] {
  if (authentication.method === 'oauth2') return [authentication.client.clientId];
  const { credentials } = authentication;
  return [credentials.consumerKey, credentials.consumerSecret, credentials.tokenId, credentials.tokenSecret];
}

/**
 * Why a NetSuite host is another account's, or null: `<host id>.restlets.api.netsuite.com` and
 * `<host id>.suitetalk.api.netsuite.com` belong to one account, and its credentials (an access
 * token above all) go to that account only. Other hosts (a proxy, a local mock) are not judged.
 */
const ACCOUNT_DOMAINS: readonly string[] = ['.restlets.api.netsuite.com', '.suitetalk.api.netsuite.com'];

export function foreignNetSuiteHost(url: URL, accountId: string): string | null {
  const host = url.hostname.toLowerCase();
  // Only the account-specific domains name an account; other hosts (rest.netsuite.com, a proxy) are not judged.
  if (!ACCOUNT_DOMAINS.some((domain) => host.endsWith(domain) && host.split('.').length === 5)) return null;
  const expected = toHostId(accountId);
  const label = host.split('.')[0] ?? '';
  return label === expected
    ? null
    : `is on ${host}, another account's host: this account's hosts begin with ${expected}.`;
}

/** The target, or the problem with its RESTlet URL (the only field checked here; the rest is the reader's job). */
export function toAuditTarget(
  description: AccountDescription,
): { readonly target: AuditTarget } | { readonly problem: string } {
  const urlCheck = checkRestletUrl(description.restletUrl ?? defaultRestletUrl(description.accountId));
  if (!urlCheck.ok) return { problem: `restletUrl ${urlCheck.problem}` };
  const foreign = foreignNetSuiteHost(urlCheck.url, description.accountId);
  if (foreign !== null) return { problem: `restletUrl ${foreign}` };
  return {
    target: {
      name: description.name,
      accountId: description.accountId,
      realm: toActOnAccountId(description.accountId),
      restletUrl: urlCheck.url,
      query: description.query,
      authentication: description.authentication,
    },
  };
}
