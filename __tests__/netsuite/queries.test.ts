import {
  employeesStatement,
  formatSuiteQLDateTime,
  integrationsStatement,
  loginAttemptsStatement,
  loginWindowStart,
  placeholders,
  rolePermissionsStatement,
  tokenApplicationsStatement,
  tokensStatement,
  type BoundedStatement,
} from '../../src/netsuite/queries';
import { AccountDatabase } from '../../tools/emulator/database/accountDatabase';
import { AUDIT_NOW, readyWithDedicatedRole } from './support/accounts';

/** Every statement the collector can send, with IN lists as wide as the collector ever makes them. */
function everyStatement(): BoundedStatement[] {
  const widestRoleList = Array.from({ length: 27 }, (_, index) => 1000 + index).concat(3);
  const widestUserList = Array.from({ length: 27 }, (_, index) => 2000 + index);
  return [
    integrationsStatement(),
    tokensStatement('ActOnTBA'),
    tokenApplicationsStatement(),
    loginAttemptsStatement('ActOnTBA', AUDIT_NOW),
    rolePermissionsStatement(widestRoleList),
    employeesStatement(widestUserList),
  ];
}

/** Words the shared contract allows before an opening parenthesis: its functions, and IN/AND/OR. */
const CONTRACT_FUNCTIONS = new Set(['UPPER', 'REPLACE', 'COUNT', 'TO_CHAR', 'TO_DATE', 'BUILTIN.DF', 'IN', 'AND', 'OR']);

describe('the SuiteQL statements', () => {
  it("all run on the emulator's SuiteQL engine, which refuses what NetSuite would", async () => {
    const database = await AccountDatabase.fromRows(readyWithDedicatedRole());
    try {
      for (const statement of everyStatement()) {
        expect(() => database.query(statement.sql, statement.params)).not.toThrow();
      }
    } finally {
      database.close();
    }
  });

  it('have exactly one parameter per placeholder', () => {
    for (const statement of everyStatement()) {
      expect(statement.sql.split('?').length - 1).toBe(statement.params.length);
    }
  });

  it('use no row-limiting clause, no SYSDATE and no function outside the contract', () => {
    for (const statement of everyStatement()) {
      expect(statement.sql).not.toMatch(/\b(LIMIT|FETCH|ROWNUM|TOP|SYSDATE|OFFSET)\b/i);
      const functions = Array.from(statement.sql.matchAll(/([A-Za-z_.]+)\s*\(/g), (match) => (match[1] ?? '').toUpperCase());
      expect(functions.filter((name) => !CONTRACT_FUNCTIONS.has(name))).toEqual([]);
    }
  });

  it('are ordered, as NetSuite requires for paged reads', () => {
    for (const statement of everyStatement()) {
      expect(statement.sql).toMatch(/ORDER BY/);
    }
  });

  it('bound every read to one page of at most 1,000 rows', () => {
    for (const statement of everyStatement()) {
      expect(statement.maxRows).toBeGreaterThanOrEqual(5);
      expect(statement.maxRows).toBeLessThanOrEqual(1000);
    }
  });
});

describe('parameter builders', () => {
  it('write one placeholder per value', () => {
    expect(placeholders(3)).toBe('?, ?, ?');
  });

  it('refuse an empty IN list, which SQL rejects', () => {
    expect(() => placeholders(0)).toThrow(RangeError);
  });

  it('format instants in UTC as SuiteQL date-time text', () => {
    expect(formatSuiteQLDateTime(new Date('2026-03-04T05:06:07.890Z'))).toBe('2026-03-04 05:06:07');
  });

  it('start the login window 30 days before now', () => {
    expect(loginWindowStart(new Date('2026-03-01T00:00:00Z'))).toBe('2026-01-30 00:00:00');
  });

  it('normalise the integration name as the SQL normalises the stored one', () => {
    expect(tokensStatement(' Act-On tba ').params).toEqual(['ACT-ONTBA']);
  });

  it('put the permission keys before the role ids, in placeholder order', () => {
    const statement = rolePermissionsStatement([3, 1001]);

    expect(statement.params.slice(-2)).toEqual([3, 1001]);
    expect(statement.params[0]).toBe('ADMI_MANAGE_OWN_OAUTH_TOKENS');
  });
});
