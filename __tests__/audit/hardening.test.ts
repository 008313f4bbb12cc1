/**
 * What a security review asked of `acton-readiness audit`: no result lost to a bad --out, no
 * secret escaped past redaction, remote text that cannot steer a terminal, proxies honoured.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as net from 'net';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { executeAudit } from '../../tools/cli/commands/audit';
import type { AuditCommandOptions } from '../../tools/cli/commands/audit';
import { exitCodeFor } from '../../tools/cli/program';
import type { CombinedAuditDocument } from '../../tools/audit/combinedJson';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';
import { jsonAnswer } from '../../tools/mocknetsuite/mockNetSuite';
import type { MockAccount, MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { auditOptions, useAuditWorkspace, writeAccountsFile } from './support/auditInputs';
import { capturedIo } from './support/capturedIo';
import { clientAccount, mockAccountOf } from './support/clientAccounts';
import type { ClientAccount } from './support/clientAccounts';

const workspace = useAuditWorkspace('acton-hardening-');
const mockOf = workspace.mockOf;

const accountsFile = (mock: MockNetSuite, clients: readonly ClientAccount[], name?: string): string =>
  writeAccountsFile(workspace.folder, mock, clients, name);
const options = auditOptions;

describe('--out', () => {
  it('refuses a folder before any account is audited', async () => {
    const client = clientAccount('Ready Co', '4100001');
    const mock = await mockOf([mockAccountOf(client)]);
    const io = capturedIo();

    const run = executeAudit(options(accountsFile(mock, [client]), { out: workspace.folder }), io);

    await expect(run).rejects.toThrow(/is a folder; name a file/);
    expect(mock.requestsReceived(client.accountId)).toBe(0);
  });

  it('still prints the summary and exits 73 when the file cannot be written after the run', async () => {
    const client = clientAccount('Ready Co', '4100002');
    const out = join(workspace.folder, 'readiness.html');
    // The file's place is taken by a folder while the account is being audited.
    const answer: MockAccount['answer'] = (query) => {
      mkdirSync(out);
      return jsonAnswer(cannedReport('ready-administrator', client.accountId, query));
    };
    const mock = await mockOf([{ ...mockAccountOf(client), answer }]);
    const io = capturedIo();

    const code = await executeAudit(options(accountsFile(mock, [client]), { format: 'html', out }), io);

    expect(code).toBe(73);
    expect(io.out()).toContain('1 account: 1 READY');
    expect(io.err()).toMatch(/--out .*readiness\.html: cannot be written \(EISDIR\)/);
  });
});

describe('secrets echoed by a server', () => {
  /** A secret with characters HTML and JSON write differently, echoed in the report's evidence. */
  const client: ClientAccount = (() => {
    const base = clientAccount('Echo Co', '4100003');
    return { ...base, credentials: { ...base.credentials, tokenSecret: 'tok<en>&"secret-4100003' } };
  })();

  async function echoingMock(): Promise<MockNetSuite> {
    const answer: MockAccount['answer'] = (query) => {
      const report = cannedReport('ready-administrator', client.accountId, query);
      const checks = report.checks.map((check, index) =>
        index === 0 ? { ...check, evidence: [...check.evidence, `Echo: ${client.credentials.tokenSecret}`] } : check,
      );
      return jsonAnswer({ ...report, checks });
    };
    return mockOf([{ ...mockAccountOf(client), answer }]);
  }

  it.each(['html', 'json', 'csv'] as const)('are redacted before the %s renderer escapes them', async (format) => {
    const mock = await echoingMock();
    const io = capturedIo();

    await executeAudit(options(accountsFile(mock, [client]), { format }), io);

    expect(io.out()).toContain('Echo: [redacted]');
    expect(io.out()).not.toContain('secret-4100003');
  });
});

