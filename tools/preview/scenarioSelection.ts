/**
 * Which demo account a Suitelet request runs against. The Suitelet builds its own links and
 * form action with `url.resolveScript`, which knows nothing of the preview, so the choice
 * travels two ways: `scenario=<id>` in the URL (the picker's links, and the form action the
 * emulator renders) and a cookie it sets, which the Suitelet's own links then carry.
 */

/** The query parameter that picks a demo account. */
export const SCENARIO_PARAMETER = 'scenario';

/** The cookie remembering the last demo account picked. */
export const SCENARIO_COOKIE = 'acton_preview_scenario';

/** The demo account a request names, and where it named it. */
export interface ScenarioChoice {
  readonly id: string;
  readonly source: 'query' | 'cookie';
}

/** The value of cookie `name` in a `Cookie` header, or undefined. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(pair.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The demo account a request asks for: the URL's `scenario` wins over the cookie; null when neither names one. */
export function chosenScenario(search: URLSearchParams, cookieHeader: string | undefined): ScenarioChoice | null {
  const fromQuery = search.getAll(SCENARIO_PARAMETER).pop()?.trim();
  if (fromQuery !== undefined && fromQuery !== '') return { id: fromQuery, source: 'query' };
  const fromCookie = cookieValue(cookieHeader, SCENARIO_COOKIE)?.trim();
  return fromCookie === undefined || fromCookie === '' ? null : { id: fromCookie, source: 'cookie' };
}

/** The `Set-Cookie` value that remembers `id` for this browser session, for this site only. */
export function scenarioCookie(id: string): string {
  return `${SCENARIO_COOKIE}=${encodeURIComponent(id)}; Path=/; HttpOnly; SameSite=Lax`;
}
