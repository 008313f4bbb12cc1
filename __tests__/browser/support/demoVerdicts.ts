/** The demo accounts by verdict, for the browser suites that check each kind of page. */

/** The demo accounts whose verdict is NOT_READY (the first assertion of each test confirms it). */
export const NOT_READY_SCENARIOS = [
  '03-tba-disabled',
  '04-integration-missing',
  '05-integration-blocked',
  '06-role-without-user-access-tokens',
  '07-token-revoked',
  '08-user-lost-role',
  '14-release-2027-1-integration-missing',
  '17-web-services-only-role-token-revoked',
];

/** The demo accounts whose verdict is READY (the first assertion of the test confirms it). */
export const READY_SCENARIOS = [
  '01-ready-administrator',
  '02-ready-integration-role',
  '12-advanced-employee-permissions',
  '15-release-2027-1-ready',
];
