/** The features section: each check reads one NetSuite feature flag. */
import { defineCheck, type Severity } from './define';
import { ENABLE_FEATURES_LINK } from './pages';

const SUITECLOUD_TAB = 'Setup > Company > Enable Features > SuiteCloud';

/** Why SuiteSignOn is only a warning; said whether it is on or off. */
const SUITESIGNON_NOTE =
  "Act-On's set-up guide asks for SuiteSignOn for Act-On's embedded views inside NetSuite (sales portal, portlets); " +
  'the Token-Based Authentication data connection does not need it, and NetSuite ended support for SuiteSignOn in ' +
  '2025.1.';

function featureCheck<const Id extends string>(id: Id, label: string, group: string, severity: Severity, why: string) {
  return defineCheck({
    id,
    section: 'features',
    severity,
    title: `${label} is enabled`,
    failureTitle: `${label} is not enabled`,
    checks: `The ${label} feature (SuiteCloud tab, ${group}).`,
    why,
    dependsOn: [],
    fixes: {
      default: {
        title: `Enable ${label}`,
        navigation: SUITECLOUD_TAB,
        steps: [
          'Go to Setup > Company > Enable Features and open the SuiteCloud subtab.',
          `Under ${group}, check ${label} and accept the terms if NetSuite shows them.`,
          'Click Save.',
        ],
        links: [ENABLE_FEATURES_LINK],
        owner: 'netsuite-admin',
      },
    },
    messages: {
      enabled: (data: { readonly feature: string }) => `NetSuite reports feature ${data.feature} as in effect.`,
      disabled: (data: { readonly feature: string }) => `NetSuite reports feature ${data.feature} as not in effect.`,
      suiteSignOnNote: () => SUITESIGNON_NOTE,
    },
  });
}

export const FEATURE_CHECKS = [
  featureCheck(
    'feature.client-suitescript',
    'Client SuiteScript',
    'SuiteScript',
    'blocker',
    "Act-On's set-up guide lists it among the SuiteCloud features its connector expects.",
  ),
  featureCheck(
    'feature.server-suitescript',
    'Server SuiteScript',
    'SuiteScript',
    'blocker',
    "Act-On's guide requires it, and this audit itself runs as a server script.",
  ),
  featureCheck(
    'feature.soap-web-services',
    'SOAP Web Services',
    'SuiteTalk (Web Services)',
    'blocker',
    "Act-On's connector reads and writes contacts, customers and leads through NetSuite's SOAP web services.",
  ),
  featureCheck(
    'feature.token-based-authentication',
    'Token-Based Authentication',
    'Manage Authentication',
    'blocker',
    'Without it NetSuite refuses every token login (Login Audit Trail detail "FeatureDisabled").',
  ),
  featureCheck(
    'feature.suitesignon',
    'SuiteSignOn',
    'Manage Authentication',
    'warning',
    "Act-On's guide asks for it because Act-On's embedded views inside NetSuite (sales portal, portlets) use it; " +
      'the TBA data connection does not. NetSuite ended support for SuiteSignOn in 2025.1.',
  ),
  featureCheck(
    'feature.rest-web-services',
    'REST Web Services',
    'SuiteTalk (Web Services)',
    'info',
    "Act-On's connector does not need it; shown so the account's web-service surface is known.",
  ),
  featureCheck(
    'feature.oauth2',
    'OAuth 2.0',
    'Manage Authentication',
    'info',
    'OAuth 2.0 is the successor to Token-Based Authentication for new integrations from NetSuite 2027.1.',
  ),
] as const;
