/**
 * Features section: each feature check reads one NetSuite feature flag. What a state means
 * follows the check's severity: a blocker must be on, SuiteSignOn (a warning) should be on, and
 * the information checks only report (an unreadable one included: nothing depends on it).
 */
import type { CheckId } from '../catalogue';
import { FEATURE_CHECKS } from '../checks/features';
import { fixOf, found } from '../checks/define';
import { unreadableFinding } from '../checks/shared';
import type { AccountSnapshot, AuditedFeature, Probe } from '../snapshot';
import { informed, passed, problem, type RuleOutcome } from './outcomes';

export type FeatureCheckId = Extract<CheckId, `feature.${string}`>;

/** Which NetSuite feature each check reads. */
export const FEATURE_OF_CHECK: Readonly<Record<FeatureCheckId, AuditedFeature>> = {
  'feature.client-suitescript': 'CUSTOMCODE',
  'feature.server-suitescript': 'SERVERSIDESCRIPTING',
  'feature.soap-web-services': 'WEBSERVICESEXTERNAL',
  'feature.token-based-authentication': 'TBA',
  'feature.suitesignon': 'SUITESIGNON',
  'feature.rest-web-services': 'RESTWEBSERVICES',
  'feature.oauth2': 'OAUTH2',
};

type FeatureCheck = (typeof FEATURE_CHECKS)[number];

function featureOutcome(check: FeatureCheck, probe: Probe<boolean>): RuleOutcome {
  const feature = FEATURE_OF_CHECK[check.id];
  const fix = fixOf(check, 'default', []);
  if (!probe.ok) {
    const unread = unreadableFinding({ feature }, probe);
    return check.severity === 'info' ? informed([unread]) : problem('unknown', [unread], fix);
  }
  const state = found(check, probe.value ? 'enabled' : 'disabled', { feature });
  switch (check.severity) {
    case 'blocker':
      return probe.value ? passed([state]) : problem('fail', [state], fix);
    case 'warning': {
      const note = found(check, 'suiteSignOnNote');
      return probe.value ? passed([state, note]) : problem('warn', [state, note], fix);
    }
    case 'info':
      return informed([state]);
  }
}

/** The outcome of every feature check. */
export function evaluateFeatureChecks(features: AccountSnapshot['features']): Record<FeatureCheckId, RuleOutcome> {
  const outcomes = {} as Record<FeatureCheckId, RuleOutcome>;
  for (const check of FEATURE_CHECKS) outcomes[check.id] = featureOutcome(check, features[FEATURE_OF_CHECK[check.id]]);
  return outcomes;
}
