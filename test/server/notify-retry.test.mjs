// Notifications are never lost: a destination that fails is retried with backoff (listed on
// /inbox, one log line per failure, no credentials anywhere) across restarts and kill -9, and
// delivered once; a destination that cannot be read stops the start with one line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { payload, post, run, start } from './helpers.mjs';
import { httpSink, smtpSink, until } from './sinks.mjs';

const PASSWORD = 'p4ss-w0rd-not-for-logs';
const loginCookie = async (inbox) => {
  const res = await fetch(`${inbox.url}/inbox/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inbox.url },
    body: new URLSearchParams({ token: inbox.token }),
    redirect: 'manual',
  });
  return res.headers.get('set-cookie').split(';')[0];
};
const inboxPage = async (inbox) =>
  (await fetch(`${inbox.url}/inbox`, { headers: { cookie: await loginCookie(inbox) } })).text();

describe('a destination that fails, then recovers', () => {
  it('is retried with backoff, shown on /inbox without credentials, and delivered once', async () => {
    const smtp = await smtpSink({ fail: 2 });
    const hook = await httpSink({ fail: 2, status: 502 });
    const inbox = await start([
      '--notify-retry',
      '1',
      '--notify',
      `smtp://maren:${PASSWORD}@127.0.0.1:${smtp.port}?from=inbox@valley.example&to=maren@valley.example`,
      '--notify',
      `${hook.url}/hooks/secret-path-token`,
    ]);
    try {
      const message = payload({ message: 'A reader writes.' });
      const started = Date.now();
      assert.equal((await post(inbox.url, message)).status, 201);
      assert.ok(Date.now() - started < 2000);

      await until(() => hook.refused >= 1 && smtp.refused >= 1, 10_000, 'the first failures');
      const page = await inboxPage(inbox);
      assert.match(page, /Notifications failing/);
      assert.match(page, /smtp:\/\/maren@127\.0\.0\.1:\d+ → maren@valley\.example/);
      assert.match(page, /HTTP 502/);
      assert.match(page, /next try \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
      assert.ok(!page.includes(PASSWORD));
      assert.ok(!page.includes('secret-path-token'));

      // Retried after 1 s, then 2 s: the third try gets through, and nothing more is sent.
      await until(() => hook.requests.length && smtp.mails.length, 15_000, 'the deliveries');
      await new Promise((r) => setTimeout(r, 1200));
      assert.equal(hook.requests.length, 1);
      assert.equal(smtp.mails.length, 1);
      assert.equal(hook.refused, 2);
      assert.equal(smtp.refused, 2);
      assert.doesNotMatch(await inboxPage(inbox), /Notifications failing/);

      const { stdout, stderr } = inbox.output();
      const failures = stderr.split('\n').filter((l) => l.includes('failed (attempt'));
      assert.equal(failures.length, 4, 'one line per failed attempt');
      assert.ok(failures.some((l) => /HTTP 502: Service unavailable; next try at /.test(l)));
      assert.ok(failures.some((l) => /451 .*Mailbox busy/.test(l)));
      assert.ok(!`${stdout}${stderr}`.includes(PASSWORD));
      assert.ok(!`${stdout}${stderr}`.includes('secret-path-token'));
    } finally {
      await inbox.stop();
      await Promise.all([smtp.close(), hook.close()]);
    }
  });
});

describe('a delivery pending when the inbox stops', () => {
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGKILL'])) {
    it(`is made after a restart (${signal}), with the same Afterword-Delivery id, once`, async () => {
      const hook = await httpSink({ fail: 1000 });
      const args = ['--notify-retry', '1', '--notify', `${hook.url}/hook`];
      const first = await start(args);
      const message = payload({ message: `Sent before ${signal}.` });
      assert.equal((await post(first.url, message)).status, 201);
      await until(() => hook.refused >= 1, 10_000, 'a failed delivery');
      first.child.kill(signal);
      await first.exited;

      hook.fail = 0;
      const refusedId = hook.lastRefusedId;
      const second = await start(args, { dir: first.dir, db: first.db });
      try {
        await until(() => hook.requests.length, 10_000, 'the delivery after the restart');
        await new Promise((r) => setTimeout(r, 1200));
        assert.equal(hook.requests.length, 1);
        const event = JSON.parse(hook.requests[0].body);
        assert.equal(event.item.id, message.id);
        assert.equal(hook.requests[0].headers['afterword-delivery'], refusedId);
      } finally {
        await second.stop();
        await hook.close();
      }
    });
  }
});

