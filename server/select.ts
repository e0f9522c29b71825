// Which messages a filter selects, in both databases: kind, date, open or handled, the Spam view,
// the search (SQLite FTS5, PostgreSQL full-text), and the cursors that page by position (seq).
import { sql, type Kysely } from 'kysely';
import type { Kind } from 'afterword/schema';
import type { Dialect, Tables } from './database.js';
import { SEARCH_VECTOR } from './migrations.js';

export interface Filter {
  kind?: Kind;
  since?: string;
  limit?: number;
  /** true: only open ones, false: only handled ones, undefined: both. */
  open?: boolean;
  /** Only messages older than the one with this id (the next page after it). */
  before?: string;
  /** Only messages newer than the one with this id (the page before it), oldest first. */
  after?: string;
  /** true: only the Spam view; otherwise spam is left out. */
  spam?: boolean;
  /** Words to find in the message, name, email, page title or quote (any text is safe). */
  q?: string;
}

/**
 * A search as FTS5 syntax that can't be anything but words: each word the reader typed becomes a
 * quoted phrase of its letters and digits (so `alice@example.com` is the phrase "alice example
 * com"), all of them required. Null when nothing searchable is left (then nothing matches).
 */
export function ftsQuery(q: string): string | null {
  const phrases = q
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}\p{M}]+/gu)?.join(' '))
    .filter((p): p is string => !!p)
    .map((p) => `"${p}"`);
  return phrases.length ? phrases.join(' ') : null;
}

/** The messages a filter selects: newest first, or oldest first when paging to newer ones. */
export function selectMessages(db: Kysely<Tables>, dialect: Dialect, filter: Filter) {
  const { kind, since, limit, open, before, after, spam, q } = filter;
  const seqOf = (id: string) =>
    db.selectFrom('feedback as f').select('f.seq').where('f.id', '=', id.toLowerCase());
  const search = q?.trim();
  return db
    .selectFrom('feedback')
    .selectAll()
    .orderBy('seq', after ? 'asc' : 'desc')
    .where('spam', spam ? 'is not' : 'is', null)
    .$if(!!kind, (s) => s.where('kind', '=', kind!))
    .$if(!!since, (s) => s.where('received_at', '>=', since!))
    .$if(open !== undefined, (s) => s.where('handled_at', open ? 'is' : 'is not', null))
    .$if(!!before, (s) => s.where('seq', '<', seqOf(before!)))
    .$if(!!after, (s) => s.where('seq', '>', seqOf(after!)))
    .$if(!!search, (s) => {
      if (dialect === 'postgres')
        return s.where(sql<boolean>`${SEARCH_VECTOR} @@ plainto_tsquery('simple', ${search})`);
      const match = ftsQuery(search!);
      if (!match) return s.where(sql<boolean>`0 = 1`);
      return s.where(
        'seq',
        'in',
        sql<number>`(SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ${match})`,
      );
    })
    .$if(!!limit, (s) => s.limit(limit!));
}

/** Messages per day and kind received since `since` (ISO), spam left out: for the chart. */
export async function perDay(
  db: Kysely<Tables>,
  since: string,
): Promise<{ day: string; kind: string; n: number }[]> {
  const day = sql<string>`substr(received_at, 1, 10)`;
  const rows = await db
    .selectFrom('feedback')
    .select((eb) => [day.as('day'), 'kind', eb.fn.countAll().as('n')])
    .where('received_at', '>=', since)
    .where('spam', 'is', null)
    .groupBy([day, 'kind'])
    .execute();
  return rows.map((r) => ({ day: r.day, kind: r.kind, n: Number(r.n) }));
}
