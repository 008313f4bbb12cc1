/**
 * Which checks depend on which, as data: a failing check whose dependency also fails is caused
 * by it (fix the dependency first, then audit again). The order of Act-On's set-up guide:
 * features before the integration record, the record before its state and authentication,
 * the role and user before the token, the token before its logins.
 */
import type { CheckId } from './catalogue';

export const CHECK_DEPENDENCIES: Readonly<Record<CheckId, readonly CheckId[]>> = {
  'feature.client-suitescript': [],
  'feature.server-suitescript': [],
  'feature.soap-web-services': [],
  'feature.token-based-authentication': [],
  'feature.suitesignon': [],
  'feature.rest-web-services': [],
  'feature.oauth2': [],
  'integration.record': ['feature.token-based-authentication'],
  'integration.state': ['integration.record'],
  'integration.authentication': ['integration.record', 'feature.token-based-authentication'],
  'token.active': ['integration.record', 'integration.state', 'role.active', 'role.token-login', 'user.access'],
  'role.token-login': ['feature.token-based-authentication', 'role.active'],
  'role.soap-web-services': ['feature.soap-web-services', 'role.active'],
  'role.acton-permissions': ['role.active'],
  'role.active': [],
  'user.access': ['role.active'],
  'role.web-services-only': [],
  'role.subsidiary-access': ['role.active'],
  'login.recent': [
    'feature.token-based-authentication',
    'integration.state',
    'integration.authentication',
    'role.active',
    'role.token-login',
    'user.access',
    'token.active',
  ],
  'login.ip-address-rules': [],
  'account.id': [],
  'account.web-services-concurrency': [],
  'platform.tba-future': [],
  'platform.soap-retirement': ['feature.soap-web-services'],
  'platform.two-factor': [],
};
