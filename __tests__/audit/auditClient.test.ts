/**
 * One account audited against the mock NetSuite on loopback, which checks every signature
 * with its own implementation and answers like NetSuite.
 */
import { auditAccount } from '../../tools/audit/auditClient';
import type { AuditClientOptions } from '../../tools/audit/auditClient';
import type { AccountAuditResult } from '../../tools/audit/accountAuditResult';
import { startMockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { clientAccount, mockAccountOf, secretsOf, targetOf } from './support/clientAccounts';

const readyProduction = clientAccount('Ready production', '1234567');
const readySandbox = clientAccount('Ready sandbox', '1234567_SB1');
const slowAccount = clientAccount('Slow account', '2000001', 'ready-administrator', { latencyMs: 5_000 });
const busyOnce = clientAccount('Busy once', '2000002', 'ready-administrator', { unavailableTimes: 1 });
const busyTwice = clientAccount('Busy, then fine', '2000007', 'ready-administrator', { unavailableTimes: 1 });
const busyWithRetryAfter = clientAccount('Busy, asks to wait', '2000003', 'ready-administrator', {
  unavailableTimes: 1,
  retryAfterSeconds: 2,
});
const alwaysBusy = clientAccount('Always busy', '2000004', 'ready-administrator', { unavailableTimes: 100 });
const maintenancePage = clientAccount('Maintenance page', '2000005', 'ready-administrator', { answer: 'html-page' });
const bundleMissing = clientAccount('Bundle not deployed', '2000006', 'ready-administrator', {
  restletDeployed: false,
});
const everyClient = [
  readyProduction,
  readySandbox,
  slowAccount,
  busyOnce,
  busyTwice,
  busyWithRetryAfter,
  alwaysBusy,
  maintenancePage,
  bundleMissing,
];

let mock: MockNetSuite;
/** Waits the client asked for between attempts (recorded, not slept: tests never wait on the clock). */
let waits: number[];

beforeAll(async () => {
  mock = await startMockNetSuite(everyClient.map(mockAccountOf));
});

afterAll(async () => {
  await mock.close();
});

beforeEach(() => {
  waits = [];
});

function options(overrides: Partial<AuditClientOptions> = {}): AuditClientOptions {
  return {
    timeoutMs: 2_000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  };
}

function failureOf(result: AccountAuditResult) {
  if (result.outcome !== 'error') throw new Error(`Expected a failure, got ${result.report.verdict}`);
  return result.failure;
}

function lastLoginDetail(accountId: string): string | null | undefined {
  return mock.loginAudit.filter((attempt) => attempt.accountId === accountId).at(-1)?.detail;
}

describe('good credentials', () => {
  it("bring back the account's readiness report", async () => {
    const result = await auditAccount(targetOf(mock, readyProduction), options());

    expect(result).toEqual(
      expect.objectContaining({
        outcome: 'report',
        attempts: 1,
        report: expect.objectContaining({ verdict: 'READY' }),
      }),
    );
  });

  it("are accepted by the mock's own signature check", async () => {
    await auditAccount(targetOf(mock, readyProduction), options());

    expect(lastLoginDetail('1234567')).toBeNull();
  });
});

describe('a wrong token secret', () => {
  it('is an authentication failure, not a crash', async () => {
    const target = targetOf(mock, readyProduction, { credentials: { tokenSecret: 'f'.repeat(64) } });

    const failure = failureOf(await auditAccount(target, options()));

    expect(failure).toEqual(
      expect.objectContaining({ kind: 'authentication', httpStatus: 401, code: 'INVALID_LOGIN_ATTEMPT' }),
    );
  });

  it("tells which credentials to check and to read the Login Audit Trail's Detail column", async () => {
    const target = targetOf(mock, readyProduction, { credentials: { tokenSecret: 'f'.repeat(64) } });

    const failure = failureOf(await auditAccount(target, options()));

    expect(failure.remedy).toContain('Token ID and Secret');
    expect(failure.remedy).toContain('Login Audit Trail');
    expect(failure.remedy).toContain('Detail column');
  });

  it('is recorded by NetSuite as InvalidSignature', async () => {
    const target = targetOf(mock, readyProduction, { credentials: { tokenSecret: 'f'.repeat(64) } });

    await auditAccount(target, options());

    expect(lastLoginDetail('1234567')).toBe('InvalidSignature');
  });

  it('is not retried', async () => {
    const before = mock.requestsReceived('1234567');
    const target = targetOf(mock, readyProduction, { credentials: { tokenSecret: 'f'.repeat(64) } });

    const result = await auditAccount(target, options());

    expect(result.attempts).toBe(1);
    expect(mock.requestsReceived('1234567') - before).toBe(1);
  });

  it('never shows a secret in the failure', async () => {
    const wrongSecret = 'f'.repeat(64);
    const target = targetOf(mock, readyProduction, { credentials: { tokenSecret: wrongSecret } });

    const result = await auditAccount(target, options());

    const printed = JSON.stringify(result);
    for (const secret of [...secretsOf([readyProduction]), wrongSecret]) expect(printed).not.toContain(secret);
  });
});

describe('an unknown consumer key', () => {
  it('is an authentication failure that NetSuite records as UnknownIntegration', async () => {
    const target = targetOf(mock, readyProduction, { credentials: { consumerKey: 'a'.repeat(64) } });

    const failure = failureOf(await auditAccount(target, options()));

    expect(failure.kind).toBe('authentication');
    expect(lastLoginDetail('1234567')).toBe('UnknownIntegration');
  });
});

describe('a sandbox account', () => {
  it('written in host form (1234567-sb1) is signed with the realm 1234567_SB1 and gets in', async () => {
    const result = await auditAccount(targetOf(mock, readySandbox, { accountId: '1234567-sb1' }), options());

    expect(result.outcome).toBe('report');
  });

  it.each(['1234567-sb1', '1234567_sb1'])(
    'signed with the realm in the wrong form (%s) is refused as NetSuite refuses it',
    async (realm) => {
      const failure = failureOf(await auditAccount(targetOf(mock, readySandbox, { realm }), options()));

      expect(failure).toEqual(expect.objectContaining({ kind: 'authentication', code: 'INVALID_LOGIN_ATTEMPT' }));
      expect(lastLoginDetail('1234567_SB1')).toBe('InvalidSignature');
    },
  );
});

describe('a server slower than the timeout', () => {
  it('is reported as a timeout, with the time allowed', async () => {
    const failure = failureOf(await auditAccount(targetOf(mock, slowAccount), options({ timeoutMs: 200 })));

    expect(failure.kind).toBe('timeout');
    expect(failure.message).toContain('0.2 s');
  });
});

describe('HTTP 503, then success', () => {
  it('is retried and brings back the report', async () => {
    const result = await auditAccount(targetOf(mock, busyOnce), options());

    expect(result).toEqual(expect.objectContaining({ outcome: 'report', attempts: 2 }));
  });

  it('signs the retry afresh, so NetSuite does not see a reused nonce', async () => {
    await auditAccount(targetOf(mock, busyTwice), options());

    expect(
      mock.loginAudit.filter((attempt) => attempt.accountId === '2000007').map((attempt) => attempt.detail),
    ).toEqual([null, null]);
  });

  it("waits as long as NetSuite's Retry-After asks", async () => {
    await auditAccount(targetOf(mock, busyWithRetryAfter), options());

    expect(waits).toEqual([2_000]);
  });
});

describe('HTTP 503 every time', () => {
  it('is retried with growing waits, then reported as an HTTP error', async () => {
    const result = await auditAccount(targetOf(mock, alwaysBusy), options());

    expect(failureOf(result)).toEqual(expect.objectContaining({ kind: 'http-error', httpStatus: 503 }));
    expect(result.attempts).toBe(4);
    expect(waits).toEqual([375, 750, 1_500]);
  });
});

describe('an HTML page instead of JSON', () => {
  it('is reported as not JSON, quoting the page title', async () => {
    const failure = failureOf(await auditAccount(targetOf(mock, maintenancePage), options()));

    expect(failure.kind).toBe('not-json');
    expect(failure.message).toContain('NetSuite is undergoing maintenance');
  });
});

describe('an account without the bundle deployed', () => {
  it('is reported as RESTlet not deployed (the login itself worked)', async () => {
    const failure = failureOf(await auditAccount(targetOf(mock, bundleMissing), options()));

    expect(failure).toEqual(
      expect.objectContaining({ kind: 'restlet-not-deployed', code: 'SSS_INVALID_SCRIPTLET_ID' }),
    );
  });
});

describe('cancelling (Ctrl-C) while the call is in flight', () => {
  it('ends the call and reports the account as interrupted', async () => {
    const controller = new AbortController();
    const pending = auditAccount(targetOf(mock, slowAccount), options({ signal: controller.signal }));

    controller.abort();

    expect(failureOf(await pending).kind).toBe('interrupted');
  });
});
