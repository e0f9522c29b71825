// The query strings the routes read: ?kind, ?since, ?limit, ?before (and /inbox's ?show),
// checked into a storage Filter; each one that cannot be read is named with what to use instead.
import { KINDS, type Kind } from 'afterword/schema';
import type { Filter } from '../db.js';
import type { Show } from '../html.js';

/** Most messages one answer of GET /api/feedback holds; ?before= pages on from its last. */
export const MAX_LIMIT = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  const before = q.get('before');
  if (before) {
    if (UUID.test(before)) filter.before = before.toLowerCase();
    else errors.before = 'Use the id of a message (the last one of the page before)';
  }
  return { filter, errors };
}

/** /inbox's ?show: open or handled messages only, else all of them. */
export function readShow(value: string | null): Show {
  return value === 'open' || value === 'handled' ? value : 'all';
}

export const isKind = (value: string | null | undefined): value is Kind =>
  (KINDS as readonly (string | null | undefined)[]).includes(value);
