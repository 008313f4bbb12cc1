/**
 * The SOAP request Act-On's connector makes, reduced to one harmless call: `getServerTime`
 * with a tokenPassport in the header. The passport carries the account (realm form), the
 * Consumer Key, the Token ID, a nonce, a timestamp and an HMAC-SHA256 signature over
 * `account&consumerKey&token&nonce&timestamp` keyed with `consumerSecret&tokenSecret`. The
 * envelope is built and read with fast-xml-parser.
 */
import { createHmac } from 'crypto';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { toHostId } from '../../src/core/accountIdentity';
import type { OAuthClock, TbaCredentials } from './oauthSigner';

/** The endpoint version: 2025.2 is the last SOAP endpoint, and from 2027.1 the only one supported. */
export const SOAP_VERSION = '2025_2';
export const SOAP_ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const MESSAGES_NAMESPACE = `urn:messages_${SOAP_VERSION}.platform.webservices.netsuite.com`;
export const CORE_NAMESPACE = `urn:core_${SOAP_VERSION}.platform.webservices.netsuite.com`;

/** The account's SOAP endpoint. */
export function defaultSoapUrl(accountId: string): string {
  return `https://${toHostId(accountId)}.suitetalk.api.netsuite.com/services/NetSuitePort_${SOAP_VERSION}`;
}

export type PassportAlgorithm = 'HMAC-SHA256' | 'HMAC-SHA1';

/** The passport's fields, signature included. */
export interface TokenPassport {
  readonly account: string;
  readonly consumerKey: string;
  readonly token: string;
  readonly nonce: string;
  readonly timestamp: number;
  readonly algorithm: PassportAlgorithm;
  readonly signature: string;
}

/** The signature of a passport: base64 HMAC over the five values joined by `&`, keyed with both secrets. */
export function passportSignature(
  fields: Pick<TokenPassport, 'account' | 'consumerKey' | 'token' | 'nonce' | 'timestamp'>,
  secrets: { readonly consumerSecret: string; readonly tokenSecret: string },
  algorithm: PassportAlgorithm = 'HMAC-SHA256',
): string {
  const text = [fields.account, fields.consumerKey, fields.token, fields.nonce, String(fields.timestamp)].join('&');
  return createHmac(algorithm === 'HMAC-SHA256' ? 'sha256' : 'sha1', `${secrets.consumerSecret}&${secrets.tokenSecret}`)
    .update(text)
    .digest('base64');
}

/** A fresh passport for the account id as given (Act-On sends what was typed into it). */
export function tokenPassport(account: string, credentials: TbaCredentials, clock: OAuthClock): TokenPassport {
  const fields = {
    account,
    consumerKey: credentials.consumerKey,
    token: credentials.tokenId,
    nonce: clock.nonce(),
    timestamp: clock.timestampSeconds(),
  };
  return { ...fields, algorithm: 'HMAC-SHA256', signature: passportSignature(fields, credentials) };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

/** The getServerTime request carrying the passport. */
export function getServerTimeEnvelope(passport: TokenPassport): string {
  const core = (value: string | number) => String(value);
  const envelope = {
    'soapenv:Envelope': {
      '@_xmlns:soapenv': SOAP_ENVELOPE_NAMESPACE,
      '@_xmlns:messages': MESSAGES_NAMESPACE,
      '@_xmlns:core': CORE_NAMESPACE,
      'soapenv:Header': {
        'messages:tokenPassport': {
          'core:account': core(passport.account),
          'core:consumerKey': core(passport.consumerKey),
          'core:token': core(passport.token),
          'core:nonce': core(passport.nonce),
          'core:timestamp': core(passport.timestamp),
          'core:signature': { '@_algorithm': passport.algorithm, '#text': passport.signature },
        },
      },
      'soapenv:Body': { 'messages:getServerTime': '' },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(envelope)}`;
}

/** A parser that drops namespace prefixes and keeps every value as text. */
export function soapParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
  });
}
