/**
 * The findings of an adversarial review of the consultants' CLI, each as the situation a hostile
 * or broken answer on loopback creates, and what the tool must do about it.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import * as fs from 'fs';
import { join } from 'path';
import { runBounded } from '../../tools/audit/boundedPool';
import type { CombinedAuditDocument } from '../../tools/audit/combinedJson';
import { createRedactor, redactStrings } from '../../tools/audit/redaction';
import { executeAudit, registerAuditCommand } from '../../tools/cli/commands/audit';
import { cannedReport } from '../../tools/mocknetsuite/cannedReports';
import type { MockAccount, MockNetSuite } from '../../tools/mocknetsuite/mockNetSuite';
import { auditOptions, useAuditWorkspace, writeAccountsFile } from './support/auditInputs';
import { capturedIo } from './support/capturedIo';
import { runCommand } from './support/commandRun';
import { clientAccount, mockAccountOf, targetOf } from './support/clientAccounts';
import { runAudit } from '../../tools/audit/auditRun';
import { httpRequest } from '../../tools/audit/httpTransport';
import type { HttpSender } from '../../tools/audit/httpTransport';
import type { ClientAccount } from './support/clientAccounts';

const workspace = useAuditWorkspace('acton-review-');
const mockOf = workspace.mockOf;

const accountsFile = (mock: MockNetSuite, clients: readonly ClientAccount[], name?: string): string =>
  writeAccountsFile(workspace.folder, mock, clients, name);
const options = auditOptions;

/** A JSON value nested `depth` levels deep. */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('1. one answer never ends the whole run', () => {
  it('a valid report with a field nested 5,000 levels deep is that account’s wrong answer; the others keep theirs', async () => {
    const ready = clientAccount('Ready Co', '7100001');
    const hostile = clientAccount('Deep Co', '7100002');
    const alsoReady = clientAccount('Also Ready Co', '7100003');
    const deepAnswer: MockAccount['answer'] = (query) => {
      const report = JSON.stringify(cannedReport('ready-administrator', hostile.accountId, query));
      return { status: 200, body: `${report.slice(0, -1)},"extra":${nested(5000)}}` };
    };
    const mock = await mockOf([
      mockAccountOf(ready),
      { ...mockAccountOf(hostile), answer: deepAnswer },
      mockAccountOf(alsoReady),
    ]);
    const out = join(workspace.folder, 'readiness.json');
    const io = capturedIo();

    const code = await executeAudit(
      options(accountsFile(mock, [ready, hostile, alsoReady]), { format: 'json', out }),
      io,
    );

    const document = JSON.parse(readFileSync(out, 'utf8')) as CombinedAuditDocument;
    expect(code).toBe(3);
    expect(document.accounts.map((account) => account.name)).toEqual(['Ready Co', 'Deep Co', 'Also Ready Co']);
    expect(io.out()).toContain('3 accounts: 2 READY, 1 WRONG ANSWER');
    expect(io.err()).not.toContain('Maximum call stack');
  });

  it('a throw while auditing one account becomes that account’s TOOL ERROR; the others finish', async () => {
    const clients = [
      clientAccount('A Co', '7100031'),
      clientAccount('B Co', '7100032'),
      clientAccount('C Co', '7100033'),
    ];
    const mock = await mockOf(clients.map(mockAccountOf));
    const targets = clients.map((client) => targetOf(mock, client));
    const send: HttpSender = (url, request) =>
      url.includes('7100032') ? Promise.reject(new Error('unexpected failure')) : httpRequest(url, request);

    const run = await runAudit(targets, { concurrency: 2, timeoutMs: 5_000, send });

    expect(
      run.results.map((result) => (result.outcome === 'report' ? result.report.verdict : result.failure.kind)),
    ).toEqual(['READY', 'tool-error', 'READY']);
    expect(run.results[1]?.outcome === 'error' && run.results[1].failure.message).toBe(
      'This tool failed on this account (unexpected failure).',
    );
  });

  it('redaction walks a value nested 100,000 levels deep without recursion', () => {
    const value = JSON.parse(nested(100_000)) as unknown;

    expect(() => redactStrings(value, createRedactor(['secret-value']))).not.toThrow();
  });

  it('redaction still copies every string, key and array item, secrets removed', () => {
    const redacted = redactStrings(
      { a: ['x secret-value', { 'secret-value': 2 }], b: null },
      createRedactor(['secret-value']),
    );

    expect(redacted).toEqual({ a: ['x [redacted]', { '[redacted]': 2 }], b: null });
  });

  it('the pool turns a throw into that item’s result and finishes the others', async () => {
    const results = await runBounded(
      [1, 2, 3],
      2,
      (item) => (item === 2 ? Promise.reject(new RangeError('boom')) : Promise.resolve(`done ${item}`)),
      () => false,
      (thrown) => `failed: ${(thrown as Error).message}`,
    );

    expect(results).toEqual(['done 1', 'failed: boom', 'done 3']);
  });
});

