/**
 * N/email for one execution: `send` checks its arguments as NetSuite does (an employee author,
 * 1 to 10 recipients, subject and body) and captures the message instead of delivering it.
 * Employee ids become the scenario's addresses for that employee. 20 units per send.
 */
import type { Execution } from '../execution';
import { employeeEmail } from '../database/accountRows';
import { createSuiteScriptError, NETSUITE_ERROR_CODES } from '../scriptErrors';
import { chargeUnits } from './metering';
import { strictMembers } from './strictMembers';

/** A message a script sent. */
export interface CapturedEmail {
  readonly author: number;
  /** Recipient addresses, employee ids resolved. */
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
}

/** email.send's limit on recipients (to, cc and bcc together). */
const MAX_RECIPIENTS = 10;

interface SendOptions {
  readonly author?: unknown;
  readonly recipients?: unknown;
  readonly cc?: unknown;
  readonly bcc?: unknown;
  readonly subject?: unknown;
  readonly body?: unknown;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? [...(value as unknown[])] : [value];
}

/** The N/email module of one execution. */
export function createEmailModule(execution: Execution): object {
  const { realm } = execution;
  const { scenario } = execution.account;
  const fail = (name: string, message: string): Error => createSuiteScriptError(realm, { name, message });
  const employeeAddress = (id: number): string => {
    const employee = scenario.employees.find((candidate) => candidate.id === id);
    if (employee === undefined) throw fail('INVALID_RCPT_ID', `No employee with internal id ${id} to send email to.`);
    return employeeEmail(employee);
  };
  const address = (recipient: unknown): string => {
    if (typeof recipient === 'number' && Number.isInteger(recipient)) return employeeAddress(recipient);
    if (typeof recipient === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(recipient.trim())) return recipient.trim();
    throw fail(
      NETSUITE_ERROR_CODES.wrongParameterType,
      `Invalid email recipient ${JSON.stringify(recipient)}: an employee internal id (number) or an email address.`,
    );
  };
  return strictMembers(
    'N/email',
    {
      send(options: SendOptions | undefined): void {
        const { author, subject, body } = options ?? {};
        if (author === undefined || options?.recipients === undefined || subject === undefined || body === undefined) {
          throw fail(
            NETSUITE_ERROR_CODES.missingArgument,
            'Missing a required argument: email.send needs author, recipients, subject and body.',
          );
        }
        if (typeof author !== 'number' || !Number.isInteger(author))
          throw fail(NETSUITE_ERROR_CODES.wrongParameterType, 'email.send: author must be an employee internal id.');
        employeeAddress(author);
        const everyone = [...asList(options.recipients), ...asList(options.cc), ...asList(options.bcc)];
        if (everyone.length === 0 || everyone.length > MAX_RECIPIENTS) {
          throw fail(
            NETSUITE_ERROR_CODES.wrongParameterType,
            `email.send takes 1 to ${MAX_RECIPIENTS} recipients (to, cc and bcc together), not ${everyone.length}.`,
          );
        }
        if (typeof subject !== 'string' || typeof body !== 'string')
          throw fail(NETSUITE_ERROR_CODES.wrongParameterType, 'email.send: subject and body must be strings.');
        const to = asList(options.recipients).map(address);
        chargeUnits(execution, 'email.send');
        execution.emails.push({ author, to, subject, body });
      },
    },
    execution.unsupported,
  );
}
