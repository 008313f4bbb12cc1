import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CHECK_CATALOGUE } from '../../src/core/catalogue';
import { withCatalogueTable } from '../../tools/docs/catalogueTable';
import { withTimelineTable } from '../../tools/docs/timelineTable';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

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
});

describe('README, consultants’ part', () => {
  it('counts the demo scenarios the package holds from the files in scenarios/', () => {
    const scenarios = readdirSync(join(__dirname, '..', '..', 'scenarios')).filter((file) =>
      /^\d{2}-.+\.json$/.test(file),
    );

    expect(readme).toContain(`The package holds ${scenarios.length} demo scenarios`);
  });
});
