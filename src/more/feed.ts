// The site's feed as a list of articles: RSS 2.0 (and 1.0), Atom or JSON Feed 1.x. Each article's
// title, address, date, tags and the image the feed names for it (never one dug out of its HTML).
import { parseXml, type XmlElement } from './xml.js';

export interface FeedItem {
  title: string;
  /** Absolute http(s) address. */
  url: string;
  date?: Date;
  /** Absolute http(s) address of the feed's image for it. */
  image?: string;
  tags: string[];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** An address from the feed, resolved against the feed's own; only http(s) is kept. */
function web(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const kids = (el: XmlElement, local: string, ns: string): XmlElement[] =>
  el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && c.local === local && c.ns === ns,
  );

/** All the text inside an element (an XHTML title's too), its white space squashed. */
const textOf = (el: XmlElement | undefined): string =>
  el ? squash(el.children.map((c) => (typeof c === 'string' ? c : ` ${textOf(c)} `)).join('')) : '';

/** Text that is HTML (an Atom `type="html"` title) as plain text. */
const unHtml = (s: string): string =>
  squash(
    s
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#(x?)([0-9a-f]+);/gi, (_, x, n) => String.fromCodePoint(parseInt(n, x ? 16 : 10)))
      .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) =>
        e === 'nbsp' ? ' ' : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as never)[e],
      ),
  );

const isImage = (el: XmlElement): boolean =>
  el.attrs.medium === 'image' ||
  /^image\//i.test(el.attrs.type ?? '') ||
  (!el.attrs.medium &&
    !el.attrs.type &&
    /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(el.attrs.url ?? ''));

/** The image the feed gives an item: Media RSS content or thumbnail (also in a group), or an image enclosure. */
function imageOf(item: XmlElement, base: string): string | undefined {
  const media = [item, ...kids(item, 'group', MEDIA)];
  const candidates = [
    ...media.flatMap((m) => kids(m, 'content', MEDIA).filter(isImage)),
    ...media.flatMap((m) => kids(m, 'thumbnail', MEDIA)),
    ...kids(item, 'enclosure', item.ns).filter(isImage),
    ...kids(item, 'link', ATOM).filter((l) => l.attrs.rel === 'enclosure' && isImage(l)),
  ];
  for (const c of candidates) {
    const url = web(c.attrs.url ?? c.attrs.href, base);
    if (url) return url;
  }
  return undefined;
}

function rssItem(item: XmlElement, base: string): Partial<FeedItem> {
  const one = (local: string, ns = item.ns) => kids(item, local, ns)[0];
  const guid = one('guid');
  const link =
    web(textOf(one('link')), base) ??
    (guid && guid.attrs.isPermaLink !== 'false' ? web(textOf(guid), base) : undefined);
  return {
    title: textOf(one('title')),
    url: link,
    date: date(textOf(one('pubDate'))) ?? date(textOf(one('date', DC))),
    image: imageOf(item, base),
    tags: [...kids(item, 'category', item.ns), ...kids(item, 'subject', DC)].map(textOf),
  };
}

function atomEntry(entry: XmlElement, base: string): Partial<FeedItem> {
  const one = (local: string) => kids(entry, local, ATOM)[0];
  const title = one('title');
  const links = kids(entry, 'link', ATOM).filter(
    (l) => (l.attrs.rel ?? 'alternate') === 'alternate',
  );
  const link = links.find((l) => /html/.test(l.attrs.type ?? 'text/html')) ?? links[0];
  return {
    title: title?.attrs.type === 'html' ? unHtml(textOf(title)) : textOf(title),
    url: web(link?.attrs.href, base),
    date: date(textOf(one('published'))) ?? date(textOf(one('updated'))),
    image: imageOf(entry, base),
    tags: kids(entry, 'category', ATOM).map((c) => c.attrs.label ?? c.attrs.term ?? ''),
  };
}

function jsonFeed(text: string, base: string): Partial<FeedItem>[] {
  let feed: { version?: unknown; items?: unknown };
  try {
    feed = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (
    typeof feed?.version !== 'string' ||
    !feed.version.startsWith('https://jsonfeed.org/version/') ||
    !Array.isArray(feed.items)
  )
    throw new Error(
      'not a JSON Feed (no "version" of https://jsonfeed.org/version/… or no "items")',
    );
  return feed.items.map((item: Record<string, unknown>) => ({
    title: typeof item?.title === 'string' ? squash(item.title) : '',
    url: web(item?.url, base),
    date: date(item?.date_published) ?? date(item?.date_modified),
    image: web(item?.image, base) ?? web(item?.banner_image, base),
    tags: Array.isArray(item?.tags) ? item.tags.filter((t) => typeof t === 'string') : [],
  }));
}

function xmlFeed(text: string, base: string): Partial<FeedItem>[] {
  const root = parseXml(text);
  if (root.local === 'feed' && root.ns === ATOM)
    return kids(root, 'entry', ATOM).map((e) => atomEntry(e, base));
  // RSS 2.0 keeps its items in its channel; RSS 1.0 beside it, in its own namespace.
  const channel = root.local === 'rss' ? kids(root, 'channel', '')[0] : undefined;
  const holder = channel ?? (root.local === 'RDF' && root.ns === RDF ? root : undefined);
  if (!holder) throw new Error(`not an RSS or Atom feed (its root is <${root.name}>)`);
  const items = holder.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && c.local === 'item',
  );
  return items.map((item) => rssItem(item, base));
}

/**
 * The feed's articles, in the feed's order; those without a title or an address are left out.
 * Throws an Error saying what is wrong with a feed that can't be read.
 */
export function parseFeed(text: string, base: string): FeedItem[] {
  const first = /\S/.exec(text.replace(/^\uFEFF/, ''))?.[0];
  if (first !== '{' && first !== '<') throw new Error('neither XML nor JSON');
  // What a site answers for an address it doesn't have, more often than not.
  if (/^\s*<(!doctype html|html[\s>])/i.test(text)) throw new Error('an HTML page, not a feed');
  // Leading blank lines (a WordPress plugin's stray newline, the best-known broken feed) are
  // forgiven: XML would refuse the declaration after them.
  const body = text.replace(/^\uFEFF?\s+/, '');
  const items = first === '{' ? jsonFeed(body, base) : xmlFeed(body, base);
  return items
    .filter((i): i is FeedItem & Partial<FeedItem> => !!i.title && !!i.url)
    .map(({ title, url, date, image, tags }) => ({
      title,
      url,
      date,
      image,
      tags: (tags ?? []).map(squash).filter(Boolean),
    }));
}
