// The outbox: notifications waiting to be delivered, in the same database as the messages (SQLite
// or PostgreSQL, through the one storage layer). Four steps: enqueue (one small row inside the
// insert's transaction), spread (the notifier turns it into one delivery per destination, off the
// readers' path), claim the due ones, and finish each (delete after success, or note the failure
// and the next try). With several processes on one PostgreSQL, spreading and claiming skip the
// rows another process holds (FOR UPDATE SKIP LOCKED): each delivery is made by one process.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Tables } from './database.js';
import { toItem, type Item, type Row } from './db.js';

export interface Target {
  key: string;
  /** When a new message's notification is first due (now, or the next digest hour). */
  firstTry(now: number): number;
}

export interface Claimed {
  n: number;
  delivery: string;
  destination: string;
  attempts: number;
  queuedAt: number;
  item: Item;
}

export type Outcome =
  | { n: number; ok: true }
  | { n: number; ok: false; error: string; nextAt: number | null; now: number };

export interface FailingDestination {
  destination: string;
  waiting: number;
  attempts: number;
  lastError: string;
  nextAt: number | null;
  gaveUp: number;
}

export interface Outbox {
  /** Queues new messages for notification; call inside their insert transaction. */
  enqueue(trx: Transaction<Tables>, items: Item[]): Promise<void>;
  /** Turns up to `limit` queued messages into deliveries; resolves with how many it took. */
  spread(limit: number): Promise<number>;
  /** Takes the due deliveries of a destination for this process (until finished or the lease ends). */
  claimDue(destination: string, now: number, limit: number): Promise<Claimed[]>;
  /** Keeps this process's claims alive while it is still delivering them. */
  renew(now: number): Promise<void>;
  finish(outcomes: Outcome[]): Promise<void>;
  /** Frees every claim: only for SQLite, whose file one process owns, when its notifier starts. */
  releaseAll(): Promise<void>;
  /** Destinations with deliveries that failed at least once and are not yet delivered. */
  failing(): Promise<FailingDestination[]>;
  /** Deletes the deliveries given up before `before` (ms): /inbox has listed them long enough. */
  prune(before: number): Promise<void>;
}

/** A claim not renewed for this long belongs to a process that died while delivering. */
export const LEASE = 60_000;

