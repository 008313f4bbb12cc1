import { fitReport, SHORTENED_NOTE, utf8ByteLength } from '../../../src/core/watch/reportFit';

const report = (evidence: string) => ({
  schemaVersion: 1,
  generatedAt: '2026-11-27T12:00:00Z',
  verdict: 'NOT_READY',
  checks: [{ id: 'token.active', status: 'fail', title: 'Token', summary: 'No token', evidence: [evidence] }],
  probes: [],
});

describe("the watch's report in its Long Text field, which NetSuite measures in bytes", () => {
  it('counts UTF-8 bytes: one for an English letter, up to four for others', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
  });

  it('is stored whole when its bytes fit', () => {
    const whole = JSON.stringify(report('x'));

    expect(fitReport(report('x'), utf8ByteLength(whole))).toBe(whole);
  });

  it('is shortened, never dropped, when its characters fit but its bytes do not', () => {
    const accented = report('é'.repeat(300));
    const whole = JSON.stringify(accented);
    const limit = whole.length + 10;

    const stored = fitReport(accented, limit);

    expect(utf8ByteLength(whole)).toBeGreaterThan(limit);
    expect(utf8ByteLength(stored)).toBeLessThanOrEqual(limit);
    expect(JSON.parse(stored)).toEqual({
      shortened: SHORTENED_NOTE,
      schemaVersion: 1,
      generatedAt: '2026-11-27T12:00:00Z',
      verdict: 'NOT_READY',
      checks: [{ id: 'token.active', status: 'fail', title: 'Token', summary: 'No token' }],
    });
  });

  it('keeps at least the verdict and date when even the checks do not fit', () => {
    expect(JSON.parse(fitReport(report('x'.repeat(500)), 150))).toMatchObject({
      verdict: 'NOT_READY',
      generatedAt: '2026-11-27T12:00:00Z',
    });
  });
});
