import { LOGIN_DETAIL_TABLE, detailKey, explainLoginDetail } from '../../src/core/loginDetails';

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

  it('names the wrong Account ID form among the causes of InvalidSignature', () => {
    expect(explainLoginDetail('InvalidSignature').cause).toContain('host form');
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
