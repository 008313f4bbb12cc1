/** The platform timeline: its milestones, release numbers and the account's standing against them. */
import {
  milestone,
  milestoneRelease,
  parseRelease,
  previousRelease,
  reached,
  soapEndpointUnsupportedFrom,
  type MilestoneId,
} from '../../src/core/platformTimeline';

describe('milestones', () => {
  it('refuses a milestone the timeline does not hold, naming it', () => {
    expect(() => milestone('soap-revived' as MilestoneId)).toThrow(new Error('Unknown milestone soap-revived'));
  });

  it('refuses the release of the SOAP endpoint support rule, which has none', () => {
    expect(() => milestoneRelease('soap-endpoint-support')).toThrow(
      new Error('Milestone soap-endpoint-support has no single release'),
    );
  });
});

describe('reading a NetSuite version', () => {
  it('reads a version with spaces before it', () => {
    expect(parseRelease(' 2026.2')).toEqual({ year: 2026, release: 2 });
  });

  it('reads no release from a version whose year has five digits', () => {
    expect(parseRelease('12026.2')).toBeNull();
  });
});

describe('the release before', () => {
  it('is the first release of the same year before a second release', () => {
    expect(previousRelease({ year: 2028, release: 2 })).toEqual({ year: 2028, release: 1 });
  });

  it('is the second release of the year before a first release', () => {
    expect(previousRelease({ year: 2027, release: 1 })).toEqual({ year: 2026, release: 2 });
  });
});

describe('whether an account on a release has reached the end of TBA for new integrations (2027.1)', () => {
  it.each([
    ['2026.2', false],
    ['2027.1', true],
    ['2027.2', true],
  ])('on %s: %s', (version, expected) => {
    expect(reached(version, 'tba-new-integrations-end')).toBe(expected);
  });

  it('cannot tell on a version it cannot read', () => {
    expect(reached('unknown', 'tba-new-integrations-end')).toBeNull();
  });
});

describe('the first release without support for a SOAP endpoint', () => {
  it('is 2027.1 for the 2024.1 endpoint, both three years on and the cut for old endpoints', () => {
    expect(soapEndpointUnsupportedFrom({ year: 2024, release: 1 })).toEqual({ year: 2027, release: 1 });
  });
});
