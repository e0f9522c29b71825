// The author's key to the inbox: the bearer token, or a login session kept (hashed) in the
// database, which belongs to the token in force when it began.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Store } from './db.js';
import type { RequestFacts } from './http/facts.js';
import { FailureLimiter } from './http/limits.js';
import { cookies } from './http/origin.js';
import type { Token, TokenSource } from './token.js';

const MAX_AGE = 30 * 86400;

/** Over https the cookie is `__Host-`: Secure, for this host and path / only, so no subdomain can plant one. */
const cookieName = (facts: RequestFacts) =>
  facts.protocol === 'https' ? '__Host-afterword_inbox' : 'afterword_inbox';

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
  /** Whether the request carries a live login session or the token (`Authorization: Bearer`). */
  check(req: IncomingMessage, facts: RequestFacts): Promise<Access>;
  /**
   * Checks a token typed into the login form; on success starts a session and gives the
   * Set-Cookie value for it.
   */
  login(facts: RequestFacts, value: string): Promise<Access & { cookie?: string }>;
  /** Ends the request's session; gives the Set-Cookie value that clears the cookie. */
  logout(req: IncomingMessage, facts: RequestFacts): Promise<string>;
  /** Ends every session, on every device; gives the Set-Cookie value that clears this one. */
  logoutEverywhere(facts: RequestFacts): Promise<string>;
}

export function createAuth(tokens: TokenSource, store: Store): Auth {
  // Wrong logins and wrong bearer tokens count together, per client address.
  const failures = new FailureLimiter();
  /** The token whose older sessions have been ended already. */
  let ended: string | undefined;

  /** The token in force; the first request that sees a new one ends every older session, for good. */
  const inForce = async (): Promise<Token | undefined> => {
    const token = tokens.current();
    if (token && token.fingerprint !== ended) {
      await store.endSessions(token.fingerprint);
      ended = token.fingerprint;
    }
    return token;
  };

  const cookie = (facts: RequestFacts, value: string) =>
    `${cookieName(facts)}=${value}; Path=/; Max-Age=${value ? MAX_AGE : 0}; HttpOnly; SameSite=Strict${facts.protocol === 'https' ? '; Secure' : ''}`;

  /** Counts a wrong secret against the address; the answer for it. */
  const tryToken = (facts: RequestFacts, token: Token, value: string): Access => {
    const wait = failures.wait(facts.client);
    if (wait) return { status: 'locked', wait };
    if (safeEqual(value.trim(), token.token)) return { status: 'ok' };
    failures.fail(facts.client);
    return { status: 'wrong' };
  };

  return {
    async check(req, facts) {
      const token = await inForce();
      if (!token) return { status: 'none' };
      // A live session opens the inbox whatever wrong guesses came from its address.
      const value = cookies(req)[cookieName(facts)];
      if (
        value &&
        (await store.hasSession(sessionHash(value), new Date().toISOString(), token.fingerprint))
      )
        return { status: 'ok' };
      // Only a bearer token is a guess at the token: a Basic-auth proxy's header is not ours.
      const auth = req.headers.authorization;
      if (auth && /^bearer /i.test(auth)) return tryToken(facts, token, auth.slice(7));
      return { status: 'none' };
    },
    async login(facts, value) {
      const token = await inForce();
      if (!token) return { status: 'none' };
      const access = tryToken(facts, token, value);
      if (access.status !== 'ok') return access;
      const session = randomBytes(32).toString('base64url');
      const now = new Date();
      const expires = new Date(now.getTime() + MAX_AGE * 1000);
      await store.createSession(
        sessionHash(session),
        now.toISOString(),
        expires.toISOString(),
        token.fingerprint,
      );
      return { status: 'ok', cookie: cookie(facts, session) };
    },
    async logout(req, facts) {
      const value = cookies(req)[cookieName(facts)];
      if (value) await store.deleteSession(sessionHash(value));
      return cookie(facts, '');
    },
    async logoutEverywhere(facts) {
      await store.endSessions();
      return cookie(facts, '');
    },
  };
}
