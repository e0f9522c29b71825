// The author's pages, rendered on the server: the login form and the inbox list. No script but
// the few lines that copy a sealed message's ciphertext.
import { createHash } from 'node:crypto';
import { KINDS, type Kind } from 'afterword/schema';
import { TOKEN_DEFAULTS } from 'afterword/tokens';
import type { Item } from './db.js';
import { replyHref, withTextFragment } from './links.js';
import { MAX_LIMIT } from './routes/query.js';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The widgets' own colours, light and dark: the inbox looks like the set-up page and the widgets. */
const colours = (c: Record<string, string>): string =>
  Object.entries(c)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');

const STYLE = `:root{color-scheme:light dark;${colours(TOKEN_DEFAULTS.light)}}
@media (prefers-color-scheme:dark){:root{${colours(TOKEN_DEFAULTS.dark)}}}
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:52rem;padding:1rem;background:var(--surface);color:var(--text)}
a{color:var(--accent)}h1{margin:.5rem 0}nav,.bar{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;margin:.5rem 0}
[aria-current]{font-weight:700;text-decoration:none;color:inherit}
ol{list-style:none;padding:0}li{border:1px solid var(--border);border-radius:8px;padding:1rem;margin:1rem 0}
.handled{opacity:.65}.meta{color:var(--muted);font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}
.kind{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em;color:var(--accent)}
.message{white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0}
blockquote{border-inline-start:3px solid var(--border);margin:.5rem 0;padding-inline-start:.75rem;color:var(--muted);white-space:pre-wrap}
form{display:inline}button,input{font:inherit;min-height:44px}button{cursor:pointer;padding:0 1rem}
label{display:block;margin:1rem 0 .25rem}input[type=password]{width:100%;max-width:24rem;box-sizing:border-box}
.error{color:#b3261e}.error:empty{display:none}
.sealed textarea{display:block;width:100%;box-sizing:border-box;font:.8rem/1.3 ui-monospace,monospace;margin:.5rem 0}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}`;

// The copy button of a sealed message; without script the journalist still selects the text.
const COPY = `document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-copy]');if(!b)return;var t=document.getElementById(b.getAttribute('data-copy'));var done=function(){b.nextElementSibling.textContent='Copied.'};t.select();navigator.clipboard?navigator.clipboard.writeText(t.value).then(done,function(){document.execCommand('copy');done()}):(document.execCommand('copy'),done())})`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The inbox pages' Content-Security-Policy: no script at all, only this exact stylesheet. */
export const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

/** The same for a page that shows sealed messages: their copy script is allowed, by its hash. */
export const CSP_COPY = CSP.replace('; style-src', `; script-src ${sha256(COPY)}; style-src`);

function page(title: string, body: string, copy = false): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>
<body>${body}${copy ? `<script>${COPY}</script>` : ''}</body></html>
`;
}

export function renderLogin(error = ''): string {
  return page(
    'Afterword inbox: log in',
    `<main><h1>Afterword inbox</h1>
<form method="post" action="/inbox/login">
<label for="token">Inbox token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus aria-describedby="error">
<p id="error" class="error" role="alert">${escapeHtml(error)}</p>
<button type="submit">Log in</button>
</form>
<p>The token is in the file the inbox named when it started: the one you gave it, or <code>&lt;db&gt;.token</code> next to the database.</p></main>`,
  );
}

export type Show = 'all' | 'open' | 'handled';

export interface InboxView {
  items: Item[];
  counts: Record<string, { total: number; open: number }>;
  kind: Kind | undefined;
  show: Show;
  limit: number;
  /** More sections above the list (failing notifications, the private feed). */
  aside?: string | undefined;
}

const KIND_LABEL: Record<Kind, string> = {
  feedback: 'Feedback',
  correction: 'Corrections',
  tip: 'Tips',
};

function query(kind: Kind | undefined, show: Show, limit?: number): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (show !== 'all') params.set('show', show);
  if (limit) params.set('limit', String(limit));
  const q = params.toString();
  return `/inbox${q ? `?${q}` : ''}`;
}

function link(href: string, text: string, current: boolean): string {
  return `<a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`;
}

function time(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 16).replace('T', ' '))} UTC</time>`;
}

