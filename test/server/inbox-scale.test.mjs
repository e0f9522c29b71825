// 2,000 messages in the inbox, on SQLite and on PostgreSQL alike: paged 50 at a time with newer /
// older cursors, searched (FTS5; PostgreSQL full-text) together with the kind and status
// filters, and any text typed into the search is only words.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { items, payload, post, root, start } from './helpers.mjs';
import { startPostgres } from './postgres.mjs';
import { httpSink, until } from './sinks.mjs';

const TOKEN = 'newsroom-inbox-token-2000';
const KINDS = /** @type {const} */ (['feedback', 'correction', 'tip']);
const COUNT = 2000;

/** The i-th message: a few carry searchable words in each searched field. */
function message(i) {
  return payload({
    kind: KINDS[i % 3],
    message: `Reader letter ${i}${i % 33 === 0 ? ' about the zeppelin hangar' : ''}.`,
    ...(i % 10 === 0 && { name: `Reader ${i}`, email: `reader${i}@example.org` }),
    ...(i % 50 === 0 && { quote: 'the lighthouse keeper retired' }),
    page: { url: `https://blog.example/${i}`, title: i % 125 === 0 ? 'Harbour news' : 'A post' },
  });
}
const expected = (test) => Array.from({ length: COUNT }, (_, i) => i).filter(test);

let cluster;
before(async () => {
  cluster = await startPostgres({ fsync: 'off' });
});
after(() => cluster?.stop());

async function fill(inbox) {
  const all = Array.from({ length: COUNT }, (_, i) => message(i));
  // In order of i, a hundred at a time: newer messages have higher numbers.
  for (let at = 0; at < COUNT; at += 100) {
    const statuses = await Promise.all(all.slice(at, at + 100).map((p) => post(inbox.url, p)));
    assert.ok(statuses.every((r) => r.status === 201));
  }
}

const numbers = (html) => [...html.matchAll(/Reader letter (\d+)/g)].map((m) => Number(m[1]));
const link = (html, rel) => html.match(new RegExp(`<a rel="${rel}" href="([^"]+)"`))?.[1];
const decode = (href) => href.replaceAll('&#38;', '&');

for (const db of ['SQLite', 'PostgreSQL']) {
  describe(`2,000 messages on ${db}`, () => {
    let inbox;
    const get = async (path) => {
      const res = await fetch(`${inbox.url}${path}`, { headers: inbox.auth() });
      assert.equal(res.status, 200, path);
      return res.text();
    };

    before(async () => {
      const args = ['--token', TOKEN, '--rate-limit', '0', '--rate-limit-total', '0'];
      inbox =
        db === 'SQLite'
          ? await start(args)
          : await start(['--db', await cluster.createDatabase('scale'), ...args], { db: null });
      await fill(inbox);
      // Newest first by arrival: concurrent posts may arrive in any order, so the API says which.
      const res = await fetch(`${inbox.url}/api/feedback?limit=${COUNT}`, {
        headers: inbox.auth(),
      });
      order = (await res.json()).items.map((i) => Number(i.message.match(/\d+/)[0]));
    });
    let order;
    const expected = (test) => order.filter(test);
    after(() => inbox?.stop());

    it('pages through all of them, 50 a page, older and back newer', async () => {
      const pages = [];
      let html;
      let path = '/inbox';
      while (path) {
        html = await get(path);
        pages.push(numbers(html));
        if (pages.length === 1) assert.equal(link(html, 'prev'), undefined, 'nothing newer');
        path = link(html, 'next') && decode(link(html, 'next'));
      }
      assert.equal(pages.length, COUNT / 50);
      assert.ok(pages.every((p) => p.length === 50));
      assert.equal(new Set(pages.flat()).size, COUNT, 'each once');
      assert.deepEqual(pages.flat(), order, 'newest first');
      // And back up, newer and newer, from the last page to the first.
      for (let at = pages.length - 2; at >= 0; at--) {
        html = await get(decode(link(html, 'prev')));
        assert.deepEqual(numbers(html), pages[at], `page ${at + 1}`);
      }
      assert.equal(link(html, 'prev'), undefined);
    });

    it('searches message, name, email, page title and quote, with the filters', async () => {
      /** @type {[string, string, (i: number) => boolean][]} */
      const cases = [
        ['zeppelin', '', (i) => i % 33 === 0],
        ['zeppelin', '&kind=tip', (i) => i % 33 === 0 && i % 3 === 2],
        ['reader70@example.org', '', (i) => i === 70],
        ['Reader 1990', '', (i) => i === 1990],
        ['harbour', '', (i) => i % 125 === 0],
        ['lighthouse keeper', '&kind=feedback', (i) => i % 50 === 0 && i % 3 === 0],
      ];
      for (const [q, filter, test] of cases) {
        const found = [];
        let path = `/inbox?q=${encodeURIComponent(q)}${filter}`;
        while (path) {
          const html = await get(path);
          found.push(...numbers(html));
          path = link(html, 'next') && decode(link(html, 'next'));
        }
        assert.deepEqual(found, expected(test), `${q}${filter}`);
      }
      const api = await fetch(`${inbox.url}/api/feedback?q=zeppelin&kind=correction`, {
        headers: inbox.auth(),
      });
      assert.equal(
        (await api.json()).items.length,
        expected((i) => i % 33 === 0 && i % 3 === 1).length,
      );
    });

    it('combines the search with open / handled', async () => {
      const html = await get('/inbox?q=harbour&show=handled');
      assert.deepEqual(numbers(html), []);
      assert.equal(numbers(await get('/inbox?q=harbour&show=open')).length, 16);
    });

    it('takes any text as words: quotes, FTS syntax, SQL', async () => {
      const zeppelins = expected((i) => i % 33 === 0).length;
      for (const q of [
        '"zeppelin',
        'zeppelin*',
        'zeppelin"',
        '(zeppelin',
        'zeppelin:',
        '^zeppelin',
      ]) {
        const html = await get(`/inbox?q=${encodeURIComponent(q)}`);
        assert.equal(numbers(html).length, Math.min(50, zeppelins), q);
      }
      for (const q of [
        '"',
        '*',
        'AND OR NOT',
        'NEAR(a b)',
        "'; DROP TABLE feedback; --",
        '\\',
        '(((',
        '🙂',
        'title:x',
        '"" ""',
      ]) {
        const html = await get(`/inbox?q=${encodeURIComponent(q)}`);
        assert.match(html, /<h2>Messages matching/, q);
      }
      assert.equal(numbers(await get('/inbox')).length, 50, 'the table is still there');
    });
  });
}

