import { accountIdentity, environmentKind, toActOnAccountId, toHostId } from '../../src/core/accountIdentity';
import type { AccountFacts } from '../../src/core/snapshot';

const production = (accountId: string): AccountFacts => ({ accountId, envType: 'PRODUCTION', version: '2026.2' });

describe('the Account ID forms', () => {
  it.each([
    ['1234567', '1234567', '1234567'],
    ['1234567_SB1', '1234567_SB1', '1234567-sb1'],
    ['1234567-sb1', '1234567_SB1', '1234567-sb1'],
    ['tstdrv123', 'TSTDRV123', 'tstdrv123'],
    ['1234567_RP', '1234567_RP', '1234567-rp'],
  ])('turns %s into %s for Act-On and %s for hosts', (given, actOnForm, hostForm) => {
    expect([toActOnAccountId(given), toHostId(given)]).toEqual([actOnForm, hostForm]);
  });

  it('builds the UI and RESTlet host names from the host form', () => {
    const identity = accountIdentity({ accountId: '1234567_SB1', envType: 'SANDBOX', version: '2026.2' });

    expect(identity).toEqual({
      id: '1234567_SB1',
      actOnAccountId: '1234567_SB1',
      hostId: '1234567-sb1',
      uiHost: '1234567-sb1.app.netsuite.com',
      restletHost: '1234567-sb1.restlets.api.netsuite.com',
      environment: 'SANDBOX',
      netsuiteVersion: '2026.2',
    });
  });

  it('ignores white space around the id', () => {
    expect(toActOnAccountId(' 1234567_sb2 ')).toBe('1234567_SB2');
  });
});

describe('environmentKind', () => {
  it('recognises a sandbox by its _SB suffix even when envType says PRODUCTION', () => {
    expect(environmentKind(production('1234567_SB1'))).toBe('sandbox');
  });

  it('recognises a sandbox given with a hyphen', () => {
    expect(environmentKind(production('1234567-sb1'))).toBe('sandbox');
  });

  it('recognises Release Preview by its _RP suffix', () => {
    expect(environmentKind(production('1234567_RP'))).toBe('release-preview');
  });

  it('recognises Release Preview by the BETA envType', () => {
    expect(environmentKind({ accountId: '1234567', envType: 'BETA', version: '2027.1' })).toBe('release-preview');
  });

  it('takes a plain id in a PRODUCTION environment as production', () => {
    expect(environmentKind(production('1234567'))).toBe('production');
  });

  it('puts test drive and internal accounts in neither group', () => {
    expect(environmentKind({ accountId: 'tstdrv123', envType: 'INTERNAL', version: '2026.2' })).toBe('other');
  });
});

describe('environmentKind from the suffix and the envType', () => {
  it('recognises a sandbox by the SANDBOX envType when its id has no suffix', () => {
    expect(environmentKind({ accountId: '1234567', envType: 'SANDBOX', version: '2026.2' })).toBe('sandbox');
  });

  it.each(['1234567_SB', '1234567_SB12'])('recognises %s as a sandbox whatever the number after _SB', (accountId) => {
    expect(environmentKind(production(accountId))).toBe('sandbox');
  });

  it('recognises 1234567_RP2 as Release Preview', () => {
    expect(environmentKind(production('1234567_RP2'))).toBe('release-preview');
  });

  it.each(['1234567_SBX', '1234567_RPX'])(
    'reads %s, whose _SB or _RP is not its suffix, by its envType',
    (accountId) => {
      expect(environmentKind(production(accountId))).toBe('production');
    },
  );
});
