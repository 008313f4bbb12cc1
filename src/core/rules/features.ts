/**
 * Features section: each feature check reads one NetSuite feature flag. What a state means
 * follows the check's severity in the catalogue: a blocker must be on, SuiteSignOn (a warning)
 * should be on, and the info checks only report.
 */
import { checkDefinition, type CheckId } from '../catalogue';
import type { CheckOutcome } from '../report';
import type { AccountSnapshot, AuditedFeature, Probe } from '../snapshot';
import { catalogueFix, infoOutcome, passOutcome, problemOutcome } from './outcomes';
import { unreadableSentence } from './wording';

export type FeatureCheckId = Extract<CheckId, `feature.${string}`>;

/** Which NetSuite feature each check reads, and the label its evidence uses. */
export const FEATURE_OF_CHECK: Readonly<
  Record<FeatureCheckId, { readonly feature: AuditedFeature; readonly label: string }>
> = {
  'feature.client-suitescript': { feature: 'CUSTOMCODE', label: 'Client SuiteScript' },
  'feature.server-suitescript': { feature: 'SERVERSIDESCRIPTING', label: 'Server SuiteScript' },
  'feature.soap-web-services': { feature: 'WEBSERVICESEXTERNAL', label: 'SOAP Web Services' },
  'feature.token-based-authentication': { feature: 'TBA', label: 'Token-Based Authentication' },
  'feature.suitesignon': { feature: 'SUITESIGNON', label: 'SuiteSignOn' },
  'feature.rest-web-services': { feature: 'RESTWEBSERVICES', label: 'REST Web Services' },
  'feature.oauth2': { feature: 'OAUTH2', label: 'OAuth 2.0' },
};

/** Why SuiteSignOn is only a warning; said whether it is on or off. */
export const SUITESIGNON_NOTE =
  "Act-On's set-up guide asks for SuiteSignOn for Act-On's embedded views inside NetSuite (sales portal, portlets); " +
  ('the Token-Based Authentication data connection does not need it, and NetSuite ended support for SuiteSignOn in ' +
    '2025.1.');

function featureOutcome(id: FeatureCheckId, probe: Probe<boolean>): CheckOutcome {
  const { feature, label } = FEATURE_OF_CHECK[id];
  if (!probe.ok)
    return problemOutcome(
      'unknown',
      [unreadableSentence(`The ${label} feature (${feature})`, probe)],
      catalogueFix(id),
    );
  const state = `${label} is ${probe.value ? 'enabled' : 'disabled'} (feature ${feature}).`;
  switch (checkDefinition(id).severity) {
    case 'blocker':
      return probe.value ? passOutcome([state]) : problemOutcome('fail', [state], catalogueFix(id));
    case 'warning':
      return probe.value
        ? passOutcome([state, SUITESIGNON_NOTE])
        : problemOutcome('warn', [state, SUITESIGNON_NOTE], catalogueFix(id));
    case 'info':
      return infoOutcome([state]);
  }
}

/** The outcome of every feature check. */
export function evaluateFeatureChecks(features: AccountSnapshot['features']): Record<FeatureCheckId, CheckOutcome> {
  const outcome = (id: FeatureCheckId): CheckOutcome => featureOutcome(id, features[FEATURE_OF_CHECK[id].feature]);
  return {
    'feature.client-suitescript': outcome('feature.client-suitescript'),
    'feature.server-suitescript': outcome('feature.server-suitescript'),
    'feature.soap-web-services': outcome('feature.soap-web-services'),
    'feature.token-based-authentication': outcome('feature.token-based-authentication'),
    'feature.suitesignon': outcome('feature.suitesignon'),
    'feature.rest-web-services': outcome('feature.rest-web-services'),
    'feature.oauth2': outcome('feature.oauth2'),
  };
}
