/**
 * The account's host names as NetSuite forms them: the account id in lower case with `_`
 * turned into `-` (`1234567_SB1` → `1234567-sb1.app.netsuite.com`).
 */

/** The host form of an account id. */
export function accountHostId(accountId: string): string {
  return accountId.toLowerCase().replace(/_/g, '-');
}

/** NetSuite's host types (`url.HostType`) with their string values. */
export const HOST_TYPES = {
  APPLICATION: 'APPLICATION',
  CUSTOMER_CENTER: 'CUSTOMERCENTER',
  RESTLET: 'RESTLETS',
  SUITETALK: 'SUITETALK',
  FORM: 'FORMS',
} as const;

const HOST_SUFFIXES: Readonly<Record<string, string>> = {
  APPLICATION: 'app.netsuite.com',
  CUSTOMERCENTER: 'app.netsuite.com',
  RESTLETS: 'restlets.api.netsuite.com',
  SUITETALK: 'suitetalk.api.netsuite.com',
  FORMS: 'extforms.netsuite.com',
};

/** The domain of `hostType` for the account, or null for an unknown host type. */
export function accountDomain(accountId: string, hostType: string): string | null {
  const suffix = HOST_SUFFIXES[hostType];
  return suffix === undefined ? null : `${accountHostId(accountId)}.${suffix}`;
}
