// The inbox on PostgreSQL (--db postgres://…): one real PostgreSQL for every test here, several
// inbox processes on one database, a process killed under load, and clear failures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { items, payload, post, run, start, tempDir } from './helpers.mjs';
import { freePort, startPostgres } from './postgres.mjs';
import { httpSink, until } from './sinks.mjs';

const TOKEN = 'newsroom-inbox-token';
let cluster;
let databases = 0;

before(async () => {
  cluster = await startPostgres({ fsync: 'off' });
});
after(() => cluster?.stop());

/** Inbox processes on one new database. */
async function inboxes(count, args = []) {
  const url = await cluster.createDatabase(`inbox_${++databases}`);
  const started = await Promise.all(
    Array.from({ length: count }, () =>
      start(
        ['--db', url, '--token', TOKEN, '--rate-limit', '0', '--rate-limit-total', '0', ...args],
        {
          db: null,
        },
      ),
    ),
  );
  return { url, name: `inbox_${databases}`, started };
}

const stopAll = (list) => Promise.all(list.map((inbox) => inbox.stop()));

describe('the inbox on PostgreSQL', () => {
  it('stores, deduplicates in any case, lists, and says where without the password', async () => {
    const { started, name } = await inboxes(1);
    const [inbox] = started;
    try {
      const { stdout, stderr } = inbox.output();
      assert.match(
        stdout,
        new RegExp(
          `messages are kept in postgres://afterword@127\\.0\\.0\\.1:${cluster.port}/${name}`,
        ),
      );
      assert.ok(!`${stdout}${stderr}`.includes(cluster.password), 'no password in the output');
      const p = payload({ kind: 'tip' });
      assert.equal((await post(inbox.url, { ...p, id: p.id.toUpperCase() })).status, 201);
      assert.equal((await post(inbox.url, p)).status, 200);
      assert.equal((await post(inbox.url, payload())).status, 201);
      const stored = await items(inbox);
      assert.equal(stored.length, 2);
      assert.equal(stored[1].id, p.id);
      assert.equal((await items(inbox, '?kind=tip')).length, 1);
      const rows = await cluster.query(name, 'SELECT count(*)::int AS n FROM feedback');
      assert.equal(rows[0].n, 2);
      const handled = await fetch(`${inbox.url}/inbox/handled`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: inbox.url,
          ...inbox.auth(),
        },
        body: new URLSearchParams({ id: p.id.toUpperCase(), handled: '1' }),
      });
      assert.equal(handled.status, 303);
      assert.match((await items(inbox, '?kind=tip'))[0].handledAt, /^\d{4}-/);
      const page = await (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
      assert.match(page, /Tips \(1\)/);
      assert.match(page, /<title>Afterword inbox \(1 open\)<\/title>/);
    } finally {
      await inbox.stop();
    }
  });

  it('two processes on one database: one row per id under concurrent duplicates, shared sessions', async () => {
    const { started, name } = await inboxes(2);
    const [a, b] = started;
    try {
      const sent = Array.from({ length: 200 }, () => payload());
      // Every id goes to both processes at once (one of them in upper case).
      const statuses = await Promise.all(
        sent.map(async (p, i) => {
          const twin = i % 2 ? { ...p, id: p.id.toUpperCase() } : p;
          const [x, y] = await Promise.all([post(a.url, p), post(b.url, twin)]);
          return [x.status, y.status].sort().join(',');
        }),
      );
      assert.deepEqual([...new Set(statuses)], ['200,201'], 'one 201 and one 200 for each id');
      const rows = await cluster.query(
        name,
        'SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM feedback',
      );
      assert.deepEqual(rows[0], { n: 200, ids: 200 });

      // A login on one process opens the inbox on the other; logging out on it ends it on both.
      const login = await fetch(`${a.url}/inbox/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: a.url },
        body: new URLSearchParams({ token: TOKEN }),
      });
      const cookie = login.headers.get('set-cookie').split(';')[0];
      const open = (inbox) =>
        fetch(`${inbox.url}/inbox`, { headers: { cookie } }).then((r) => r.status);
      assert.equal(await open(b), 200);
      await fetch(`${b.url}/inbox/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: b.url, cookie },
      });
      assert.equal(await open(a), 401);
    } finally {
      await stopAll(started);
    }
  });

  it('loses nothing it acknowledged when one of two processes is killed (-9) under load', async () => {
    const { started } = await inboxes(2);
    const [victim, survivor] = started;
    try {
      const acknowledged = new Set();
      let stop = false;
      let killedAfter = 0;
      const worker = async (inbox) => {
        while (!stop) {
          const p = payload();
          try {
            const res = await post(inbox.url, p);
            if (res.status === 201 || res.status === 200) acknowledged.add(p.id);
          } catch {
            // the killed process: its unanswered requests were never acknowledged
            if (inbox === victim) return;
          }
        }
      };
      const workers = [
        ...Array.from({ length: 12 }, () => worker(victim)),
        ...Array.from({ length: 4 }, () => worker(survivor)),
      ];
      await new Promise((r) => setTimeout(r, 1500));
      killedAfter = acknowledged.size;
      victim.child.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      stop = true;
      await Promise.all(workers);
      assert.ok(killedAfter > 100, `only ${killedAfter} acknowledged before the kill`);
      assert.equal((await victim.exited).signal, 'SIGKILL');
      const stored = new Set((await items(survivor, '?limit=10000')).map((i) => i.id));
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.size} acknowledged were lost`);
    } finally {
      await stopAll(started);
    }
  });
});

describe('sealed tips on PostgreSQL', () => {
  it('stores only the ciphertext, with an empty message, and lists and exports it', async () => {
    const { started, name } = await inboxes(1);
    const [inbox] = started;
    try {
      const encrypted = `-----BEGIN PGP MESSAGE-----\n\nwV4DsealedOnPostgres\n=abcd\n-----END PGP MESSAGE-----\n`;
      const { message: _m, ...envelope } = payload({ kind: 'tip' });
      const sent = { ...envelope, encrypted };
      assert.equal((await post(inbox.url, sent)).status, 201);
      assert.equal((await post(inbox.url, sent)).status, 200);
      assert.equal((await post(inbox.url, payload())).status, 201);
      const rows = await cluster.query(
        name,
        'SELECT message, name, email, quote, encrypted FROM feedback ORDER BY seq',
      );
      assert.deepEqual(rows[0], { message: '', name: null, email: null, quote: null, encrypted });
      assert.equal(rows[1].encrypted, null);
      const [plain, sealed] = await items(inbox);
      assert.deepEqual([sealed.id, sealed.message, sealed.encrypted], [sent.id, '', encrypted]);
      assert.equal(plain.encrypted, null);
      const csv = await (
        await fetch(`${inbox.url}/api/feedback?format=csv`, { headers: inbox.auth() })
      ).text();
      assert.ok(csv.includes('wV4DsealedOnPostgres'));
      const page = await (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
      assert.ok(page.includes(`<textarea id="sealed-${sent.id}" readonly`));
    } finally {
      await inbox.stop();
    }
  });
});

describe('notifications on PostgreSQL', () => {
  const deliveredIds = (hook) => hook.requests.map((r) => JSON.parse(r.body).item.id);

  it('two processes on one database: each message is delivered once, by one of them', async () => {
    const hook = await httpSink();
    const { started, name } = await inboxes(2, ['--notify', `${hook.url}/hook`]);
    const [a, b] = started;
    try {
      const sent = Array.from({ length: 60 }, (_, i) => payload({ message: `Message ${i}.` }));
      // Each message goes to one process; a third of them to both at once (one 201, one 200).
      const statuses = await Promise.all(
        sent.map((p, i) =>
          i % 3 === 0
            ? Promise.all([post(a.url, p), post(b.url, p)]).then((r) => r.map((x) => x.status))
            : post(i % 2 ? a.url : b.url, p).then((x) => [x.status]),
        ),
      );
      assert.equal(statuses.flat().filter((s) => s === 201).length, sent.length);
      await until(() => hook.requests.length >= sent.length, 15_000, 'every delivery');
      // Both notifiers keep looking every second: nothing may come twice.
      await new Promise((r) => setTimeout(r, 2500));
      const ids = deliveredIds(hook);
      assert.equal(ids.length, sent.length, 'one delivery per message');
      assert.deepEqual(new Set(ids), new Set(sent.map((p) => p.id)));
      const deliveries = hook.requests.map((r) => r.headers['afterword-delivery']);
      assert.equal(new Set(deliveries).size, sent.length);
      const left = await cluster.query(
        name,
        'SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM outbox_queue)::int AS queue',
      );
      assert.deepEqual(left[0], { outbox: 0, queue: 0 });
    } finally {
      await stopAll(started);
      await hook.close();
    }
  });

  it('lists a failing destination on every process, retries it, and shares one feed key', async () => {
    const hook = await httpSink({ fail: 1, status: 502 });
    const { started } = await inboxes(2, ['--notify', `${hook.url}/hook`, '--notify-retry', '1']);
    const [a, b] = started;
    const page = async (inbox) =>
      (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
    try {
      const tip = payload({ kind: 'tip', message: 'The contract was signed in May.' });
      assert.equal((await post(a.url, tip)).status, 201);
      await until(() => hook.refused, 10_000, 'the failed delivery');
      await until(async () => /Notifications failing/.test(await page(b)), 5000, 'the listing');
      assert.match(await page(b), /HTTP 502/);
      await until(() => hook.requests.length, 10_000, 'the retry');
      const event = JSON.parse(hook.requests[0].body);
      assert.equal(event.item.summary, 'A news tip arrived');
      // The retry is finished (and its row deleted) a moment after the sink has it.
      await until(async () => !/Notifications failing/.test(await page(a)), 5000, 'the listing');

      const feed = (inbox) =>
        page(inbox).then((html) => html.match(/\/inbox\/feed\.atom\?key=([\w-]+)/)[1]);
      const key = await feed(a);
      assert.equal(await feed(b), key);
      const xml = await (await fetch(`${b.url}/inbox/feed.atom?key=${key}`)).text();
      assert.match(xml, /<title>\[Tip\] A news tip arrived<\/title>/);
      assert.ok(!xml.includes('signed in May'));
    } finally {
      await stopAll(started);
      await hook.close();
    }
  });

  it('a process killed (-9) while delivering: the other one delivers its claim after the lease', async () => {
    // The destination hangs (answers after 60 s): the first process claims the delivery and waits.
    const hook = await httpSink({ delay: 60_000 });
    const args = ['--notify', `${hook.url}/hook`, '--notify-lease', '2'];
    const url = await cluster.createDatabase(`inbox_${++databases}`);
    const open = () =>
      start(['--db', url, '--token', TOKEN, '--rate-limit', '0', ...args], { db: null });
    const victim = await open();
    let survivor;
    try {
      const message = payload({ message: 'Sent just before the crash.' });
      assert.equal((await post(victim.url, message)).status, 201);
      const db = url.split('/').pop();
      await until(
        async () =>
          (
            await cluster.query(
              db,
              'SELECT count(*)::int AS n FROM outbox WHERE claimed_at IS NOT NULL',
            )
          )[0].n,
        10_000,
        'the claim',
      );
      victim.child.kill('SIGKILL');
      await victim.exited;
      hook.delay = 0;
      survivor = await open();
      await until(() => hook.requests.length, 15_000, 'the delivery by the other process');
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(deliveredIds(hook), [message.id]);
      const left = await cluster.query(db, 'SELECT count(*)::int AS n FROM outbox');
      assert.equal(left[0].n, 0);
    } finally {
      await Promise.all([victim.stop(), survivor?.stop()]);
      await hook.close();
    }
  });
});

describe('hardening on PostgreSQL', () => {
  it('sessions belong to the token on every process; "Log out everywhere" ends them everywhere', async () => {
    const dir = tempDir();
    const file = join(dir, 'token');
    writeFileSync(file, `${TOKEN}\n`);
    const url = await cluster.createDatabase(`inbox_${++databases}`);
    const args = ['--db', url, '--token-file', file];
    const [a, b] = await Promise.all([start(args, { db: null }), start(args, { db: null })]);
    const open = (inbox, cookie) =>
      fetch(`${inbox.url}/inbox`, { headers: { cookie } }).then((r) => r.status);
    const login = async (inbox, token) => {
      const res = await fetch(`${inbox.url}/inbox/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inbox.url },
        body: new URLSearchParams({ token }),
      });
      assert.equal(res.status, 303);
      return res.headers.get('set-cookie').split(';')[0];
    };
    try {
      const cookie = await login(a, TOKEN);
      assert.equal(await open(b, cookie), 200, 'a session holds on every process');
      const next = 'the-next-newsroom-inbox-token';
      writeFileSync(file, `${next}\n`);
      assert.equal(await open(b, cookie), 401, 'the new token ends it');
      assert.equal(await open(a, cookie), 401, 'on every process');
      const [one, two] = [await login(a, next), await login(b, next)];
      assert.equal(await open(b, one), 200);
      const out = await fetch(`${b.url}/inbox/logout-everywhere`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: b.url,
          cookie: two,
        },
      });
      assert.equal(out.status, 303);
      assert.equal(await open(a, one), 401);
      assert.equal(await open(b, two), 401);
    } finally {
      await stopAll([a, b]);
    }
  });

  it('pages and streams exports, bounds the stored messages across processes, prunes the outbox', async () => {
    const { name, started } = await inboxes(2, ['--max-messages', '12']);
    const [a, b] = started;
    try {
      const sent = [];
      for (let i = 0; i < 12; i++) {
        const p = payload({ message: `Message ${i}` });
        assert.equal((await post((i % 2 ? b : a).url, p)).status, 201);
        sent.unshift(p.id);
      }
      // The other process counts what this one stored: the database holds the count.
      await new Promise((r) => setTimeout(r, 5200));
      const over = await post(b.url, payload());
      assert.equal(over.status, 503);
      assert.ok(Number(over.headers.get('retry-after')) > 0);
      assert.equal((await post(a.url, payload({ id: sent[3] }))).status, 200);

      const res = await fetch(`${a.url}/api/feedback?limit=5`, { headers: a.auth() });
      assert.equal(res.headers.get('transfer-encoding'), 'chunked');
      const page = (await res.json()).items.map((i) => i.id);
      assert.deepEqual(page, sent.slice(0, 5));
      const next = await items(b, `?before=${page.at(-1)}&limit=5`);
      assert.deepEqual(
        next.map((i) => i.id),
        sent.slice(5, 10),
      );

      const day = 86400_000;
      const now = Date.now();
      for (const [delivery, gaveUp] of [
        ['old', now - 31 * day],
        ['recent', now - 29 * day],
      ])
        await cluster.query(
          name,
          `INSERT INTO outbox (delivery, destination, item_id, queued_at, next_at, attempts, last_error, gave_up_at)
           VALUES ($1, 'gone', $2, $3, $3, 40, 'HTTP 502', $3)`,
          [delivery, sent[0], gaveUp],
        );
      await b.stop();
      started.splice(
        1,
        1,
        await start(['--db', cluster.url(name), '--token', TOKEN], { db: null }),
      );
      const left = await cluster.query(name, 'SELECT delivery FROM outbox ORDER BY delivery');
      assert.deepEqual(
        left.map((r) => r.delivery),
        ['recent'],
      );
    } finally {
      await stopAll(started);
    }
  });
});

