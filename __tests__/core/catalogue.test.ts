import { checkDefinition, type CheckId } from '../../src/core/catalogue';
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
