// The author's key to the inbox: the bearer token, or a login session kept (hashed) in the database.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Store } from './db.js';
import type { RequestFacts } from './http/facts.js';
import { FailureLimiter } from './http/limits.js';
import { cookies } from './http/origin.js';

const COOKIE = 'afterword_inbox';
const MAX_AGE = 30 * 86400;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares two secrets in time that does not depend on where they differ or on their lengths. */
function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** What the database keeps of a session: its hash, so a copy of the database opens nothing. */
const sessionHash = (value: string) => digest(value).toString('hex');

/**
 * `ok`: the token or a live session; `none`: no credential at all (or an unknown session);
 * `wrong`: a wrong bearer token; `locked`: too many wrong tokens from this address, wait `wait` s.
 */
export type Access = { status: 'ok' | 'none' | 'wrong' } | { status: 'locked'; wait: number };

export interface Auth {
  /** Whether the request carries the token (bearer header) or a live login session. */
  check(req: IncomingMessage, facts: RequestFacts): Promise<Access>;
  /**
   * Checks a token typed into the login form; on success starts a session and gives the
   * Set-Cookie value for it.
   */
  login(
    req: IncomingMessage,
    facts: RequestFacts,
    value: string,
  ): Promise<Access & { cookie?: string }>;
  /** Ends the request's session; gives the Set-Cookie value that clears the cookie. */
  logout(req: IncomingMessage, facts: RequestFacts): Promise<string>;
}

export function createAuth(token: string, store: Store): Auth {
  // Wrong logins and wrong bearer tokens count together, per client address.
  const failures = new FailureLimiter();

  const cookie = (facts: RequestFacts, value: string) =>
    `${COOKIE}=${value}; Path=/; Max-Age=${value ? MAX_AGE : 0}; HttpOnly; SameSite=Strict${facts.protocol === 'https' ? '; Secure' : ''}`;

  /** Counts a wrong secret against the address; the answer for it. */
  const tryToken = (facts: RequestFacts, value: string): Access => {
    const wait = failures.wait(facts.client);
    if (wait) return { status: 'locked', wait };
    if (safeEqual(value.trim(), token)) return { status: 'ok' };
    failures.fail(facts.client);
    return { status: 'wrong' };
  };

  return {
    async check(req, facts) {
      const auth = req.headers.authorization;
      if (auth !== undefined) return tryToken(facts, /^bearer /i.test(auth) ? auth.slice(7) : '');
      const value = cookies(req)[COOKIE];
      if (!value) return { status: 'none' };
      const live = await store.hasSession(sessionHash(value), new Date().toISOString());
      return { status: live ? 'ok' : 'none' };
    },
    async login(_req, facts, value) {
      const access = tryToken(facts, value);
      if (access.status !== 'ok') return access;
      const session = randomBytes(32).toString('base64url');
      const now = new Date();
      const expires = new Date(now.getTime() + MAX_AGE * 1000);
      await store.createSession(sessionHash(session), now.toISOString(), expires.toISOString());
      return { status: 'ok', cookie: cookie(facts, session) };
    },
    async logout(req, facts) {
      const value = cookies(req)[COOKIE];
      if (value) await store.deleteSession(sessionHash(value));
      return cookie(facts, '');
    },
  };
}
