// Login sessions in the database, by the SHA-256 of their cookie value, each tied to the token in
// force when it began.
import type { Kysely } from 'kysely';
import type { Tables } from './database.js';

export interface Sessions {
  /**
   * Keeps a login session, by the hash of its cookie value, until `expiresAt`, for the token
   * whose fingerprint is `token`.
   */
  createSession(hash: string, now: string, expiresAt: string, token: string): Promise<void>;
  /** Whether a session with this hash is there, not expired, and made with this token. */
  hasSession(hash: string, now: string, token: string): Promise<boolean>;
  deleteSession(hash: string): Promise<void>;
  /** Ends every session, or (with a token's fingerprint) every one not made with that token. */
  endSessions(except?: string): Promise<void>;
}

export function sessionStore(db: Kysely<Tables>): Sessions {
  return {
    async createSession(hash, now, expiresAt, token) {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
      await db
        .insertInto('sessions')
        .values({ hash, created_at: now, expires_at: expiresAt, token })
        .execute();
    },
    async hasSession(hash, now, token) {
      const row = await db
        .selectFrom('sessions')
        .select('hash')
        .where('hash', '=', hash)
        .where('expires_at', '>', now)
        .where('token', '=', token)
        .executeTakeFirst();
      return row !== undefined;
    },
    async deleteSession(hash) {
      await db.deleteFrom('sessions').where('hash', '=', hash).execute();
    },
    async endSessions(except) {
      await db
        .deleteFrom('sessions')
        .$if(except !== undefined, (q) =>
          q.where((eb) => eb.or([eb('token', 'is', null), eb('token', '<>', except!)])),
        )
        .execute();
    },
  };
}
