// One page of /inbox: 50 messages after a cursor (?before=<id>, older; ?after=<id>, newer), and
// whether there are more either way, so the page links to them.
import type { Filter, Item, Store } from '../db.js';

/** Messages on one page of /inbox. */
export const PAGE_SIZE = 50;

export async function pageOf(
  store: Store,
  where: Filter,
  { before, after }: Pick<Filter, 'before' | 'after'>,
): Promise<{ items: Item[]; newer?: string | undefined; older?: string | undefined }> {
  // One more than a page tells whether there is another page that way.
  const rows = await store.list({ ...where, before, after, limit: PAGE_SIZE + 1 });
  const more = rows.length > PAGE_SIZE;
  const items = rows.slice(0, PAGE_SIZE);
  if (after) items.reverse();
  const exists = async (f: Filter) => (await store.list({ ...where, ...f, limit: 1 })).length > 0;
  const first = items[0];
  const last = items.at(-1);
  const newer = first && (after ? more : !!before && (await exists({ after: first.id })));
  const older = last && (after ? await exists({ before: last.id }) : more);
  return { items, newer: newer ? first.id : undefined, older: older ? last.id : undefined };
}
