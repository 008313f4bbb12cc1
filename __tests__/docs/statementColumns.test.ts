/**
 * docs/netsuite-facts.md lists every table and column the bundle's SuiteQL statements read
 * (section 22); a statement that reads one the list leaves out fails here, so no column reaches
 * an account without a recorded source.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  employeesStatement,
  integrationsStatement,
  loginAttemptsStatement,
  rolePermissionsStatement,
  roleSubsidiariesStatement,
  tokenApplicationsStatement,
  tokensStatement,
  type BoundedStatement,
} from '../../src/netsuite/queries';
import { emailEmployeesStatement } from '../../src/netsuite/watchReads/emailEmployees';
import {
  contactCountsStatement,
  customerCountsStatement,
  customerStatusesStatement,
  customFieldsStatement,
  sharedEmailsStatement,
} from '../../src/netsuite/dataReads/dataStatements';
import { tableAliases } from '../../tools/emulator/database/displayTranslation';
import { isWord, tokenize } from '../../tools/emulator/database/sqlTokens';

const FACTS = readFileSync(join(__dirname, '../../docs/netsuite-facts.md'), 'utf8');

/** Every statement the Suitelet, the RESTlet and the watch can send. */
function everyStatement(): BoundedStatement[] {
  return [
    integrationsStatement('integration'),
    integrationsStatement('integrationapp'),
    tokenApplicationsStatement(),
    tokensStatement([12, 13], true),
    loginAttemptsStatement(['ActOnTBA'], new Date('2026-11-27T12:00:00Z')),
    rolePermissionsStatement([3, 1001]),
    roleSubsidiariesStatement([1001]),
    employeesStatement([7, 21]),
    emailEmployeesStatement([7, 21]),
    customFieldsStatement(),
    customerStatusesStatement(),
    customerCountsStatement(),
    contactCountsStatement(),
    sharedEmailsStatement('customer'),
    sharedEmailsStatement('contact'),
  ];
}

/** `table.column` for every `alias.column` whose alias names a table (an inline view's alias names none). */
function columnsRead(sql: string): Set<string> {
  const tokens = tokenize(sql);
  const aliases = tableAliases(tokens);
  const read = new Set<string>();
  tokens.forEach((token, index) => {
    const column = tokens[index + 2];
    if (token.kind !== 'word' || tokens[index + 1]?.text !== '.' || column?.kind !== 'word') return;
    if (isWord(token, 'BUILTIN')) return;
    const table = aliases.get(token.text.toLowerCase());
    if (typeof table === 'string') read.add(`${table}.${column.text.toLowerCase()}`);
  });
  return read;
}

/** The documented list: rows `| \`table\` | \`col\`, \`col\` | ... |` of section 22. */
function documentedColumns(): Set<string> {
  const section = FACTS.split(/^## 22\. /m)[1]?.split(/^## /m)[0] ?? '';
  const listed = new Set<string>();
  for (const row of section.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)) {
    for (const column of (row[2] ?? '').matchAll(/`(\w+)`/g)) listed.add(`${row[1]}.${column[1]}`);
  }
  return listed;
}

describe('docs/netsuite-facts.md, section 22', () => {
  it('lists every table and column a statement reads', () => {
    const listed = documentedColumns();
    const read = new Set(everyStatement().flatMap((statement) => [...columnsRead(statement.sql)]));

    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((column) => !listed.has(column)).sort()).toEqual([]);
  });

  it('lists no column that no statement reads any more', () => {
    const read = new Set(everyStatement().flatMap((statement) => [...columnsRead(statement.sql)]));

    expect([...documentedColumns()].filter((column) => !read.has(column)).sort()).toEqual([]);
  });

  it('sees a column an unlisted statement would read', () => {
    expect([...columnsRead('SELECT e.hiredate FROM employee e ORDER BY e.id')]).toEqual([
      'employee.hiredate',
      'employee.id',
    ]);
  });
});
