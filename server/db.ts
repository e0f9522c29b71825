// The inbox's storage: submissions and login sessions, over the one storage layer (database.ts)
// that speaks SQLite and PostgreSQL alike.
import type { Kysely, Transaction } from 'kysely';
import { isSealed, type FeedbackPayload, type Kind, type PlainPayload } from 'afterword/schema';
import type { Database, FeedbackTable, Tables } from './database.js';
import { messageEdits } from './edits.js';
import { selectMessages, type Filter } from './select.js';
import { sessionStore, type Sessions } from './sessions.js';

/** A stored submission, as GET /api/feedback answers it. */
export interface Item {
  id: string;
  kind: Kind;
  message: string;
  name: string | null;
  email: string | null;
  quote: string | null;
  page: { url: string; title: string };
  lang: string;
  createdAt: string;
  receivedAt: string;
  handledAt: string | null;
  /** A sealed message's armored ciphertext (its message is then empty); null for plain ones. */
  encrypted: string | null;
  /** Why it is in the Spam view (honeypot, fast, links, pow-…); null: not spam. */
  spam: string | null;
  /** The journalist's private note. */
  note: string | null;
}

export type { Filter };

export interface Store extends Sessions {
  /**
   * Stores a submission (as spam, for the reason given); resolves false when one with the same id
   * (in any case) is already there. It resolves once the row is committed.
   */
  insert(payload: FeedbackPayload, receivedAt: string, spam?: string | null): Promise<boolean>;
  /** One message by id (in any case). */
  get(id: string): Promise<Item | undefined>;
  /** Whether a message with this id (in any case) is stored. */
  has(id: string): Promise<boolean>;
  /** How many messages are stored. */
  count(): Promise<number>;
  list(filter: Filter): Promise<Item[]>;
  /**
   * The same messages as `list`, newest first, a few hundred at a time: an export of many never
   * sits in memory at once.
   */
  stream(filter: Filter): AsyncIterable<Item[]>;
  /** Messages by kind, spam left out; and how many are in the Spam view. */
  counts(): Promise<{ kinds: Record<string, { total: number; open: number }>; spam: number }>;
  setHandled(id: string, handled: boolean, now: string): Promise<boolean>;
  /**
   * Files a message as spam (a reason) or takes it out (null): taken out, it is notified then,
   * as a new message would have been.
   */
  setSpam(id: string, reason: string | null): Promise<boolean>;
  /** The private note (empty: none). */
  setNote(id: string, note: string): Promise<boolean>;
  /** Messages per day and kind since `since` (ISO), spam left out. */
  perDay(since: string): Promise<{ day: string; kind: string; n: number }[]>;
  close(): Promise<void>;
}

export interface StoreHooks {
  /**
   * Runs inside the transaction that stores new submissions, with the ones it created (never a
   * repeated id): what it writes commits with them, before any reader gets an answer.
   */
  onCreated?(trx: Transaction<Tables>, items: Item[]): Promise<void>;
}

export type Row = Omit<FeedbackTable, 'seq' | 'handled_at' | 'encrypted' | 'spam' | 'note'> & {
  handled_at?: string | null;
  encrypted?: string | null;
  spam?: string | null;
  note?: string | null;
};

type Pending = {
  row: Row;
  done: (created: boolean) => void;
  fail: (error: Error) => void;
};

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const MAX_BATCH = 1000;
/** Rows waiting before a batch starts beside one already being written. */
const MIN_PARALLEL_BATCH = 4;

/** Rows per read of a streamed export. */
const STREAM_PAGE = 500;

