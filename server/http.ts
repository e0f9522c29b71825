// Small HTTP helpers for the inbox: answers with security headers, bounded body reading,
// origin checks, cookies, constant-time token checks and a per-client rate limit.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Headers on every answer that is not a static file. */
export const API_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

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

export function redirect(
  res: ServerResponse,
  location: string,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, 303, 'text/plain; charset=utf-8', `See ${location}`, { location, ...headers });
}

/** The media type without parameters, lowercased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export const TOO_LARGE = Symbol('too large');

/**
 * Reads the body up to `limit` bytes. Past the limit it stops keeping it (a declared
 * Content-Length over the limit is refused before a byte is read) and resolves TOO_LARGE.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | typeof TOO_LARGE> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        resolve(TOO_LARGE);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error = new Error('the client went away')) => {
      cleanup();
      reject(Object.assign(error, { clientGone: true }));
    };
    const onClose = () => onError();
    const cleanup = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

const LINGER = 1024 * 1024;

/**
 * After a refused body: what is still on its way is thrown away unread (at most 1 MiB more), so
 * the client gets to read the answer instead of a reset connection; past that the connection is
 * cut. Returns the headers the answer needs.
 */
export function discardRest(req: IncomingMessage): OutgoingHttpHeaders {
  if (Number(req.headers['content-length']) > LINGER) return { connection: 'close' };
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > LINGER) req.socket.destroy();
  });
  req.resume();
  return {};
}

/** The Host the browser talked to, for same-origin checks. */
function hostOf(req: IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? req.headers['x-forwarded-host'] : undefined;
  return (
    (typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : undefined) ??
    req.headers.host
  );
}

export function isSameOrigin(origin: string, req: IncomingMessage, trustProxy: boolean): boolean {
  try {
    return new URL(origin).host === hostOf(req, trustProxy)?.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Whether a state-changing request comes from the inbox's own pages: its Origin is the inbox's
 * own, or (where the browser sends `Origin: null`, as on the inbox's no-referrer pages)
 * `Sec-Fetch-Site: same-origin`. A request with neither is refused: every browser sends one.
 */
export function fromOwnPage(req: IncomingMessage, trustProxy: boolean): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') return isSameOrigin(origin, req, trustProxy);
  return req.headers['sec-fetch-site'] === 'same-origin';
}

/** Who a request counts against for the rate limit: an IPv4 address, or an IPv6 /64 network. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  // The last address is the one our own proxy saw; earlier ones are the client's word.
  const last = typeof forwarded === 'string' ? forwarded.split(',').pop()!.trim() : '';
  return network(last || req.socket.remoteAddress || 'unknown');
}

/** One IPv6 host usually holds a whole /64, so counting single addresses would be no limit. */
function network(address: string): string {
  if (address.startsWith('::ffff:')) return address.slice(7);
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

export function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Wrong secrets per client address (logins and bearer tokens alike): after `max` within
 * `windowMs`, that address must wait until the oldest of them is `windowMs` old.
 */
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private max = 10,
    private windowMs = 15 * 60_000,
    private now: () => number = Date.now,
  ) {}

  /** 0 when the address may try, else the whole seconds to wait. */
  wait(key: string): number {
    const t = this.now();
    const recent = (this.failures.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    if (recent.length < this.max) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
  }

  fail(key: string): void {
    const list = this.failures.get(key) ?? [];
    list.push(this.now());
    // Only the latest `max` matter for the answer.
    this.failures.set(key, list.slice(-this.max));
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }
}

/**
 * A token bucket per client address: `perMinute` submissions at once, then one every
 * 60/perMinute seconds. 0 turns it off.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  private swept = 0;

  constructor(
    private perMinute: number,
    private now: () => number = Date.now,
  ) {}

  /** 0 when the request may go ahead, else the whole seconds to wait. */
  take(key: string): number {
    if (!this.perMinute) return 0;
    const t = this.now();
    const rate = this.perMinute / 60_000;
    if (t - this.swept > 60_000) this.sweep(t);
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (t - bucket.at) * rate);
    bucket.at = t;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate / 1000));
  }

  /** Forgets clients whose bucket has filled up again: they are back to a fresh start anyway. */
  private sweep(t: number): void {
    this.swept = t;
    for (const [key, bucket] of this.buckets) if (t - bucket.at >= 60_000) this.buckets.delete(key);
  }
}