describe('5. --out never destroys a file', () => {
  it('naming the accounts file is refused before any call, and the credentials stay as they were', async () => {
    const client = clientAccount('Ready Co', '7100005');
    const mock = await mockOf([mockAccountOf(client)]);
    const file = accountsFile(mock, [client]);
    const before = readFileSync(file, 'utf8');

    const run = executeAudit(options(file, { format: 'csv', out: file }), capturedIo());

    await expect(run).rejects.toThrow(/--out .*accounts\.json: is .*accounts\.json, which this run reads/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(mock.requestsReceived(client.accountId)).toBe(0);
  });

  it('naming the accounts file through another path (a symbolic link) is refused too', async () => {
    const client = clientAccount('Ready Co', '7100006');
    const mock = await mockOf([mockAccountOf(client)]);
    const file = accountsFile(mock, [client]);
    const link = join(workspace.folder, 'link.json');
    symlinkSync(file, link);

    await expect(executeAudit(options(file, { out: link }), capturedIo())).rejects.toThrow(/which this run reads/);
  });

  it('a write that fails half-way (disk full) leaves the previous good report whole, and no temporary file', async () => {
    const client = clientAccount('Ready Co', '7100007');
    const out = join(workspace.folder, 'readiness.json');
    writeFileSync(out, '{"previous":"good report"}');
    const mock = await mockOf([mockAccountOf(client)]);
    const realWrite = fs.writeSync;
    const diskFull = jest.spyOn(fs, 'writeSync').mockImplementation(((descriptor: number, text: string) => {
      realWrite(descriptor, text.slice(0, 10));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }) as unknown as typeof fs.writeSync);
    const io = capturedIo();

    try {
      const code = await executeAudit(options(accountsFile(mock, [client]), { format: 'json', out }), io);

      expect(code).toBe(73);
    } finally {
      diskFull.mockRestore();
    }
    expect(readFileSync(out, 'utf8')).toBe('{"previous":"good report"}');
    expect(readdirSync(workspace.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(io.out()).toContain('1 account: 1 READY');
    expect(io.err()).toContain('cannot be written (ENOSPC)');
  });

  it('a successful write replaces the file whole', async () => {
    const client = clientAccount('Ready Co', '7100008');
    const out = join(workspace.folder, 'readiness.json');
    writeFileSync(out, 'x'.repeat(1_000_000));
    const mock = await mockOf([mockAccountOf(client)]);

    await executeAudit(options(accountsFile(mock, [client]), { format: 'json', out }), capturedIo());

    expect((JSON.parse(readFileSync(out, 'utf8')) as CombinedAuditDocument).accounts).toHaveLength(1);
    expect(existsSync(out)).toBe(true);
  });
});

describe('8. files read by the tools are regular files of bounded size', () => {
  it('/dev/zero as the accounts file is refused at once, not read', async () => {
    await expect(executeAudit(options('/dev/zero'), capturedIo())).rejects.toThrow('/dev/zero: is not a regular file');
  });

  it('an accounts file larger than the bound is refused without being read whole', async () => {
    const file = join(workspace.folder, 'huge.json');
    writeFileSync(file, Buffer.alloc(17 * 1024 * 1024, 0x20));
    chmodSync(file, 0o600);

    await expect(executeAudit(options(file), capturedIo())).rejects.toThrow(/huge\.json: is larger than 16 MiB/);
  });
});

describe('8. smaller findings', () => {
  it('a secret pasted as a key name in the accounts file is never printed back', async () => {
    const secret = 'f'.repeat(20) + '0123456789abcdef'.repeat(2) + 'e'.repeat(12);
    const file = join(workspace.folder, 'accounts.json');
    const client = clientAccount('Ready Co', '7100020');
    writeFileSync(
      file,
      JSON.stringify([{ name: client.name, accountId: client.accountId, ...client.credentials, [secret]: 'x' }]),
    );
    chmodSync(file, 0o600);

    const thrown = await executeAudit(options(file), capturedIo()).catch((error: unknown) => error);

    expect(String(thrown)).toContain('an unknown key that looks like a value, not a field name (not shown');
    expect(String(thrown)).not.toContain(secret);
  });

  it('every accounts-file problem is reported in one pass: schema problems and credential problems together', async () => {
    const file = join(workspace.folder, 'accounts.json');
    const good = clientAccount('Good Co', '7100021');
    writeFileSync(
      file,
      JSON.stringify([
        { name: 'No Id Co', ...good.credentials },
        { name: 'Half Co', accountId: '7100022', consumerKey: good.credentials.consumerKey },
        { name: 'Half Co', accountId: '7100023', ...good.credentials },
      ]),
    );
    chmodSync(file, 0o600);

    const thrown = await executeAudit(options(file), capturedIo()).catch((error: unknown) => error);

    const message = String(thrown);
    expect(message).toContain('[0] "No Id Co": "accountId" is missing');
    expect(message).toContain('[1] "Half Co": "consumerSecret" is missing');
    expect(message).toContain('[2] "Half Co": name: already used by entry [1]');
  });
});

describe('8. audit --help', () => {
  it('lists every exit code, 73 included', async () => {
    const run = await runCommand((program) => registerAuditCommand(program), ['audit', '--help']);

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/64 usage errors; 73 the run finished\s+but --out could not be written/);
  });
});
