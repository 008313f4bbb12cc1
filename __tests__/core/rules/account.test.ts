import { evaluateAccountChecks } from '../../../src/core/rules/account';
import { aSnapshot } from '../../fixtures/snapshotBuilder';

describe('account.id', () => {
  it('is information in production, showing the exact value to type into Act-On', () => {
    const outcome = evaluateAccountChecks(
      aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version: '2026.2' } }),
    )['account.id'];

    expect(outcome.status).toBe('info');
    expect(outcome.evidence[0]).toContain('Type 1234567 into');
  });

  it('warns in a sandbox given in host form, showing the upper-case underscore form', () => {
    const outcome = evaluateAccountChecks(
      aSnapshot({ account: { accountId: '1234567-sb1', envType: 'SANDBOX', version: '2026.2' } }),
    )['account.id'];

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence[0]).toContain('Type 1234567_SB1 into');
    expect(outcome.evidence.join(' ')).toContain('NetSuite reports the account id as 1234567-sb1.');
  });

  it('warns in Release Preview', () => {
    const outcome = evaluateAccountChecks(
      aSnapshot({ account: { accountId: '1234567_RP', envType: 'BETA', version: '2027.1' } }),
    )['account.id'];

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence.join(' ')).toContain('Release Preview');
  });

  it('shows a test drive id in upper case', () => {
    const outcome = evaluateAccountChecks(
      aSnapshot({ account: { accountId: 'tstdrv1234567', envType: 'INTERNAL', version: '2026.2' } }),
    )['account.id'];

    expect([outcome.status, outcome.evidence[0]]).toEqual(['info', expect.stringContaining('Type TSTDRV1234567 into')]);
  });
});

describe('account.id after a refresh', () => {
  it("says in a sandbox that the refresh copies the integration record's settings but not its tokens", () => {
    const outcome = evaluateAccountChecks(
      aSnapshot({ account: { accountId: '1234567_SB1', envType: 'SANDBOX', version: '2026.2' } }),
    )['account.id'];

    expect(outcome.evidence.join(' ')).toContain(
      "a refresh copies the integration record's settings from production but not its access tokens",
    );
    expect(outcome.status !== 'pass' && outcome.fix?.steps.join(' ')).toContain(
      'create a new access token for the Act-On integration here',
    );
    expect(outcome.status !== 'pass' && outcome.fix?.steps.join(' ')).not.toContain(
      'create the integration record again',
    );
  });
});

describe('account.web-services-concurrency', () => {
  it('is information saying where the limits are shown and that a refusal may leave no Login Audit row', () => {
    const outcome = evaluateAccountChecks(aSnapshot())['account.web-services-concurrency'];

    expect(outcome.status).toBe('info');
    expect(outcome.evidence.join(' ')).toContain('may leave no row in the Login Audit Trail');
    expect(outcome.status === 'info' && outcome.fix?.navigation).toBe(
      'Setup > Integration > Integration Management > Integration Governance',
    );
  });
});

describe('account.id evidence, word for word', () => {
  const accountIdOf = (accountId: string, envType: string) =>
    evaluateAccountChecks(aSnapshot({ account: { accountId, envType, version: '2026.2' } }))['account.id'];

  it('gives a production account whose forms agree its Account ID and host names, and nothing more', () => {
    expect(accountIdOf('1234567', 'PRODUCTION').evidence).toEqual([
      "Type 1234567 into Act-On's Account ID field (it is also the OAuth realm).",
      "NetSuite's host names for this account are 1234567.app.netsuite.com and 1234567.restlets.api.netsuite.com.",
    ]);
  });

  it('tells a sandbox apart from its host form, which does not belong in Act-On', () => {
    expect(accountIdOf('1234567_SB1', 'SANDBOX').evidence).toEqual([
      "Type 1234567_SB1 into Act-On's Account ID field (it is also the OAuth realm): upper case, with an underscore.",
      "NetSuite's host names use 1234567-sb1 instead (1234567-sb1.app.netsuite.com, " +
        '1234567-sb1.restlets.api.netsuite.com); that form does not belong in Act-On.',
      "This is a sandbox: a refresh copies the integration record's settings from production but not its access " +
        'tokens, so after each refresh Act-On needs a new token here.',
    ]);
  });

  it('does not call an account id NetSuite gives with surrounding blanks another form of it', () => {
    expect(accountIdOf(' 1234567 ', 'PRODUCTION').evidence).toEqual([
      "Type 1234567 into Act-On's Account ID field (it is also the OAuth realm).",
      "NetSuite's host names for this account are 1234567.app.netsuite.com and 1234567.restlets.api.netsuite.com.",
    ]);
  });

  it(
    "asks, in a sandbox, for a new token after each refresh and a separate Act-On connection with the sandbox's " +
      'Account ID',
    () => {
      const outcome = accountIdOf('1234567_SB1', 'SANDBOX');

      expect(outcome.status !== 'pass' && outcome.fix?.steps).toEqual([
        'In Act-On, go to Settings > Connectors > CRM > NetSuite and type the Account ID exactly as shown.',
        'After each refresh, create a new access token for the Act-On integration here (the integration record ' +
          'itself is copied from production; do not delete it or create another).',
        "In Act-On, connect this account separately, with this account's Account ID and the new token.",
      ]);
      expect(outcome.status !== 'pass' && outcome.status !== 'info' && outcome.summary).toBe(
        'This is a sandbox: Act-On needs its own connection to it, with Account ID 1234567_SB1 and a new token ' +
          'after each refresh',
      );
    },
  );
});

describe('account.web-services-concurrency evidence, word for word', () => {
  it('says what the limits do, how a refusal shows and that only the navigation path shows them', () => {
    expect(evaluateAccountChecks(aSnapshot())['account.web-services-concurrency'].evidence).toEqual([
      'NetSuite limits how many web services and RESTlet requests run at once in the account; an administrator ' +
        'can give an integration its own share of that limit.',
      'A request over the limit is refused with a request-limit error, and may leave no row in the Login Audit ' +
        'Trail: if Act-On reports such errors while this report is clean, look at the limits.',
      'Scripts cannot read the limits: the navigation path says where they are shown.',
    ]);
  });
});
