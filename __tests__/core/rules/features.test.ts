import { evaluateFeatureChecks } from '../../../src/core/rules/features';
import { allFeaturesOn, ok, unreadable } from '../../fixtures/snapshotBuilder';

describe('feature checks', () => {
  it('passes a blocker feature that is on, naming its NetSuite feature id', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn())['feature.soap-web-services'];

    expect(outcome).toEqual({
      status: 'pass',
      findings: [{ id: 'enabled', data: { feature: 'WEBSERVICESEXTERNAL' } }],
    });
  });

  it('fails a blocker feature that is off, with the default fix', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn({ CUSTOMCODE: ok(false) }))['feature.client-suitescript'];

    expect(outcome).toEqual({
      status: 'fail',
      findings: [{ id: 'disabled', data: { feature: 'CUSTOMCODE' } }],
      fix: { id: 'default', data: {}, records: [] },
    });
  });

  it('reports a blocker feature that cannot be read as unknown, with the reason and code', () => {
    const outcome = evaluateFeatureChecks(
      allFeaturesOn({ WEBSERVICESEXTERNAL: unreadable('isFeatureInEffect threw', 'SSS_INVALID_FEATURE') }),
    )['feature.soap-web-services'];

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([
      {
        id: 'unreadable',
        data: { feature: 'WEBSERVICESEXTERNAL', reason: 'isFeatureInEffect threw', code: 'SSS_INVALID_FEATURE' },
      },
    ]);
  });

  it('warns when SuiteSignOn is off, with the note that the TBA connection does not need it', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn({ SUITESIGNON: ok(false) }))['feature.suitesignon'];

    expect(outcome.status).toBe('warn');
    expect(outcome.findings.map((finding) => finding.id)).toEqual(['disabled', 'suiteSignOnNote']);
  });

  it('passes SuiteSignOn when on, with the same note', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn())['feature.suitesignon'];

    expect(outcome.status).toBe('pass');
    expect(outcome.findings.map((finding) => finding.id)).toEqual(['enabled', 'suiteSignOnNote']);
  });

  it('only informs about REST web services and OAuth 2.0, on or off, with no fix', () => {
    const outcomes = evaluateFeatureChecks(allFeaturesOn({ RESTWEBSERVICES: ok(false), OAUTH2: ok(true) }));

    expect(outcomes['feature.rest-web-services']).toEqual({
      status: 'info',
      findings: [{ id: 'disabled', data: { feature: 'RESTWEBSERVICES' } }],
    });
    expect(outcomes['feature.oauth2'].status).toBe('info');
  });

  it('informs, never warns, when an information feature cannot be read: nothing depends on it', () => {
    const outcome = evaluateFeatureChecks(allFeaturesOn({ OAUTH2: unreadable('isFeatureInEffect threw') }))[
      'feature.oauth2'
    ];

    expect(outcome.status).toBe('info');
    expect(outcome.findings.map((finding) => finding.id)).toEqual(['unreadable']);
  });
});
