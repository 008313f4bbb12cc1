import { createRedactor, REDACTED } from '../../tools/audit/redaction';

describe('createRedactor', () => {
  it('replaces every occurrence of a secret', () => {
    const redact = createRedactor(['s3cr3t-value']);

    expect(redact('a s3cr3t-value and s3cr3t-value')).toBe(`a ${REDACTED} and ${REDACTED}`);
  });

  it('replaces the percent-encoded form a secret takes in an Authorization header', () => {
    const redact = createRedactor(['key/with+plus=']);

    expect(redact('oauth_consumer_key="key%2Fwith%2Bplus%3D"')).toBe(`oauth_consumer_key="${REDACTED}"`);
  });

  it('removes a secret that contains another secret whole', () => {
    const redact = createRedactor(['abcdef', 'abcdef123456']);

    expect(redact('abcdef123456')).toBe(REDACTED);
  });

  it('leaves text without secrets unchanged', () => {
    expect(createRedactor(['abcdef123456'])('nothing to hide')).toBe('nothing to hide');
  });
});
