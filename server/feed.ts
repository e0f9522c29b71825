// The private Atom feed of the latest messages, `/inbox/feed.atom?key=<feed key>`: a read-only key
// of its own (kept in the database, regenerable from /inbox), never the inbox token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from './database.js';
import type { Item } from './db.js';
import { escapeHtml } from './html.js';
import { withTextFragment } from './links.js';
import { render, type TipsMode } from './notify/message.js';

export const FEED_SIZE = 50;

export interface FeedKey {
  get(): Promise<string>;
  regenerate(): Promise<string>;
  matches(value: string): Promise<boolean>;
}

export function openFeedKey(database: Database): FeedKey {
  const { db } = database;
  const NAME = 'feed_key';
  const read = async () =>
    (await db.selectFrom('settings').select('value').where('name', '=', NAME).executeTakeFirst())
      ?.value;
  const fresh = () => randomBytes(18).toString('base64url');
  const digest = (v: string) => createHash('sha256').update(v).digest();
  // The first read makes the key; two processes doing so at once keep the first one's.
  const get = async () => {
    const key = await read();
    if (key) return key;
    await db
      .insertInto('settings')
      .values({ name: NAME, value: fresh() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    return (await read())!;
  };
  return {
    get,
    async regenerate() {
      const value = fresh();
      await db
        .insertInto('settings')
        .values({ name: NAME, value })
        .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
        .execute();
      return value;
    },
    matches: async (value) => timingSafeEqual(digest(value), digest(await get())),
  };
}

/**
 * Escapes text for XML (the same five characters as HTML), and replaces what XML 1.0 forbids
 * outright (control characters, U+FFFE, U+FFFF, lone surrogates) with U+FFFD: a feed reader
 * refuses a whole feed over one such character.
 */
const xml = (value: string) =>
  escapeHtml(value.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD'));

export function renderFeed(items: Item[], base: string, tips: TipsMode): string {
  const inbox = `${base}/inbox`;
  const updated = items[0]?.receivedAt ?? new Date(0).toISOString();
  const entries = items.map((item) => {
    const m = render(item, tips, inbox);
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
