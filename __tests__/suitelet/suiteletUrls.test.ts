import { auditUrlParameters } from '../../src/netsuite/suiteletUrls';

describe('auditUrlParameters', () => {
  it('asks for the integration alone when no role or user was given, answered as the form', () => {
    expect(
      auditUrlParameters({ integrationName: 'ActOnTBA', roleId: null, userId: null, scoreFieldIds: [] }, 'html'),
    ).toStrictEqual({
      integration: 'ActOnTBA',
    });
  });

  it('adds the role and user given, and a format other than the form', () => {
    expect(
      auditUrlParameters({ integrationName: 'ActOnTBA', roleId: 1001, userId: 21, scoreFieldIds: [] }, 'csv'),
    ).toStrictEqual({
      integration: 'ActOnTBA',
      role: '1001',
      user: '21',
      format: 'csv',
    });
  });
});
