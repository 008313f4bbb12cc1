/** Times as people read them: day, month, year and the UTC time. */
import { timeInWords } from '../../src/core/timeWords';

describe('timeInWords', () => {
  it('writes an ISO date-time as day, month, year and UTC time', () => {
    expect(timeInWords('2026-11-07T09:05:00Z')).toBe('7 Nov 2026, 09:05 UTC');
  });

  it('gives a text that is no date-time back as it is', () => {
    expect(timeInWords('yesterday')).toBe('yesterday');
  });

  it('gives a date-time with a month 13 back as it is', () => {
    expect(timeInWords('2026-13-01T00:00:00Z')).toBe('2026-13-01T00:00:00Z');
  });
});