describe('control characters from an account', () => {
  it('never reach the terminal through the JSON document', async () => {
    const client = clientAccount('Escape Co', '4100004');
    const answer: MockAccount['answer'] = (query) => {
      const report = cannedReport('ready-administrator', client.accountId, query);
      return jsonAnswer({
        ...report,
        checks: report.checks.map((check) => ({ ...check, evidence: ['\u009b2J cleared \u001b]0;title\u0007'] })),
      });
    };
    const mock = await mockOf([{ ...mockAccountOf(client), answer }]);
    const io = capturedIo();

    await executeAudit(options(accountsFile(mock, [client]), { format: 'json' }), io);

    expect(io.out()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const document = JSON.parse(io.out()) as CombinedAuditDocument;
    expect(document.accounts[0]?.report?.checks[0]?.evidence[0]).toBe('\u009b2J cleared \u001b]0;title\u0007');
  });

  it('never reach the terminal through a validation error', async () => {
    const file = join(workspace.folder, 'accounts.json');
    writeFileSync(file, JSON.stringify([{ name: 'Evil \u001b[2J\u009b2J Co', accountId: 'not an id' }]));
    const err: string[] = [];

    const thrown: unknown = await executeAudit(options(file), capturedIo()).catch((problem: unknown) => problem);
    exitCodeFor(thrown, { write: (text) => err.push(text) > 0 });

    expect(err.join('')).toContain('"Evil  [2J 2J Co"');
    expect(err.join('')).not.toMatch(/[\u001b\u009b]/);
  });
});

/** A proxy on loopback that notes each CONNECT it is asked for and hangs up. */
async function refusingProxy(): Promise<{ readonly url: string; readonly connects: string[]; close(): Promise<void> }> {
  const connects: string[] = [];
  const server = net.createServer((socket) => {
    socket.once('data', (chunk) => {
      connects.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
      socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('HTTPS_PROXY and NO_PROXY', () => {
  const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };

  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  function singleAccount(restletUrl?: string): AuditCommandOptions {
    return {
      single: restletUrl === undefined ? {} : { restletUrl },
      defaults: {},
      format: 'json',
      concurrency: 1,
      timeoutSeconds: 5,
      progress: false,
    };
  }

  const credentials = {
    NETSUITE_ACCOUNT_ID: '4100005',
    NETSUITE_CONSUMER_KEY: 'ck-4100005',
    NETSUITE_CONSUMER_SECRET: 'cs-4100005',
    NETSUITE_TOKEN_ID: 'ti-4100005',
    NETSUITE_TOKEN_SECRET: 'ts-4100005',
  };

  it('sends an https call through the proxy HTTPS_PROXY names', async () => {
    const proxy = await refusingProxy();
    process.env['HTTPS_PROXY'] = proxy.url;
    delete process.env['NO_PROXY'];
    const io = capturedIo(credentials);
    try {
      const code = await executeAudit(singleAccount(), io);

      expect(proxy.connects).toEqual(['CONNECT 4100005.restlets.api.netsuite.com:443 HTTP/1.1']);
      expect(code).toBe(3);
      expect((JSON.parse(io.out()) as CombinedAuditDocument).accounts[0]?.error?.kind).toBe('network');
    } finally {
      await proxy.close();
    }
  });

  it('goes direct to a host NO_PROXY names', async () => {
    const proxy = await refusingProxy();
    let directConnections = 0;
    const direct = net.createServer((socket) => {
      directConnections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => direct.listen(0, '127.0.0.1', resolve));
    process.env['HTTPS_PROXY'] = proxy.url;
    process.env['NO_PROXY'] = 'localhost,127.0.0.1';
    const port = (direct.address() as AddressInfo).port;
    try {
      await executeAudit(
        singleAccount(`https://127.0.0.1:${port}/app/site/hosting/restlet.nl?script=1&deploy=1`),
        capturedIo(credentials),
      );

      expect(proxy.connects).toEqual([]);
      expect(directConnections).toBe(1);
    } finally {
      await proxy.close();
      await new Promise<void>((resolve) => direct.close(() => resolve()));
    }
  });
});

describe('written files', () => {
  it('keep the JSON readable', async () => {
    const client = clientAccount('Ready Co', '4100006');
    const mock = await mockOf([mockAccountOf(client)]);
    const out = join(workspace.folder, 'readiness.json');

    await executeAudit(options(accountsFile(mock, [client]), { format: 'json', out }), capturedIo());

    expect((JSON.parse(readFileSync(out, 'utf8')) as CombinedAuditDocument).accounts).toHaveLength(1);
  });
});
