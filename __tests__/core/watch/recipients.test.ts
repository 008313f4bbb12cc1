import { MAX_EMAIL_RECIPIENTS, parseRecipients } from '../../../src/core/watch/recipients';

const OWNER = 7;

describe('parseRecipients', () => {
  it('sends to the deployment owner when the parameter is empty', () => {
    expect(parseRecipients(null, OWNER)).toEqual({ recipients: [{ kind: 'employee', id: OWNER }], rejected: [] });
  });

  it('reads addresses and employee ids separated by commas, semicolons or spaces, once each', () => {
    expect(parseRecipients('ops@example.com; 21, ops@example.com  Grace@Example.com', OWNER).recipients).toEqual([
      { kind: 'email', address: 'ops@example.com' },
      { kind: 'employee', id: 21 },
      { kind: 'email', address: 'Grace@Example.com' },
    ]);
  });

  it('rejects entries that are neither, and falls back to the owner when none is usable', () => {
    expect(parseRecipients('not-an-address, -3', OWNER)).toEqual({ recipients: [{ kind: 'employee', id: OWNER }], rejected: ['not-an-address', '-3'] });
  });

  it(`keeps at most ${MAX_EMAIL_RECIPIENTS} recipients and reports the rest`, () => {
    const list = Array.from({ length: 12 }, (_, index) => `user${index}@example.com`).join(',');

    const parsed = parseRecipients(list, OWNER);

    expect(parsed.recipients).toHaveLength(MAX_EMAIL_RECIPIENTS);
    expect(parsed.rejected).toEqual(['user10@example.com', 'user11@example.com']);
  });
});
