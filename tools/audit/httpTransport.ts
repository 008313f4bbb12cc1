/**
 * One HTTP(S) request with Node's own client: a deadline for the whole exchange (connection,
 * headers and body), a cap on the body's size, and cancellation. Redirects are not followed:
 * a signature is only valid for the URL it was made for.
 */
import * as http from 'http';
import * as https from 'https';
import type { RequestAgents } from './requestAgents';

/** A complete answer. */
export interface TransportAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly retryAfter: string | null;
  /** The server's Date header, for clock checks. */
  readonly date: string | null;
  readonly body: string;
}

/** Why no complete answer arrived. */
export type TransportFailure =
  | { readonly kind: 'timeout' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'network'; readonly code: string; readonly message: string };

export type TransportResult =
  { readonly ok: true; readonly answer: TransportAnswer } | { readonly ok: false; readonly failure: TransportFailure };

export interface TransportOptions {
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Aborting it ends the request at once (Ctrl-C). */
  readonly signal?: AbortSignal;
  readonly maxBodyBytes?: number;
  /** Keep-alive (and proxy) agents shared by a run; Node's global agents otherwise. */
  readonly agents?: RequestAgents;
  /** GET unless given; a POST sends `body`. */
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
}

/** A readiness report is tens of kilobytes; anything this large is not one. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

function headerText(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/** Sends the request and resolves with the answer or the reason there is none; never rejects. */
export function httpRequest(url: string, options: TransportOptions): Promise<TransportResult> {
  // Node refuses some requests before sending them (a header it cannot encode): that is a failure too, not a throw.
  return send(new URL(url), options).catch((error: NodeJS.ErrnoException) => ({
    ok: false,
    failure: networkFailure(error),
  }));
}

/** The signature every sender has (tests pass their own). */
export type HttpSender = typeof httpRequest;

function send(target: URL, options: TransportOptions): Promise<TransportResult> {
  const client = target.protocol === 'https:' ? https : http;
  const agent = options.agents?.agentFor(target);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: TransportResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
      request.destroy();
    };
    const method = options.method ?? 'GET';
    const request = client.request(
      target,
      { method, headers: options.headers, ...(agent === undefined ? {} : { agent }) },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBodyBytes) finish({ ok: false, failure: { kind: 'too-large', limitBytes: maxBodyBytes } });
          else chunks.push(chunk);
        });
        response.on('end', () =>
          finish({
            ok: true,
            answer: {
              status: response.statusCode ?? 0,
              contentType: headerText(response.headers['content-type']) ?? '',
              retryAfter: headerText(response.headers['retry-after']),
              date: headerText(response.headers.date),
              body: Buffer.concat(chunks).toString('utf8'),
            },
          }),
        );
        response.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, failure: networkFailure(error) }));
      },
    );
    const onAbort = (): void => finish({ ok: false, failure: { kind: 'cancelled' } });
    const timer = setTimeout(() => finish({ ok: false, failure: { kind: 'timeout' } }), options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, failure: networkFailure(error) }));
    if (options.signal?.aborted === true) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    request.end(options.body);
  });
}

function networkFailure(error: NodeJS.ErrnoException): TransportFailure {
  return { kind: 'network', code: error.code ?? 'ERROR', message: error.message };
}
