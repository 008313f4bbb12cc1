/**
 * A bare HTTP client for server tests: full control of method, headers (Host included) and
 * body, and the response as received (redirects not followed).
 */
import * as http from 'http';

export interface HttpExchange {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface HttpRequestOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** Sends one request to `origin` + `path`. */
export function httpRequest(origin: string, path: string, options: HttpRequestOptions = {}): Promise<HttpExchange> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(path, origin),
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A form post's body and headers. */
export function formPost(fields: Readonly<Record<string, string>>): HttpRequestOptions {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}
