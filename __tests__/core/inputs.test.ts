import { DEFAULT_INTEGRATION_NAME, missingRecordProblem, parseRequestParameters } from '../../src/core/inputs';
import { normaliseIntegrationName } from '../../src/core/integrationNames';

describe('parseRequestParameters', () => {
  it('uses ActOnTBA and no role or user when nothing is given', () => {
    const parsed = parseRequestParameters({});

    expect(parsed.inputs).toEqual({
      integrationName: DEFAULT_INTEGRATION_NAME,
      roleId: null,
      userId: null,
      scoreFieldIds: [],
    });
    expect(parsed.format).toBe('html');
    expect(parsed.problems).toEqual([]);
  });

  it('accepts numeric role and user ids and a json format', () => {
    const parsed = parseRequestParameters({ integration: ' Act-On ', role: '1001', user: '7', format: 'JSON' });

    expect(parsed.inputs).toEqual({ integrationName: 'Act-On', roleId: 1001, userId: 7, scoreFieldIds: [] });
    expect(parsed.format).toBe('json');
  });

  it('rejects a non-numeric role id with a message naming the parameter', () => {
    const parsed = parseRequestParameters({ role: '3 OR 1=1' });

    expect(parsed.inputs.roleId).toBeNull();
    expect(parsed.problems).toEqual([expect.objectContaining({ parameter: 'role' })]);
  });

  it('rejects an over-long integration name and falls back to the default', () => {
    const parsed = parseRequestParameters({ integration: 'x'.repeat(101) });

    expect(parsed.inputs.integrationName).toBe(DEFAULT_INTEGRATION_NAME);
    expect(parsed.problems[0]?.parameter).toBe('integration');
  });

  it('rejects an unknown format', () => {
    const parsed = parseRequestParameters({ format: 'xml' });

    expect(parsed.format).toBe('html');
    expect(parsed.problems[0]?.parameter).toBe('format');
  });
});

describe('role and user ids', () => {
  it('accepts ids typed with spaces around them', () => {
    const parsed = parseRequestParameters({ role: ' 1001 ', user: ' 7 ' });

    expect(parsed.inputs).toEqual({
      integrationName: DEFAULT_INTEGRATION_NAME,
      roleId: 1001,
      userId: 7,
      scoreFieldIds: [],
    });
    expect(parsed.problems).toEqual([]);
  });

  it('tells the person a role id that is not a number is no internal id, and that the audit ran without a role', () => {
    const parsed = parseRequestParameters({ role: '3 OR 1=1' });

    expect(parsed.problems).toEqual([
      {
        parameter: 'role',
        message:
          `"3 OR 1=1" is not an internal id: use the number NetSuite shows in the record's ID column. The audit ran ` +
          `without a role id instead.`,
        rejectedValue: '3 OR 1=1',
      },
    ]);
  });

  it('tells the person a user id that is not a number is no internal id, and that the audit ran without a user', () => {
    const parsed = parseRequestParameters({ user: 'Ada' });

    expect(parsed.inputs.userId).toBeNull();
    expect(parsed.problems).toEqual([
      {
        parameter: 'user',
        message:
          `"Ada" is not an internal id: use the number NetSuite shows in the record's ID column. The audit ran ` +
          `without a user id instead.`,
        rejectedValue: 'Ada',
      },
    ]);
  });
});

describe('a well-formed id the account does not have', () => {
  it('is rejected like a malformed one: kept for its field, with where to find the right id and what ran instead', () => {
    expect(missingRecordProblem('role', 9999)).toEqual({
      parameter: 'role',
      message:
        'There is no role with internal id 9999: use the number in the ID column at Setup > Users/Roles > Manage ' +
        'Roles. The audit ran without a role id instead.',
      rejectedValue: '9999',
    });
  });

  it('names an employee for the user parameter', () => {
    expect(missingRecordProblem('user', 99999).message).toBe(
      'There is no employee with internal id 99999: use the number in the ID column at Lists > Employees > ' +
        'Employees. The audit ran without a user id instead.',
    );
  });
});

describe('the integration name', () => {
  it('accepts a name of exactly 100 characters', () => {
    const longestName = 'A'.repeat(100);

    const parsed = parseRequestParameters({ integration: longestName });

    expect(parsed.inputs.integrationName).toBe(longestName);
    expect(parsed.problems).toEqual([]);
  });

  it('tells the person how long a 101-character name is, the limit, and that the audit looked for ActOnTBA', () => {
    const tooLongName = 'x'.repeat(101);

    const parsed = parseRequestParameters({ integration: tooLongName });

    expect(parsed.problems).toEqual([
      {
        parameter: 'integration',
        message:
          'The integration name is 101 characters long; at most 100 are accepted. The audit looked for ActOnTBA ' +
          'instead.',
        rejectedValue: tooLongName,
      },
    ]);
  });

  it('refuses a name holding a control character from a crafted link, without showing it again, and looks for ActOnTBA', () => {
    const parsed = parseRequestParameters({ integration: 'Act\u0007On' });

    expect(parsed.inputs.integrationName).toBe(DEFAULT_INTEGRATION_NAME);
    expect(parsed.problems).toEqual([
      {
        parameter: 'integration',
        message: 'The integration name holds control characters. The audit looked for ActOnTBA instead.',
      },
    ]);
  });
});

describe('the report format', () => {
  it.each([
    ['html', 'html'],
    ['json', 'json'],
    ['csv', 'csv'],
    ['print', 'print'],
    [' CSV ', 'csv'],
    ['', 'html'],
  ])('serves format "%s" as %s without a problem', (given, served) => {
    const parsed = parseRequestParameters({ format: given });

    expect(parsed.format).toBe(served);
    expect(parsed.problems).toEqual([]);
  });

  it('names an unknown format, cut to its first 20 characters, and the formats there are', () => {
    const parsed = parseRequestParameters({ format: 'spreadsheet-with-charts-and-colours' });

    expect(parsed.format).toBe('html');
    expect(parsed.problems).toEqual([
      { parameter: 'format', message: 'Unknown format "spreadsheet-with-cha": use json, csv or print.' },
    ]);
  });
});

describe('normaliseIntegrationName', () => {
  it('ignores case and white space', () => {
    expect(normaliseIntegrationName(' Act On  tba ')).toBe(normaliseIntegrationName('ACTONTBA'));
  });
});
