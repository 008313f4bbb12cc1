import { isRetryableStatus, readAnswer } from '../../tools/audit/answerClassification';
import type { AnswerContext, HttpAnswer } from '../../tools/audit/answerClassification';
import { createRedactor } from '../../tools/audit/redaction';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';

const CONTEXT: AnswerContext = {
  realm: '1234567_SB1',
  restletHost: '1234567-sb1.restlets.api.netsuite.com',
  redact: createRedactor(['tokensecret-0001']),
};

function json(status: number, body: unknown): HttpAnswer {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}

function kindOf(answer: HttpAnswer): string {
  const reading = readAnswer(answer, CONTEXT);
  return reading.kind === 'report' ? 'report' : reading.failure.kind;
}

describe('readAnswer', () => {
  it("reads a 200 readiness report as the account's report", () => {
    expect(kindOf(json(200, cannedReport('ready-administrator', '1234567_SB1')))).toBe('report');
  });

  it.each([
    [
      'INVALID_LOGIN_ATTEMPT with 401',
      json(401, { error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } }),
    ],
    ['INVALID_LOGIN with 400', json(400, { error: { code: 'INVALID_LOGIN', message: 'Invalid login' } })],
    ['a bare 403 page', { status: 403, contentType: 'text/html', body: '<html><title>Forbidden</title></html>' }],
  ])('reads %s as an authentication failure', (_what, answer) => {
    expect(kindOf(answer)).toBe('authentication');
  });

  it.each([
    [
      'SSS_INVALID_SCRIPTLET_ID',
      json(400, { error: { code: 'SSS_INVALID_SCRIPTLET_ID', message: 'That script is invalid.' } }),
    ],
    [
      'INVALID_LOGIN_INVALID_SCRIPT_ID (older accounts), not as a refused login',
      json(400, { error: { code: 'INVALID_LOGIN_INVALID_SCRIPT_ID', message: '' } }),
    ],
    ['a 404', { status: 404, contentType: 'text/html', body: '<html></html>' }],
  ])('reads %s as a RESTlet that is not deployed', (_what, answer) => {
    expect(kindOf(answer)).toBe('restlet-not-deployed');
  });

  it("reads the RESTlet's own error body as a RESTlet error, quoting its message", () => {
    const reading = readAnswer(
      json(200, { error: { code: 'AUDIT_FAILED', message: 'The audit could not finish: boom.' } }),
      CONTEXT,
    );

    expect(reading).toEqual({
      kind: 'failure',
      failure: expect.objectContaining({ kind: 'restlet-error', message: expect.stringContaining('boom') }),
    });
  });

  it('reads a 200 HTML page as not JSON, naming its title', () => {
    const reading = readAnswer(
      { status: 200, contentType: 'text/html', body: '<html><head><title>Login</title></head></html>' },
      CONTEXT,
    );

    expect(reading).toEqual({
      kind: 'failure',
      failure: expect.objectContaining({ kind: 'not-json', message: expect.stringContaining('"Login"') }),
    });
  });

  it('reads JSON that is not a report as the wrong schema, saying what is wrong', () => {
    const reading = readAnswer(json(200, { hello: 'world' }), CONTEXT);

    expect(reading).toEqual({
      kind: 'failure',
      failure: expect.objectContaining({ kind: 'wrong-schema', message: expect.stringContaining('schemaVersion') }),
    });
  });

  it('reads a redirect as the wrong host or data center', () => {
    expect(kindOf({ status: 302, contentType: 'text/html', body: '' })).toBe('http-error');
  });

  it('redacts secrets and strips control characters from quoted remote text', () => {
    const reading = readAnswer(
      json(400, { error: { code: 'SOMETHING', message: 'echo tokensecret-0001 \u001b[31mred' } }),
      CONTEXT,
    );

    const message = reading.kind === 'failure' ? reading.failure.message : '';
    expect(message).not.toContain('tokensecret-0001');
    expect(message).not.toContain('\u001b');
  });

  it("fills the account's realm into the authentication remedy", () => {
    const reading = readAnswer(
      json(401, { error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } }),
      CONTEXT,
    );

    expect(reading.kind === 'failure' && reading.failure.remedy).toContain('realm 1234567_SB1');
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [429, true],
    [500, true],
    [503, true],
    [401, false],
    [403, false],
    [404, false],
  ])('%i -> %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});

describe("the RESTlet's error code", () => {
  it('is quoted, stripped of control characters and bounded in the message and the failure', () => {
    const code = `EVIL\u001b[2J${'X'.repeat(500)}`;
    const reading = readAnswer(json(400, { error: { code, message: 'boom' } }), CONTEXT);

    expect(reading.kind === 'failure' && reading.failure.code).toHaveLength(64);
    expect(reading.kind === 'failure' && reading.failure.message).toMatch(/\(HTTP 400, "EVIL \[2JX+…": boom\)/);
    expect(reading.kind === 'failure' && reading.failure.message).not.toContain('\u001b');
  });
});