describe('a database that cannot be reached', () => {
  const oneLine = (text) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

  it('ends the start with one line, without the password, and a non-zero exit', async () => {
    const closed = await freePort();
    const cases = [
      [`postgres://afterword:s3cret-pass@127.0.0.1:${closed}/inbox`, /ECONNREFUSED|connect/],
      [cluster.url('postgres', 'wr0ng-pass'), /password authentication failed/],
      [cluster.url('no_such_database'), /does not exist/],
    ];
    for (const [db, reason] of cases) {
      // Secrets from the environment, as the README advises: no warning line beside the failure.
      const { code, stdout, stderr } = await run(['--port', '0'], {
        env: { AFTERWORD_DB: db, AFTERWORD_TOKEN: TOKEN },
      });
      assert.notEqual(code, 0, db);
      assert.equal(stdout, '');
      assert.ok(oneLine(stderr), stderr);
      assert.match(
        stderr,
        /^afterword-inbox: cannot open the database postgres:\/\/afterword@127\.0\.0\.1:/,
      );
      assert.match(stderr, reason);
      for (const secret of ['s3cret-pass', 'wr0ng-pass', cluster.password])
        assert.ok(!stderr.includes(secret), stderr);
    }
  });

  it('asks for the token, which every process must share', async () => {
    const { code, stderr } = await run([], { env: { AFTERWORD_DB: cluster.url('postgres') } });
    assert.equal(code, 1);
    assert.ok(oneLine(stderr));
    assert.match(stderr, /--token-file or AFTERWORD_TOKEN/);
    assert.ok(!stderr.includes(cluster.password));
  });
});
