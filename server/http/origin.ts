// Whether a request comes from the inbox's own pages, and the cookies it carries.
import type { IncomingMessage } from 'node:http';
import type { RequestFacts } from './facts.js';

export function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Whether `origin` (a browser's Origin header) is the inbox's own: the same scheme, host and port
 * (`--public-url`'s, or as this request reached the inbox).
 */
export function isSameOrigin(origin: string, facts: RequestFacts): boolean {
  try {
    return facts.origin !== undefined && new URL(origin).origin === facts.origin;
  } catch {
    return false;
  }
}

/**
 * Whether a state-changing request comes from the inbox's own pages: its Origin is the inbox's
 * own, or (where the browser sends `Origin: null`, as on the inbox's no-referrer pages)
 * `Sec-Fetch-Site: same-origin`. A request with neither is refused: every browser sends one.
 */
export function fromOwnPage(req: IncomingMessage, facts: RequestFacts): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') return isSameOrigin(origin, facts);
  return req.headers['sec-fetch-site'] === 'same-origin';
}
