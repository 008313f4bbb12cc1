/**
 * `node build/tools/preview/main.js`, what `npm start` runs after building: it prints its URL,
 * serves, stops cleanly on SIGINT and SIGTERM, and refuses bad settings or a taken port with a
 * message and an exit code instead of a stack trace. Needs `npm run build` first.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { httpRequest } from '../support/httpClient';
import { PROJECT_ROOT } from '../support/previewFixture';

jest.setTimeout(30_000);

const MAIN = path.join(PROJECT_ROOT, 'build', 'tools', 'preview', 'main.js');

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface StartedMain {
  readonly child: ChildProcess;
  readonly finished: Promise<Finished>;
  /** Resolves with the URL the program printed. */
  readonly url: Promise<string>;
}

function startMain(environment: Readonly<Record<string, string>>): StartedMain {
  if (!fs.existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run "npm run build" before these tests (npm test does).`);
  const child = spawn(process.execPath, [MAIN], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NOW: '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let announce: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (announce = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    const printed = /Act-On Readiness preview: (http:\/\/\S+)/.exec(stdout)?.[1];
    if (printed !== undefined) announce(printed);
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const finished = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, finished, url };
}

/** A port some other program holds for the duration of `use`. */
async function withTakenPort(use: (port: number) => Promise<void>): Promise<void> {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  try {
    await use((blocker.address() as net.AddressInfo).port);
  } finally {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  }
}

describe('npm start (build/tools/preview/main.js)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints its URL, serves the start page, and stops cleanly on %s',
    async (signal) => {
      const main = startMain({ PORT: '0' });
      const url = await main.url;

      const start = await httpRequest(url, '/');
      main.child.kill(signal);
      const finished = await main.finished;

      expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
      expect(start.status).toBe(200);
      expect(finished.stdout).toContain('Demo clock: 27 Nov 2026, 12:00 UTC');
      expect(finished.stdout).toContain('Preview stopped.');
      expect(finished.code).toBe(0);
    },
  );

  it('exits 64 with a message naming PORT when it is not a port', async () => {
    const finished = await startMain({ PORT: 'eighty' }).finished;

    expect(finished.code).toBe(64);
    expect(finished.stderr.trim()).toBe(
      'Act-On Readiness preview: PORT="eighty" is not a port: use a whole number from 1 to 65535 (0 picks a free one).',
    );
  });

  it('exits 1 saying the port is taken, and how to pick another', async () => {
    await withTakenPort(async (port) => {
      const finished = await startMain({ PORT: String(port) }).finished;

      expect(finished.code).toBe(1);
      expect(finished.stderr).toContain(`Port ${port} is already in use`);
      expect(finished.stderr).toContain('npm start');
      expect(finished.stderr).not.toMatch(/\n\s+at \S/);
    });
  });
});
