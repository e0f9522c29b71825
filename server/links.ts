// Links built from a stored message: the page with a text fragment on the quoted passage, and a
// Reply that opens the journalist's mail app with the reader's words quoted.
import type { Item } from './db.js';

/** Percent-encodes a text fragment term: also `-`, `&` and `,`, which the syntax reserves. */
function term(text: string): string {
  return encodeURIComponent(text).replace(
    /[-!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The page address with `#:~:text=` pointing at the quote, so the browser scrolls to it and
 * highlights it. A long quote is matched by its first and last words (`textStart,textEnd`).
 */
export function withTextFragment(pageUrl: string, quote: string | null | undefined): string {
  const words = (quote ?? '').trim().split(/\s+/).filter(Boolean);
  if (!words.length || !/^https?:/i.test(pageUrl)) return pageUrl;
  const base = pageUrl.replace(/#.*$/s, '');
  const text =
    words.length > 10
      ? `${term(words.slice(0, 4).join(' '))},${term(words.slice(-4).join(' '))}`
      : term(words.join(' '));
  return `${base}#:~:text=${text}`;
}

/** `mailto:` the reader, subject `Re: <kind>: <page title>`, the message quoted in the body. */
export function replyHref(item: Item): string | undefined {
  if (!item.email) return undefined;
  const subject = `Re: ${item.kind}: ${item.page.title || item.page.url}`;
  const quoted = (item.message ?? '')
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\r\n');
  const body = `\r\n\r\n${item.name || item.email} wrote on ${item.page.url}:\r\n${quoted}\r\n`;
  const to = encodeURIComponent(item.email).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
