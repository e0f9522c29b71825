// The author's key to the inbox: the bearer token, or the login cookie derived from it.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookies } from './http.js';

const COOKIE = 'afterword_inbox';
const MAX_AGE = 30 * 86400;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares two secrets in time that does not depend on where they differ or on their lengths. */
function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** The login cookie's value: derived from the token, so the token itself never sits in a cookie. */
function sessionFor(token: string): string {
  return createHmac('sha256', token).update('afterword-inbox-session').digest('base64url');
}

export interface Auth {
  /** Whether the request carries the token (bearer header) or the login cookie. */
  authorized(req: IncomingMessage): boolean;
  /** Whether `value` (typed into the login form) is the token. */
  matches(value: string): boolean;
  /** The Set-Cookie value that logs in (or, with `out`, logs out). */
  cookie(req: IncomingMessage, out?: boolean): string;
}

export function createAuth(token: string, trustProxy: boolean): Auth {
  const session = sessionFor(token);
  return {
    authorized(req) {
      const auth = req.headers.authorization;
      if (auth !== undefined)
        return /^bearer /i.test(auth) && safeEqual(auth.slice(7).trim(), token);
      const cookie = cookies(req)[COOKIE];
      return cookie !== undefined && safeEqual(cookie, session);
    },
    matches: (value) => safeEqual(value.trim(), token),
    cookie(req, out = false) {
      const secure =
        'encrypted' in req.socket || (trustProxy && req.headers['x-forwarded-proto'] === 'https');
      const value = out ? '' : session;
      return `${COOKIE}=${value}; Path=/; Max-Age=${out ? 0 : MAX_AGE}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
    },
  };
}
