// Which of the feed's articles to show: never the one being read, the latest first, or with
// `match="tags"` those that share the page's tags (most shared first), then the latest.
import type { FeedItem } from './feed.js';

export type Match = 'latest' | 'tags';

/**
 * An address as the same article's: no scheme, no `www.`, no hash, no trailing slash or
 * `index.html`, no `utm_*` parameters (what sharing adds).
 */
export function sameArticle(value: string): string {
  try {
    const url = new URL(value);
    const query = [...url.searchParams].filter(([k]) => !/^utm_/i.test(k));
    const path = url.pathname.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
    const search = new URLSearchParams(query).toString();
    return `${url.host.replace(/^www\./, '')}${path}${search ? `?${search}` : ''}`;
  } catch {
    return value;
  }
}

const tag = (t: string): string => t.trim().toLocaleLowerCase();

export interface Wanted {
  /** The addresses of the article being read (its canonical address, the one in the address bar). */
  current: string[];
  /** The page's own tags (`article:tag`, `article:section`). */
  tags: string[];
  match: Match;
  count: number;
}

const newest = (a: FeedItem, b: FeedItem): number =>
  (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity) || 0;

/** Up to `count` articles to show, each once. */
export function pick(items: FeedItem[], { current, tags, match, count }: Wanted): FeedItem[] {
  const seen = new Set(current.map(sameArticle));
  const latest = items
    .filter((item) => {
      const key = sameArticle(item.url);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    // Feeds are mostly newest first already; a sort that keeps ties in the feed's order.
    .map((item, i) => ({ item, i }))
    .sort((a, b) => newest(a.item, b.item) || a.i - b.i)
    .map(({ item }) => item);
  if (match !== 'tags') return latest.slice(0, count);
  const own = new Set(tags.map(tag).filter(Boolean));
  const shared = (item: FeedItem): number =>
    new Set(item.tags.map(tag).filter((t) => own.has(t))).size;
  const related = latest
    .map((item, i) => ({ item, i, n: shared(item) }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((r) => r.item);
  const rest = latest.filter((item) => !related.includes(item));
  return [...related, ...rest].slice(0, count);
}
