import {
  LOGIN_DETAIL_TABLE,
  detailKey,
  explainLoginDetail,
  isRefusedBeforeIntegrationKnown,
} from '../../src/core/loginDetails';

describe('explainLoginDetail', () => {
  it.each([
    ['FeatureDisabled', 'FeatureDisabled'],
    ['featuredisabled', 'FeatureDisabled'],
    ['UnknownIntegration', 'consumer_key_unknown'],
    ['IntegrationBlocked', 'consumer_key_refused'],
    ['Nonce used', 'NonceUsed'],
    ['nonce_used', 'NonceUsed'],
    ['timestamp_refused', 'InvalidTimestamp'],
    ['token_rejected', 'InvalidToken'],
    ['ENTITYORROLEDISABLED', 'EntityOrRoleDisabled'],
    ['MissingTokenPassportRequiredFields', 'MissingTokenPassportRequiredFields'],
  ])('recognises %s as %s', (raw, shown) => {
    const explanation = explainLoginDetail(raw);

    expect([explanation.known, explanation.detail]).toEqual([true, shown]);
  });

  it("gives a refused token's Web Services Only user, who cannot open Manage Access Tokens, the administrator's page", () => {
    expect(explainLoginDetail('InvalidToken').steps.join(' ')).toContain(
      'for a Web Services Only role, whose user cannot log in to the UI, an administrator creates it at Setup > ' +
        'Users/Roles > Access Tokens > New',
    );
  });

  it('names the wrong Account ID form among the causes of InvalidSignature', () => {
    expect(explainLoginDetail('InvalidSignature').cause).toContain('host form');
  });

  it('compares a detail value by its letters and digits in lower case', () => {
    expect(detailKey('Nonce_Used 2')).toBe('nonceused2');
  });

  it('gives spellings of one value the same key, so they are counted together', () => {
    expect(explainLoginDetail('Nonce used').key).toBe(explainLoginDetail('NonceUsed').key);
  });

  it('falls back for a value it does not know, quoting it', () => {
    const explanation = explainLoginDetail('SomethingNew');

    expect(explanation.known).toBe(false);
    expect(explanation.detail).toBe('SomethingNew');
    expect(explanation.cause).toContain('"SomethingNew"');
    expect(explanation.steps.length).toBeGreaterThan(0);
  });

  it('falls back for a failure without a detail', () => {
    const explanation = explainLoginDetail(null);

    expect([explanation.known, explanation.detail]).toEqual([false, '(no detail)']);
  });

  it('tells where to look in the Login Audit Trail for a failure without a detail, with no link', () => {
    expect(explainLoginDetail(null)).toEqual({
      key: '',
      detail: '(no detail)',
      known: false,
      cause: 'NetSuite recorded the failure without a Detail value.',
      steps: [
        'Open the Login Audit Trail, find the failed login by its date and look at its other columns (Request ' +
          'URI, IP Address) for a clue.',
      ],
      links: [],
    });
  });

  it('sends a value it does not know to the Help Center, quoted without its surrounding spaces, with no link', () => {
    expect(explainLoginDetail('  SomethingNew ')).toEqual({
      key: 'somethingnew',
      detail: 'SomethingNew',
      known: false,
      cause: 'This audit does not recognise the detail "SomethingNew".',
      steps: [
        `Look up "SomethingNew" in NetSuite's Help Center under Token-based Authentication troubleshooting, and ` +
          `work through the failing checks of this report.`,
      ],
      links: [],
    });
  });

  it('never gives one spelling to two entries', () => {
    const keysPerEntry = LOGIN_DETAIL_TABLE.map((entry) => new Set(entry.spellings.map(detailKey)));
    const allKeys = keysPerEntry.flatMap((keys) => [...keys]);

    expect(new Set(allKeys).size).toBe(allKeys.length);
  });

  it("recognises every entry's shown spelling as itself", () => {
    const misread = LOGIN_DETAIL_TABLE.filter((entry) => explainLoginDetail(entry.detail).detail !== entry.detail);

    expect(misread).toEqual([]);
  });

  it('gives every entry a cause and at least one fix step', () => {
    const incomplete = LOGIN_DETAIL_TABLE.filter((entry) => entry.cause === '' || entry.steps.length === 0);

    expect(incomplete).toEqual([]);
  });
});

describe('isRefusedBeforeIntegrationKnown', () => {
  it('takes FeatureDisabled as a refusal before NetSuite knows the integration', () => {
    expect(isRefusedBeforeIntegrationKnown('FeatureDisabled')).toBe(true);
  });

  it('does not take a detail value it does not know as such a refusal', () => {
    expect(isRefusedBeforeIntegrationKnown('SomethingNew')).toBe(false);
  });

  it('does not take a failure without a detail as such a refusal', () => {
    expect(isRefusedBeforeIntegrationKnown(null)).toBe(false);
  });
});
