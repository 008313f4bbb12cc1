/**
 * The mock NetSuite's SOAP endpoint, enough for `check-credentials`: it reads the tokenPassport
 * of a getServerTime request and checks it with its own code (the account in realm form,
 * HMAC-SHA256 only, known consumer key and token, the timestamp within 5 minutes, an unused
 * nonce, the signature over the five values keyed with both secrets). A refusal answers the
 * SOAP fault NetSuite sends, which says nothing of the cause; the cause goes to the mock's
 * Login Audit Trail, as NetSuite records it.
 */
import { createHmac, timingSafeEqual } from 'crypto';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

export const SOAP_PATH = '/services/NetSuitePort_2025_2';
const ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';
const MESSAGES_NAMESPACE = 'urn:messages_2025_2.platform.webservices.netsuite.com';
const CORE_NAMESPACE = 'urn:core_2025_2.platform.webservices.netsuite.com';
const FAULTS_NAMESPACE = 'urn:faults_2025_2.platform.webservices.netsuite.com';
const TIMESTAMP_TOLERANCE_SECONDS = 300;

/** The TBA integration and tokens a SOAP login can use. */
export interface SoapAccount {
  readonly accountId: string;
  readonly consumer?: { readonly key: string; readonly secret: string };
  readonly tokens?: readonly { readonly id: string; readonly secret: string }[];
  /** The code inside the refusal's invalidCredentialsFault: USER_ERROR (what NetSuite sends) unless given. */
  readonly behaviour?: { readonly soapFaultCode?: string };
}

export interface SoapAnswer {
  readonly status: number;
  readonly body: string;
  /** The Login Audit Trail detail of a refusal; null on success. */
  readonly detail: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
});
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

function child(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, name)
    ? (value as Readonly<Record<string, unknown>>)[name]
    : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const inner = child(value, '#text');
  return typeof inner === 'string' ? inner : undefined;
}

function envelope(body: unknown): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `${builder.build({ 'soapenv:Envelope': { '@_xmlns:soapenv': ENVELOPE_NAMESPACE, 'soapenv:Body': body } })}`
  );
}

/** The code NetSuite's SOAP login fault carries (Oracle's FaultCodeType has no INVALID_LOGIN_ATTEMPT). */
export const SOAP_LOGIN_FAULT_CODE = 'USER_ERROR';

/** NetSuite's fault for a refused login: HTTP 500, the same words whatever the cause. */
function loginFault(detail: string, code: string = SOAP_LOGIN_FAULT_CODE): SoapAnswer {
  const fault = {
    'soapenv:Fault': {
      faultcode: 'soapenv:Server.userException',
      faultstring: 'Invalid login attempt.',
      detail: {
        'platformFaults:invalidCredentialsFault': {
          '@_xmlns:platformFaults': FAULTS_NAMESPACE,
          'platformFaults:code': code,
          'platformFaults:message': 'Invalid login attempt.',
        },
      },
    },
  };
  return { status: 500, body: envelope(fault), detail };
}

function serverTimeAnswer(now: Date): SoapAnswer {
  const response = {
    getServerTimeResponse: {
      '@_xmlns': MESSAGES_NAMESPACE,
      getServerTimeResult: {
        'platformCore:status': { '@_isSuccess': 'true', '@_xmlns:platformCore': CORE_NAMESPACE },
        'platformCore:serverTime': { '@_xmlns:platformCore': CORE_NAMESPACE, '#text': now.toISOString() },
      },
    },
  };
  return { status: 200, body: envelope(response), detail: null };
}

function realmOf(accountId: string): string {
  return accountId.replace(/-/g, '_').toUpperCase();
}

function sameText(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Answers one request body for the account; `usedNonces` is shared by the whole mock. */
export function answerSoapRequest(account: SoapAccount, body: string, usedNonces: Set<string>, now: Date): SoapAnswer {
  const answer = checkPassport(account, body, usedNonces, now);
  const code = account.behaviour?.soapFaultCode;
  return answer.detail === null || code === undefined ? answer : loginFault(answer.detail, code);
}

function checkPassport(account: SoapAccount, body: string, usedNonces: Set<string>, now: Date): SoapAnswer {
  let parsed: unknown;
  try {
    parsed = parser.parse(body, true);
  } catch {
    return loginFault('MissingPassportFields');
  }
  const passport = child(child(child(parsed, 'Envelope'), 'Header'), 'tokenPassport');
  const field = (name: string): string | undefined => text(child(passport, name));
  const signatureElement = child(passport, 'signature');
  const [accountField, consumerKey, tokenId, nonce, timestampText, signature] = [
    'account',
    'consumerKey',
    'token',
    'nonce',
    'timestamp',
  ]
    .map(field)
    .concat(text(signatureElement));
  const timestamp = Number(timestampText);
  if (
    accountField === undefined ||
    consumerKey === undefined ||
    tokenId === undefined ||
    nonce === undefined ||
    signature === undefined ||
    !Number.isInteger(timestamp)
  ) {
    return loginFault('MissingPassportFields');
  }
  // Host form (1234567-sb1) or lower case: NetSuite takes the realm form only.
  if (accountField !== realmOf(account.accountId)) return loginFault('InvalidAccount');
  if (child(signatureElement, '@_algorithm') !== 'HMAC-SHA256') return loginFault('UnsupportedSignatureAlgorithm');
  if (account.consumer === undefined || consumerKey !== account.consumer.key) return loginFault('UnknownIntegration');
  const token = (account.tokens ?? []).find((candidate) => candidate.id === tokenId);
  if (token === undefined) return loginFault('InvalidToken');
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > TIMESTAMP_TOLERANCE_SECONDS)
    return loginFault('InvalidTimestamp');
  const nonceKey = `soap|${consumerKey}|${tokenId}|${nonce}`;
  if (usedNonces.has(nonceKey)) return loginFault('NonceUsed');
  usedNonces.add(nonceKey);
  const signed = [accountField, consumerKey, tokenId, nonce, timestampText].join('&');
  const expected = createHmac('sha256', `${account.consumer.secret}&${token.secret}`).update(signed).digest('base64');
  return sameText(signature, expected) ? serverTimeAnswer(now) : loginFault('InvalidSignature');
}
