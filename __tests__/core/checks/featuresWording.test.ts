import { checkDefinition } from '../../../src/core/catalogue';
import { sentence } from '../../../src/core/checks/wording';

const tba = checkDefinition('feature.token-based-authentication');

describe('the features section, in words', () => {
  it('names the feature id NetSuite reports in effect, without restating the title', () => {
    expect(sentence(tba, { id: 'enabled', data: { feature: 'TBA' } })).toBe(
      'NetSuite reports feature TBA as in effect.',
    );
  });

  it('names the feature id NetSuite reports not in effect', () => {
    expect(sentence(tba, { id: 'disabled', data: { feature: 'TBA' } })).toBe(
      'NetSuite reports feature TBA as not in effect.',
    );
  });

  it("says why SuiteSignOn is only a warning: Act-On's embedded views, not the data connection", () => {
    expect(sentence(checkDefinition('feature.suitesignon'), { id: 'suiteSignOnNote', data: {} })).toBe(
      "Act-On's set-up guide asks for SuiteSignOn for Act-On's embedded views inside NetSuite (sales portal, " +
        'portlets); the Token-Based Authentication data connection does not need it, and NetSuite ended support ' +
        'for SuiteSignOn in 2025.1.',
    );
  });
});
