import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { withCatalogueTable } from '../../tools/docs/catalogueTable';
import { withTimelineTable } from '../../tools/docs/timelineTable';

const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('README', () => {
  it('holds the check catalogue table exactly as generated from the catalogue (run npm run docs)', () => {
    expect(withCatalogueTable(readme)).toBe(readme);
  });

  it('holds the platform timeline exactly as generated from the milestone table the rules read (run npm run docs)', () => {
    expect(withTimelineTable(readme)).toBe(readme);
  });

  it('names every check id', () => {
    const missing = CHECK_CATALOGUE.filter((check) => !readme.includes(`\`${check.id}\``)).map((check) => check.id);

    expect(missing).toEqual([]);
  });

  it('gives the two set-up commands: the demo and the tests', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it.each([
    ['README.md', readme],
    ['CONTRIBUTING.md', contributing],
  ])('%s names only npm scripts that package.json defines', (_file, text) => {
    const named = [...text.matchAll(/npm run ([a-z][\w:-]*)/g)].map((match) => match[1] ?? '');

    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(named)].filter((name) => !(name in scripts))).toEqual([]);
  });
});

describe('README, consultants’ part', () => {
  it('counts the demo scenarios the package holds from the files in scenarios/', () => {
    const scenarios = readdirSync(join(__dirname, '..', '..', 'scenarios')).filter((file) =>
      /^\d{2}-.+\.json$/.test(file),
    );

    expect(readme).toContain(`The package holds ${scenarios.length} demo scenarios`);
  });
});
