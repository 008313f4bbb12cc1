import { readAuditParameters, supportedMethod, withoutDigitGrouping } from '../../src/netsuite/suiteletRequest';
import { requestDouble } from './support/suiteletDoubles';

describe('supportedMethod', () => {
  it.each([
    ['GET', 'GET'],
    ['get', 'GET'],
    ['POST', 'POST'],
    ['PUT', null],
    ['DELETE', null],
  ])('answers %s with %s', (method, expected) => {
    expect(supportedMethod(method)).toBe(expected);
  });
});

describe('readAuditParameters', () => {
  it('reads integration, role, user and format from a GET link', () => {
    const request = requestDouble('GET', {
      integration: 'ActOnTBA',
      role: '1001',
      user: '7',
      format: 'csv',
      script: '101',
      deploy: '1',
    });

    expect(readAuditParameters(request)).toEqual({ integration: 'ActOnTBA', role: '1001', user: '7', format: 'csv' });
  });

  it('reads the score fields from a GET link', () => {
    const request = requestDouble('GET', { scorefields: 'custentity_acton_score' });

    expect(readAuditParameters(request)).toMatchObject({ scorefields: 'custentity_acton_score' });
  });

  it("reads the form's fields on POST and answers with the form whatever the URL says", () => {
    const request = requestDouble('POST', {
      custpage_integration: 'Act On',
      custpage_role: '1001',
      custpage_user: '7',
      custpage_scorefields: 'custentity_acton_score',
      format: 'json',
      role: '3',
      scorefields: 'custentity_other',
    });

    expect(readAuditParameters(request)).toEqual({
      integration: 'Act On',
      role: '1001',
      user: '7',
      scorefields: 'custentity_acton_score',
      format: 'html',
    });
  });

  it('leaves out parameter values that are not text', () => {
    const request = requestDouble('GET', { role: ['1', '2'] as unknown as string, user: '7' });

    expect(readAuditParameters(request)).toEqual({
      integration: undefined,
      role: undefined,
      user: '7',
      format: undefined,
    });
  });

  it('reads a request without parameters as no parameters', () => {
    const request = { method: 'GET', parameters: null } as unknown as Parameters<typeof readAuditParameters>[0];

    expect(readAuditParameters(request)).toEqual({
      integration: undefined,
      role: undefined,
      user: undefined,
      format: undefined,
    });
  });

  it('reads a role id the form sent back with digit grouping as the number typed', () => {
    const request = requestDouble('POST', { custpage_role: '1,001', custpage_user: '12.345' });

    expect(readAuditParameters(request)).toMatchObject({ role: '1001', user: '12345' });
  });
});

describe('withoutDigitGrouping', () => {
  it.each([
    ['1,001', '1001'],
    ['1.234.567', '1234567'],
    ['1 001', '1001'],
    ["1'001", '1001'],
  ])('removes the grouping of %j', (raw, expected) => {
    expect(withoutDigitGrouping(raw)).toBe(expected);
  });

  it.each(['1001', '1,00', '1,0001', '3 OR 1=1', '', '-1,000'])(
    'passes %j on untouched for the parser to judge',
    (raw) => {
      expect(withoutDigitGrouping(raw)).toBe(raw);
    },
  );

  it('removes the grouping of an id typed with spaces around it', () => {
    expect(withoutDigitGrouping(' 1,001 ')).toBe('1001');
  });

  it('passes a missing value on as missing', () => {
    expect(withoutDigitGrouping(undefined)).toBeUndefined();
  });
});
