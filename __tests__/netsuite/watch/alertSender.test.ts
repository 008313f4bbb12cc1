jest.mock('N/email');

import * as email from 'N/email';
import { sendWatchEmail } from '../../../src/netsuite/watch/alertSender';

afterEach(() => jest.resetAllMocks());

describe('sendWatchEmail', () => {
  it('sends one email from the owner to employees by internal id and to others by address', () => {
    sendWatchEmail(
      5,
      [
        { kind: 'employee', id: 12 },
        { kind: 'email', address: 'ops@example.com' },
      ],
      { subject: 'Act-On readiness: NOT_READY', body: 'Token-Based Authentication is not enabled.' },
    );

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
});
