// One message's parts, for the list and for its own page: who wrote, what, where, and the
// buttons that act on it. Everything a reader wrote is escaped.
import type { Kind } from 'afterword/schema';
import type { Item } from '../db.js';
import { escapeHtml } from '../html.js';
import { replyHref, withTextFragment } from '../links.js';

export const KIND_LABEL: Record<Kind, string> = {
  feedback: 'Feedback',
  correction: 'Corrections',
  tip: 'Tips',
};

/** Why a message is in the Spam view, in the journalist's words. */
export const SPAM_REASON: Record<string, string> = {
  honeypot: 'filled the hidden field',
  fast: 'sent too fast',
  links: 'too many links',
  'pow-missing': 'no proof of work',
  'pow-invalid': 'wrong proof of work',
  'pow-replayed': 'reused proof of work',
  author: 'marked by you',
};

export function time(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 16).replace('T', ' '))} UTC</time>`;
}

/** A link to the reader's page; only http(s) addresses become links (the schema allows no other). */
export function pageLink({ url, title }: Item['page']): string {
  const text = escapeHtml(title || url);
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${text}</a>`
    : text;
}

/** The quote, linked to the passage on the page (a text fragment) when the page is http(s). */
function quoteLink(item: Item): string {
  const href = withTextFragment(item.page.url, item.quote);
  return href === item.page.url
    ? escapeHtml(item.quote)
    : `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(item.quote)}</a>`;
}

/** The reader's words: the quote (a correction's passage) and the message. */
export function words(item: Item, max = Infinity): string {
  const lang = escapeHtml(item.lang);
  const cut = item.message.length > max ? `${item.message.slice(0, max).trimEnd()}…` : item.message;
  return `${item.quote ? `<blockquote lang="${lang}" dir="auto">${quoteLink(item)}</blockquote>\n` : ''}<p class="message" lang="${lang}" dir="auto">${escapeHtml(cut)}</p>`;
}

/** A sealed message: only its ciphertext, to copy into the journalist's own OpenPGP tool. */
export function sealed(item: Item): string {
  const id = `sealed-${escapeHtml(item.id)}`;
  return `<div class="sealed"><p>Sealed: encrypted in the reader's browser to your OpenPGP key. Copy it and run <code>gpg --decrypt</code> (paste, then Ctrl-D), or open it in Thunderbird, Mailvelope or Proton.</p>
<textarea id="${id}" readonly rows="8" aria-label="Encrypted message" spellcheck="false">${escapeHtml(item.encrypted)}</textarea>
<button type="button" data-copy="${id}">Copy encrypted message</button> <span role="status"></span></div>`;
}

export function reply(item: Item): string {
  const href = replyHref(item);
  return href ? `<a href="${escapeHtml(href)}">Reply</a>` : '';
}

export function from(item: Item): string {
  if (item.encrypted !== null) return 'sender sealed too';
  const who = item.email
    ? `<a href="mailto:${escapeHtml(encodeURIComponent(item.email).replace(/%40/g, '@'))}">${escapeHtml(item.name || item.email)}</a>`
    : escapeHtml(item.name || 'anonymous');
  return `from ${who}`;
}

/** The badges: handled, spam and why. */
export function badges(item: Item): string {
  const handled = item.handledAt !== null ? ' <span class="badge">handled</span>' : '';
  const spam =
    item.spam !== null
      ? ` <span class="badge">spam: ${escapeHtml(SPAM_REASON[item.spam] ?? item.spam)}</span>`
      : '';
  return `${handled}${spam}`;
}

/** A small form posting one action on one message, and where to come back to. */
export function action(
  path: string,
  item: Item,
  fields: Record<string, string>,
  label: string,
  back: string,
): string {
  const hidden = Object.entries({ id: item.id, ...fields, back })
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`)
    .join('');
  return `<form method="post" action="${path}">${hidden}<button type="submit">${label}</button></form>`;
}

/** Mark handled / Reopen, and Not spam; on the message's own page, Spam too (never a slip in a list). */
export function actions(item: Item, back: string, own = false): string {
  const handled = item.handledAt !== null;
  const toggle = action(
    '/inbox/handled',
    item,
    { handled: handled ? '0' : '1' },
    handled ? 'Reopen' : 'Mark handled',
    back,
  );
  const spam =
    item.spam !== null
      ? action('/inbox/spam', item, { spam: '0' }, 'Not spam', back)
      : action('/inbox/spam', item, { spam: '1' }, 'Spam', back);
  if (item.spam !== null) return spam;
  return own ? `${toggle} ${spam}` : toggle;
}
