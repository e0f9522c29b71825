// The inbox's storage: one SQLite file in WAL mode, every query a prepared statement.
import type BetterSqlite3 from 'better-sqlite3';
import {
  KINDS,
  isSealed,
  type FeedbackPayload,
  type Kind,
  type PlainPayload,
} from '../src/feedback/schema.js';

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
}

export interface Filter {
  kind?: Kind;
  since?: string;
  limit?: number;
  /** true: only open ones, false: only handled ones, undefined: both. */
  open?: boolean;
}

export interface Store {
  /**
   * Stores a submission; resolves false when one with the same id is already there. It resolves
   * once the row is committed.
   */
  insert(payload: FeedbackPayload, receivedAt: string): Promise<boolean>;
  list(filter: Filter): Item[];
  counts(): Record<string, { total: number; open: number }>;
  setHandled(id: string, handled: boolean, now: string): boolean;
  close(): void;
  readonly open: boolean;
}

interface Row {
  id: string;
  kind: Kind;
  message: string;
  name: string | null;
  email: string | null;
  quote: string | null;
  page_url: string;
  page_title: string;
  lang: string;
  created_at: string;
  received_at: string;
  handled_at: string | null;
  encrypted: string | null;
}

// Only the id is indexed (for deduplication): each index costs every submission another page
// write, and filtering an author's inbox by kind or date is a quick scan.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  name TEXT,
  email TEXT,
  quote TEXT,
  page_url TEXT NOT NULL,
  page_title TEXT NOT NULL,
  lang TEXT NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  handled_at TEXT,
  encrypted TEXT
);
`;

/** Opens (or creates) the database; throws an Error whose message fits on one line. */
export async function openStore(path: string): Promise<Store> {
  let Database: typeof BetterSqlite3;
  try {
    Database = (await import('better-sqlite3')).default;
  } catch {
    throw new Error('better-sqlite3 is not installed: run `npm install better-sqlite3`');
  }
  let db: BetterSqlite3.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new Error(`cannot open the database ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    // Databases from before sealed tips: add the column they lack (existing rows stay plain).
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(feedback)').all();
    if (!columns.some((c) => c.name === 'encrypted'))
      db.exec('ALTER TABLE feedback ADD COLUMN encrypted TEXT');
    // A write on every start, so a read-only file or folder is reported now, not at the first reader.
    db.pragma('user_version = 1');
  } catch (error) {
    db.close();
    throw new Error(`cannot write the database ${path}: ${(error as Error).message}`);
  }

  const insert = db.prepare(
    `INSERT OR IGNORE INTO feedback (id, kind, message, name, email, quote, page_url, page_title, lang, created_at, received_at, encrypted)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = db.prepare<Record<string, unknown>, Row>(
    `SELECT id, kind, message, name, email, quote, page_url, page_title, lang, created_at, received_at, handled_at, encrypted
     FROM feedback
     WHERE (@kind IS NULL OR kind = @kind)
       AND (@since IS NULL OR received_at >= @since)
       AND (@open IS NULL OR (handled_at IS NULL) = @open)
     ORDER BY seq DESC
     LIMIT @limit`,
  );
  const counts = db.prepare<[], { kind: string; total: number; open: number }>(
    `SELECT kind, count(*) AS total, sum(handled_at IS NULL) AS open FROM feedback GROUP BY kind`,
  );
  const handle = db.prepare(
    `UPDATE feedback SET handled_at = CASE WHEN @handled THEN coalesce(handled_at, @now) END WHERE id = @id`,
  );

  // Group commit: the submissions that arrive in one turn of the event loop are written in one
  // transaction (one WAL append instead of one each); each answer waits for that commit.
  type Pending = {
    payload: FeedbackPayload;
    receivedAt: string;
    done: (created: boolean) => void;
    fail: (error: Error) => void;
  };
  let pending: Pending[] = [];
  const insertOne = ({ payload: p, receivedAt }: Pending): boolean => {
    // A sealed message's words are only in its ciphertext: nothing readable is stored beside it.
    const words: Partial<PlainPayload> = isSealed(p) ? {} : p;
    return (
      insert.run(
        p.id,
        p.kind,
        words.message ?? '',
        words.name || null,
        words.email || null,
        words.quote || null,
        p.page.url,
        p.page.title,
        p.lang,
        p.createdAt,
        receivedAt,
        isSealed(p) ? p.encrypted : null,
      ).changes === 1
    );
  };
  const insertAll = db.transaction((batch: Pending[]) => batch.map(insertOne));
  const flush = () => {
    const batch = pending;
    pending = [];
    try {
      const created = insertAll(batch);
      batch.forEach((item, i) => item.done(created[i]!));
    } catch {
      // The whole batch was rolled back: try each alone, so one bad row cannot sink the others.
      for (const item of batch) {
        try {
          item.done(insertOne(item));
        } catch (error) {
          item.fail(error as Error);
        }
      }
    }
  };

  return {
    insert(payload, receivedAt) {
      return new Promise((done, fail) => {
        if (pending.push({ payload, receivedAt, done, fail }) === 1) setImmediate(flush);
      });
    },
    list({ kind, since, limit, open }) {
      const rows = list.all({
        kind: kind ?? null,
        since: since ?? null,
        open: open === undefined ? null : Number(open),
        limit: limit ?? -1,
      });
      return rows.map(toItem);
    },
    counts() {
      const out: Record<string, { total: number; open: number }> = {};
      for (const { kind, total, open } of counts.all()) out[kind] = { total, open };
      return out;
    },
    setHandled(id, handled, now) {
      return handle.run({ id, handled: Number(handled), now }).changes === 1;
    },
    close() {
      if (db.open) db.close();
    },
    get open() {
      return db.open;
    },
  };
}

function toItem(r: Row): Item {
  return {
    id: r.id,
    kind: r.kind,
    message: r.message,
    name: r.name,
    email: r.email,
    quote: r.quote,
    page: { url: r.page_url, title: r.page_title },
    lang: r.lang,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    handledAt: r.handled_at,
    encrypted: r.encrypted,
  };
}

/** The ?kind, ?since and ?limit filters of a query; `errors` names the ones it cannot read. */
export function readFilter(q: URLSearchParams): { filter: Filter; errors: Record<string, string> } {
  const filter: Filter = {};
  const errors: Record<string, string> = {};
  const kind = q.get('kind');
  if (kind) {
    if ((KINDS as readonly string[]).includes(kind)) filter.kind = kind as Kind;
    else errors.kind = `Use one of ${KINDS.join(', ')}`;
  }
  const limit = q.get('limit');
  if (limit) {
    if (/^\d+$/.test(limit) && Number(limit) > 0) filter.limit = Math.min(Number(limit), 1e9);
    else errors.limit = 'Use a whole number above 0';
  }
  const since = q.get('since');
  if (since) {
    const date = new Date(since);
    if (Number.isNaN(date.getTime()))
      errors.since = 'Use an ISO 8601 date or time, like 2026-01-31T12:00:00Z';
    else filter.since = date.toISOString();
  }
  return { filter, errors };
}
