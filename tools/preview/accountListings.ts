/**
 * The demo accounts as the pickers list them, with each account's description and verdict.
 * Small accounts are loaded (and audited once, through the Suitelet's JSON download) to show
 * their verdict; a generated large account is only described once someone has opened it,
 * since loading it takes seconds.
 */
import type { DemoScenario } from '../scenarios/demoScenarios';
import type { PreviewApp } from './previewApp';
import type { AccountListing } from './previewPages';
import { auditVerdict, suiteletUrl } from './previewSuitelet';
import { SCENARIO_PARAMETER } from './scenarioSelection';

/** The URL that opens the Suitelet on `scenario`. */
export function scenarioHref(app: PreviewApp, scenario: DemoScenario): string {
  return suiteletUrl(app.suitelet, { [SCENARIO_PARAMETER]: scenario.id });
}

/** A listing from what is already known, starting nothing. */
function knownListing(app: PreviewApp, scenario: DemoScenario): AccountListing {
  const account = app.pool.builtAccount(scenario);
  const verdict = app.verdicts.get(scenario.id) ?? null;
  return {
    id: scenario.id,
    title: scenario.title,
    href: scenarioHref(app, scenario),
    description: account?.scenario.description ?? null,
    verdict,
    note:
      account === undefined && scenario.generated
        ? 'A generated account: it loads the first time it is opened, which takes a few seconds.'
        : null,
  };
}

/** Works out the verdict of a small account once; a load failure is logged and leaves it unknown. */
async function ensureVerdict(app: PreviewApp, scenario: DemoScenario): Promise<void> {
  if (app.verdicts.has(scenario.id) || (scenario.generated && app.pool.builtAccount(scenario) === undefined)) return;
  try {
    app.verdicts.set(scenario.id, await auditVerdict(await app.pool.account(scenario), app.suitelet));
  } catch (thrown) {
    app.log.error(`Could not audit demo account ${scenario.id} for the start page.`, thrown);
  }
}

/** Every demo account with its description and verdict (loading the small ones if needed). */
export async function accountListings(app: PreviewApp): Promise<readonly AccountListing[]> {
  for (const scenario of app.scenarios) await ensureVerdict(app, scenario);
  return app.scenarios.map((scenario) => knownListing(app, scenario));
}

/** Every demo account from what is already known (for error pages, which should not start work). */
export function knownAccountListings(app: PreviewApp): readonly AccountListing[] {
  return app.scenarios.map((scenario) => knownListing(app, scenario));
}
