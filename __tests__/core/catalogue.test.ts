import { checkDefinition, defaultFixTitle, type CheckId } from '../../src/core/catalogue';
import { CHECK_STATUSES } from '../../src/core/report';
import { everyStatusReport } from '../fixtures/reports';

describe('checkDefinition', () => {
  it('refuses a check id this version does not know, naming it', () => {
    expect(() => checkDefinition('integration.later-check' as CheckId)).toThrow(
      'Unknown check id integration.later-check',
    );
  });
});

describe('the check statuses', () => {
  it('are exactly the statuses a report shows its checks with', () => {
    const shown = new Set(everyStatusReport().checks.map((check) => check.status));

    expect(new Set(CHECK_STATUSES)).toEqual(shown);
  });
});

describe('defaultFixTitle', () => {
  it("is the default fix's title for a known check", () => {
    expect(defaultFixTitle({ id: 'role.active', title: 'The role is active' })).toBe('Clear Inactive on the role');
  });

  it('is the title of a check a saved document holds and this version does not know', () => {
    expect(defaultFixTitle({ id: 'integration.later-check', title: 'A later check' })).toBe('A later check');
  });
});
