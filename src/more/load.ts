// Fetches the site's own feed (same origin, the reader's cookies as for any page of the site),
// bounded in size and time, and reads it. Every failure is an Error whose message says what the
// blogger would need to fix, in the words of a console line.
import { parseFeed, type FeedItem } from './feed.js';

/** Larger than any feed of the latest articles needs to be (WordPress's is ~50 KB with full text). */
export const MAX_BYTES = 2 * 1024 * 1024;
/** How long the feed may take, in ms. */
export const TIMEOUT = 10_000;

const ACCEPT =
  'application/feed+json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8';

/** The body's bytes, refusing more than `max`. */
async function bytes(res: Response, max: number): Promise<Uint8Array> {
  const tooBig = (): Error => new Error(`is larger than ${max / 1024 / 1024} MB`);
  if (Number(res.headers.get('content-length')) > max) throw tooBig();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      void reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.length) - c.length);
  return all;
}

/** The text encoding the server or the XML declaration names; UTF-8 otherwise. */
function decode(data: Uint8Array, type: string | null): string {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 200));
  const label =
    /charset=["']?([\w-]+)/i.exec(type ?? '')?.[1] ??
    /^\s*<\?xml[^>]*encoding=["']([\w-]+)/.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(label).decode(data);
  } catch {
    return new TextDecoder().decode(data);
  }
}

/** The feed's articles; rejects with what went wrong. `signal` stops it (the element left the page). */
export async function loadFeed(url: string, signal?: AbortSignal): Promise<FeedItem[]> {
  const stop = new AbortController();
  const late = setTimeout(() => stop.abort(), TIMEOUT);
  signal?.addEventListener('abort', () => stop.abort());
  let text: string;
  try {
    const res = await fetch(url, {
      // A redirect to another site is refused too: only the site's own feed is read.
      mode: 'same-origin',
      credentials: 'same-origin',
      headers: { Accept: ACCEPT },
      signal: stop.signal,
    });
    if (!res.ok) throw new Error(`answered HTTP ${res.status}`);
    text = decode(await bytes(res, MAX_BYTES), res.headers.get('content-type'));
    url = res.url || url;
  } catch (e) {
    // fetch() refuses with a TypeError: no network, or a redirect away from the site.
    if (!stop.signal.aborted || signal?.aborted)
      throw e instanceof TypeError ? new Error(`could not be fetched (${e.message})`) : e;
    throw new Error(`did not answer within ${TIMEOUT / 1000} s`);
  } finally {
    clearTimeout(late);
  }
  try {
    return parseFeed(text, url);
  } catch (e) {
    throw new Error(`is not a feed that can be read: ${(e as Error).message}`);
  }
}
