import { evaluateAccountChecks } from '../../../src/core/rules/account';
import { aSnapshot } from '../../fixtures/snapshotBuilder';

function accountIdOf(accountId: string, envType: string) {
  return evaluateAccountChecks(aSnapshot({ account: { accountId, envType, version: '2026.2' } }))['account.id'];
}

describe('account.id', () => {
  it('informs a production account of the value to type into Act-On and its host names, nothing more', () => {
    expect(accountIdOf('1234567', 'PRODUCTION')).toEqual({
      status: 'info',
      findings: [
        { id: 'accountId', data: { accountId: '1234567', formsDiffer: false } },
        {
          id: 'hostNames',
          data: { uiHost: '1234567.app.netsuite.com', restletHost: '1234567.restlets.api.netsuite.com' },
        },
      ],
      fix: { id: 'default', data: {}, records: [] },
    });
  });

  it('does not call an account id NetSuite gives with surrounding blanks another form of it', () => {
    expect(accountIdOf(' 1234567 ', 'PRODUCTION').findings.map((finding) => finding.id)).toEqual([
      'accountId',
      'hostNames',
    ]);
  });

  it('shows a test drive id in upper case', () => {
    expect(accountIdOf('tstdrv1234567', 'INTERNAL').findings[0]).toEqual({
      id: 'accountId',
      data: { accountId: 'TSTDRV1234567', formsDiffer: true },
    });
  });

  it(
    'only informs in a sandbox given in host form, telling the forms apart and keeping the refresh advice as its ' +
      'fix',
    () => {
      expect(accountIdOf('1234567-sb1', 'SANDBOX')).toEqual({
        status: 'info',
        findings: [
          { id: 'accountId', data: { accountId: '1234567_SB1', formsDiffer: true } },
          {
            id: 'hostForm',
            data: {
              hostId: '1234567-sb1',
              uiHost: '1234567-sb1.app.netsuite.com',
              restletHost: '1234567-sb1.restlets.api.netsuite.com',
            },
          },
          { id: 'reportedId', data: { id: '1234567-sb1' } },
          { id: 'refresh', data: { environment: 'sandbox' } },
        ],
        fix: { id: 'connectAfterRefresh', data: { environment: 'sandbox', accountId: '1234567_SB1' }, records: [] },
      });
    },
  );

  it('only informs in Release Preview, with the same refresh advice', () => {
    const outcome = accountIdOf('1234567_RP', 'BETA');

    expect(outcome.status).toBe('info');
    expect(outcome.findings.at(-1)).toEqual({ id: 'refresh', data: { environment: 'release-preview' } });
    expect(outcome.status === 'info' && outcome.fix?.id).toBe('connectAfterRefresh');
  });
});

describe('account.web-services-concurrency', () => {
  it('is information, never readable by a script, saying where the limits are shown', () => {
    expect(evaluateAccountChecks(aSnapshot())['account.web-services-concurrency']).toEqual({
      status: 'info',
      findings: [
        { id: 'limits', data: {} },
        { id: 'refusals', data: {} },
        { id: 'notReadable', data: {} },
      ],
      fix: { id: 'default', data: {}, records: [] },
    });
  });
});
