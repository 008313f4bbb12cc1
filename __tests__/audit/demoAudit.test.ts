/**
 * `acton-readiness demo-audit`: a consultant sees every kind of answer (ready, not ready,
 * refused credentials) from audit and check-credentials without a client account.
 */
import { executeDemoAudit } from '../../tools/cli/commands/demoAudit';
import { capturedIo } from './support/capturedIo';

describe('demo-audit', () => {
  it('shows a ready, a not-ready and a refused account from audit, then check-credentials working and refused', async () => {
    const io = capturedIo();

    const code = await executeDemoAudit(io);

    expect(code).toBe(0);
    expect(io.out()).toContain('3 accounts: 1 READY, 1 NOT_READY, 1 AUTHENTICATION FAILED');
    expect(io.out()).toContain('(exit 2: an account is NOT_READY or its login was refused)');
    expect(io.out()).toContain('WORKS: NetSuite accepted these values');
    expect(io.out()).toContain('REFUSED: NetSuite refused these values (USER_ERROR: Invalid login attempt.)');
    expect(io.err()).toContain('Trying once more with the consumer pair and the token pair swapped');
    expect(io.out()).toMatch(/a mock NetSuite on http:\/\/127\.0\.0\.1:\d+ \(this machine only\)/);
  });

  it('prints none of the made-up credentials it uses', async () => {
    const io = capturedIo();

    await executeDemoAudit(io);

    expect(`${io.out()}${io.err()}`).not.toMatch(/[0-9a-f]{64}/);
  });
});
