import { checkDefinition } from '../../src/core/catalogue';
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

  it.each([
    ['InvalidSignature', 'reEnterInActOn'],
    ['MissingTokenPassportRequiredFields', 'reEnterInActOn'],
    ['token revoked', 'newToken'],
    ['EntityOrRoleDisabled', 'restoreUserAccess'],
    ['IntegrationBlocked', 'enableIntegration'],
    ['UnknownIntegration', 'matchConsumerKey'],
    ['FeatureDisabled', 'enableTba'],
    ['timestamp_refused', 'askActOnAboutClock'],
    ['nonce_rejected', 'askActOnAboutNonces'],
  ])('sends a failure with detail %s to the fix %s', (raw, fix) => {
    expect(explainLoginDetail(raw).fix).toBe(fix);
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
    expect(explanation.fix).toBe('default');
  });

  it('falls back for a failure without a detail', () => {
    const explanation = explainLoginDetail(null);

    expect([explanation.known, explanation.detail]).toEqual([false, '(no detail)']);
  });

  it("points a failure without a detail at the row's other columns, and to the Login Audit Trail itself", () => {
    expect(explainLoginDetail(null)).toEqual({
      key: '',
      detail: '(no detail)',
      known: false,
      cause:
        'NetSuite recorded the failure without a Detail value: its other columns (Request URI, IP Address) may ' +
        'give a clue.',
      fix: 'default',
    });
  });

  it('sends a value it does not know to the Help Center, quoted without its surrounding spaces', () => {
    expect(explainLoginDetail('  SomethingNew ')).toEqual({
      key: 'somethingnew',
      detail: 'SomethingNew',
      known: false,
      cause:
        'This audit does not recognise the detail "SomethingNew": NetSuite\'s Help Center explains it under ' +
        'Token-based Authentication troubleshooting.',
      fix: 'default',
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

  it('gives every entry a cause and a fix of login.recent', () => {
    const fixes = checkDefinition('login.recent').fixes as Readonly<Record<string, unknown>>;
    const incomplete = LOGIN_DETAIL_TABLE.filter((entry) => entry.cause === '' || fixes[entry.fix] === undefined);

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
