import { createHmac } from 'crypto';
import {
  cryptographicNonce,
  requestSignature,
  signatureBaseString,
  SYSTEM_CLOCK,
  tbaAuthorizationHeader,
} from '../../tools/audit/oauthSigner';
import type { OAuthClock, TbaCredentials } from '../../tools/audit/oauthSigner';

/** The credentials of the example in RFC 5849 section 1.2 (and OAuth Core 1.0a Appendix A). */
const PHOTOS_EXAMPLE_CREDENTIALS: TbaCredentials = {
  consumerKey: 'dpf43f3p2l4k3l03',
  consumerSecret: 'kd94hf93k423kf44',
  tokenId: 'nnch734d00sl2jdk',
  tokenSecret: 'pfkkdhi9sl3r4s00',
};

const PHOTOS_REQUEST = { method: 'GET', url: 'http://photos.example.net/photos?file=vacation.jpg&size=original' };

const FIXED_CLOCK: OAuthClock = { nonce: () => 'chapoH', timestampSeconds: () => 137131202 };

describe('the signature base string (RFC 5849, section 3.4.1.1 example)', () => {
  it('is the one the RFC publishes, for query and form parameters with encoded names, repeats and spaces', () => {
    const request = {
      method: 'POST',
      url: 'http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b',
      formParameters: [
        ['c2', ''],
        ['a3', '2 q'],
      ] as const,
    };
    const protocol = {
      oauth_consumer_key: '9djdj82h48djs9d2',
      oauth_token: 'kkk9d7dh3k39sjv7',
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: 137131201,
      oauth_nonce: '7d8f3e4a',
    } as const;

    const baseString = signatureBaseString(request, protocol, {
      ...PHOTOS_EXAMPLE_CREDENTIALS,
      consumerKey: '9djdj82h48djs9d2',
    });

    expect(baseString).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D' +
        '%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1' +
        '%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });
});

describe('HMAC-SHA1 mechanics (OAuth Core 1.0a, Appendix A.5.2 known answer)', () => {
  it('produces the published signature for the photos example', () => {
    const protocol = {
      oauth_consumer_key: 'dpf43f3p2l4k3l03',
      oauth_token: 'nnch734d00sl2jdk',
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: 1191242096,
      oauth_nonce: 'kllo9940pd9333jh',
      oauth_version: '1.0',
    } as const;

    expect(requestSignature(PHOTOS_REQUEST, protocol, PHOTOS_EXAMPLE_CREDENTIALS)).toBe('tR3+Ty81lMeYAr/Fid0kMTYa/WM=');
  });
});

describe('HMAC-SHA256, as NetSuite requires', () => {
  const protocol = {
    oauth_consumer_key: 'dpf43f3p2l4k3l03',
    oauth_token: 'nnch734d00sl2jdk',
    oauth_signature_method: 'HMAC-SHA256',
    oauth_timestamp: 137131202,
    oauth_nonce: 'chapoH',
  } as const;
  /** The RFC 5849 section 1.2 request's base string, written out by hand with the SHA-256 method name. */
  const HAND_WRITTEN_BASE_STRING =
    'GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03' +
    '%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D137131202' +
    '%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal';

  it('signs the photos example with the value computed independently (openssl dgst -sha256 -hmac)', () => {
    expect(requestSignature(PHOTOS_REQUEST, protocol, PHOTOS_EXAMPLE_CREDENTIALS)).toBe(
      'HtMwoX2zenlFjgGg/SNEoKEQmL7CzxYFEKzs7er044Y=',
    );
  });

  it("agrees with Node's HMAC over the hand-written base string and key", () => {
    const expected = createHmac('sha256', 'kd94hf93k423kf44&pfkkdhi9sl3r4s00')
      .update(HAND_WRITTEN_BASE_STRING)
      .digest('base64');

    expect(requestSignature(PHOTOS_REQUEST, protocol, PHOTOS_EXAMPLE_CREDENTIALS)).toBe(expected);
  });
});

describe('tbaAuthorizationHeader', () => {
  function headerParameters(header: string): Record<string, string> {
    return Object.fromEntries([...header.matchAll(/([a-z_]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
  }

  it('puts the account id, upper case with underscore, as realm', () => {
    const header = tbaAuthorizationHeader(PHOTOS_REQUEST, PHOTOS_EXAMPLE_CREDENTIALS, '1234567_SB1', FIXED_CLOCK);

    expect(header).toMatch(/^OAuth realm="1234567_SB1", /);
  });

  it('signs with HMAC-SHA256 and the token, and carries the signature of the same request', () => {
    const header = headerParameters(
      tbaAuthorizationHeader(PHOTOS_REQUEST, PHOTOS_EXAMPLE_CREDENTIALS, '1234567', FIXED_CLOCK),
    );

    expect(header).toEqual(
      expect.objectContaining({
        oauth_signature_method: 'HMAC-SHA256',
        oauth_consumer_key: 'dpf43f3p2l4k3l03',
        oauth_token: 'nnch734d00sl2jdk',
        oauth_nonce: 'chapoH',
        oauth_timestamp: '137131202',
        oauth_version: '1.0',
      }),
    );
    const signature = requestSignature(
      PHOTOS_REQUEST,
      {
        oauth_consumer_key: 'dpf43f3p2l4k3l03',
        oauth_token: 'nnch734d00sl2jdk',
        oauth_signature_method: 'HMAC-SHA256',
        oauth_timestamp: 137131202,
        oauth_nonce: 'chapoH',
        oauth_version: '1.0',
      },
      PHOTOS_EXAMPLE_CREDENTIALS,
    );
    expect(decodeURIComponent(header['oauth_signature'] ?? '')).toBe(signature);
  });

  it('draws a fresh nonce for every request', () => {
    const first = headerParameters(tbaAuthorizationHeader(PHOTOS_REQUEST, PHOTOS_EXAMPLE_CREDENTIALS, '1234567'));
    const second = headerParameters(tbaAuthorizationHeader(PHOTOS_REQUEST, PHOTOS_EXAMPLE_CREDENTIALS, '1234567'));

    expect(first['oauth_nonce']).not.toBe(second['oauth_nonce']);
  });

  it('signs a space in a parameter as %20 (RFC 3986), whether the URL wrote it as %20 or +', () => {
    const withPercent = tbaAuthorizationHeader(
      { method: 'GET', url: 'https://a.example/x?integration=Act%20On' },
      PHOTOS_EXAMPLE_CREDENTIALS,
      'R',
      FIXED_CLOCK,
    );
    const withPlus = tbaAuthorizationHeader(
      { method: 'GET', url: 'https://a.example/x?integration=Act+On' },
      PHOTOS_EXAMPLE_CREDENTIALS,
      'R',
      FIXED_CLOCK,
    );

    expect(withPercent).toBe(withPlus);
  });
});

describe('cryptographicNonce', () => {
  it('is 32 letters and digits', () => {
    expect(cryptographicNonce()).toMatch(/^[A-Za-z0-9]{32}$/);
  });
});

describe('a parameter repeated three times', () => {
  it('signs every value, sorted', () => {
    const protocol = {
      oauth_consumer_key: 'k',
      oauth_nonce: 'n',
      oauth_signature_method: 'HMAC-SHA256',
      oauth_timestamp: 1,
      oauth_token: 't',
    } as const;

    const baseString = signatureBaseString(
      { method: 'GET', url: 'https://example.com/r?a=3&a=1&a=2' },
      protocol,
      PHOTOS_EXAMPLE_CREDENTIALS,
    );

    expect(baseString).toBe(
      'GET&https%3A%2F%2Fexample.com%2Fr&a%3D1%26a%3D2%26a%3D3%26oauth_consumer_key%3Dk%26oauth_nonce%3Dn%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1%26oauth_token%3Dt',
    );
  });
});

describe('the system clock', () => {
  it('gives the timestamp in whole seconds since the epoch, as OAuth 1.0a wants', () => {
    const before = Math.floor(Date.now() / 1000);
    const timestamp = SYSTEM_CLOCK.timestampSeconds();
    const after = Math.floor(Date.now() / 1000);

    expect(Number.isInteger(timestamp)).toBe(true);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(after);
  });
});
