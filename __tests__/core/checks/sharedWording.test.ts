import { CHECK_CATALOGUE, checkDefinition } from '../../../src/core/catalogue';
import { SHARED_MESSAGES } from '../../../src/core/checks/shared';
import { sentence } from '../../../src/core/checks/wording';

const anyCheck = checkDefinition('feature.oauth2');

describe('the messages every check shares, in words', () => {
  it('quotes what could not be read, the reason and the code the reason does not name', () => {
    expect(
      sentence(anyCheck, {
        id: 'unreadable',
        data: { what: 'Feature OAUTH2', reason: 'isFeatureInEffect threw.', code: 'SSS_INVALID_FEATURE' },
      }),
    ).toBe('Feature OAUTH2 could not be read: isFeatureInEffect threw (SSS_INVALID_FEATURE).');
  });

  it('leaves out a code the reason already names, and says when no reason was given', () => {
    expect(
      sentence(anyCheck, { id: 'unreadable', data: { what: 'The roles', reason: 'SSS_X: refused', code: 'SSS_X' } }),
    ).toBe('The roles could not be read: SSS_X: refused.');
    expect(sentence(anyCheck, { id: 'unreadable', data: { what: 'The roles', reason: ' ', code: null } })).toBe(
      'The roles could not be read: no reason was given.',
    );
  });

  it('are never redefined by a check, so a finding id means one sentence', () => {
    for (const check of CHECK_CATALOGUE)
      for (const id of Object.keys(SHARED_MESSAGES)) expect(Object.keys(check.messages)).not.toContain(id);
  });

  it('refuse a finding id no message has, naming the check', () => {
    expect(() => sentence(anyCheck, { id: 'no-such-message', data: {} })).toThrow(
      'Check feature.oauth2 has no message no-such-message',
    );
  });
});
