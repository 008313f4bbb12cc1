import { evaluateFeatureChecks } from '../../../src/core/rules/features';
import { allFeaturesOn, ok, unreadable } from '../../fixtures/snapshotBuilder';

describe('feature checks', () => {
  it('passes a blocker feature that is on', () => {
    const outcomes = evaluateFeatureChecks(allFeaturesOn());

    expect(outcomes['feature.soap-web-services'].status).toBe('pass');
  });

  it('fails a blocker feature that is off, with the catalogue steps', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn({ CUSTOMCODE: ok(false) }))['feature.client-suitescript'];

    expect(outcome.status).toBe('fail');
    expect(outcome.status !== 'pass' && outcome.fix?.steps[0]).toContain('Setup > Company > Enable Features');
  });

  it('reports unknown with the reason when a feature cannot be read', () => {
    const outcome = evaluateFeatureChecks(
      allFeaturesOn({ WEBSERVICESEXTERNAL: unreadable('isFeatureInEffect threw', 'SSS_INVALID_FEATURE') }),
    )['feature.soap-web-services'];

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence.join(' ')).toContain('isFeatureInEffect threw (SSS_INVALID_FEATURE)');
  });

  it('warns when SuiteSignOn is off and says the TBA connection does not need it', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn({ SUITESIGNON: ok(false) }))['feature.suitesignon'];

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence.join(' ')).toContain('does not need it');
    expect(outcome.evidence.join(' ')).toContain('2025.1');
  });

  it('passes SuiteSignOn when on, with the same note', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn())['feature.suitesignon'];

    expect(outcome.status).toBe('pass');
    expect(outcome.evidence.join(' ')).toContain('ended support');
  });

  it('only informs about REST web services and OAuth 2.0, on or off', () => {
    const outcomes = evaluateFeatureChecks(allFeaturesOn({ RESTWEBSERVICES: ok(false), OAUTH2: ok(true) }));

    expect([outcomes['feature.rest-web-services'].status, outcomes['feature.oauth2'].status]).toEqual(['info', 'info']);
    expect(outcomes['feature.rest-web-services'].evidence).toEqual([
      'REST Web Services is disabled (feature RESTWEBSERVICES).',
    ]);
  });

  it('gives the information checks no fix: there is nothing to change for Act-On', () => {
    const outcomes = evaluateFeatureChecks(allFeaturesOn({ RESTWEBSERVICES: ok(false) }));

    expect('fix' in outcomes['feature.rest-web-services']).toBe(false);
  });
});

describe('feature evidence, word for word', () => {
  it('says a blocker feature that is on is enabled, naming its NetSuite feature id', () => {
    expect(evaluateFeatureChecks(allFeaturesOn())['feature.soap-web-services'].evidence).toEqual([
      'SOAP Web Services is enabled (feature WEBSERVICESEXTERNAL).',
    ]);
  });

  it('says a blocker feature that is off is disabled, naming its NetSuite feature id', () => {
    expect(
      evaluateFeatureChecks(allFeaturesOn({ TBA: ok(false) }))['feature.token-based-authentication'].evidence,
    ).toEqual(['Token-Based Authentication is disabled (feature TBA).']);
  });

  it('names the feature and its id when it cannot be read, then quotes the reason and code', () => {
    const outcome = evaluateFeatureChecks(
      allFeaturesOn({ WEBSERVICESEXTERNAL: unreadable('isFeatureInEffect threw', 'SSS_INVALID_FEATURE') }),
    )['feature.soap-web-services'];

    expect(outcome.evidence).toEqual([
      'The SOAP Web Services feature (WEBSERVICESEXTERNAL) could not be read: isFeatureInEffect threw ' +
        '(SSS_INVALID_FEATURE).',
    ]);
  });
});
