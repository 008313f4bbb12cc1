/** The integration section: the Act-On integration record, its state and its authentication. */
import { defineCheck } from './define';
import { MANAGE_INTEGRATIONS_LINK } from './pages';

export const INTEGRATION_RECORD = defineCheck({
  id: 'integration.record',
  section: 'integration',
  severity: 'blocker',
  title: 'The Act-On integration record exists',
  failureTitle: 'There is no Act-On integration record',
  checks: 'An integration record whose name matches the requested one (default ActOnTBA), ignoring case and spaces.',
  why: 'The integration record issues the Consumer Key and Secret that Act-On signs every request with.',
  dependsOn: ['feature.token-based-authentication'],
  fixes: {
    default: {
      title: 'Set up the Act-On integration record',
      navigation: 'Setup > Integration > Manage Integrations > New',
      steps: [
        'Go to Setup > Integration > Manage Integrations and click New.',
        'Name it ActOnTBA (or the name you gave this audit) and set State to Enabled.',
        'Under Authentication, check Token-Based Authentication and User Credentials; leave TBA: Authorization ' +
          'Flow and OAuth 2.0 unchecked.',
        'Click Save and copy the Consumer Key and Consumer Secret at once: NetSuite shows them only this one time.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const INTEGRATION_STATE = defineCheck({
  id: 'integration.state',
  section: 'integration',
  severity: 'blocker',
  title: 'The integration is Enabled',
  failureTitle: 'The integration is not Enabled',
  checks: "The integration record's State (Enabled or Blocked).",
  why:
    'A Blocked integration refuses every login with its Consumer Key (Login Audit Trail detail ' +
    '"consumer_key_refused").',
  dependsOn: ['integration.record'],
  fixes: {
    default: {
      title: "Set the integration record's State to Enabled",
      navigation: 'Setup > Integration > Manage Integrations > (the integration) > Edit',
      steps: [
        'Go to Setup > Integration > Manage Integrations and open the integration.',
        'Click Edit, set State to Enabled and click Save.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const INTEGRATION_AUTHENTICATION = defineCheck({
  id: 'integration.authentication',
  section: 'integration',
  severity: 'blocker',
  title: 'The integration allows Token-Based Authentication',
  failureTitle: 'The integration is not proven to allow Token-Based Authentication',
  checks:
    "The integration's Token-Based Authentication and User Credentials boxes (not readable by scripts; proven " +
    'by a successful token login).',
  why: 'Without the Token-Based Authentication box the Consumer Key cannot be used with access tokens at all.',
  dependsOn: ['integration.record', 'feature.token-based-authentication'],
  fixes: {
    default: {
      title: 'Check Token-Based Authentication on the integration record',
      navigation: 'Setup > Integration > Manage Integrations > (the integration) > Edit > Authentication',
      steps: [
        'Go to Setup > Integration > Manage Integrations and open the integration.',
        'Click Edit; on the Authentication subtab check Token-Based Authentication and User Credentials.',
        'Click Save. This cannot be read by a script: it is proven once Act-On (or any client) logs in with a token.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const INTEGRATION_CHECKS = [INTEGRATION_RECORD, INTEGRATION_STATE, INTEGRATION_AUTHENTICATION] as const;
