/**
 * Every link and form the Suitelet's page builds back to itself (downloads, print, re-run, the
 * form's action) made to carry the demo account it was rendered for, so two tabs on two demo
 * accounts never mix: a link followed in one tab never falls back on the cookie another set.
 */
import { SUITELET_PATH } from './previewSuitelet';
import { SCENARIO_PARAMETER } from './scenarioSelection';

/** href="..." or action="..." to the Suitelet's path, relative or on any host, as the page escapes it. */
const SUITELET_LINK = new RegExp(
  `\\b(href|action)="((?:https?://[^"/]*)?${SUITELET_PATH.replace(/[.]/g, '\\.')}\\?[^"]*)"`,
  'g',
);

/** `page` with the demo account's parameter added to each link to the Suitelet that lacks one. */
export function withScenarioInLinks(page: string, scenarioId: string): string {
  const parameter = `${SCENARIO_PARAMETER}=${encodeURIComponent(scenarioId)}`;
  return page.replace(SUITELET_LINK, (whole: string, attribute: string, href: string) => {
    const query = href
      .slice(href.indexOf('?') + 1)
      .split('&amp;')
      .join('&');
    if (new URLSearchParams(query).has(SCENARIO_PARAMETER)) return whole;
    return `${attribute}="${href}&amp;${parameter}"`;
  });
}
