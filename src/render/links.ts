/**
 * Which hrefs the renderers may emit. Links come from the catalogue and from the Suitelet's
 * own URLs, but they end up in attributes of a page inside NetSuite, so anything that is not
 * plainly http(s) or a NetSuite UI path (`/app/...`) is dropped rather than trusted.
 */
import type { AccountIdentity } from '../core/report';

const ABSOLUTE_WEB_URL = /^https?:\/\/[^\s<>"'`\\]+$/i;
const NETSUITE_UI_PATH = /^\/app\/[^\s<>"'`\\]*$/;
const WEB_ORIGIN = /^https?:\/\/[^\s/<>"'`\\?#]+$/i;
const HOST_NAME = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i;

/**
 * The href to emit for a link, or null when it must not become a link.
 * A `/app/` path is made absolute when `uiBaseUrl` (an http(s) origin) is given.
 */
export function safeHref(href: string, uiBaseUrl?: string): string | null {
  const candidate = href.trim();
  if (ABSOLUTE_WEB_URL.test(candidate)) return candidate;
  if (!NETSUITE_UI_PATH.test(candidate)) return null;
  const origin = uiBaseUrl === undefined ? undefined : webOrigin(uiBaseUrl);
  return origin === undefined ? candidate : origin + candidate;
}

/** `uiBaseUrl` reduced to a bare origin (no trailing slash), or undefined when it is not http(s). */
function webOrigin(uiBaseUrl: string): string | undefined {
  const trimmed = uiBaseUrl.trim().replace(/\/+$/, '');
  return WEB_ORIGIN.test(trimmed) ? trimmed : undefined;
}

/**
 * The account's UI origin (e.g. `https://1234567-sb1.app.netsuite.com`), for documents read
 * outside NetSuite (print, CSV); undefined when the report carries no usable host name.
 */
export function accountUiBaseUrl(account: AccountIdentity): string | undefined {
  return HOST_NAME.test(account.uiHost) ? `https://${account.uiHost.toLowerCase()}` : undefined;
}
