// Bounds on what readers can make the inbox hold and send: --max-messages and
// --rate-limit-total (503 with Retry-After, nothing half-stored), exports in pages that are
// streamed, given-up notifications pruned after 30 days, and --notify-max folding the rest of
// an hour's notifications into one digest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { items, payload, post, start } from './helpers.mjs';
import { httpSink, until } from './sinks.mjs';

const get = (inbox, query = '') =>
  fetch(`${inbox.url}/api/feedback${query}`, { headers: inbox.auth() });

describe('--max-messages', () => {
  it('past it answers 503 with Retry-After and stores nothing; a repeated id still hears 200', async () => {
    const inbox = await start(['--max-messages', '3', '--rate-limit', '0']);
    try {
      const sent = [payload(), payload(), payload()];
      for (const p of sent) assert.equal((await post(inbox.url, p)).status, 201);
      const extra = payload();
      const res = await post(inbox.url, extra);
      assert.equal(res.status, 503);
      assert.ok(Number(res.headers.get('retry-after')) > 0);
      assert.match((await res.json()).error, /full/);
      const again = await post(inbox.url, sent[0]);
      assert.equal(again.status, 200);
      assert.equal((await again.json()).created, false);
      const stored = await items(inbox);
      assert.equal(stored.length, 3);
      assert.ok(!stored.some((i) => i.id === extra.id));
      const page = await (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
      assert.match(page, /This inbox is full/);
      assert.match(inbox.output().stderr, /--max-messages/);
    } finally {
      await inbox.stop();
    }
  });
});

describe('--rate-limit-total', () => {
  it('past it in a minute answers 503 with Retry-After, whoever sends; repeats do not count', async () => {
    const inbox = await start(['--rate-limit-total', '3', '--rate-limit', '0']);
    try {
      const first = payload();
      assert.equal((await post(inbox.url, first)).status, 201);
      // A repeated id is no new message: it neither counts nor is refused.
      for (let i = 0; i < 3; i++) assert.equal((await post(inbox.url, first)).status, 200);
      assert.equal((await post(inbox.url, payload())).status, 201);
      assert.equal((await post(inbox.url, payload())).status, 201);
      const p = payload();
      const res = await post(inbox.url, p);
      assert.equal(res.status, 503);
      const wait = Number(res.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 60, `Retry-After: ${wait}`);
      assert.equal((await post(inbox.url, first)).status, 200);
      assert.ok(!(await items(inbox)).some((i) => i.id === p.id));
    } finally {
      await inbox.stop();
    }
  });

  it('is 600 a minute by default', async () => {
    const inbox = await start(['--rate-limit', '0']);
    try {
      const statuses = [];
      for (let round = 0; round < 12; round++)
        statuses.push(
          ...(await Promise.all(
            Array.from({ length: 50 }, () => post(inbox.url, payload()).then((r) => r.status)),
          )),
        );
      assert.deepEqual(statuses, Array(600).fill(201));
      assert.equal((await post(inbox.url, payload())).status, 503);
    } finally {
      await inbox.stop();
    }
  });
});

describe('GET /api/feedback of a large inbox', () => {
  it('answers 1,000 by default, at most 10,000, pages on with ?before, and streams', async () => {
    const first = await start();
    await first.stop({ keep: true });
    // 1,205 messages, written straight into the database.
    const db = new Database(first.db);
    const insert = db.prepare(
      `INSERT INTO feedback (id, kind, message, page_url, page_title, lang, created_at, received_at)
       VALUES (?, 'feedback', ?, 'https://blog.example/p', 'A post', 'en', ?, ?)`,
    );
    const ids = [];
    db.transaction(() => {
      for (let n = 0; n < 1205; n++) {
        const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
        insert.run(id, `Message ${n}`, at, at);
        ids.unshift(id); // newest first
      }
    })();
    db.close();
    const inbox = await start([], { dir: first.dir, db: first.db });
    try {
      const res = await get(inbox);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-length'), null, 'streamed, not built whole');
      assert.equal(res.headers.get('transfer-encoding'), 'chunked');
      const page = (await res.json()).items;
      assert.deepEqual(
        page.map((i) => i.id),
        ids.slice(0, 1000),
      );
      const next = (await (await get(inbox, `?before=${page.at(-1).id}`)).json()).items;
      assert.deepEqual(
        next.map((i) => i.id),
        ids.slice(1000),
      );
      const few = (await (await get(inbox, `?before=${ids[10]}&limit=3`)).json()).items;
      assert.deepEqual(
        few.map((i) => i.id),
        ids.slice(11, 14),
      );
      assert.equal((await (await get(inbox, '?limit=10000')).json()).items.length, 1205);
      for (const query of ['?limit=10001', '?before=not-an-id', `?before=${crypto.randomUUID()}`]) {
        const bad = await get(inbox, query);
        assert.equal(bad.status, 400, query);
        assert.ok(Object.keys((await bad.json()).errors).length, query);
      }
      const csv = await get(inbox, '?format=csv');
      assert.equal(csv.headers.get('transfer-encoding'), 'chunked');
      const lines = (await csv.text()).trim().split('\r\n');
      assert.equal(lines.length, 1 + 1000);
      assert.ok(lines[1].startsWith(`${ids[0]},`));
      const rest = (await (await get(inbox, `?format=csv&before=${ids[999]}`)).text())
        .trim()
        .split('\r\n');
      assert.equal(rest.length, 1 + 205);
    } finally {
      await inbox.stop();
    }
  });
});

describe('given-up notifications', () => {
  it('are deleted 30 days after they were given up; newer ones stay listed on /inbox', async () => {
    const first = await start();
    await first.stop({ keep: true });
    const db = new Database(first.db);
    const day = 86400_000;
    const add = db.prepare(
      `INSERT INTO outbox (delivery, destination, item_id, queued_at, next_at, attempts, last_error, last_try_at, gave_up_at)
       VALUES (?, 'a-destination-gone', ?, ?, ?, 40, 'HTTP 502', ?, ?)`,
    );
    const now = Date.now();
    for (const [delivery, gaveUp] of /** @type {[string, number][]} */ ([
      ['old', now - 31 * day],
      ['recent', now - 29 * day],
    ]))
      add.run(delivery, crypto.randomUUID(), gaveUp - 3 * day, gaveUp, gaveUp, gaveUp);
    db.close();
    const inbox = await start([], { dir: first.dir, db: first.db });
    try {
      const left = () => {
        const d = new Database(inbox.db, { readonly: true });
        const rows = d.prepare('SELECT delivery FROM outbox ORDER BY delivery').pluck().all();
        d.close();
        return rows;
      };
      await until(() => left().length === 1, 10_000, 'the old one pruned');
      assert.deepEqual(left(), ['recent']);
      const page = await (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
      assert.match(page, /1 given up after 3 days/);
    } finally {
      await inbox.stop();
    }
  });
});

describe('--notify-max', () => {
  it('past it in an hour, what waits folds into one digest; then nothing until the hour allows', async () => {
    const hook = await httpSink();
    let inbox;
    try {
      inbox = await start([
        '--notify',
        `${hook.url}/hook`,
        '--notify-max',
        '3',
        '--rate-limit',
        '0',
      ]);
      const sent = Array.from({ length: 6 }, (_, i) => payload({ message: `Message ${i}` }));
      await Promise.all(sent.map((p) => post(inbox.url, p)));
      await until(() => hook.requests.length >= 3, 15_000, 'three notifications');
      await new Promise((r) => setTimeout(r, 2500));
      assert.equal(hook.requests.length, 3, 'no more than --notify-max in the hour');
      const events = hook.requests.map((r) => JSON.parse(r.body));
      const digest = events.at(-1);
      assert.equal(digest.event, 'feedback.digest');
      assert.ok(digest.items.length > 1, 'the last one carries what waited');
      for (const e of events.slice(0, -1)) assert.equal(e.event, 'feedback.created');
      const delivered = events.flatMap((e) => (e.item ? [e.item.id] : e.items.map((i) => i.id)));
      assert.equal(new Set(delivered).size, delivered.length, 'each message once');

      // Another message waits in the outbox until the hour allows: nothing is lost.
      const late = payload({ message: 'Late' });
      assert.equal((await post(inbox.url, late)).status, 201);
      await new Promise((r) => setTimeout(r, 2500));
      assert.equal(hook.requests.length, 3);
      const d = new Database(inbox.db, { readonly: true });
      const waiting = d.prepare('SELECT item_id FROM outbox').pluck().all();
      const queued = d.prepare('SELECT item_id FROM outbox_queue').pluck().all();
      d.close();
      assert.deepEqual(
        [...delivered, ...waiting, ...queued].sort(),
        [...sent, late].map((p) => p.id).sort(),
        'every message delivered or waiting',
      );
    } finally {
      await inbox?.stop();
      await hook.close();
    }
  });
});
