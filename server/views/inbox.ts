// /inbox: the search with the kind and status filters, the Spam view, a page of 50 messages with
// newer / older cursors, the chart, and the settings (private feed, failing notifications).
import { KINDS, type Kind } from 'afterword/schema';
import type { Item } from '../db.js';
import { escapeHtml, hasSealed, page } from '../html.js';
import { actions, badges, from, KIND_LABEL, pageLink, reply, sealed, time, words } from './item.js';

export type Show = 'all' | 'open' | 'handled';

export interface InboxView {
  items: Item[];
  counts: { kinds: Record<string, { total: number; open: number }>; spam: number };
  kind: Kind | undefined;
  show: Show;
  /** The Spam view. */
  spam: boolean;
  q: string;
  /** The first and last message's ids, when there are newer / older ones to page to. */
  newer?: string | undefined;
  older?: string | undefined;
  /** The chart (views/chart.ts), on the inbox's first page. */
  chart?: string | undefined;
  /** More sections beside the list (failing notifications, the private feed). */
  aside?: string | undefined;
}

type Where = Pick<InboxView, 'kind' | 'show' | 'spam' | 'q'> & { before?: string; after?: string };

/** The address of a view of the inbox. */
export function inboxHref({ kind, show, spam, q, before, after }: Where): string {
  const params = new URLSearchParams();
  if (spam) params.set('spam', '1');
  if (q) params.set('q', q);
  if (kind) params.set('kind', kind);
  if (show !== 'all') params.set('show', show);
  if (before) params.set('before', before);
  if (after) params.set('after', after);
  const query = params.toString();
  return `/inbox${query ? `?${query}` : ''}`;
}

function link(href: string, text: string, current: boolean): string {
  return `<a href="${escapeHtml(href)}"${current ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`;
}

/** A message in the list: its long words cut short, its own page one link away. */
function renderItem(item: Item, back: string): string {
  const label = `${KIND_LABEL[item.kind] ?? item.kind} ${item.receivedAt.slice(0, 16).replace('T', ' ')}`;
  const note = item.note
    ? `<p class="note"><strong>Note:</strong> ${escapeHtml(item.note)}</p>`
    : '';
  return `<li class="item ${item.handledAt !== null ? 'handled' : 'open'}"><article aria-label="${escapeHtml(label)}">
<div class="meta"><span class="kind">${escapeHtml(item.kind)}</span> <a href="/inbox/m/${escapeHtml(item.id)}">${time(item.receivedAt)}</a> <span>${from(item)}</span>${badges(item)}</div>
${item.encrypted !== null ? sealed(item) : words(item, 600)}${note}
<div class="meta">on ${pageLink(item.page)} ${item.spam === null ? reply(item) : ''} ${actions(item, back)}</div>
</article></li>`;
}

function filters(view: InboxView): string {
  const { counts, kind, show, spam, q } = view;
  // Counts are of the messages (spam left out): in the Spam view the kinds go without them.
  const total = (k?: Kind) =>
    spam
      ? ''
      : ` (${k ? (counts.kinds[k]?.total ?? 0) : Object.values(counts.kinds).reduce((n, c) => n + c.total, 0)})`;
  const kinds = [link(inboxHref({ kind: undefined, show, spam, q }), `All${total()}`, !kind)]
    .concat(
      KINDS.map((k) =>
        link(inboxHref({ kind: k, show, spam, q }), `${KIND_LABEL[k]}${total(k)}`, kind === k),
      ),
    )
    .join('\n');
  const shows = (['all', 'open', 'handled'] as const)
    .map((s) =>
      link(
        inboxHref({ kind, show: s, spam, q }),
        s === 'all' ? 'Everything' : s === 'open' ? 'Open' : 'Handled',
        show === s,
      ),
    )
    .join('\n');
  const views = `${link(inboxHref({ kind, show, spam: false, q }), 'Messages', !spam)}
${link(inboxHref({ kind, show, spam: true, q }), `Spam (${counts.spam})`, spam)}`;
  const hidden = Object.entries({
    kind: kind ?? '',
    show: show === 'all' ? '' : show,
    spam: spam ? '1' : '',
  })
    .filter(([, v]) => v)
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`)
    .join('');
  return `<form class="search" role="search" method="get" action="/inbox">${hidden}<div><label for="q">Search ${spam ? 'spam' : 'messages'}</label>
<input id="q" name="q" type="search" value="${escapeHtml(q)}" maxlength="200" autocomplete="off"></div>
<button type="submit">Search</button>${q ? ` <a href="${escapeHtml(inboxHref({ kind, show, spam, q: '' }))}">Clear search</a>` : ''}</form>
<nav aria-label="View">${views}</nav>
<nav aria-label="Kind">${kinds}</nav>
<nav aria-label="Status">${shows}</nav>`;
}

function pager(view: InboxView): string {
  if (!view.newer && !view.older) return '';
  const newer = view.newer
    ? `<a rel="prev" href="${escapeHtml(inboxHref({ ...view, after: view.newer }))}">← Newer</a>`
    : '<span></span>';
  const older = view.older
    ? `<a rel="next" href="${escapeHtml(inboxHref({ ...view, before: view.older }))}">Older →</a>`
    : '';
  return `<nav class="pages" aria-label="Pages">${newer}${older}</nav>`;
}

export function renderInbox(view: InboxView, back: string): string {
  const { items, counts, spam, q } = view;
  const open = Object.values(counts.kinds).reduce((n, c) => n + c.open, 0);
  const heading = q
    ? `${spam ? 'Spam' : 'Messages'} matching “${escapeHtml(q)}”`
    : spam
      ? 'Spam'
      : 'Messages';
  const none = q
    ? 'No messages match this search.'
    : spam
      ? 'No spam: messages that fail the form’s checks are kept here, never lost and never notified.'
      : 'No messages here yet.';
  const spamNote = spam
    ? '<p>Kept here, not notified: messages that failed the form’s checks. “Not spam” moves one back and notifies you then.</p>'
    : '';
  return page(
    `Afterword inbox (${open} open)`,
    `<a class="skip" href="#list">Skip to the messages</a>
<header><h1>Inbox</h1><p class="meta">${open} open</p>${filters(view)}</header>
<div class="layout"><main id="list" tabindex="-1"><h2>${heading}</h2>${spamNote}
${items.length ? `<ol>${items.map((item) => renderItem(item, back)).join('\n')}</ol>` : `<p>${none}</p>`}
${pager(view)}</main>
<aside aria-label="Activity and settings">${view.chart ?? ''}${view.aside ?? ''}
<section aria-labelledby="export"><h2 id="export">Export and account</h2>
<div class="bar"><a href="${exportHref(view, 'csv')}" download>Download CSV</a> <a href="${exportHref(view, 'json')}">JSON</a></div>
<div class="bar"><form method="post" action="/inbox/logout"><button type="submit">Log out</button></form>
<form method="post" action="/inbox/logout-everywhere"><button type="submit">Log out everywhere</button></form></div></section></aside></div>`,
    hasSealed(items),
  );
}

function exportHref({ kind, spam, q }: InboxView, format: 'csv' | 'json'): string {
  const params = new URLSearchParams();
  if (format === 'csv') params.set('format', 'csv');
  if (kind) params.set('kind', kind);
  if (spam) params.set('spam', '1');
  if (q) params.set('q', q);
  const query = params.toString();
  return escapeHtml(`/api/feedback${query ? `?${query}` : ''}`);
}
