// The query strings the routes read: ?kind, ?since, ?limit, ?before, ?after, ?q, ?spam (and
// /inbox's ?show),
// checked into a storage Filter; each one that cannot be read is named with what to use instead.
import { KINDS, type Kind } from 'afterword/schema';
import type { Filter } from '../db.js';
import type { Show } from '../html.js';

/** Most messages one answer of GET /api/feedback holds; ?before= pages on from its last. */
export const MAX_LIMIT = 10_000;

/** The longest search: a few sentences. */
export const MAX_SEARCH = 200;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ?kind, ?since, ?limit and ?before filters of a query; `errors` names those it cannot read. */
export function readFilter(q: URLSearchParams): { filter: Filter; errors: Record<string, string> } {
  const filter: Filter = {};
  const errors: Record<string, string> = {};
  const kind = q.get('kind');
  if (kind) {
    if (isKind(kind)) filter.kind = kind;
    else errors.kind = `Use one of ${KINDS.join(', ')}`;
  }
  const limit = q.get('limit');
  if (limit) {
    if (/^\d+$/.test(limit) && Number(limit) > 0 && Number(limit) <= MAX_LIMIT)
      filter.limit = Number(limit);
    else errors.limit = `Use a whole number from 1 to ${MAX_LIMIT}`;
  }
  const since = q.get('since');
  if (since) {
    const date = new Date(since);
    if (Number.isNaN(date.getTime()))
      errors.since = 'Use an ISO 8601 date or time, like 2026-01-31T12:00:00Z';
    else filter.since = date.toISOString();
  }
  for (const name of ['before', 'after'] as const) {
    const id = q.get(name);
    if (!id) continue;
    if (UUID.test(id)) filter[name] = id.toLowerCase();
    else errors[name] = 'Use the id of a message (the last one of the page before)';
  }
  if (filter.before && filter.after) errors.after = 'Use ?before or ?after, not both';
  const search = q.get('q')?.trim();
  if (search) {
    if (search.length <= MAX_SEARCH) filter.q = search;
    else errors.q = `Search for at most ${MAX_SEARCH} characters`;
  }
  const spam = q.get('spam');
  if (spam) {
    if (spam === '1' || spam === '0') filter.spam = spam === '1';
    else errors.spam = 'Use 1 for the Spam view, 0 (the default) for the rest';
  }
  return { filter, errors };
}

/** /inbox's ?show: open or handled messages only, else all of them. */
export function readShow(value: string | null): Show {
  return value === 'open' || value === 'handled' ? value : 'all';
}

export const isKind = (value: string | null | undefined): value is Kind =>
  (KINDS as readonly (string | null | undefined)[]).includes(value);
