/**
 * The links a fix gives to the very record to edit: the record's page with its id, labelled with
 * the record's name, or with its id when NetSuite gave no name.
 */
import { recordLink } from '../../../src/core/checks/wording';
import { ACTON_INTEGRATION, ACTON_ROLE, ACTON_SYNC } from '../../fixtures/snapshotBuilder';

describe('a link to an integration record', () => {
  it("is labelled with the record's name", () => {
    expect(recordLink({ kind: 'integration', ...ACTON_INTEGRATION })).toEqual({
      label: 'Integration ActOnTBA',
      href: '/app/common/integration/integrapp.nl?id=12',
    });
  });

  it('is labelled with the id of a record without a name', () => {
    expect(recordLink({ kind: 'integration', id: ACTON_INTEGRATION.id, name: null })).toEqual({
      label: 'Integration id 12',
      href: '/app/common/integration/integrapp.nl?id=12',
    });
  });
});

describe('a link to a role', () => {
  it("is labelled with the role's name", () => {
    expect(recordLink({ kind: 'role', id: ACTON_ROLE.id, name: ACTON_ROLE.name })).toEqual({
      label: 'Role Act-On Integration',
      href: '/app/setup/role.nl?id=1001',
    });
  });

  it('is labelled with the id of a role without a name', () => {
    expect(recordLink({ kind: 'role', id: ACTON_ROLE.id, name: null })).toEqual({
      label: 'Role id 1001',
      href: '/app/setup/role.nl?id=1001',
    });
  });
});

describe('a link to an employee', () => {
  it("is labelled with the employee's name", () => {
    expect(recordLink({ kind: 'employee', id: ACTON_SYNC.id, name: ACTON_SYNC.name })).toEqual({
      label: 'Employee Act-On Sync',
      href: '/app/common/entity/employee.nl?id=21',
    });
  });

  it('is labelled with the id of an employee without a name', () => {
    expect(recordLink({ kind: 'employee', id: ACTON_SYNC.id, name: null })).toEqual({
      label: 'Employee id 21',
      href: '/app/common/entity/employee.nl?id=21',
    });
  });
});
