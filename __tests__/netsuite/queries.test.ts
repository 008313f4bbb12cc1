import {
  employeesStatement,
  tokensSql,
  formatSuiteQLDateTime,
  integrationsStatement,
  loginAttemptsStatement,
  loginWindowStart,
  placeholders,
  rolePermissionsStatement,
  roleSubsidiariesStatement,
  tokenApplicationsStatement,
  tokensStatement,
  type BoundedStatement,
} from '../../src/netsuite/queries';
import { TBA_FAILURE_DETAIL_SPELLINGS } from '../../src/core/loginDetails';
import { emailEmployeesStatement } from '../../src/netsuite/watchReads/emailEmployees';
import { applicationNumbering } from '../../src/netsuite/accountTables';
import { AccountDatabase } from '../../tools/emulator/database/accountDatabase';
import { AUDIT_NOW, readyWithDedicatedRole } from './support/accounts';

/** Every statement the collector can send, with IN lists as wide as the collector ever makes them. */
function everyStatement(): BoundedStatement[] {
  const widestRoleList = Array.from({ length: 27 }, (_, index) => 1000 + index).concat(3);
  const widestUserList = Array.from({ length: 27 }, (_, index) => 2000 + index);
  return [
    integrationsStatement('integration'),
    integrationsStatement('integrationapp'),
    tokensStatement([12, 13]),
    tokensStatement([12], true),
    tokenApplicationsStatement(),
    loginAttemptsStatement(['ActOnTBA', 'Act-On TBA'], AUDIT_NOW),
    rolePermissionsStatement(widestRoleList),
    roleSubsidiariesStatement(widestRoleList),
    employeesStatement(widestUserList),
    emailEmployeesStatement([7, 21]),
  ];
}

/** Words the shared contract allows before an opening parenthesis: its functions, IN/AND/OR, and FROM (an inline view). */
const CONTRACT_FUNCTIONS = new Set([
  'UPPER',
  'COUNT',
  'MAX',
  'MIN',
  'TO_CHAR',
  'TO_DATE',
  'BUILTIN.DF',
  'IN',
  'AND',
  'OR',
  'FROM',
]);

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
      const functions = Array.from(statement.sql.matchAll(/([A-Za-z_.]+)\s*\(/g), (match) =>
        (match[1] ?? '').toUpperCase(),
      );
      expect(functions.filter((name) => !CONTRACT_FUNCTIONS.has(name))).toEqual([]);
    }
  });

  it('name every column in lower case, as SuiteQL returns aliases (Oracle SDK guide, SuiteQL pitfall 8)', () => {
    for (const statement of everyStatement()) {
      const aliases = Array.from(
        statement.sql.matchAll(/\bAS\s+([A-Za-z_][A-Za-z0-9_]*)/gi),
        (match) => match[1] ?? '',
      );
      expect(aliases.filter((alias) => alias !== alias.toLowerCase())).toEqual([]);
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

  it('say which count an IN list was refused for', () => {
    expect(() => placeholders(0)).toThrow('An IN list needs at least one value, not 0.');
  });

  it('read the integration table unless told to read integrationapp', () => {
    expect(integrationsStatement()).toEqual(integrationsStatement('integration'));
    expect(integrationsStatement().subject).toBe('the integration table');
  });

  it("read only the given applications' tokens unless the numbering probe is asked for", () => {
    expect(tokensSql(1)).not.toContain('MAX(p.id)');
    expect(tokensStatement([12]).sql).toBe(tokensSql(1));
    expect(tokensStatement([12], true).sql).toContain(' OR t.id = (SELECT MAX(p.id) FROM oauthtoken p)');
  });

  it('format instants in UTC as SuiteQL date-time text', () => {
    expect(formatSuiteQLDateTime(new Date('2026-03-04T05:06:07.890Z'))).toBe('2026-03-04 05:06:07');
  });

  it('start the login window 30 days before now', () => {
    expect(loginWindowStart(new Date('2026-03-01T00:00:00Z'))).toBe('2026-01-30 00:00:00');
  });

  it('look for the integration names exactly and upper-cased, after the window start', () => {
    const statement = loginAttemptsStatement(['Act-On Société', 'ActOnTBA'], AUDIT_NOW);

    expect(statement.params.slice(0, 5)).toEqual([
      '2026-10-28 12:00:00',
      'Act-On Société',
      'ActOnTBA',
      'ACT-ON SOCIÉTÉ',
      'ACTONTBA',
    ]);
  });

  it('read tokens by application id, each id once', () => {
    expect(tokensStatement([12, 13, 12]).params).toEqual([12, 13]);
  });

  it('ask about at most ten names or application ids, however many were found', () => {
    const ids = Array.from({ length: 14 }, (_, index) => index + 1);

    expect(tokensStatement(ids).params).toHaveLength(10);
    expect(
      loginAttemptsStatement(
        ids.map((id) => `Name ${id}`),
        AUDIT_NOW,
      ).sql.match(/\?/g)?.length,
    ).toBe(1 + 20 + TBA_FAILURE_DETAIL_SPELLINGS.length);
  });

  it('put the permission keys before the role ids, in placeholder order', () => {
    const statement = rolePermissionsStatement([3, 1001]);

    expect(statement.params.slice(-2)).toEqual([3, 1001]);
    expect(statement.params[0]).toBe('ADMI_MANAGE_OWN_OAUTH_TOKENS');
  });
});

describe('applicationNumbering', () => {
  const record = (id: number, name: string) => ({ id, name, state: 'ENABLED', stateName: null });
  const token = (applicationId: number, applicationName: string) => ({
    id: 1,
    name: 'T',
    applicationId,
    applicationName,
    userId: 7,
    userName: 'Ada',
    roleId: 3,
    roleName: 'Administrator',
    inactive: false,
    revoked: false,
    createdAt: null,
  });

  it('agrees when a token carries a record id with that record name', () => {
    expect(
      applicationNumbering(
        [token(4, 'SuiteCloud Development Integration')],
        [record(4, 'SuiteCloud Development Integration')],
      ),
    ).toBe('same');
  });

  it('disagrees when a token carries a record id with another name', () => {
    expect(applicationNumbering([token(12, 'Other App')], [record(12, 'ActOnTBA')])).toBe('different');
  });

  it('cannot tell when no token carries a record id that was read', () => {
    expect(applicationNumbering([token(99, 'Far Away')], [record(12, 'ActOnTBA')])).toBe('unknown');
  });

  it('agrees when the account has no token at all: no numbering can hide one', () => {
    expect(applicationNumbering([], [record(12, 'ActOnTBA')])).toBe('same');
  });
});
