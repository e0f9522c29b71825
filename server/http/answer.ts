// Answers: every one the inbox writes itself carries the same security headers.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Headers on every answer that is not a static file. */
export const API_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export const TEXT = 'text/plain; charset=utf-8';

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    ...API_HEADERS,
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function json(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers?: OutgoingHttpHeaders,
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(data), headers);
}

export function text(
  res: ServerResponse,
  status: number,
  body: string,
  headers?: OutgoingHttpHeaders,
): void {
  send(res, status, TEXT, body, headers);
}

export function redirect(
  res: ServerResponse,
  location: string,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, 303, TEXT, `See ${location}`, { location, ...headers });
}
