import { decideVerdict, type VerdictInput } from '../../src/core/verdict';

const blocker = (status: VerdictInput['status']): VerdictInput => ({ severity: 'blocker', status });
const warning = (status: VerdictInput['status']): VerdictInput => ({ severity: 'warning', status });
const info = (status: VerdictInput['status']): VerdictInput => ({ severity: 'info', status });

describe('decideVerdict', () => {
  it('is READY when every blocker and warning passes', () => {
    expect(decideVerdict([blocker('pass'), warning('pass'), info('info')])).toBe('READY');
  });

  it('is NOT_READY when a blocker fails, even beside unknowns', () => {
    expect(decideVerdict([blocker('unknown'), blocker('fail'), warning('warn')])).toBe('NOT_READY');
  });

  it('is INCOMPLETE when no blocker fails but one is unknown', () => {
    expect(decideVerdict([blocker('pass'), blocker('unknown'), blocker('manual')])).toBe('INCOMPLETE');
  });

  it('is READY_WITH_WARNINGS when a blocker must be checked by hand', () => {
    expect(decideVerdict([blocker('pass'), blocker('manual')])).toBe('READY_WITH_WARNINGS');
  });

  it('is READY_WITH_WARNINGS when a warning check warns', () => {
    expect(decideVerdict([blocker('pass'), warning('warn')])).toBe('READY_WITH_WARNINGS');
  });

  it('is READY_WITH_WARNINGS when a warning check fails', () => {
    expect(decideVerdict([blocker('pass'), warning('fail')])).toBe('READY_WITH_WARNINGS');
  });

  it('is READY_WITH_WARNINGS when a warning check could not be read: someone must confirm it', () => {
    expect(decideVerdict([blocker('pass'), warning('unknown')])).toBe('READY_WITH_WARNINGS');
  });

  it('is READY_WITH_WARNINGS when a blocker works but warns', () => {
    expect(decideVerdict([blocker('pass'), blocker('warn')])).toBe('READY_WITH_WARNINGS');
  });

  it('is READY when every check passed or is information', () => {
    expect(decideVerdict([blocker('pass'), warning('pass'), info('info'), info('pass')])).toBe('READY');
  });
});
