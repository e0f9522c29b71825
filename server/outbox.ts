// The outbox: notifications waiting to be delivered, in the same SQLite database as the messages.
// All of its SQL is here, behind four steps: enqueue (one small row inside the insert's
// transaction), spread (the notifier turns it into one delivery per destination, off the readers'
// path), claim the due ones, and finish each (delete after success, or note the failure and the
// next try).
import type BetterSqlite3 from 'better-sqlite3';
import { toItem, type Row } from './db.js';
import type { Stored } from './notify/message.js';

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
  item: Stored;
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
  /** Queues one delivery per destination for a new message; call inside its insert transaction. */
  enqueue(itemId: string, now: number): void;
  /** Turns up to `limit` queued messages into deliveries; returns how many it took. */
  spread(limit: number): number;
  claimDue(destination: string, now: number, limit: number): Claimed[];
  finish(outcomes: Outcome[]): void;
  /** Destinations with deliveries that failed at least once and are not yet delivered. */
  failing(): FailingDestination[];
}

/** A claim older than this is taken to belong to a process that died while delivering. */
const LEASE = 5 * 60_000;

// outbox_queue is all a reader's request writes (one row, no index); outbox holds a row per
// destination and message, made by the notifier.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox_queue (item_id TEXT NOT NULL, queued_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (
  n INTEGER PRIMARY KEY,
  delivery TEXT NOT NULL,
  destination TEXT NOT NULL,
  item_id TEXT NOT NULL,
  queued_at INTEGER NOT NULL,
  next_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  last_try_at INTEGER,
  claimed_at INTEGER,
  gave_up_at INTEGER
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (destination, next_at) WHERE gave_up_at IS NULL;
`;

export function openOutbox(db: BetterSqlite3.Database, targets: Target[]): Outbox {
  db.exec(SCHEMA);
  // One process owns an SQLite file: claims left by one that was killed are free again at once.
  db.prepare('UPDATE outbox SET claimed_at = NULL WHERE claimed_at IS NOT NULL').run();

  const queue = db.prepare('INSERT INTO outbox_queue (item_id, queued_at) VALUES (?, ?)');
  const queued = db.prepare<[number], { rowid: number; item_id: string; queued_at: number }>(
    'SELECT rowid, item_id, queued_at FROM outbox_queue ORDER BY rowid LIMIT ?',
  );
  const unqueue = db.prepare('DELETE FROM outbox_queue WHERE rowid <= ?');
  const insert = db.prepare(
    'INSERT INTO outbox (delivery, destination, item_id, queued_at, next_at) VALUES (?, ?, ?, ?, ?)',
  );
  const due = db.prepare<[string, number, number, number], Row & Record<string, unknown>>(
    `SELECT o.n, o.delivery, o.destination, o.attempts, o.queued_at, f.*
     FROM outbox o JOIN feedback f ON f.id = o.item_id
     WHERE o.destination = ? AND o.gave_up_at IS NULL AND o.next_at <= ?
       AND (o.claimed_at IS NULL OR o.claimed_at < ?)
     ORDER BY o.next_at, o.n LIMIT ?`,
  );
  const claim = db.prepare('UPDATE outbox SET claimed_at = ? WHERE n = ?');
  const sent = db.prepare('DELETE FROM outbox WHERE n = ?');
  const failed = db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = @error, last_try_at = @now,
       next_at = coalesce(@nextAt, next_at), gave_up_at = CASE WHEN @nextAt IS NULL THEN @now END,
       claimed_at = NULL
     WHERE n = @n`,
  );
  // SQLite fills last_error from the row holding max(last_try_at): the latest failure.
  const failing = db.prepare<[], Record<string, unknown>>(
    `SELECT destination, count(*) AS waiting, max(attempts) AS attempts, max(last_try_at) AS last_try,
       last_error, min(CASE WHEN gave_up_at IS NULL THEN next_at END) AS next_at,
       sum(gave_up_at IS NOT NULL) AS gave_up
     FROM outbox WHERE attempts > 0 GROUP BY destination ORDER BY destination`,
  );

  const claimAll = db.transaction((destination: string, now: number, limit: number) => {
    const rows = due.all(destination, now, now - LEASE, limit);
    for (const r of rows) claim.run(now, r.n);
    return rows;
  });
  const spreadAll = db.transaction((limit: number) => {
    const rows = queued.all(limit);
    for (const r of rows) {
      for (const t of targets)
        insert.run(crypto.randomUUID(), t.key, r.item_id, r.queued_at, t.firstTry(r.queued_at));
    }
    if (rows.length) unqueue.run(rows.at(-1)!.rowid);
    return rows.length;
  });
  const finishAll = db.transaction((outcomes: Outcome[]) => {
    for (const o of outcomes) {
      if (o.ok) sent.run(o.n);
      else failed.run({ n: o.n, error: o.error, now: o.now, nextAt: o.nextAt });
    }
  });

  return {
    enqueue(itemId, now) {
      queue.run(itemId, now);
    },
    // IMMEDIATE: a transaction that reads first must take the write lock at once, or another
    // connection's commit in between would make its write fail instead of wait.
    spread: (limit) => spreadAll.immediate(limit),
    claimDue(destination, now, limit) {
      return claimAll.immediate(destination, now, limit).map((r) => ({
        n: r.n as number,
        delivery: r.delivery as string,
        destination: r.destination as string,
        attempts: r.attempts as number,
        queuedAt: r.queued_at as number,
        item: { ...toItem(r), encrypted: (r.encrypted as string | null | undefined) ?? null },
      }));
    },
    finish(outcomes) {
      if (outcomes.length) finishAll.immediate(outcomes);
    },
    failing() {
      return failing.all().map((r) => ({
        destination: r.destination as string,
        waiting: r.waiting as number,
        attempts: r.attempts as number,
        lastError: (r.last_error as string | null) ?? '',
        nextAt: (r.next_at as number | null) ?? null,
        gaveUp: r.gave_up as number,
      }));
    },
  };
}