/** A link to the reader's page; only http(s) addresses become links (the schema allows no other). */
function pageLink({ url, title }: Item['page']): string {
  const text = escapeHtml(title || url);
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${text}</a>`
    : text;
}

function words(item: Item): string {
  return `${item.quote ? `<blockquote lang="${escapeHtml(item.lang)}" dir="auto">${quoteLink(item)}</blockquote>\n` : ''}<p class="message" lang="${escapeHtml(item.lang)}" dir="auto">${escapeHtml(item.message)}</p>`;
}

/** A sealed message: only its ciphertext, to copy into the journalist's own OpenPGP tool. */
function sealed(item: Item): string {
  const id = `sealed-${escapeHtml(item.id)}`;
  return `<div class="sealed"><p>Sealed: encrypted in the reader's browser to your OpenPGP key. Copy it and run <code>gpg --decrypt</code> (paste, then Ctrl-D), or open it in Thunderbird, Mailvelope or Proton.</p>
<textarea id="${id}" readonly rows="8" aria-label="Encrypted message" spellcheck="false">${escapeHtml(item.encrypted)}</textarea>
<button type="button" data-copy="${id}">Copy encrypted message</button> <span role="status"></span></div>`;
}

/** The quote, linked to the passage on the page (a text fragment) when the page is http(s). */
function quoteLink(item: Item): string {
  const href = withTextFragment(item.page.url, item.quote);
  return href === item.page.url
    ? escapeHtml(item.quote)
    : `<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(item.quote)}</a>`;
}

function reply(item: Item): string {
  const href = replyHref(item);
  return href ? ` <a href="${escapeHtml(href)}">Reply</a>` : '';
}

function renderItem(item: Item, view: InboxView): string {
  const from = item.email
    ? `<a href="mailto:${escapeHtml(encodeURIComponent(item.email).replace(/%40/g, '@'))}">${escapeHtml(item.name || item.email)}</a>`
    : escapeHtml(item.name || 'anonymous');
  const handled = item.handledAt !== null;
  return `<li class="${handled ? 'handled' : 'open'}"><article aria-label="${escapeHtml(KIND_LABEL[item.kind] ?? item.kind)} ${escapeHtml(item.receivedAt.slice(0, 10))}">
<div class="meta"><span class="kind">${escapeHtml(item.kind)}</span> ${time(item.receivedAt)} <span>${item.encrypted !== null ? 'sender sealed too' : `from ${from}`}</span>${handled ? ' <span>handled</span>' : ''}</div>
${item.encrypted !== null ? sealed(item) : words(item)}
<div class="meta">on ${pageLink(item.page)}${reply(item)}
<form method="post" action="/inbox/handled"><input type="hidden" name="id" value="${escapeHtml(item.id)}">
<input type="hidden" name="handled" value="${handled ? '0' : '1'}">
<input type="hidden" name="kind" value="${escapeHtml(view.kind ?? '')}"><input type="hidden" name="show" value="${view.show}">
<button type="submit">${handled ? 'Reopen' : 'Mark handled'}</button></form></div>
</article></li>`;
}

/** Whether a list shows sealed messages (and so needs their copy script). */
export const hasSealed = (items: Item[]): boolean => items.some((i) => i.encrypted !== null);

export function renderInbox(view: InboxView): string {
  const { items, counts, kind, show, limit } = view;
  const total = (k?: Kind) =>
    k ? (counts[k]?.total ?? 0) : Object.values(counts).reduce((n, c) => n + c.total, 0);
  const open = Object.values(counts).reduce((n, c) => n + c.open, 0);
  const kinds = [link(query(undefined, show), `All (${total()})`, !kind)]
    .concat(KINDS.map((k) => link(query(k, show), `${KIND_LABEL[k]} (${total(k)})`, kind === k)))
    .join('\n');
  const shows = (['all', 'open', 'handled'] as const)
    .map((s) =>
      link(
        query(kind, s),
        s === 'all' ? 'Everything' : s === 'open' ? 'Open' : 'Handled',
        show === s,
      ),
    )
    .join('\n');
  const exportQuery = kind ? `&kind=${kind}` : '';
  const more =
    items.length === limit && limit < MAX_LIMIT
      ? `<p><a href="${escapeHtml(query(kind, show, Math.min(limit * 2, MAX_LIMIT)))}">Show older messages</a></p>`
      : '';
  return page(
    `Afterword inbox (${open} open)`,
    `<header><h1>Inbox</h1>
<nav aria-label="Kind">${kinds}</nav>
<nav aria-label="Status">${shows}</nav>
<div class="bar"><a href="/api/feedback?format=csv${exportQuery}" download>Download CSV</a> <a href="/api/feedback${exportQuery ? `?${exportQuery.slice(1)}` : ''}">JSON</a>
<form method="post" action="/inbox/logout"><button type="submit">Log out</button></form>
<form method="post" action="/inbox/logout-everywhere"><button type="submit">Log out everywhere</button></form></div></header>
<main>${view.aside ?? ''}${items.length ? `<ol>${items.map((item) => renderItem(item, view)).join('\n')}</ol>${more}` : '<p>No messages here yet.</p>'}</main>`,
    hasSealed(items),
  );
}
