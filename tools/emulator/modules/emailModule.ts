/**
 * N/email for one execution: `send` checks its arguments as Oracle's email.send reference
 * (section_4358552361) documents, and captures the message instead of delivering it: the author
 * must be an active employee (SSS_AUTHOR_MUST_BE_EMPLOYEE; the System user a scheduled script
 * runs as is none), every recipient an employee id or a well-formed address
 * (SSS_INVALID_TO_EMAIL), at most 10 in all (SSS_MAXIMUM_NUMBER_RECIPIENTS_EXCEEDED). Employee
 * ids become the scenario's addresses for that employee. 20 units per send.
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
    if (employee === undefined)
      throw fail(
        NETSUITE_ERROR_CODES.invalidToEmail,
        `One or more recipient emails are not valid: no employee has the internal id ${id}.`,
      );
    return employeeEmail(employee);
  };
  const checkAuthor = (author: unknown): number => {
    const employee = scenario.employees.find((candidate) =>
      typeof author === 'number'
        ? candidate.id === author
        : typeof author === 'string' && employeeEmail(candidate).toLowerCase() === author.trim().toLowerCase(),
    );
    if (employee === undefined || employee.isinactive) {
      throw fail(
        NETSUITE_ERROR_CODES.authorMustBeEmployee,
        `The author internal id or email must match an employee (${JSON.stringify(author)} is not an active employee).`,
      );
    }
    return employee.id;
  };
  const address = (recipient: unknown): string => {
    if (typeof recipient === 'number' && Number.isInteger(recipient)) return employeeAddress(recipient);
    if (typeof recipient === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(recipient.trim())) return recipient.trim();
    throw fail(
      NETSUITE_ERROR_CODES.invalidToEmail,
      `One or more recipient emails are not valid: ${JSON.stringify(recipient)} is neither an employee internal id ` +
        `nor an email address.`,
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
        if (typeof author !== 'string' && (typeof author !== 'number' || !Number.isInteger(author)))
          throw fail(
            NETSUITE_ERROR_CODES.wrongParameterType,
            'email.send: author is expected as an employee internal id.',
          );
        const authorId = checkAuthor(author);
        const everyone = [...asList(options.recipients), ...asList(options.cc), ...asList(options.bcc)];
        if (everyone.length === 0)
          throw fail(NETSUITE_ERROR_CODES.missingArgument, 'email.send: Missing a required argument: recipients.');
        if (everyone.length > MAX_RECIPIENTS)
          throw fail(
            NETSUITE_ERROR_CODES.tooManyRecipients,
            `You may have a maximum number of ${MAX_RECIPIENTS} recipients (${everyone.length} given).`,
          );
        if (typeof subject !== 'string' || typeof body !== 'string')
          throw fail(NETSUITE_ERROR_CODES.wrongParameterType, 'email.send: subject and body must be strings.');
        const to = asList(options.recipients).map(address);
        chargeUnits(execution, 'email.send');
        execution.emails.push({ author: authorId, to, subject, body });
      },
    },
    execution.unsupported,
  );
}
