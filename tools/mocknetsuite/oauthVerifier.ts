/**
 * The mock NetSuite's own check of an OAuth 1.0a (TBA) signature. Written from RFC 5849
 * without the client's signing code or library, so a bug in one is caught by the other:
 * header parsing, parameter normalisation and the base string are all built here.
 */
import { createHmac, timingSafeEqual } from 'crypto';

/** The Authorization header's parameters, decoded. */
export interface OAuthHeader {
  readonly realm: string | null;
  readonly parameters: ReadonlyMap<string, string>;
}

/** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX (upper case). */
export function rfc3986Encode(text: string): string {
  let encoded = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const character = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-._~]/.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/** Form-style decoding of one query component: `+` is a space, then %XX sequences. */
function formDecode(component: string): string {
  return decodeURIComponent(component.replace(/\+/g, ' '));
}

/** Parses `OAuth realm="...", oauth_x="..."`; null when it is not an OAuth header or a value is malformed. */
export function parseOAuthHeader(header: string | undefined): OAuthHeader | null {
  if (header === undefined || !/^OAuth\s+/i.test(header)) return null;
  const parameters = new Map<string, string>();
  let realm: string | null = null;
  const pairs = header.replace(/^OAuth\s+/i, '').split(',');
  for (const pair of pairs) {
    const match = /^\s*([A-Za-z0-9_]+)="([^"]*)"\s*$/.exec(pair);
    if (match === null) return null;
    const [, name = '', rawValue = ''] = match;
    let value: string;
    try {
      value = decodeURIComponent(rawValue);
    } catch {
      return null;
    }
    if (name === 'realm') realm = value;
    else parameters.set(name, value);
  }
  return { realm, parameters };
}

/** Every parameter that is signed: the query's and the header's oauth_* (not the signature, not the realm). */
function signedParameters(query: string, header: OAuthHeader): [string, string][] {
  const pairs: [string, string][] = [];
  for (const component of query === '' ? [] : query.split('&')) {
    const separator = component.indexOf('=');
    const name = separator < 0 ? component : component.slice(0, separator);
    const value = separator < 0 ? '' : component.slice(separator + 1);
    pairs.push([formDecode(name), formDecode(value)]);
  }
  for (const [name, value] of header.parameters) if (name !== 'oauth_signature') pairs.push([name, value]);
  return pairs;
}

/** The signature base string (RFC 5849 3.4.1) for a request received on `scheme://host` at `pathAndQuery`. */
export function expectedBaseString(
  method: string,
  scheme: 'http' | 'https',
  host: string,
  pathAndQuery: string,
  header: OAuthHeader,
): string {
  const queryStart = pathAndQuery.indexOf('?');
  const path = queryStart < 0 ? pathAndQuery : pathAndQuery.slice(0, queryStart);
  const query = queryStart < 0 ? '' : pathAndQuery.slice(queryStart + 1);
  const normalised = signedParameters(query, header)
    .map(([name, value]) => [rfc3986Encode(name), rfc3986Encode(value)] as const)
    .sort(([nameA, valueA], [nameB, valueB]) => (nameA === nameB ? compare(valueA, valueB) : compare(nameA, nameB)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const baseUri = `${scheme}://${host.toLowerCase()}${path}`;
  return [method.toUpperCase(), rfc3986Encode(baseUri), rfc3986Encode(normalised)].join('&');
}

/** Byte-order comparison, as RFC 5849 asks (not locale order). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The HMAC-SHA256 signature of a base string with the consumer and token secrets. */
export function hmacSha256Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  return createHmac('sha256', `${rfc3986Encode(consumerSecret)}&${rfc3986Encode(tokenSecret)}`)
    .update(baseString)
    .digest('base64');
}

/** Constant-time comparison of two signatures. */
export function signaturesMatch(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
