/**
 * The list of demo accounts the preview's picker and the tests read: it names every bundled
 * scenario file once, with the title the file itself gives, and the generated large account.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  BUNDLED_DEMO_SCENARIOS,
  DEMO_SCENARIOS,
  LARGE_ACCOUNT_FILE,
  demoScenarioPath,
  findDemoScenario,
  projectRoot,
} from '../../tools/scenarios/demoScenarios';
import { PROJECT_ROOT } from './support/simulateCli';

const committed = BUNDLED_DEMO_SCENARIOS;

describe('DEMO_SCENARIOS', () => {
  it('lists every scenario file in scenarios/, once, in file-name order', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'scenarios'))
      .filter((file) => /^\d+-.+\.json$/.test(file))
      .sort();

    expect(committed.map((scenario) => scenario.file)).toEqual(files.map((file) => `scenarios/${file}`));
  });

  it("gives each committed scenario the title its file's name holds", () => {
    const names = committed.map(
      (scenario) => (JSON.parse(readFileSync(demoScenarioPath(scenario), 'utf8')) as { name: string }).name,
    );

    expect(committed.map((scenario) => scenario.title)).toEqual(names);
  });

  it('names each scenario by its file name without .json', () => {
    expect(DEMO_SCENARIOS.map((scenario) => `${scenario.id}.json`)).toEqual(
      DEMO_SCENARIOS.map((scenario) => scenario.file.split('/').pop()),
    );
  });

  it('offers at least ten demo accounts plus the generated large one', () => {
    expect(committed.length).toBeGreaterThanOrEqual(10);
    expect(DEMO_SCENARIOS.filter((scenario) => scenario.generated).map((scenario) => scenario.file)).toEqual([
      LARGE_ACCOUNT_FILE,
    ]);
  });
});

describe('demo scenario paths', () => {
  it('resolve from the project root, wherever the code runs from', () => {
    const readyAdministrator = findDemoScenario('01-ready-administrator');

    expect(projectRoot()).toBe(PROJECT_ROOT);
    expect(readyAdministrator && demoScenarioPath(readyAdministrator)).toBe(
      join(PROJECT_ROOT, 'scenarios', '01-ready-administrator.json'),
    );
  });

  it('are found by id', () => {
    expect(findDemoScenario('09-sandbox')?.title).toBe('Sandbox account');
    expect(findDemoScenario('99-nothing')).toBeUndefined();
  });
});
