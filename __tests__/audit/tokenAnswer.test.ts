/**
 * Reading the token endpoint's answer: the access token and its lifetime, or the refusal with
 * the cause to check first.
 */
import { readTokenAnswer } from '../../tools/audit/tokenEndpoint';

const NOW_MS = Date.parse('2026-12-01T10:00:00Z');
const CONTEXT = {
  realm: '1234567',
  tokenHost: '1234567.suitetalk.api.netsuite.com',
  redact: (text: string) => text.split('client-0123456789').join('[redacted]'),
  nowMs: NOW_MS,
};

function answer(status: number, body: unknown, date: string | null = 'Tue, 01 Dec 2026 10:00:00 GMT') {
  return { status, contentType: 'application/json', body: JSON.stringify(body), date };
}

describe('readTokenAnswer', () => {
  it('reads the access token and its lifetime (NetSuite sends expires_in as text)', () => {
    expect(
      readTokenAnswer(answer(200, { access_token: 'eyJ.x.y', expires_in: '3600', token_type: 'bearer' }), CONTEXT),
    ).toEqual({
      ok: true,
      accessToken: 'eyJ.x.y',
      expiresAtMs: NOW_MS + 3_600_000,
    });
  });

  it.each([
    ['invalid_client', 401, 'Check clientId'],
    ['invalid_grant', 400, 'certificateId is the Certificate ID'],
    ['invalid_request', 400, 'Check tokenUrl'],
    ['invalid_scope', 400, 'the RESTlets scope must be checked'],
    ['unauthorized_client', 400, 'Client Credentials (Machine to Machine) Grant'],
  ])('gives %s its own remedy', (code, status, remedy) => {
    const reading = readTokenAnswer(answer(status, { error: code }), CONTEXT);

    expect(reading.ok === false && reading.failure).toMatchObject({ kind: 'authentication', code, httpStatus: status });
    expect(reading.ok === false && reading.failure.remedy).toContain(remedy);
  });

  it('reminds, for invalid_grant, that an integration record holds at most five active certificates', () => {
    const reading = readTokenAnswer(answer(400, { error: 'invalid_grant' }), CONTEXT);

    expect(reading.ok === false && reading.failure.remedy).toContain(
      'since 2026.1 an integration record holds at most five, Oracle Help section_158921905537',
    );
  });

  it('names an unknown certificate when NetSuite says so', () => {
    const reading = readTokenAnswer(answer(400, { error: 'invalid_grant', error_description: 'Unknown kid' }), CONTEXT);

    expect(reading.ok === false && reading.failure.message).toBe(
      'The token endpoint gave no access token: NetSuite does not know the certificate the assertion names (HTTP ' +
        '400, "invalid_grant", Unknown kid).',
    );
  });

  it('names an expired assertion when NetSuite says so', () => {
    const reading = readTokenAnswer(
      answer(400, { error: 'invalid_grant', error_description: 'The assertion has expired' }),
      CONTEXT,
    );

    expect(reading.ok === false && reading.failure.message).toContain('NetSuite found the assertion expired');
  });

  it("names this machine's clock first when it is ahead of NetSuite's", () => {
    const reading = readTokenAnswer(answer(400, { error: 'invalid_grant' }, 'Tue, 01 Dec 2026 09:50:00 GMT'), CONTEXT);

    expect(reading.ok === false && reading.failure.message).toContain(
      "This machine's clock is 600 s ahead of NetSuite's",
    );
  });

  it('redacts and bounds what it quotes', () => {
    const reading = readTokenAnswer(
      answer(400, { error: 'invalid_grant', error_description: `client-0123456789 \u001b[2J${'x'.repeat(400)}` }),
      CONTEXT,
    );

    expect(reading.ok === false && reading.failure.message).not.toMatch(/client-0123456789|\u001b/);
    expect(reading.ok === false && reading.failure.message.length).toBeLessThan(300);
  });

  it('reads a busy token endpoint as an HTTP error, not a refusal', () => {
    expect(readTokenAnswer(answer(503, { error: 'temporarily_unavailable' }), CONTEXT)).toMatchObject({
      ok: false,
      failure: { kind: 'http-error' },
    });
  });
});
