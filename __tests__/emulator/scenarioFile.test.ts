import { join } from 'path';
import { loadScenario, parseScenario, ScenarioError } from '../../tools/emulator';
import { readyAdministratorAccount } from './fixtures/scenarioDocuments';

const FILE = 'scenarios/x.json';
const FIXTURE_SCENARIOS = join(__dirname, 'fixtures', 'scenarios');

/** The problems `parseScenario` reports for `document`, one line each. */
function problemsOf(document: unknown): string[] {
  try {
    parseScenario(JSON.stringify(document), FILE);
  } catch (thrown) {
    if (thrown instanceof ScenarioError) return thrown.message.split('\n');
    throw thrown;
  }
  throw new Error('expected the scenario to be rejected');
}

describe('loadScenario on valid files', () => {
  it('reads a scenario file and fills in the documented defaults', () => {
    const scenario = loadScenario(join(FIXTURE_SCENARIOS, 'small-ready-account.json'));

    expect(scenario.account).toEqual({ id: '7654321', envType: 'PRODUCTION', version: '2026.2' });
    expect(scenario.roles[0]).toMatchObject({ id: 1001, isinactive: false, webServicesOnly: false });
    expect(scenario.tokens[0]).toMatchObject({ inactive: false, revoked: false });
    expect(scenario.unavailable).toEqual({});
  });

  it('treats features the file does not list as off', () => {
    const document = { ...readyAdministratorAccount(), features: { TBA: true } };

    const scenario = parseScenario(JSON.stringify(document), FILE);

    expect(scenario.features).toMatchObject({ TBA: true, CUSTOMCODE: false, OAUTH2: false });
  });

  it('takes a login row’s integration, user and role from its token', () => {
    const scenario = parseScenario(JSON.stringify(readyAdministratorAccount()), FILE);

    expect(scenario.loginAudit[0]).toEqual({
      date: '2026-11-20T09:00:00Z',
      status: 'Success',
      integration: 12,
      token: 5,
      user: 7,
      role: 3,
      detail: null,
      ipAddress: null,
      requestUri: null,
    });
  });
});

describe('scenario files for the permission variants and logins real accounts have', () => {
  it('switches on Advanced Employee Permissions and gives roles Employee Record and Employee Public', () => {
    const document = readyAdministratorAccount();
    document.features = { TBA: true, ADVANCEDEMPLOYEEPERMISSIONS: true };
    document.roles = [
      { id: 1001, name: 'Act-On Integration', permissions: { LIST_EMPLOYEE_RECORD: 1, LIST_EMPLOYEE_PUBLIC: 2 } },
    ];

    const scenario = parseScenario(JSON.stringify(document), FILE);

    expect(scenario.features.ADVANCEDEMPLOYEEPERMISSIONS).toBe(true);
    expect(scenario.roles[0]?.permissions).toEqual({ LIST_EMPLOYEE_RECORD: 1, LIST_EMPLOYEE_PUBLIC: 2 });
  });

  it('keeps a login row that names its token but no application without an application', () => {
    const document = {
      ...readyAdministratorAccount(),
      loginAudit: [
        { date: '2026-11-21T09:00:00Z', status: 'Failure', integration: null, token: 5, detail: 'InvalidSignature' },
      ],
    };

    expect(parseScenario(JSON.stringify(document), FILE).loginAudit[0]).toEqual({
      date: '2026-11-21T09:00:00Z',
      status: 'Failure',
      integration: null,
      token: 5,
      user: 7,
      role: 3,
      detail: 'InvalidSignature',
      ipAddress: null,
      requestUri: null,
    });
  });

  it('accepts a failure NetSuite could not attribute: no integration, no token', () => {
    const document = {
      ...readyAdministratorAccount(),
      loginAudit: [
        { date: '2026-11-21T09:00:00Z', status: 'Failure', integration: null, token: null, detail: 'InvalidSignature' },
      ],
    };

    expect(parseScenario(JSON.stringify(document), FILE).loginAudit[0]).toMatchObject({
      integration: null,
      token: null,
      user: null,
      role: null,
    });
  });

  it('makes the integrationapp table unavailable', () => {
    const document = { ...readyAdministratorAccount(), unavailable: { integrationapp: 'INVALID_SEARCH_TYPE' } };

    expect(parseScenario(JSON.stringify(document), FILE).unavailable).toEqual({
      integrationapp: 'INVALID_SEARCH_TYPE',
    });
  });

  it('accepts a $schema key for editors and ignores it', () => {
    const document = { $schema: './scenario.schema.json', ...readyAdministratorAccount() };

    expect(parseScenario(JSON.stringify(document), FILE).name).toBe('Ready with Administrator');
  });

  it("keeps the scenario's own clock, and null when it has none", () => {
    const withClock = { ...readyAdministratorAccount(), now: '2026-11-27T12:00:00Z' };

    expect(parseScenario(JSON.stringify(withClock), FILE).now).toBe('2026-11-27T12:00:00Z');
    expect(parseScenario(JSON.stringify(readyAdministratorAccount()), FILE).now).toBeNull();
  });

  it('explains a clock that is not a date-time', () => {
    expect(problemsOf({ ...readyAdministratorAccount(), now: 'yesterday' })[0]).toContain('scenarios/x.json: /now:');
  });
});

