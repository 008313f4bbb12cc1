import { CHECK_CATALOGUE, checkDefinition } from '../../../src/core/catalogue';
import { SHARED_MESSAGES, unreadableFinding, unreadableSentence } from '../../../src/core/checks/shared';
import { sentence } from '../../../src/core/checks/wording';

const anyCheck = checkDefinition('feature.oauth2');

/** The shared sentence for a probe's failure, as a rule's finding carries it. */
const unreadable = (what: string, failure: { ok: false; reason: string; code?: string }): string =>
  unreadableSentence({ what, reason: failure.reason, code: failure.code ?? null });

describe('the messages every check shares, in words', () => {
  it('quotes what could not be read, the reason and the code the reason does not name', () => {
    expect(
      sentence(anyCheck, {
        id: 'unreadable',
        data: { feature: 'OAUTH2', reason: 'isFeatureInEffect threw.', code: 'SSS_INVALID_FEATURE' },
      }),
    ).toBe('Feature OAUTH2 could not be read: isFeatureInEffect threw (SSS_INVALID_FEATURE).');
  });

  it('leaves out a code the reason already names, and says when no reason was given', () => {
    expect(
      sentence(anyCheck, { id: 'unreadable', data: { source: 'roles', reason: 'SSS_X: refused', code: 'SSS_X' } }),
    ).toBe('The roles could not be read: SSS_X: refused.');
    expect(sentence(anyCheck, { id: 'unreadable', data: { source: 'roles', reason: ' ', code: null } })).toBe(
      'The roles could not be read: no reason was given.',
    );
  });

  it('name each source a rule may report unread, and a feature by its id', () => {
    expect(
      sentence(
        anyCheck,
        unreadableFinding({ source: 'loginAuditTrail' }, { reason: 'Record LoginAudit was not found' }),
      ),
    ).toBe('The Login Audit Trail could not be read: Record LoginAudit was not found.');
    expect(sentence(anyCheck, unreadableFinding({ feature: 'TBA' }, { reason: 'refused', code: 'SSS_X' }))).toBe(
      'Feature TBA could not be read: refused (SSS_X).',
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

describe('the sentence for a fact that could not be read', () => {
  it("quotes the reason and NetSuite's error code", () => {
    expect(
      unreadable('The roles', { ok: false, reason: 'Permission Violation', code: 'INSUFFICIENT_PERMISSION' }),
    ).toBe('The roles could not be read: Permission Violation (INSUFFICIENT_PERMISSION).');
  });

  it('does not repeat a code the reason already names', () => {
    expect(
      unreadable('The roles', {
        ok: false,
        reason: 'INSUFFICIENT_PERMISSION: Permission Violation',
        code: 'INSUFFICIENT_PERMISSION',
      }),
    ).toBe('The roles could not be read: INSUFFICIENT_PERMISSION: Permission Violation.');
  });

  it('leaves out an empty code', () => {
    expect(unreadable('The roles', { ok: false, reason: 'Permission Violation', code: '' })).toBe(
      'The roles could not be read: Permission Violation.',
    );
  });

  it('ends the sentence once when the reason ends with full stops and blanks of its own', () => {
    expect(unreadable('The Login Audit Trail', { ok: false, reason: 'The search timed out... ' })).toBe(
      'The Login Audit Trail could not be read: The search timed out.',
    );
  });

  it('drops the blanks a reason opens with', () => {
    expect(unreadable('The roles', { ok: false, reason: '  Permission Violation' })).toBe(
      'The roles could not be read: Permission Violation.',
    );
  });

  it.each([
    ['empty', ''],
    ['only a full stop', ' . '],
  ])('says no reason was given when the reason is %s', (_situation, reason) => {
    expect(unreadable('The roles', { ok: false, reason })).toBe('The roles could not be read: no reason was given.');
  });
});
