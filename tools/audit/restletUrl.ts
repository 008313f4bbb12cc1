/**
 * The URL an account's readiness RESTlet answers at: by default the account's own RESTlet host
 * (`<account id in host form>.restlets.api.netsuite.com`) with the script and deployment ids,
 * plus the audit's parameters. Query strings are written with RFC 3986 encoding (`%20`, never
 * `+`), so the URL sent is exactly the URL signed.
 */
import { toHostId } from '../../src/core/accountIdentity';
import { RESTLET_DEPLOYMENT_ID, RESTLET_SCRIPT_ID } from '../../src/restlet/restletContract';

/** NetSuite's path for every RESTlet. */
export const RESTLET_PATH = '/app/site/hosting/restlet.nl';

/** What to ask the RESTlet about; each is optional (the RESTlet has defaults). */
export interface AuditQuery {
  readonly integration?: string;
  readonly role?: number;
  readonly user?: number;
  /** Comma-separated custom entity field ids, sent as `scorefields`. */
  readonly scoreFields?: string;
}

/** RFC 3986 percent-encoding: unreserved characters stay, everything else is `%XX`. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The default RESTlet URL of an account, without audit parameters. */
export function defaultRestletUrl(accountId: string): string {
  return `https://${toHostId(accountId)}.restlets.api.netsuite.com${RESTLET_PATH}?script=${RESTLET_SCRIPT_ID}&deploy=${RESTLET_DEPLOYMENT_ID}`;
}

/** Host names that only ever reach this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  return /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** A RESTlet URL that was accepted, or why it was not. */
export type RestletUrlCheck =
  { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly problem: string };

/**
 * Accepts an https URL, or a plain http one to a loopback address (for local tests); refuses
 * anything that would send credentials in clear text over a network, and embedded user names,
 * passwords or fragments. `example` is shown when the text is not a URL at all.
 */
export function checkHttpsUrl(text: string, example: string): RestletUrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: `is not a URL (expected ${example})` };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      problem:
        'uses plain http: credentials go over https only (plain http is accepted for 127.0.0.1, ::1 and localhost)',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: `uses ${url.protocol} (expected https)` };
  if (url.username !== '' || url.password !== '')
    return { ok: false, problem: 'holds a user name or password: remove them, the request is signed instead' };
  if (url.hash !== '') return { ok: false, problem: 'holds a #fragment: remove it' };
  return { ok: true, url };
}

/** A usable RESTlet URL: {@link checkHttpsUrl}, naming the RESTlet's script and deployment. */
export function checkRestletUrl(text: string): RestletUrlCheck {
  const check = checkHttpsUrl(
    text,
    'https://<account>.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=...&deploy=...',
  );
  if (check.ok && (!check.url.searchParams.get('script') || !check.url.searchParams.get('deploy'))) {
    return { ok: false, problem: 'does not name the script and deploy parameters of the RESTlet' };
  }
  return check;
}

/**
 * The full URL to call: the RESTlet URL's own parameters (except the audit's, which are
 * replaced) followed by the audit query, all re-encoded the same way.
 */
export function auditRequestUrl(restletUrl: URL, query: AuditQuery): string {
  const pairs: [string, string][] = [];
  for (const [name, value] of restletUrl.searchParams) {
    if (name !== 'integration' && name !== 'role' && name !== 'user' && name !== 'scorefields')
      pairs.push([name, value]);
  }
  if (query.integration !== undefined) pairs.push(['integration', query.integration]);
  if (query.role !== undefined) pairs.push(['role', String(query.role)]);
  if (query.user !== undefined) pairs.push(['user', String(query.user)]);
  if (query.scoreFields !== undefined) pairs.push(['scorefields', query.scoreFields.replace(/\s+/g, '')]);
  const search = pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&');
  return `${restletUrl.protocol}//${restletUrl.host}${restletUrl.pathname}?${search}`;
}
