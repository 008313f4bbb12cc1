/**
 * Reads NetSuite's answer to the getServerTime call: the server's time (the values work), a
 * SOAP fault (its code and text; a refused login says only "Invalid login attempt."), or
 * something that is not a SOAP answer at all. Pure: the answer comes in as status and text.
 */
import { soapParser } from './soapPassport';

export type SoapReading =
  | { readonly kind: 'server-time'; readonly serverTime: string }
  | {
      readonly kind: 'fault';
      readonly code: string;
      readonly message: string;
      /** NetSuite refused the login itself (not a busy account or another fault). */
      readonly loginRefused: boolean;
    }
  | { readonly kind: 'not-soap'; readonly description: string };

/**
 * A refused login is told by its fault element or its words, not its code: NetSuite's SOAP
 * answer carries USER_ERROR inside an invalidCredentialsFault ("Invalid login attempt."), and
 * other codes (INVALID_LOGIN_CREDENTIALS, INVALID_LOGIN_ATTEMPT) are seen too.
 */
export const LOGIN_FAULT_ELEMENT = 'invalidCredentialsFault';
export const LOGIN_FAULT_TEXT = /invalid login attempt/i;

/** A child element of parsed XML, own properties only (element names come from the answer). */
function child(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, name)
    ? (value as Readonly<Record<string, unknown>>)[name]
    : undefined;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  const inner = child(value, '#text');
  return typeof inner === 'string' ? inner : '';
}

/** The fault's detail element (`invalidCredentialsFault`, `exceededRequestLimitFault`...), whatever its name. */
function faultDetail(detail: unknown): { readonly name: string | null; readonly value: unknown } {
  if (typeof detail !== 'object' || detail === null) return { name: null, value: undefined };
  const name = Object.keys(detail).find((key) => key.endsWith('Fault'));
  return name === undefined ? { name: null, value: undefined } : { name, value: child(detail, name) };
}

export function readSoapAnswer(status: number, body: string): SoapReading {
  let parsed: unknown;
  try {
    parsed = soapParser().parse(body, true);
  } catch {
    return { kind: 'not-soap', description: `HTTP ${status}, not XML` };
  }
  const soapBody = child(child(parsed, 'Envelope'), 'Body');
  if (soapBody === undefined) return { kind: 'not-soap', description: `HTTP ${status}, not a SOAP envelope` };
  const fault = child(soapBody, 'Fault');
  if (fault !== undefined) {
    const { name, value: detail } = faultDetail(child(fault, 'detail'));
    const code = text(child(detail, 'code')) || text(child(fault, 'faultcode'));
    const message = text(child(detail, 'message')) || text(child(fault, 'faultstring'));
    const loginRefused =
      name === LOGIN_FAULT_ELEMENT ||
      LOGIN_FAULT_TEXT.test(message) ||
      LOGIN_FAULT_TEXT.test(text(child(fault, 'faultstring')));
    return { kind: 'fault', code, message, loginRefused };
  }
  const result = child(child(soapBody, 'getServerTimeResponse'), 'getServerTimeResult');
  const serverTime = text(child(result, 'serverTime'));
  const success = child(child(result, 'status'), '@_isSuccess');
  if (success === 'true' && serverTime !== '') return { kind: 'server-time', serverTime };
  return { kind: 'not-soap', description: `HTTP ${status}, a SOAP answer without the server time` };
}