describe('spam, notes and --pow on PostgreSQL', () => {
  let inbox, hook;
  before(async () => {
    hook = await httpSink();
    const db = await cluster.createDatabase('spam');
    const args = ['--token', TOKEN, '--rate-limit', '0', '--pow', '--notify', `${hook.url}/hook`];
    inbox = await start(['--db', db, ...args], { db: null });
  });
  after(async () => {
    await inbox?.stop();
    await hook?.close();
  });

  it('keeps spam, notifies it only once it is said not to be, and takes a note', async () => {
    const { solve } = await import(
      pathToFileURL(join(root, 'dist/esm/feedback/pow-solve.js')).href
    );
    const challenge = await (await fetch(`${inbox.url}/api/challenge`)).json();
    const altcha = await solve(challenge);
    const good = payload({ message: 'With a proof of work', altcha });
    const again = payload({ message: 'The same proof again', altcha });
    const fast = payload({ message: 'Fast but real', checks: { fast: true }, altcha });
    for (const p of [good, again, fast]) assert.equal((await post(inbox.url, p)).status, 201);
    assert.deepEqual(
      (await items(inbox)).map((i) => i.message),
      ['With a proof of work'],
    );
    assert.deepEqual(
      (await items(inbox, '?spam=1')).map((i) => [i.message, i.spam]),
      [
        ['Fast but real', 'fast'],
        ['The same proof again', 'pow-replayed'],
      ],
    );
    await until(() => hook.requests.length === 1, 10_000, 'the first notification');
    const form = (path, fields) =>
      fetch(`${inbox.url}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: inbox.url,
          ...inbox.auth(),
        },
        body: new URLSearchParams(fields),
      });
    assert.equal((await form('/inbox/spam', { id: fast.id, spam: '0' })).status, 303);
    await until(() => hook.requests.length === 2, 10_000, 'the rescued message notified');
    assert.equal(JSON.parse(hook.requests[1].body).item.id, fast.id);
    assert.equal((await form('/inbox/note', { id: fast.id, note: 'Call back' })).status, 303);
    const stored = (await items(inbox)).find((i) => i.id === fast.id);
    assert.equal(stored.note, 'Call back');
    assert.equal(stored.spam, null);
  });
});