describe('backoff limits', () => {
  it('waits at most 6 hours between tries, and gives up on a delivery after 3 days', async () => {
    const hook = await httpSink({ fail: 1e9 });
    const args = ['--notify-retry', '1', '--notify', `${hook.url}/hook`];
    const first = await start(args);
    const [young, old] = [payload({ message: 'Young.' }), payload({ message: 'Old.' })];
    for (const p of [young, old]) assert.equal((await post(first.url, p)).status, 201);
    await until(() => hook.refused >= 2, 10_000, 'two failed deliveries');
    await first.stop({ keep: true });

    // Many failures behind the first; the second queued 3 days ago (as if the inbox had run so long).
    const db = new Database(first.db);
    db.prepare('UPDATE outbox SET attempts = 30, next_at = 0').run();
    db.prepare('UPDATE outbox SET queued_at = ? WHERE item_id = ?').run(
      Date.now() - 3 * 86400_000 - 1000,
      old.id,
    );
    db.close();
    const refused = hook.refused;
    const second = await start(args, { dir: first.dir, db: first.db });
    try {
      await until(() => hook.refused >= refused + 2, 10_000, 'the next tries');
      await new Promise((r) => setTimeout(r, 300));
      const check = new Database(first.db, { readonly: true });
      /** @type {import('better-sqlite3').Statement<[], { item_id: string, next_at: number, gave_up_at: number | null }>} */
      const outbox = check.prepare('SELECT item_id, next_at, gave_up_at FROM outbox');
      const rows = outbox.all();
      check.close();
      const byId = Object.fromEntries(rows.map((r) => [r.item_id, r]));
      const gap = byId[young.id].next_at - Date.now();
      assert.ok(gap > 5.9 * 3600_000 && gap <= 6 * 3600_000, `next try in ${gap} ms`);
      assert.equal(byId[young.id].gave_up_at, null);
      assert.ok(byId[old.id].gave_up_at > 0);
      assert.match(second.output().stderr, /giving up after 3 days/);
      const cookie = await loginCookie(second);
      const html = await (await fetch(`${second.url}/inbox`, { headers: { cookie } })).text();
      assert.match(html, /1 given up after 3 days/);
    } finally {
      await second.stop();
      await hook.close();
    }
  });
});

describe('destinations at start-up', () => {
  /** @type {[string, RegExp][]} */
  const cases = [
    ['ftp://files.example/drop', /ftp:\/\/files\.example\/… is not a destination/],
    ['http://hooks.example/x', /plain http only to localhost/],
    [`smtp://u:${PASSWORD}@mail.example?from=a@b.example`, /add \?to=/],
    [
      `smtp://u:${PASSWORD}@mail.example?to=a@b.example&from=c@d.example&digest=hourly`,
      /digest must be daily/,
    ],
    [
      `smtp://u:${PASSWORD}@mail.example?to=a@b.example&from=c@d.example&cc=x`,
      /unknown setting "cc"/,
    ],
    ['not a url at all', /is not an address/],
  ];
  for (const [value, expected] of cases) {
    it(`refuses ${value.replace(PASSWORD, '…')} in one line, without its password`, async () => {
      const { code, stdout, stderr } = await run([
        '--port',
        '0',
        '--db',
        ':memory:',
        '--notify',
        value,
      ]);
      assert.notEqual(code, 0);
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, expected);
      assert.ok(!stderr.includes(PASSWORD));
    });
  }

  it('reads AFTERWORD_NOTIFY (space-separated) like repeated --notify', async () => {
    const { code, stderr } = await run(['--port', '0', '--db', ':memory:'], {
      env: { AFTERWORD_NOTIFY: 'https://hooks.example/a gopher://x' },
    });
    assert.notEqual(code, 0);
    assert.match(stderr, /gopher:\/\/x is not a destination/);
  });
});
