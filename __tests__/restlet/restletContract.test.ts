import { readRestletParameters } from '../../src/restlet/restletContract';

describe('readRestletParameters', () => {
  it('reads the integration, role and user given as text', () => {
    const reading = readRestletParameters({ integration: 'ActOnTBA', role: '1001', user: '21' });

    expect(reading).toEqual({ ok: true, parameters: { integration: 'ActOnTBA', role: '1001', user: '21' } });
  });

  it('treats a request without parameters as asking for the defaults', () => {
    expect(readRestletParameters(undefined)).toEqual({ ok: true, parameters: {} });
  });

  it('leaves out parameters the audit does not read', () => {
    const reading = readRestletParameters({ script: '42', deploy: '1', format: 'csv' });

    expect(reading).toEqual({ ok: true, parameters: {} });
  });

  it('keeps a bad value for the audit to report (it is not a malformed request)', () => {
    const reading = readRestletParameters({ role: 'admin' });

    expect(reading).toEqual({ ok: true, parameters: { role: 'admin' } });
  });

  it('refuses a parameter that is not a single text value', () => {
    const reading = readRestletParameters({ user: { id: 7 } });

    expect(reading).toEqual({
      ok: false,
      answer: { error: { code: 'MALFORMED_REQUEST', message: expect.stringContaining('"user"') } },
    });
  });

  it('refuses parameters that are not a set of named values', () => {
    const reading = readRestletParameters('integration=ActOnTBA');

    expect(reading.ok).toBe(false);
  });
});
