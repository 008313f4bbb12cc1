/** Reading PORT and NOW for `npm start`: defaults, accepted forms, and refusals that say what to type. */
import {
  clockFrom,
  DEFAULT_PORT,
  DEMO_CLOCK,
  portFrom,
  PreviewSettingsError,
  previewSettingsFrom,
} from '../../../tools/preview/previewSettings';

describe('PORT', () => {
  it('defaults to 4300 when unset or empty', () => {
    expect(portFrom(undefined)).toBe(DEFAULT_PORT);
    expect(portFrom(' ')).toBe(DEFAULT_PORT);
    expect(DEFAULT_PORT).toBe(4300);
  });

  it('accepts a port number, and 0 for any free port', () => {
    expect(portFrom('8080')).toBe(8080);
    expect(portFrom('0')).toBe(0);
  });

  it.each(['http', '70000', '-1', '43.5', '4300abc'])('refuses %j, saying what a port is', (raw) => {
    expect(() => portFrom(raw)).toThrow(PreviewSettingsError);
    expect(() => portFrom(raw)).toThrow(
      `PORT="${raw}" is not a port: use a whole number from 1 to 65535 (0 picks a free one).`,
    );
  });
});

describe('NOW', () => {
  it('defaults to the fixed demo clock, 2026-11-27 12:00 UTC', () => {
    expect(clockFrom(undefined)).toEqual({ now: DEMO_CLOCK, clockSource: 'demo' });
    expect(DEMO_CLOCK.toISOString()).toBe('2026-11-27T12:00:00.000Z');
  });

  it('accepts an ISO-8601 date-time with a zone, and a bare date as midnight UTC', () => {
    expect(clockFrom('2026-12-01T08:30:00+01:00').now.toISOString()).toBe('2026-12-01T07:30:00.000Z');
    expect(clockFrom('2026-12-01').now.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(clockFrom('2026-12-01T08:30Z').clockSource).toBe('environment');
  });

  it.each(['yesterday', '2026-02-30', '2026-12-01T08:30:00', '12/01/2026'])(
    'refuses %j, with an example of what works',
    (raw) => {
      expect(() => clockFrom(raw)).toThrow(`NOW="${raw}" is not an ISO-8601 date-time: use e.g. 2026-11-27T12:00:00Z`);
    },
  );
});

describe('previewSettingsFrom', () => {
  it('reads both variables from the environment', () => {
    expect(previewSettingsFrom({ PORT: '5000', NOW: '2026-12-24T00:00:00Z' })).toEqual({
      port: 5000,
      now: new Date('2026-12-24T00:00:00Z'),
      clockSource: 'environment',
    });
  });
});
