// The inbox's locked doors: private files never served, wrong tokens limited, real sessions,
// ids in any case, owner-only files, same-origin forms, no secret in its output.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { items, payload, post, start, tempDir } from './helpers.mjs';

const form = (url, action, body, headers = {}) =>
  fetch(`${url}/inbox/${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  });

/** A GET with the path sent exactly as written. */
const status = (url, path) =>
  new Promise((resolve, reject) => {
    request(`${url}${path}`, (res) => {
      res.resume().on('end', () => resolve(res.statusCode));
    })
      .on('error', reject)
      .end();
  });

async function login(inbox, headers = {}) {
  const res = await form(
    inbox.url,
    'login',
    { token: inbox.token },
    { origin: inbox.url, ...headers },
  );
  assert.equal(res.status, 303);
  return res.headers.get('set-cookie').split(';')[0];
}

describe('static files never include private ones', () => {
  it('serves no database, journal, token file or dotfile with --static next to the database', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub/.git'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<h1>site</h1>');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    writeFileSync(join(dir, 'sub/.git/config'), '[core]');
    writeFileSync(join(dir, 'sub/old.db'), 'x');
    writeFileSync(join(dir, 'sub/old.sqlite-journal'), 'x');
    writeFileSync(join(dir, 'sub/notes.token'), 'x');
    symlinkSync(join(dir, '.env'), join(dir, 'env.txt'));
    symlinkSync(join(dir, 'afterword.db.token'), join(dir, 'token.txt'));
    const inbox = await start(['--static', '.'], { dir, db: null });
    try {
      assert.equal((await post(inbox.url, payload())).status, 201); // the WAL exists now
      assert.equal(await status(inbox.site, '/index.html'), 200);
      for (const path of [
        '/afterword.db',
        '/afterword.db-wal',
        '/afterword.db-shm',
        '/afterword.db-journal',
        '/afterword.db.token',
        '/AFTERWORD.DB',
        '/%61fterword.db',
        '/.env',
        '/env.txt',
        '/token.txt',
        '/sub/.git/config',
        '/sub/old.db',
        '/sub/old.sqlite-journal',
        '/sub/notes.token',
      ])
        assert.equal(await status(inbox.site, path), 404, path);
    } finally {
      await inbox.stop();
    }
  });
});

describe('wrong tokens', () => {
  it('count bearer tokens and logins together: 429 after 10 from one address', async () => {
    const inbox = await start(['--trust-proxy', '127.0.0.1']);
    try {
      const from = (ip) => ({ 'x-forwarded-for': ip });
      const bearer = (token, ip) =>
        fetch(`${inbox.url}/api/feedback`, {
          headers: { authorization: `Bearer ${token}`, ...from(ip) },
        });
      for (let i = 0; i < 5; i++)
        assert.equal((await bearer(`wrong-${i}-token`, '198.51.100.7')).status, 401);
      for (let i = 0; i < 5; i++) {
        const res = await form(
          inbox.url,
          'login',
          { token: `wrong-${i}-token` },
          { origin: inbox.url, ...from('198.51.100.7') },
        );
        assert.equal(res.status, 401);
      }
      const locked = await bearer(inbox.token, '198.51.100.7');
      assert.equal(locked.status, 429, 'even the right token waits');
      const wait = Number(locked.headers.get('retry-after'));
      assert.ok(wait > 800 && wait <= 900, `Retry-After: ${wait}`);
      const page = await fetch(`${inbox.url}/inbox`, {
        headers: { authorization: 'Bearer wrong-again', ...from('198.51.100.7') },
      });
      assert.equal(page.status, 429);
      const loginForm = await form(
        inbox.url,
        'login',
        { token: inbox.token },
        { origin: inbox.url, ...from('198.51.100.7') },
      );
      assert.equal(loginForm.status, 429);
      assert.equal(loginForm.headers.get('set-cookie'), null);
      // Another address is not affected.
      assert.equal((await bearer(inbox.token, '198.51.100.8')).status, 200);
    } finally {
      await inbox.stop();
    }
  });
});

describe('sessions', () => {
  it('are random, kept hashed in the database for 30 days, and logging out ends one', async () => {
    const inbox = await start();
    try {
      const first = await login(inbox);
      const second = await login(inbox);
      assert.notEqual(first, second, 'each login has its own session');
      const open = (cookie) =>
        fetch(`${inbox.url}/inbox`, { headers: { cookie } }).then((r) => r.status);
      assert.equal(await open(first), 200);

      const db = new Database(inbox.db, { readonly: true });
      /** @type {import('better-sqlite3').Statement<[], { hash: string, expires_at: string }>} */
      const sessions = db.prepare('SELECT * FROM sessions');
      const rows = sessions.all();
      db.close();
      assert.equal(rows.length, 2);
      const value = first.split('=')[1];
      const hash = createHash('sha256').update(value).digest('hex');
      const row = rows.find((r) => r.hash === hash);
      assert.ok(row, 'stored as the hash of the cookie value');
      assert.ok(!JSON.stringify(rows).includes(value), 'the cookie value itself is not stored');
      const days = (Date.parse(row.expires_at) - Date.now()) / 86400e3;
      assert.ok(days > 29.9 && days <= 30, `expires in ${days} days`);

      const out = await form(inbox.url, 'logout', {}, { origin: inbox.url, cookie: first });
      assert.equal(out.status, 303);
      assert.match(out.headers.get('set-cookie'), /Max-Age=0/);
      assert.equal(await open(first), 401, 'the old cookie no longer opens the inbox');
      const api = await fetch(`${inbox.url}/api/feedback`, { headers: { cookie: first } });
      assert.equal(api.status, 401);
      assert.equal(await open(second), 200, 'the other session goes on');
    } finally {
      await inbox.stop();
    }
  });
});

describe('ids', () => {
  it('are compared in lower case: one UUID in two cases is one message', async () => {
    const inbox = await start();
    try {
      const p = payload();
      const upper = { ...p, id: p.id.toUpperCase() };
      assert.equal((await post(inbox.url, upper)).status, 201);
      assert.equal((await post(inbox.url, p)).status, 200);
      assert.equal((await post(inbox.url, upper)).status, 200);
      const stored = await items(inbox);
      assert.equal(stored.length, 1);
      assert.equal(stored[0].id, p.id);
      const cookie = await login(inbox);
      const res = await form(
        inbox.url,
        'handled',
        { id: upper.id, handled: '1' },
        { origin: inbox.url, cookie },
      );
      assert.equal(res.status, 303);
      assert.notEqual((await items(inbox))[0].handledAt, null);
    } finally {
      await inbox.stop();
    }
  });
});

describe('files on disk', () => {
  it('creates the database, its WAL and the token file readable by their owner only', async () => {
    const inbox = await start();
    try {
      assert.equal((await post(inbox.url, payload())).status, 201);
      for (const file of [inbox.db, `${inbox.db}-wal`, `${inbox.db}.token`])
        assert.equal((statSync(file).mode & 0o777).toString(8), '600', file);
    } finally {
      await inbox.stop();
    }
  });
});

describe('forms', () => {
  it('refuse login, mark-handled and logout without Origin or Sec-Fetch-Site: same-origin', async () => {
    const inbox = await start();
    try {
      const p = payload();
      await post(inbox.url, p);
      const cookie = await login(inbox, { origin: 'null', 'sec-fetch-site': 'same-origin' });
      const referer = { referer: `${inbox.url}/inbox` };
      for (const headers of [referer, { ...referer, 'sec-fetch-site': 'none' }]) {
        const res = await form(inbox.url, 'login', { token: inbox.token }, headers);
        assert.equal(res.status, 403);
        assert.equal(res.headers.get('set-cookie'), null);
        const handled = await form(
          inbox.url,
          'handled',
          { id: p.id, handled: '1' },
          { ...headers, cookie },
        );
        assert.equal(handled.status, 403);
        assert.equal((await form(inbox.url, 'logout', {}, { ...headers, cookie })).status, 403);
      }
      assert.equal((await items(inbox))[0].handledAt, null);
      const still = await fetch(`${inbox.url}/inbox`, { headers: { cookie } });
      assert.equal(still.status, 200, 'the refused logout ended nothing');
    } finally {
      await inbox.stop();
    }
  });
});

describe('output', () => {
  it('never shows a generated token: the start names its file, then and later', async () => {
    const first = await start();
    assert.match(first.output().stdout, /with the token kept in inbox\.db\.token/);
    assert.ok(!`${first.output().stdout}${first.output().stderr}`.includes(first.token));
    await first.stop({ keep: true });
    const again = await start([], { dir: first.dir, db: first.db });
    try {
      assert.equal(again.token, first.token);
      const cookie = await login(again);
      assert.equal((await fetch(`${again.url}/inbox`, { headers: { cookie } })).status, 200);
      const { stdout, stderr } = again.output();
      assert.match(stdout, /with the token kept in inbox\.db\.token/);
      assert.ok(!`${stdout}${stderr}`.includes(again.token));
    } finally {
      await again.stop();
    }
  });
});
