/** `npm run docs`: regenerates the README's check catalogue table. */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { withCatalogueTable } from './catalogueTable';

const readmePath = join(__dirname, '..', '..', '..', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withCatalogueTable(before);
if (after === before) {
  console.log('README.md: the check catalogue table is up to date.');
} else {
  writeFileSync(readmePath, after);
  console.log('README.md: check catalogue table regenerated.');
}