/** Opens the store with its hooks: they are fixed from here on. */
export function createStore(database: Database, hooks: StoreHooks = {}): Store {
  const { db } = database;

  const select = (filter: Filter) => selectMessages(db, database.dialect, filter);
  const { onCreated } = hooks;
  // Group commit: submissions that arrive while earlier ones are being written wait and go
  // together, in one INSERT (and one transaction); each answer waits for that commit. SQLite has
  // one writer; on PostgreSQL a second (third, fourth) batch starts beside the running one only
  // once enough have piled up: a commit's cost barely grows with its rows, so few big batches
  // beat many small ones.
  const parallel = database.dialect === 'sqlite' ? 1 : 4;
  let pending: Pending[] = [];
  let running = 0;

  /** Inserts rows (distinct ids); the ids it created. */
  async function insertRows(trx: Kysely<Tables>, rows: Row[]): Promise<Set<string>> {
    const created = await trx
      .insertInto('feedback')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const ids = new Set(created.map((r) => r.id));
    // Spam is kept, but nobody is told of it until the journalist says it is not spam.
    const news = rows.filter((r) => ids.has(r.id) && !r.spam);
    if (onCreated && news.length) await onCreated(trx as Transaction<Tables>, news.map(toItem));
    return ids;
  }

  // One INSERT commits by itself; a hook that writes too needs a transaction around both (on
  // PostgreSQL that costs two more round trips per batch).
  const inTransaction = (rows: Row[]) =>
    onCreated
      ? database.transaction((trx) => insertRows(trx, rows))
      : insertRows(database.db, rows);

  async function write(batch: Pending[]): Promise<void> {
    // The same id twice in one batch: the first one decides, the others are repeats.
    const first = new Map<string, Pending>();
    for (const item of batch) if (!first.has(item.row.id)) first.set(item.row.id, item);
    try {
      const ids = await database.transaction((trx) =>
        insertRows(
          trx,
          [...first.values()].map((p) => p.row),
        ),
      );
      for (const item of batch) item.done(first.get(item.row.id) === item && ids.has(item.row.id));
    } catch {
      // The whole batch was rolled back: try each alone, so one bad row cannot sink the others.
      for (const item of batch) {
        try {
          const ids = await inTransaction([item.row]);
          item.done(ids.has(item.row.id));
        } catch (error) {
          item.fail(error as Error);
        }
      }
    }
  }

  function pump(): void {
    while (
      pending.length &&
      (running === 0 || (running < parallel && pending.length >= MIN_PARALLEL_BATCH))
    ) {
      const batch = pending.slice(0, MAX_BATCH);
      pending = pending.slice(batch.length);
      running++;
      void write(batch).finally(() => {
        running--;
        pump();
      });
    }
  }

  return {
    ...sessionStore(db),
    ...messageEdits(database, onCreated),
    insert(p, receivedAt, spam = null) {
      // A sealed message's words are only in its ciphertext: nothing readable is stored beside it.
      const words: Partial<PlainPayload> = isSealed(p) ? {} : p;
      const row: Row = {
        id: p.id.toLowerCase(),
        kind: p.kind,
        message: words.message ?? '',
        name: words.name || null,
        email: words.email || null,
        quote: words.quote || null,
        page_url: p.page.url,
        page_title: p.page.title,
        lang: p.lang,
        created_at: p.createdAt,
        received_at: receivedAt,
        encrypted: isSealed(p) ? p.encrypted : null,
        spam,
      };
      return new Promise((done, fail) => {
        if (pending.push({ row, done, fail }) === 1) setImmediate(pump);
      });
    },
    async has(id) {
      const row = await db
        .selectFrom('feedback')
        .select('seq')
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst();
      return row !== undefined;
    },
    async count() {
      const row = await db
        .selectFrom('feedback')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async list(filter) {
      return (await select(filter).execute()).map(toItem);
    },
    async *stream(filter) {
      // Pages by position (seq), never by offset: each page is a quick index range.
      let left = filter.limit ?? Infinity;
      let last: number | undefined;
      while (left > 0) {
        const size = Math.min(STREAM_PAGE, left);
        const rows = await select({ ...filter, limit: size })
          .$if(last !== undefined, (q) => q.where('seq', '<', last!))
          .execute();
        if (rows.length) yield rows.map(toItem);
        if (rows.length < size) return;
        last = Number(rows.at(-1)!.seq);
        left -= rows.length;
      }
    },
    close: () => database.close(),
  };
}

export function toItem(r: Row): Item {
  return {
    id: r.id,
    kind: r.kind as Kind,
    message: r.message,
    name: r.name,
    email: r.email,
    quote: r.quote,
    page: { url: r.page_url, title: r.page_title },
    lang: r.lang,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    handledAt: r.handled_at ?? null,
    encrypted: r.encrypted ?? null,
    spam: r.spam ?? null,
    note: r.note ?? null,
  };
}