describe('loadScenario on files that cannot be read', () => {
  it('names a missing file', () => {
    expect(() => loadScenario('scenarios/does-not-exist.json')).toThrow(
      'scenarios/does-not-exist.json: /: no such file',
    );
  });

  it('gives the line and column of a JSON syntax error', () => {
    const file = join(FIXTURE_SCENARIOS, 'truncated-json.json');

    expect(() => loadScenario(file)).toThrow(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: /: is not valid JSON at line 2, column 1`),
    );
  });
});

describe('schema problems, each naming the file, the JSON path and what was expected', () => {
  it('reports a wrong type at its path', () => {
    const document = readyAdministratorAccount();
    document.tokens[0] = { ...document.tokens[0], role: 'Administrator' };

    expect(problemsOf(document)).toEqual(['scenarios/x.json: /tokens/0/role: must be integer']);
  });

  it('reports a missing required key', () => {
    const document: Record<string, unknown> = readyAdministratorAccount();
    delete document.account;

    expect(problemsOf(document)).toEqual(['scenarios/x.json: /: missing required key "account"']);
  });

  it('reports an extra key with the keys that are allowed', () => {
    const document = readyAdministratorAccount();
    document.integrations[0] = { ...document.integrations[0], consumerKey: 'abc' };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /integrations/0: unexpected key "consumerKey"; allowed keys: id, name, state',
    ]);
  });

  it('lists the allowed values of an enumeration', () => {
    const document = { ...readyAdministratorAccount(), account: { id: '1234567', envType: 'PROD', version: '2026.2' } };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /account/envType: must be one of "PRODUCTION", "SANDBOX", "BETA", "INTERNAL"',
    ]);
  });

  it('explains a malformed date-time', () => {
    const document = readyAdministratorAccount();
    document.tokens[0] = { ...document.tokens[0], created: '2026-02-30T10:00:00Z' };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /tokens/0/created: must be an ISO-8601 date-time with a time zone, e.g. 2026-11-20T09:00:00Z',
    ]);
  });

  it('explains a malformed account id with examples', () => {
    const document = {
      ...readyAdministratorAccount(),
      account: { id: '1234567-sb1', envType: 'SANDBOX', version: '2026.2' },
    };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /account/id: must be a NetSuite account id (runtime.accountId), e.g. 1234567, ' +
        '1234567_SB1, 1234567_RP or TSTDRV1234567',
    ]);
  });

  it('rejects a permission level outside 0 to 4', () => {
    const document = readyAdministratorAccount();
    document.roles[0] = { ...document.roles[0], permissions: { LIST_CONTACT: 5 } };

    expect(problemsOf(document)).toEqual(['scenarios/x.json: /roles/0/permissions/LIST_CONTACT: must be <= 4']);
  });

  it('rejects a lower-case permission key', () => {
    const document = readyAdministratorAccount();
    document.roles[0] = { ...document.roles[0], permissions: { list_contact: 4 } };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /roles/0/permissions: key "list_contact" is not a permission key (upper case, e.g. ' +
        'LIST_CONTACT)',
    ]);
  });

  it('rejects an unavailable table the emulator does not have', () => {
    const document = { ...readyAdministratorAccount(), unavailable: { transaction: 'INVALID_SEARCH_TYPE' } };

    expect(problemsOf(document)[0]).toBe(
      'scenarios/x.json: /unavailable: unexpected key "transaction"; allowed keys: integration, integrationapp, ' +
        'oauthtoken, loginaudit, role, rolepermissions, employee, entitystatus, customfield, customer, contact',
    );
  });
});

describe('semantic problems', () => {
  it('reports a token whose integration does not exist', () => {
    const document = readyAdministratorAccount();
    document.tokens[0] = { ...document.tokens[0], integration: 99 };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /tokens/0/integration: no integration in /integrations with id 99',
    ]);
  });

  it('reports duplicate ids with where the first one is', () => {
    const document = readyAdministratorAccount();
    document.employees.push({ id: 21, name: 'Twin', giveaccess: false, roles: [] });

    expect(problemsOf(document)).toEqual(['scenarios/x.json: /employees/2/id: duplicate id 21 (also at /employees/1)']);
  });

  it('refuses to list the built-in Administrator role', () => {
    const document = readyAdministratorAccount();
    document.roles.push({ id: 3, name: 'Administrator' });

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /roles/1/id: 3 is the built-in Administrator role, present in every account: do not list it',
    ]);
  });

  it('requires the viewer to hold the role they are logged in with', () => {
    const document = { ...readyAdministratorAccount(), currentUser: { id: 21, role: 3 } };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /currentUser/role: employee 21 does not hold role 3 (see /employees/1/roles)',
    ]);
  });

  it('reports a login whose user contradicts its token', () => {
    const document = readyAdministratorAccount();
    document.loginAudit[0] = { ...document.loginAudit[0], user: 21 };

    expect(problemsOf(document)).toEqual(['scenarios/x.json: /loginAudit/0/user: is 21 but token 5 belongs to user 7']);
  });

  it('reports every problem at once', () => {
    const document = readyAdministratorAccount();
    document.tokens[0] = { ...document.tokens[0], user: 98, role: 97 };

    expect(problemsOf(document)).toEqual([
      'scenarios/x.json: /tokens/0/user: no employee in /employees with id 98',
      'scenarios/x.json: /tokens/0/role: no role (use 3 for Administrator or an id listed in /roles) with id 97',
    ]);
  });
});

describe('ScenarioError', () => {
  it('carries the file and the problems for callers that map it to exit code 64', () => {
    const document = readyAdministratorAccount();
    document.tokens[0] = { ...document.tokens[0], role: 'x' };

    let caught: unknown;
    try {
      parseScenario(JSON.stringify(document), FILE);
    } catch (thrown) {
      caught = thrown;
    }

    expect(caught).toBeInstanceOf(ScenarioError);
    expect(caught).toMatchObject({ file: FILE, problems: [{ path: '/tokens/0/role', message: 'must be integer' }] });
  });
});

describe('scenario files for the causes that break a connection later', () => {
  it('switches on IP address rules and OneWorld, and keeps a role restricted to some subsidiaries', () => {
    const document = readyAdministratorAccount();
    document.features = { TBA: true, IPADDRESSRULES: true, SUBSIDIARIES: true };
    document.roles = [
      { id: 1001, name: 'Act-On Integration', subsidiaryOption: 'SELECTED', subsidiaryRestriction: 'Canada' },
    ];

    const scenario = parseScenario(JSON.stringify(document), FILE);

    expect([scenario.features.IPADDRESSRULES, scenario.features.SUBSIDIARIES]).toEqual([true, true]);
    expect(scenario.roles[0]).toMatchObject({ subsidiaryOption: 'SELECTED', subsidiaryRestriction: 'Canada' });
  });

  it('gives a role every subsidiary unless the file says otherwise', () => {
    expect(parseScenario(JSON.stringify(readyAdministratorAccount()), FILE).roles[0]).toMatchObject({
      subsidiaryOption: 'ALL',
      subsidiaryRestriction: null,
    });
  });

  it("keeps a login row's address and request URI", () => {
    const document = {
      ...readyAdministratorAccount(),
      loginAudit: [
        {
          date: '2026-11-21T09:00:00Z',
          status: 'Success',
          token: 5,
          ipAddress: '203.0.113.7',
          requestUri: '/services/NetSuitePort_2019_1',
        },
      ],
    };

    expect(parseScenario(JSON.stringify(document), FILE).loginAudit[0]).toMatchObject({
      ipAddress: '203.0.113.7',
      requestUri: '/services/NetSuitePort_2019_1',
    });
  });

  it('refuses a subsidiary option that is not a NetSuite value word', () => {
    const document = readyAdministratorAccount();
    document.roles = [{ id: 1001, name: 'Act-On Integration', subsidiaryOption: 'all of them' }];

    expect(problemsOf(document)[0]).toContain('/roles/0/subsidiaryOption');
  });
});
