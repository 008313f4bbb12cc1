/** `npm run docs`: regenerates the README's check catalogue table and platform timeline. */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { withCatalogueTable } from './catalogueTable';
import { withTimelineTable } from './timelineTable';

const readmePath = join(__dirname, '..', '..', '..', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withTimelineTable(withCatalogueTable(before));
if (after === before) {
  console.log('README.md: the check catalogue table and the platform timeline are up to date.');
} else {
  writeFileSync(readmePath, after);
  console.log('README.md: check catalogue table and platform timeline regenerated.');
}
