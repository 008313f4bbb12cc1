import { describesSingleAccount, readSingleAccount } from '../../tools/audit/singleAccount';

const ENVIRONMENT = {
  NETSUITE_ACCOUNT_ID: '1234567_SB1',
  NETSUITE_CONSUMER_KEY: 'consumer-key-0001',
  NETSUITE_CONSUMER_SECRET: 'consumer-secret-0001',
  NETSUITE_TOKEN_ID: 'token-id-0001',
  NETSUITE_TOKEN_SECRET: 'token-secret-0001',
};

describe('one account from environment variables', () => {
  it('is audited under its account id, with the realm NetSuite expects', () => {
    const reading = readSingleAccount({}, ENVIRONMENT, {});

    expect(
      reading.ok && { name: reading.target.name, realm: reading.target.realm, host: reading.target.restletUrl.host },
    ).toEqual({
      name: '1234567_SB1',
      realm: '1234567_SB1',
      host: '1234567-sb1.restlets.api.netsuite.com',
    });
  });

  it('takes a flag before the environment variable', () => {
    const reading = readSingleAccount({ accountId: '7654321' }, ENVIRONMENT, {});

    expect(reading.ok && reading.target.realm).toBe('7654321');
  });

  it('names every missing variable, and never a value', () => {
    const reading = readSingleAccount(
      {},
      { NETSUITE_ACCOUNT_ID: '1234567', NETSUITE_CONSUMER_KEY: 'consumer-key-0001' },
      {},
    );

    expect(reading).toEqual({
      ok: false,
      problems: [
        'missing --consumer-secret (or the environment variable NETSUITE_CONSUMER_SECRET)',
        'missing --token-id (or the environment variable NETSUITE_TOKEN_ID)',
        'missing --token-secret (or the environment variable NETSUITE_TOKEN_SECRET)',
      ],
    });
  });

  it('warns that a secret given as a flag lands in the shell history', () => {
    const reading = readSingleAccount({ tokenSecret: 'token-secret-0002' }, ENVIRONMENT, {});

    expect(reading.ok && reading.warnings).toEqual([
      expect.stringContaining('--token-secret puts a secret into your shell history'),
    ]);
  });

  it('refuses an account id that is not one', () => {
    const reading = readSingleAccount({ accountId: '1234567 sb1' }, ENVIRONMENT, {});

    expect(reading.ok).toBe(false);
  });
});

describe('describesSingleAccount', () => {
  it('is false when neither flags nor variables are given', () => {
    expect(describesSingleAccount({}, {})).toBe(false);
  });

  it('is true when one variable is set', () => {
    expect(describesSingleAccount({}, { NETSUITE_TOKEN_ID: 'x' })).toBe(true);
  });
});
