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
    expect(parseRecipients('not-an-address, -3', OWNER)).toEqual({
      recipients: [{ kind: 'employee', id: OWNER }],
      rejected: ['not-an-address', '-3'],
    });
  });

  it(`keeps at most ${MAX_EMAIL_RECIPIENTS} recipients and reports the rest`, () => {
    const list = Array.from({ length: 12 }, (_, index) => `user${index}@example.com`).join(',');

    const parsed = parseRecipients(list, OWNER);

    expect(parsed.recipients).toHaveLength(MAX_EMAIL_RECIPIENTS);
    expect(parsed.rejected).toEqual(['user10@example.com', 'user11@example.com']);
  });

  it('sends to nobody when the parameter is empty and the deployment has no owner', () => {
    expect(parseRecipients('', 0)).toEqual({ recipients: [], rejected: [] });
  });

  it('accepts an address of 254 characters, the longest an address may be, and rejects one longer', () => {
    const longest = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;
    const tooLong = `${'a'.repeat(64)}@${'b'.repeat(186)}.com`;

    expect(parseRecipients(`${longest} ${tooLong}`, OWNER)).toEqual({
      recipients: [{ kind: 'email', address: longest }],
      rejected: [tooLong.slice(0, 60)],
    });
  });

  it('shortens a rejected entry to 60 characters', () => {
    expect(parseRecipients('x'.repeat(100), OWNER).rejected).toEqual(['x'.repeat(60)]);
  });

  it('tells apart addresses that differ once lower-cased, though they match upper-cased', () => {
    expect(parseRecipients('stra\u00dfe@example.com strasse@example.com', OWNER).recipients).toHaveLength(2);
  });
});
