import {
  employeeIdsToCheck,
  NO_SENDER_PROBLEM,
  planWatchEmail,
  type EmailEmployee,
} from '../../../src/core/watch/emailPlan';
import type { Probe } from '../../../src/core/snapshot';

const ADA: EmailEmployee = { id: 7, inactive: false, email: 'ada@example.com' };
const SAM: EmailEmployee = { id: 22, inactive: false, email: 'sam@example.com' };
const FORMER: EmailEmployee = { id: 30, inactive: true, email: 'former@example.com' };
const NO_ADDRESS: EmailEmployee = { id: 31, inactive: false, email: null };

const found = (...employees: EmailEmployee[]): Probe<readonly EmailEmployee[]> => ({ ok: true, value: employees });
const unreadable: Probe<readonly EmailEmployee[]> = { ok: false, reason: 'Reading the employee table failed.' };

describe('the watch email of an account whose readiness got worse', () => {
  it('is not sent without a sender, and says which parameter to set and where', () => {
    const plan = planWatchEmail(null, 'ops@example.com', found());

    expect(plan).toMatchObject({ author: null, recipients: [], problem: NO_SENDER_PROBLEM });
    expect(NO_SENDER_PROBLEM).toContain('custscript_acton_watch_sender');
    expect(NO_SENDER_PROBLEM).toContain(
      'Customization > Scripting > Script Deployments > Act-On Readiness Watch > Edit > Parameters',
    );
  });

  it('goes from the sender to the sender when no recipient is set', () => {
    expect(planWatchEmail(7, null, found(ADA))).toEqual({
      author: 7,
      recipients: [{ kind: 'employee', id: 7 }],
      leftOut: [],
      problem: null,
    });
  });

  it('is not sent when the sender is inactive or no employee, naming why', () => {
    expect(planWatchEmail(30, null, found(FORMER)).problem).toBe(
      'The Email sender (employee 30) cannot send: the employee is inactive. NetSuite sends only from an active ' +
        'employee: set another at Customization > Scripting > Script Deployments > Act-On Readiness Watch > Edit > ' +
        'Parameters.',
    );
    expect(planWatchEmail(999, null, found()).problem).toContain('no employee has this internal id');
  });

  it('leaves out unknown, inactive and address-less employees and malformed entries, and sends to the rest', () => {
    const plan = planWatchEmail(
      7,
      '999, 30, 31, not-an-address, 22, ops@example.com',
      found(ADA, SAM, FORMER, NO_ADDRESS),
    );

    expect(plan.recipients).toEqual([
      { kind: 'employee', id: 22 },
      { kind: 'email', address: 'ops@example.com' },
    ]);
    expect(plan.leftOut).toEqual([
      '"not-an-address": neither an email address nor an employee id',
      'employee 999: no employee has this internal id',
      'employee 30: the employee is inactive',
      'employee 31: the employee has no email address',
    ]);
    expect(plan.problem).toBeNull();
  });

  it('is not sent when every recipient is left out, listing them', () => {
    const plan = planWatchEmail(7, '999', found(ADA));

    expect(plan.recipients).toEqual([]);
    expect(plan.problem).toBe(
      'No usable recipient (left out: employee 999: no employee has this internal id): set the Email recipients ' +
        'parameter at Customization > Scripting > Script Deployments > Act-On Readiness Watch > Edit > Parameters.',
    );
  });

  it('sends to the ids unchecked when the employees could not be read, leaving the answer to NetSuite', () => {
    expect(planWatchEmail(7, '999', unreadable)).toMatchObject({
      author: 7,
      recipients: [{ kind: 'employee', id: 999 }],
      problem: null,
    });
  });

  it('looks up the sender and the employee recipients once each, and nobody without a sender', () => {
    expect(employeeIdsToCheck(7, '22, ops@example.com, 7, 22')).toEqual([7, 22]);
    expect(employeeIdsToCheck(null, '22')).toEqual([]);
  });
});
