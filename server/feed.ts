// The private Atom feed of the latest messages, `/inbox/feed.atom?key=<feed key>`: a read-only key
// of its own (kept in the database, regenerable from /inbox), never the inbox token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Item } from './db.js';
import { escapeHtml } from './html.js';
import { withTextFragment } from './links.js';
import { render, type Stored, type TipsMode } from './notify/message.js';

export const FEED_SIZE = 50;

export interface FeedKey {
  get(): string;
  regenerate(): string;
  matches(value: string): boolean;
}

export function openFeedKey(db: BetterSqlite3.Database): FeedKey {
  db.exec('CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const read = db.prepare<[], { value: string }>(
    "SELECT value FROM settings WHERE name = 'feed_key'",
  );
  const write = db.prepare(
    "INSERT INTO settings (name, value) VALUES ('feed_key', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
  );
  const regenerate = () => {
    const key = randomBytes(18).toString('base64url');
    write.run(key);
    return key;
  };
  const get = () => read.get()?.value ?? regenerate();
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return {
    get,
    regenerate,
    matches: (value) => timingSafeEqual(digest(value), digest(get())),
  };
}

/** Escapes text for XML (the same five characters as HTML). */
const xml = escapeHtml;

export function renderFeed(items: Item[], base: string, tips: TipsMode): string {
  const inbox = `${base}/inbox`;
  const updated = items[0]?.receivedAt ?? new Date(0).toISOString();
  const entries = items.map((item) => {
    const m = render(item as Stored, tips, inbox);
    const link = m.summary ? inbox : withTextFragment(item.page.url, item.quote);
    const author = m.summary ? '' : item.name || item.email || '';
    return `<entry>
<id>urn:uuid:${xml(item.id)}</id>
<title>${xml(m.subject)}</title>
<updated>${xml(item.receivedAt)}</updated>
<link rel="alternate" href="${xml(link)}"/>
${author ? `<author><name>${xml(author)}</name></author>\n` : ''}<content type="text">${xml(m.text)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xml(inbox)}</id>
<title>Afterword inbox</title>
<updated>${xml(updated)}</updated>
<link rel="alternate" href="${xml(inbox)}"/>
<author><name>Afterword inbox</name></author>
${entries.join('\n')}
</feed>
`;
}
