/**
 * The mock NetSuite's own signature check: it must agree with RFC 5849 and with the client,
 * and refuse what NetSuite refuses, with NetSuite's answer.
 */
import { httpRequest } from '../../tools/audit/httpTransport';
import { requestSignature, tbaAuthorizationHeader } from '../../tools/audit/oauthSigner';
import { expectedBaseString, parseOAuthHeader } from '../../tools/mocknetsuite/oauthVerifier';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { clientAccount, mockAccountOf } from './support/clientAccounts';

const account = clientAccount('Acme', '1234567');
let mock: MockNetSuite;

beforeAll(async () => {
  mock = await startMockNetSuite([mockAccountOf(account)]);
});

afterAll(async () => {
  await mock.close();
});

async function call(url: string, authorization: string | null) {
  const result = await httpRequest(url, {
    headers: authorization === null ? {} : { Authorization: authorization },
    timeoutMs: 2_000,
  });
  if (!result.ok) throw new Error(`no answer: ${result.failure.kind}`);
  return {
    status: result.answer.status,
    body: JSON.parse(result.answer.body) as unknown,
    detail: mock.loginAudit.at(-1)?.detail,
  };
}

const REFUSED = { error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } };

describe('the mock NetSuite', () => {
  it('accepts a request the client signed (two independent implementations agree)', async () => {
    const url = mock.restletUrl('1234567');

    const answer = await call(url, tbaAuthorizationHeader({ method: 'GET', url }, account.credentials, '1234567'));

    expect(answer).toEqual(
      expect.objectContaining({ status: 200, detail: null, body: expect.objectContaining({ verdict: 'READY' }) }),
    );
  });

  it('refuses a request without an Authorization header as NetSuite does', async () => {
    const answer = await call(mock.restletUrl('1234567'), null);

    expect(answer).toEqual({ status: 401, body: REFUSED, detail: 'MissingPassportFields' });
  });

  it('refuses a replayed request (the same nonce twice)', async () => {
    const url = mock.restletUrl('1234567');
    const header = tbaAuthorizationHeader({ method: 'GET', url }, account.credentials, '1234567');
    await call(url, header);

    const replay = await call(url, header);

    expect(replay).toEqual({ status: 401, body: REFUSED, detail: 'NonceUsed' });
  });

  it('refuses a timestamp more than five minutes off', async () => {
    const url = mock.restletUrl('1234567');
    const tenMinutesAgo = { nonce: () => 'stale0001', timestampSeconds: () => Math.floor(Date.now() / 1000) - 600 };

    const answer = await call(
      url,
      tbaAuthorizationHeader({ method: 'GET', url }, account.credentials, '1234567', tenMinutesAgo),
    );

    expect(answer.detail).toBe('InvalidTimestamp');
  });

  it('refuses a token it does not know', async () => {
    const url = mock.restletUrl('1234567');

    const answer = await call(
      url,
      tbaAuthorizationHeader({ method: 'GET', url }, { ...account.credentials, tokenId: 'b'.repeat(64) }, '1234567'),
    );

    expect(answer).toEqual({ status: 401, body: REFUSED, detail: 'InvalidToken' });
  });

  it('refuses HMAC-SHA1, which NetSuite no longer accepts', async () => {
    const url = mock.restletUrl('1234567');
    const protocol = {
      oauth_consumer_key: account.credentials.consumerKey,
      oauth_token: account.credentials.tokenId,
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: Math.floor(Date.now() / 1000),
      oauth_nonce: 'sha1nonce01',
      oauth_version: '1.0',
    } as const;
    const signature = encodeURIComponent(requestSignature({ method: 'GET', url }, protocol, account.credentials));
    const header =
      `OAuth realm="1234567", oauth_consumer_key="${protocol.oauth_consumer_key}", ` +
      `oauth_token="${protocol.oauth_token}", ` +
      (`oauth_signature_method="HMAC-SHA1", oauth_timestamp="${protocol.oauth_timestamp}", ` +
        `oauth_nonce="sha1nonce01", oauth_version="1.0", oauth_signature="${signature}"`);

    const answer = await call(url, header);

    expect(answer).toEqual({ status: 401, body: REFUSED, detail: 'InvalidSignature' });
  });
});

describe("the mock's base string", () => {
  it('is the one RFC 5849 section 3.4.1.1 publishes', () => {
    const header = parseOAuthHeader(
      'OAuth realm="Example", oauth_consumer_key="9djdj82h48djs9d2", oauth_token="kkk9d7dh3k39sjv7", ' +
        'oauth_signature_method="HMAC-SHA1", ' +
        'oauth_timestamp="137131201", oauth_nonce="7d8f3e4a", oauth_signature="bYT5CMsGcbgUdFHObYMEfcx6bsw%3D"',
    );
    if (header === null) throw new Error('header not parsed');

    // The RFC's example also has form body parameters (c2, a3=2 q); a GET carries them in the query instead.
    const baseString = expectedBaseString(
      'POST',
      'http',
      'example.com',
      '/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b&c2&a3=2+q',
      header,
    );

    expect(baseString).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D' +
        '%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1' +
        '%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });
});
