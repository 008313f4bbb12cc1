/**
 * The mock NetSuite's SOAP endpoint checks each tokenPassport with its own code and answers a
 * refused login with NetSuite's fault, recording the cause in its Login Audit Trail.
 */
import { httpRequest } from '../../tools/audit/httpTransport';
import { SYSTEM_CLOCK } from '../../tools/audit/oauthSigner';
import type { OAuthClock } from '../../tools/audit/oauthSigner';
import { readSoapAnswer } from '../../tools/audit/soapAnswer';
import { getServerTimeEnvelope, passportSignature, tokenPassport } from '../../tools/audit/soapPassport';
import type { TokenPassport } from '../../tools/audit/soapPassport';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { clientAccount, mockAccountOf } from './support/clientAccounts';

const CLIENT = clientAccount('Soap Co', '6100001_SB1');
let mock: MockNetSuite;

beforeAll(async () => {
  mock = await startMockNetSuite([mockAccountOf(CLIENT)]);
});

afterAll(async () => {
  await mock.close();
});

async function post(envelope: string): Promise<ReturnType<typeof readSoapAnswer> & { readonly status: number }> {
  const result = await httpRequest(mock.soapUrl(CLIENT.accountId), {
    method: 'POST',
    body: envelope,
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'getServerTime' },
    timeoutMs: 5_000,
  });
  if (!result.ok) throw new Error(result.failure.kind);
  return { status: result.answer.status, ...readSoapAnswer(result.answer.status, result.answer.body) };
}

function passport(account = '6100001_SB1', clock: OAuthClock = SYSTEM_CLOCK): TokenPassport {
  return tokenPassport(account, CLIENT.credentials, clock);
}

function lastDetail(): string | null | undefined {
  return mock.loginAudit.at(-1)?.detail;
}

/** What NetSuite's SOAP service answers a refused login: USER_ERROR inside an invalidCredentialsFault. */
const REFUSED = {
  status: 500,
  kind: 'fault',
  code: 'USER_ERROR',
  message: 'Invalid login attempt.',
  loginRefused: true,
};

describe('the mock SOAP endpoint', () => {
  it('answers getServerTime for a good passport', async () => {
    const answer = await post(getServerTimeEnvelope(passport()));

    expect(answer).toMatchObject({ status: 200, kind: 'server-time' });
    expect(lastDetail()).toBeNull();
  });

  it('refuses a nonce used before', async () => {
    const envelope = getServerTimeEnvelope(passport());
    await post(envelope);

    expect(await post(envelope)).toEqual(REFUSED);
    expect(lastDetail()).toBe('NonceUsed');
  });

  it('refuses a timestamp more than 5 minutes off its clock', async () => {
    const late = { nonce: SYSTEM_CLOCK.nonce, timestampSeconds: () => SYSTEM_CLOCK.timestampSeconds() - 301 };

    expect(await post(getServerTimeEnvelope(passport('6100001_SB1', late)))).toEqual(REFUSED);
    expect(lastDetail()).toBe('InvalidTimestamp');
  });

  it.each(['6100001-sb1', '6100001_sb1'])('refuses the account in the wrong form %s', async (account) => {
    expect(await post(getServerTimeEnvelope(passport(account)))).toEqual(REFUSED);
    expect(lastDetail()).toBe('InvalidAccount');
  });

  it('refuses a signature made with a wrong secret', async () => {
    const good = passport();
    const wrong = {
      ...good,
      signature: passportSignature(good, {
        consumerSecret: CLIENT.credentials.consumerSecret,
        tokenSecret: '0'.repeat(64),
      }),
    };

    expect(await post(getServerTimeEnvelope(wrong))).toEqual(REFUSED);
    expect(lastDetail()).toBe('InvalidSignature');
  });

  it('refuses HMAC-SHA1, even correctly signed', async () => {
    const good = passport();
    const sha1: TokenPassport = {
      ...good,
      algorithm: 'HMAC-SHA1',
      signature: passportSignature(good, CLIENT.credentials, 'HMAC-SHA1'),
    };

    expect(await post(getServerTimeEnvelope(sha1))).toEqual(REFUSED);
    expect(lastDetail()).toBe('UnsupportedSignatureAlgorithm');
  });
});

describe('reading a SOAP fault', () => {
  const faultWith = (detail: string, faultstring: string): string =>
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault>` +
    `<faultcode>soapenv:Server.userException</faultcode><faultstring>${faultstring}</faultstring>` +
    `<detail>${detail}</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`;

  it('a fault saying "Invalid login attempt" is a refused login whatever its code and element', () => {
    const body = faultWith(
      '<x:otherFault xmlns:x="urn:x"><x:code>SOMETHING_ELSE</x:code></x:otherFault>',
      'Invalid login attempt.',
    );

    expect(readSoapAnswer(500, body)).toMatchObject({ kind: 'fault', code: 'SOMETHING_ELSE', loginRefused: true });
  });

  it('another fault, such as a request limit, is not a refused login', () => {
    const body = faultWith(
      '<x:exceededRequestLimitFault xmlns:x="urn:x"><x:code>WS_REQUEST_BLOCKED</x:code>' +
        '<x:message>Too many requests.</x:message></x:exceededRequestLimitFault>',
      'Too many requests.',
    );

    expect(readSoapAnswer(500, body)).toMatchObject({ kind: 'fault', loginRefused: false });
  });
});
