/**
 * Who the watch's email goes from and to, decided before sending. NetSuite's email.send refuses
 * an author that is not an employee (a scheduled script runs as the System user, who is none)
 * and fails the whole send for one bad recipient, so the sender is a parameter and each
 * recipient is checked first: the bad ones are left out, the others still get the email.
 */
import type { Probe } from '../snapshot';
import { parseRecipients, type Recipient } from './recipients';

/** The watch deployment's parameter naming the employee the email is sent from. */
export const SENDER_PARAMETER = 'custscript_acton_watch_sender';

/** Where an administrator sets the watch's parameters. */
export const WATCH_PARAMETERS_NAVIGATION =
  'Customization > Scripting > Script Deployments > Act-On Readiness Watch > Edit > Parameters';

/** An employee as far as sending needs: whether they exist, are active and have an address. */
export interface EmailEmployee {
  readonly id: number;
  readonly inactive: boolean;
  readonly email: string | null;
}

export interface EmailPlan {
  readonly author: number | null;
  readonly recipients: readonly Recipient[];
  /** Entries left out, each with why. */
  readonly leftOut: readonly string[];
  /** Why nothing is sent; null when the email goes out. */
  readonly problem: string | null;
}

/** What became of a run's email: sent, or why not (null when nothing got worse). */
export interface EmailOutcome {
  readonly sent: boolean;
  readonly problem: string | null;
}

/** The sentence a run without a sender keeps, and the Suitelet repeats. */
export const NO_SENDER_PROBLEM =
  `No sender is set: set the Email sender parameter (${SENDER_PARAMETER}, an active employee) at ` +
  `${WATCH_PARAMETERS_NAVIGATION}. Runs are kept; no email is sent until then.`;

/** The employee ids the plan needs to look up: the sender and every recipient given by id. */
export function employeeIdsToCheck(sender: number | null, recipientsParameter: string | null): number[] {
  if (sender === null) return [];
  const { recipients } = parseRecipients(recipientsParameter, sender);
  const ids = recipients.flatMap((recipient) => (recipient.kind === 'employee' ? [recipient.id] : []));
  return Array.from(new Set([sender, ...ids]));
}

/**
 * The plan. `employees` is the lookup of {@link employeeIdsToCheck}; when it could not be read
 * the ids are sent unchecked and NetSuite's answer decides.
 */
export function planWatchEmail(
  sender: number | null,
  recipientsParameter: string | null,
  employees: Probe<readonly EmailEmployee[]>,
): EmailPlan {
  if (sender === null) return { author: null, recipients: [], leftOut: [], problem: NO_SENDER_PROBLEM };
  const parsed = parseRecipients(recipientsParameter, sender);
  const leftOut = parsed.rejected.map((entry) => `"${entry}": neither an email address nor an employee id`);
  const byId = employees.ok ? new Map(employees.value.map((employee) => [employee.id, employee])) : null;
  const why = (id: number): string | null => {
    if (byId === null) return null;
    const employee = byId.get(id);
    if (employee === undefined) return 'no employee has this internal id';
    if (employee.inactive) return 'the employee is inactive';
    return employee.email === null ? 'the employee has no email address' : null;
  };
  const senderProblem = why(sender);
  if (senderProblem !== null && senderProblem !== 'the employee has no email address') {
    return {
      author: null,
      recipients: [],
      leftOut,
      problem:
        `The Email sender (employee ${sender}) cannot send: ${senderProblem}. NetSuite sends only from an active ` +
        `employee: set another at ${WATCH_PARAMETERS_NAVIGATION}.`,
    };
  }
  const recipients: Recipient[] = [];
  for (const recipient of parsed.recipients) {
    const problem = recipient.kind === 'employee' ? why(recipient.id) : null;
    if (recipient.kind === 'employee' && problem !== null) leftOut.push(`employee ${recipient.id}: ${problem}`);
    else recipients.push(recipient);
  }
  const problem =
    recipients.length > 0
      ? null
      : `No usable recipient${leftOut.length > 0 ? ` (left out: ${leftOut.join('; ')})` : ''}: set the Email ` +
        `recipients parameter at ${WATCH_PARAMETERS_NAVIGATION}.`;
  return { author: sender, recipients, leftOut, problem };
}
