import {
  editDistance,
  integrationNamesMatch,
  isNearIntegrationName,
  looksLikeActOnName,
  rankNearNames,
} from '../../src/core/integrationNames';

describe('integrationNamesMatch', () => {
  it.each([
    ['ActOnTBA', 'actontba'],
    ['ActOnTBA', 'ActOn TBA'],
    ['Act On TBA', ' ACTONTBA '],
  ])('matches %s and %s', (requested, candidate) => {
    expect(integrationNamesMatch(requested, candidate)).toBe(true);
  });

  it('does not ignore punctuation', () => {
    expect(integrationNamesMatch('ActOnTBA', 'Act-On TBA')).toBe(false);
  });

  it('matches a name with ß and its upper-case spelling with SS, as Unicode upper-cases it', () => {
    expect(integrationNamesMatch('Act-On Straße', 'ACT-ON STRASSE')).toBe(true);
  });
});

describe('near names', () => {
  it.each(['Act-On Integration', 'act on sync', 'ACT_ON'])('takes %s as an Act-On name', (name) => {
    expect(looksLikeActOnName(name)).toBe(true);
  });

  it('takes a typo of the requested name as near', () => {
    expect(isNearIntegrationName('ActOnTBA', 'ActnTBA')).toBe(true);
  });

  it('takes a name two edits from a requested name of six characters or more as near', () => {
    expect(isNearIntegrationName('ActOnTBA', 'ActnTB')).toBe(true);
  });

  it('takes an unrelated integration as not near', () => {
    expect(isNearIntegrationName('ActOnTBA', 'SuiteCloud Development Integration')).toBe(false);
  });

  it('does not call the requested name itself near', () => {
    expect(isNearIntegrationName('ActOnTBA', 'actontba')).toBe(false);
  });

  it('allows fewer edits for short names', () => {
    expect(isNearIntegrationName('CRM', 'ERP')).toBe(false);
  });

  it('ranks the closest name first, one per spelling, without unrelated names', () => {
    const ranked = rankNearNames('ActOnTBA', [
      'SuiteCloud Development Integration',
      'Act-On Integration',
      'ActOn TBA2',
      'acton tba2',
    ]);

    expect(ranked).toEqual(['ActOn TBA2', 'Act-On Integration']);
  });

  it('offers at most five names', () => {
    const names = ['Act-On 1', 'Act-On 2', 'Act-On 3', 'Act-On 4', 'Act-On 5', 'Act-On 6'];

    expect(rankNearNames('ActOnTBA', names)).toHaveLength(5);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['ACTONTBA', 'ACTONTB', 1],
  ])('between "%s" and "%s" is %i', (first, second, distance) => {
    expect(editDistance(first, second)).toBe(distance);
  });
});
