// The author's pages, rendered on the server: the shell every page shares, and the login form. No
// script but the few lines that copy a sealed message's ciphertext. The inbox's list, one
// message's page and the chart are in views/.
import { createHash } from 'node:crypto';
import type { Item } from './db.js';
import { STYLE } from './views/style.js';

export { renderInbox, type InboxView, type Show } from './views/inbox.js';
export { renderMessage } from './views/message.js';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The copy button of a sealed message; without script the journalist still selects the text.
const COPY = `document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-copy]');if(!b)return;var t=document.getElementById(b.getAttribute('data-copy'));var done=function(){b.nextElementSibling.textContent='Copied.'};t.select();navigator.clipboard?navigator.clipboard.writeText(t.value).then(done,function(){document.execCommand('copy');done()}):(document.execCommand('copy'),done())})`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The inbox pages' Content-Security-Policy: no script at all, only this exact stylesheet. */
export const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

/** The same for a page that shows sealed messages: their copy script is allowed, by its hash. */
export const CSP_COPY = CSP.replace('; style-src', `; script-src ${sha256(COPY)}; style-src`);

export function page(title: string, body: string, copy = false): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title>
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

/** Whether a list shows sealed messages (and so needs their copy script). */
export const hasSealed = (items: Item[]): boolean => items.some((i) => i.encrypted !== null);
