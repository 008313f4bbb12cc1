/**
 * The preview web server: Node's http module on the loopback interface only, answering with
 * the routes of ./previewRoutes. It builds each demo account once, on first use, and runs the
 * compiled Suitelet afresh for every request.
 *
 * ```ts
 * const preview = await startPreviewServer({ projectRoot, now: DEMO_CLOCK, clockSource: 'demo', port: 0 });
 * preview.url; // http://localhost:<port>/
 * await preview.close();
 * ```
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { performance } from 'perf_hooks';
import { DEMO_SCENARIOS, type DemoScenario } from '../scenarios/demoScenarios';
import { DemoAccountPool } from './demoAccountPool';
import { htmlResponse, type PreviewApp, type PreviewResponse } from './previewApp';
import { CONSOLE_LOG, type PreviewLog } from './previewLog';
import { clockLabel, clockSentence, errorPage } from './previewPages';
import { failureResponse, routePreviewRequest } from './previewRoutes';
import { DEFAULT_PORT, type ClockSource } from './previewSettings';
import { readinessSuitelet } from './previewSuitelet';

export interface PreviewServerOptions {
  /** The project whose compiled Suitelet and scenarios are served. */
  readonly projectRoot: string;
  /** "Now" for every demo account. */
  readonly now: Date;
  readonly clockSource: ClockSource;
  /** The demo accounts to offer; the bundled ones by default. */
  readonly scenarios?: readonly DemoScenario[];
  /** 0 lets the system pick a free port; {@link DEFAULT_PORT} by default. */
  readonly port?: number;
  readonly log?: PreviewLog;
}

export interface RunningPreview {
  /** e.g. `http://localhost:4300/` */
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests, ends open connections and frees the accounts. */
  close(): Promise<void>;
}

/** The port cannot be listened on; the message says what to do. */
export class PreviewStartError extends Error {
  override readonly name = 'PreviewStartError';
}

/** The interface the server listens on: loopback only, so nothing outside this machine reaches it. */
const LOOPBACK = '127.0.0.1';

/** The largest request body read; the Suitelet's form posts a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

/** Host names a browser on this machine uses; anything else (DNS rebinding) is refused. */
const LOCAL_HOST_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalHost(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined) return true;
  const name = hostHeader.trim().toLowerCase().replace(/:\d+$/, '');
  return LOCAL_HOST_NAMES.has(name);
}

/** The client closed the connection before its request body ended: nothing to answer, one line to log. */
class ClientAbortedError extends Error {}

/** The request body, or null when it is larger than {@link MAX_BODY_BYTES} (read to the end either way). */
function readBody(request: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => reject(new ClientAbortedError('aborted')));
    request.on('aborted', () => reject(new ClientAbortedError('aborted')));
  });
}

function headerRecord(request: http.IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

async function answer(app: PreviewApp, request: http.IncomingMessage): Promise<PreviewResponse> {
  if (!isLocalHost(request.headers.host)) {
    return htmlResponse(403, errorPage('Not served here', 'The preview answers requests for localhost only.'));
  }
  const body = await readBody(request);
  if (body === null)
    return htmlResponse(
      413,
      errorPage('Request too large', `The preview reads request bodies up to ${MAX_BODY_BYTES / 1024} KB.`),
    );
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://localhost');
  try {
    return await routePreviewRequest(app, { method, url, headers: headerRecord(request), body });
  } catch (thrown) {
    const { response, expected } = failureResponse(thrown);
    app.log.error(`${method} ${url.pathname}${url.search} failed.`, expected ? undefined : thrown);
    return response;
  }
}

function send(response: http.ServerResponse, answered: PreviewResponse): void {
  const body = Buffer.from(answered.body, 'utf8');
  response.writeHead(answered.status, {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    ...answered.headers,
    'content-length': String(body.length),
  });
  response.end(body);
}

function handler(app: PreviewApp): http.RequestListener {
  return (request, response) => {
    const started = performance.now();
    answer(app, request)
      .then(undefined, (thrown: unknown) => {
        if (!(thrown instanceof ClientAbortedError)) throw thrown;
        app.log.warn(
          `${request.method ?? 'GET'} ${request.url ?? '/'}: the client closed the connection before sending ` +
            `the whole request body; nothing was answered.`,
        );
        response.destroy();
        return null;
      })
      .catch((thrown: unknown) => {
        app.log.error('The preview failed to answer a request.', thrown);
        return failureResponse(thrown).response;
      })
      .then((answered) => {
        if (answered === null) return;
        send(response, answered);
        const milliseconds = Math.round(performance.now() - started);
        const summary = answered.summary === undefined ? '' : `, ${answered.summary}`;
        app.log.info(
          `${request.method ?? 'GET'} ${request.url ?? '/'} -> ${answered.status} (${milliseconds} ms${summary})`,
        );
      })
      .catch((thrown: unknown) => app.log.error('The preview could not send a response.', thrown));
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use (is another preview running?): stop that program, or pick another ` +
            `port, e.g. PORT=${port === DEFAULT_PORT ? DEFAULT_PORT + 1 : DEFAULT_PORT} npm start.`
          : error.code === 'EACCES'
            ? `Port ${port} needs privileges this user lacks: pick one above 1023, e.g. PORT=${DEFAULT_PORT} npm start.`
            : `Cannot listen on port ${port}: ${error.message}`;
      reject(new PreviewStartError(reason));
    };
    server.once('error', onError);
    server.listen({ port, host: LOOPBACK }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the preview server.
 * @throws PreviewStartError when the port is taken or cannot be used
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const log = options.log ?? CONSOLE_LOG;
  const pool = new DemoAccountPool(options.projectRoot, options.now, log);
  const app: PreviewApp = {
    scenarios: options.scenarios ?? DEMO_SCENARIOS,
    suitelet: readinessSuitelet(options.projectRoot),
    pool,
    clock: {
      label: clockLabel(options.now, options.clockSource),
      sentence: clockSentence(options.now, options.clockSource),
    },
    log,
    verdicts: new Map(),
  };
  const server = http.createServer(handler(app));
  const port = await listen(server, options.port ?? DEFAULT_PORT);
  return {
    url: `http://localhost:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          pool.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
