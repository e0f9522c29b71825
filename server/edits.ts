// What the journalist does to messages one at a time, and the numbers the inbox page shows: one
// message, the counts by kind and of spam, handled / open, spam / not spam (notified then), the
// private note, and the messages per day for the chart.
import type { Database } from './database.js';
import { toItem, type Store, type StoreHooks } from './db.js';
import { perDay } from './select.js';

type Edits = Pick<Store, 'counts' | 'get' | 'setSpam' | 'setNote' | 'perDay' | 'setHandled'>;

export function messageEdits(database: Database, onCreated: StoreHooks['onCreated']): Edits {
  const { db } = database;
  return {
    async counts() {
      const rows = await db
        .selectFrom('feedback')
        .select((eb) => [
          'kind',
          eb.fn.countAll().as('total'),
          eb.fn.sum(eb.case().when('handled_at', 'is', null).then(1).else(0).end()).as('open'),
        ])
        .where('spam', 'is', null)
        .groupBy('kind')
        .execute();
      const kinds: Record<string, { total: number; open: number }> = {};
      for (const { kind, total, open } of rows)
        kinds[kind] = { total: Number(total), open: Number(open) };
      const spam = await db
        .selectFrom('feedback')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('spam', 'is not', null)
        .executeTakeFirstOrThrow();
      return { kinds, spam: Number(spam.n) };
    },
    async get(id) {
      const row = await db
        .selectFrom('feedback')
        .selectAll()
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst();
      return row && toItem(row);
    },
    async setSpam(id, reason) {
      return database.transaction(async (trx) => {
        const result = await trx
          .updateTable('feedback')
          .set({ spam: reason })
          .where('id', '=', id.toLowerCase())
          .where('spam', reason === null ? 'is not' : 'is', null)
          .returningAll()
          .executeTakeFirst();
        if (result && reason === null && onCreated) await onCreated(trx, [toItem(result)]);
        return result !== undefined;
      });
    },
    async setNote(id, note) {
      const result = await db
        .updateTable('feedback')
        .set({ note: note || null })
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    perDay: (since) => perDay(db, since),
    async setHandled(id, handled, now) {
      const result = await db
        .updateTable('feedback')
        .set((eb) => ({ handled_at: handled ? eb.fn.coalesce('handled_at', eb.val(now)) : null }))
        .where('id', '=', id.toLowerCase())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