export function openOutbox(database: Database, targets: Target[], lease = LEASE): Outbox {
  const { db } = database;
  const postgres = database.dialect === 'postgres';
  // Which process holds a claim: a claim outlives a lease only while its process renews it.
  const me = randomUUID();

  return {
    async enqueue(trx, items) {
      if (!items.length) return;
      await trx
        .insertInto('outbox_queue')
        .values(items.map((i) => ({ item_id: i.id, queued_at: Date.parse(i.receivedAt) })))
        .execute();
    },

    spread(limit) {
      // The DELETE comes first, so a SQLite transaction takes the write lock at once (a read
      // first could not upgrade if another connection wrote meanwhile).
      return database.transaction(async (trx) => {
        const taken = await trx
          .deleteFrom('outbox_queue')
          .where('seq', 'in', (eb) =>
            eb
              .selectFrom('outbox_queue')
              .select('seq')
              .orderBy('seq')
              .limit(limit)
              .$if(postgres, (q) => q.forUpdate().skipLocked()),
          )
          .returning(['seq', 'item_id', 'queued_at'])
          .execute();
        const rows = taken
          .sort((a, b) => Number(a.seq) - Number(b.seq))
          .flatMap((r) =>
            targets.map((t) => ({
              delivery: randomUUID(),
              destination: t.key,
              item_id: r.item_id,
              queued_at: Number(r.queued_at),
              next_at: t.firstTry(Number(r.queued_at)),
            })),
          );
        for (let i = 0; i < rows.length; i += 500)
          await trx
            .insertInto('outbox')
            .values(rows.slice(i, i + 500))
            .execute();
        return taken.length;
      });
    },

    async claimDue(destination, now, limit) {
      // One statement: claims only rows nobody holds (or whose holder stopped renewing).
      const claimed = await db
        .updateTable('outbox')
        .set({ claimed_at: now, claimed_by: me })
        .where('n', 'in', (eb) =>
          eb
            .selectFrom('outbox')
            .select('n')
            .where('destination', '=', destination)
            .where('gave_up_at', 'is', null)
            .where('next_at', '<=', now)
            .where((w) => w.or([w('claimed_at', 'is', null), w('claimed_at', '<', now - lease)]))
            .orderBy('next_at')
            .orderBy('n')
            .limit(limit)
            .$if(postgres, (q) => q.forUpdate().skipLocked()),
        )
        .returning(['n', 'delivery', 'destination', 'attempts', 'queued_at', 'next_at', 'item_id'])
        .execute();
      if (!claimed.length) return [];
      const ids = [...new Set(claimed.map((c) => c.item_id))];
      const items = new Map<string, Item>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom('feedback')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + 500))
          .execute();
        for (const r of rows) items.set(r.id, toItem(r as Row));
      }
      return claimed
        .sort((a, b) => Number(a.next_at) - Number(b.next_at) || Number(a.n) - Number(b.n))
        .filter((c) => items.has(c.item_id))
        .map((c) => ({
          n: Number(c.n),
          delivery: c.delivery,
          destination: c.destination,
          attempts: Number(c.attempts),
          queuedAt: Number(c.queued_at),
          item: items.get(c.item_id)!,
        }));
    },

    async renew(now) {
      await db
        .updateTable('outbox')
        .set({ claimed_at: now })
        .where('claimed_by', '=', me)
        .where('claimed_at', 'is not', null)
        .execute();
    },

    async finish(outcomes) {
      if (!outcomes.length) return;
      const mine = (q: Kysely<Tables>, n: number[]) =>
        q.deleteFrom('outbox').where('n', 'in', n).where('claimed_by', '=', me);
      await database.transaction(async (trx) => {
        const sent = outcomes.filter((o) => o.ok).map((o) => o.n);
        for (let i = 0; i < sent.length; i += 500)
          await mine(trx, sent.slice(i, i + 500)).execute();
        for (const o of outcomes) {
          if (o.ok) continue;
          await trx
            .updateTable('outbox')
            .set((eb) => ({
              attempts: eb('attempts', '+', 1),
              last_error: o.error,
              last_try_at: o.now,
              next_at: o.nextAt ?? eb.ref('next_at'),
              gave_up_at: o.nextAt === null ? o.now : null,
              claimed_at: null,
              claimed_by: null,
            }))
            .where('n', '=', o.n)
            .where('claimed_by', '=', me)
            .execute();
        }
      });
    },

    async releaseAll() {
      await db
        .updateTable('outbox')
        .set({ claimed_at: null, claimed_by: null })
        .where('claimed_at', 'is not', null)
        .execute();
    },

    async prune(before) {
      await db
        .deleteFrom('outbox')
        .where('gave_up_at', 'is not', null)
        .where('gave_up_at', '<', before)
        .execute();
    },

    async failing() {
      const rows = await db
        .selectFrom('outbox')
        .select((eb) => [
          'destination',
          eb.fn.countAll().as('waiting'),
          eb.fn.max('attempts').as('attempts'),
          eb.fn
            .min(eb.case().when('gave_up_at', 'is', null).then(eb.ref('next_at')).else(null).end())
            .as('next_at'),
          eb.fn
            .sum(eb.case().when('gave_up_at', 'is not', null).then(1).else(0).end())
            .as('gave_up'),
        ])
        .where('attempts', '>', 0)
        .groupBy('destination')
        .orderBy('destination')
        .execute();
      return Promise.all(
        rows.map(async (r) => {
          const last = await db
            .selectFrom('outbox')
            .select('last_error')
            .where('destination', '=', r.destination)
            .where('attempts', '>', 0)
            .orderBy('last_try_at', 'desc')
            .limit(1)
            .executeTakeFirst();
          return {
            destination: r.destination,
            waiting: Number(r.waiting),
            attempts: Number(r.attempts),
            lastError: last?.last_error ?? '',
            nextAt: r.next_at === null ? null : Number(r.next_at),
            gaveUp: Number(r.gave_up),
          };
        }),
      );
    },
  };
}
