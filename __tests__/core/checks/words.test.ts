/**
 * How evidence names roles, users, moments, lists and unreadable facts: the exact words a
 * NetSuite administrator reads, for a named record, an unnamed one and the standard
 * Administrator role NetSuite leaves unnamed.
 */
import {
  joinedWithAnd,
  momentLabel,
  quotedAlternatives,
  roleLabel,
  roleShortName,
  userLabel,
  userShortName,
} from '../../../src/core/checks/words';
import { ACTON_ROLE, ACTON_SYNC, ADMINISTRATOR } from '../../fixtures/snapshotBuilder';

describe('a role as evidence names it', () => {
  it('gives a named role its name and id', () => {
    expect(roleLabel(ACTON_ROLE.id, ACTON_ROLE.name)).toBe('Act-On Integration (id 1001)');
  });

  it('calls the standard role 3 Administrator when NetSuite gives it no name', () => {
    expect(roleLabel(ADMINISTRATOR.id, null)).toBe('Administrator (id 3)');
  });

  it('names an unnamed customized role by its internal id alone', () => {
    expect(roleLabel(ACTON_ROLE.id, null)).toBe('with internal id 1001');
  });
});

describe('a role as a summary names it', () => {
  it('gives a named role its name alone', () => {
    expect(roleShortName(ACTON_ROLE.id, ACTON_ROLE.name)).toBe('Act-On Integration');
  });

  it('calls the standard role 3 Administrator when NetSuite gives it no name', () => {
    expect(roleShortName(ADMINISTRATOR.id, null)).toBe('Administrator');
  });

  it('names an unnamed customized role by its id', () => {
    expect(roleShortName(ACTON_ROLE.id, null)).toBe('id 1001');
  });
});

describe('a user as evidence and summaries name it', () => {
  it('gives a named user its name and id in evidence', () => {
    expect(userLabel(ACTON_SYNC.id, ACTON_SYNC.name)).toBe('Act-On Sync (id 21)');
  });

  it('names an unnamed user in evidence by its internal id alone', () => {
    expect(userLabel(ACTON_SYNC.id, null)).toBe('with internal id 21');
  });

  it('gives a named user its name alone in a summary', () => {
    expect(userShortName(ACTON_SYNC.id, ACTON_SYNC.name)).toBe('Act-On Sync');
  });

  it('names an unnamed user in a summary by its id', () => {
    expect(userShortName(ACTON_SYNC.id, null)).toBe('id 21');
  });
});

describe('a moment as evidence shows it', () => {
  it('shows a UTC date-time in words', () => {
    expect(momentLabel('2026-11-20T09:00:00Z')).toBe('20 Nov 2026, 09:00 UTC');
  });

  it('shows a date-time given with an offset in UTC', () => {
    expect(momentLabel('2026-11-20T10:00:00+01:00')).toBe('20 Nov 2026, 09:00 UTC');
  });

  it('shows a bare date as NetSuite gave it, without inventing a time of day', () => {
    expect(momentLabel('2026-11-20')).toBe('2026-11-20');
  });

  it('reads a date in the expanded-year form as a date, since it is not a bare YYYY-MM-DD date', () => {
    expect(momentLabel('+002026-11-20')).toBe('20 Nov 2026, 00:00 UTC');
  });

  it('shows a value that is no date as NetSuite gave it', () => {
    expect(momentLabel('yesterday')).toBe('yesterday');
  });

  it.each([
    ['a missing', null],
    ['an empty', ''],
    ['a blank', '   '],
  ])('calls %s moment an unknown date', (_situation, moment) => {
    expect(momentLabel(moment)).toBe('an unknown date');
  });
});

describe('a list of parts joined with "and"', () => {
  it('says nothing for no parts', () => {
    expect(joinedWithAnd([])).toBe('');
  });

  it('gives one part alone', () => {
    expect(joinedWithAnd(['is inactive'])).toBe('is inactive');
  });

  it('joins two parts with "and"', () => {
    expect(joinedWithAnd(['is inactive', 'has no access'])).toBe('is inactive and has no access');
  });

  it('separates all but the last of three parts with commas', () => {
    expect(joinedWithAnd(['is inactive', 'has no access', 'lacks the role'])).toBe(
      'is inactive, has no access and lacks the role',
    );
  });
});

describe('integration names offered as alternatives', () => {
  it('quotes a single name', () => {
    expect(quotedAlternatives(['ActOn TBA'])).toBe('"ActOn TBA"');
  });

  it('offers two names with "or"', () => {
    expect(quotedAlternatives(['ActOn TBA', 'Act-On TBA'])).toBe('"ActOn TBA" or "Act-On TBA"');
  });

  it('separates all but the last of three names with commas', () => {
    expect(quotedAlternatives(['ActOn TBA', 'Act-On TBA', 'ACTONTBA'])).toBe('"ActOn TBA", "Act-On TBA" or "ACTONTBA"');
  });
});
