// ALTCHA proof of work (altcha-lib, its default v2 format with SHA-256): GET /api/challenge hands
// out signed challenges; each submission's solution (ALTCHA's base64 payload) is verified, and
// good once: its challenge is remembered until it expires, so a replayed one is spam.
import { randomBytes } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Database } from './database.js';

/** How long a challenge may be answered: long enough for a slow phone, short for a replay store. */
const LIFETIME = 10 * 60_000;
/** The counter the solver must find, at random in this range: ~10k SHA-256 on average. */
export const POW_COUNTER = [5_000, 15_000] as const;

/** What a submission's proof of work says: null when it is good, else the spam reason. */
export type PowVerdict = null | 'pow-missing' | 'pow-invalid' | 'pow-replayed';

export interface Pow {
  challenge(): Promise<Challenge>;
  check(altcha: string | undefined): Promise<PowVerdict>;
}

/** The signing secrets live in the database: every process on one PostgreSQL accepts the others'. */
async function secret(database: Database): Promise<string> {
  const { db } = database;
  const read = async () =>
    (
      await db
        .selectFrom('settings')
        .select('value')
        .where('name', '=', 'pow_secret')
        .executeTakeFirst()
    )?.value;
  const found = await read();
  if (found) return found;
  await db
    .insertInto('settings')
    .values({ name: 'pow_secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return (await read())!;
}

/** ALTCHA's payload: base64 of `{ challenge: { parameters, signature }, solution }`. */
function decode(altcha: string) {
  try {
    const data = JSON.parse(Buffer.from(altcha, 'base64').toString('utf8'));
    if (typeof data?.challenge?.parameters === 'object' && typeof data?.solution === 'object')
      return data as Parameters<typeof verifySolution>[0];
  } catch {
    // not a payload
  }
  return undefined;
}

export async function openPow(database: Database): Promise<Pow> {
  const key = await secret(database);
  const secrets = { hmacSignatureSecret: `${key}.challenge`, hmacKeySignatureSecret: `${key}.key` };
  const { db } = database;
  let pruned = 0;
  return {
    challenge: () =>
      createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        counter: randomInt(...POW_COUNTER),
        deriveKey,
        expiresAt: new Date(Date.now() + LIFETIME),
        ...secrets,
      }),
    async check(altcha) {
      if (!altcha) return 'pow-missing';
      const payload = decode(altcha);
      if (!payload || payload.challenge.parameters.algorithm !== 'SHA-256') return 'pow-invalid';
      let verified = false;
      try {
        ({ verified } = await verifySolution({
          challenge: payload.challenge,
          solution: payload.solution,
          deriveKey,
          ...secrets,
        }));
      } catch {
        verified = false;
      }
      if (!verified) return 'pow-invalid';
      // Once only: the first to store the challenge's signature wins.
      const now = Date.now();
      // Challenges past their time can't be answered any more: forgotten once a minute.
      if (now - pruned > 60_000) {
        pruned = now;
        await db.deleteFrom('pow_used').where('expires_at', '<', now).execute();
      }
      const used = await db
        .insertInto('pow_used')
        .values({ challenge: String(payload.challenge.signature), expires_at: now + LIFETIME })
        .onConflict((oc) => oc.column('challenge').doNothing())
        .returning('challenge')
        .executeTakeFirst();
      return used ? null : 'pow-replayed';
    },
  };
}
