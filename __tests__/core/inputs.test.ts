import { DEFAULT_INTEGRATION_NAME, parseRequestParameters } from '../../src/core/inputs';
import { normaliseIntegrationName } from '../../src/core/integrationNames';

describe('parseRequestParameters', () => {
  it('uses ActOnTBA and no role or user when nothing is given', () => {
    const parsed = parseRequestParameters({});

    expect(parsed.inputs).toEqual({ integrationName: DEFAULT_INTEGRATION_NAME, roleId: null, userId: null });
    expect(parsed.format).toBe('html');
    expect(parsed.problems).toEqual([]);
  });

  it('accepts numeric role and user ids and a json format', () => {
    const parsed = parseRequestParameters({ integration: ' Act-On ', role: '1001', user: '7', format: 'JSON' });

    expect(parsed.inputs).toEqual({ integrationName: 'Act-On', roleId: 1001, userId: 7 });
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

describe('normaliseIntegrationName', () => {
  it('ignores case and white space', () => {
    expect(normaliseIntegrationName(' Act On  tba ')).toBe(normaliseIntegrationName('ACTONTBA'));
  });
});
