// /inbox/m/<id>: one message at its own address, to link a colleague to: all of it, the private
// note, and its actions.
import type { Item } from '../db.js';
import { escapeHtml, hasSealed, page } from '../html.js';
import { actions, badges, from, KIND_LABEL, pageLink, reply, sealed, time, words } from './item.js';

/** The longest private note. */
export const MAX_NOTE = 2000;

const KIND_ONE: Record<string, string> = {
  feedback: 'Feedback',
  correction: 'Correction',
  tip: 'Tip',
};

export function renderMessage(item: Item, saved = ''): string {
  const self = `/inbox/m/${item.id}`;
  const kind = KIND_ONE[item.kind] ?? KIND_LABEL[item.kind] ?? item.kind;
  const back = item.spam !== null ? '/inbox?spam=1' : '/inbox';
  return page(
    `${kind}: ${item.page.title || item.page.url} (Afterword inbox)`,
    `<div class="single"><nav aria-label="Back"><a href="${back}">← ${item.spam !== null ? 'Spam' : 'Inbox'}</a></nav>
<main><article aria-labelledby="title"><h1 id="title">${escapeHtml(kind)} on ${pageLink(item.page)}</h1>
<div class="meta">${time(item.receivedAt)} <span>${from(item)}</span>${badges(item)}</div>
${item.encrypted !== null ? sealed(item) : words(item)}
<div class="bar">${item.spam === null ? reply(item) : ''} ${actions(item, self, true)}</div>
<form method="post" action="/inbox/note" class="notes"><input type="hidden" name="id" value="${escapeHtml(item.id)}">
<label for="note">Private note (only you see it: who follows it up, what was done)</label>
<textarea id="note" name="note" rows="4" maxlength="${MAX_NOTE}" aria-describedby="saved">${escapeHtml(item.note ?? '')}</textarea>
<p id="saved" role="status">${escapeHtml(saved)}</p>
<button type="submit">Save note</button></form>
<p class="small">Message id <code>${escapeHtml(item.id)}</code>; written ${time(item.createdAt)} in <code>${escapeHtml(item.lang)}</code>.</p>
</article></main></div>`,
    hasSealed([item]),
  );
}
