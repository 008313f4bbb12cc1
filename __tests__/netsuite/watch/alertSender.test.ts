jest.mock('N/email');

import * as email from 'N/email';
import { sendWatchEmail } from '../../../src/netsuite/watch/alertSender';

afterEach(() => jest.resetAllMocks());

describe('sendWatchEmail', () => {
  it('sends one email from the sender to employees by internal id and to others by address', () => {
    const refused = sendWatchEmail(
      5,
      [
        { kind: 'employee', id: 12 },
        { kind: 'email', address: 'ops@example.com' },
      ],
      { subject: 'Act-On readiness: NOT_READY', body: 'Token-Based Authentication is not enabled.' },
    );

    expect(refused).toBeNull();
    expect(jest.mocked(email.send).mock.calls).toEqual([
      [
        {
          author: 5,
          recipients: [12, 'ops@example.com'],
          subject: 'Act-On readiness: NOT_READY',
          body: 'Token-Based Authentication is not enabled.',
        },
      ],
    ]);
  });

  it("returns NetSuite's refusal with its code instead of throwing it", () => {
    jest.mocked(email.send).mockImplementation(() => {
      throw Object.assign(new Error('The author internal id or email must match an employee.'), {
        name: 'SSS_AUTHOR_MUST_BE_EMPLOYEE',
      });
    });

    expect(sendWatchEmail(5, [{ kind: 'employee', id: 5 }], { subject: 's', body: 'b' })).toBe(
      'NetSuite refused the email (SSS_AUTHOR_MUST_BE_EMPLOYEE): The author internal id or email must match an employee.',
    );
  });
});
