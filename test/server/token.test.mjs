// The author's token and the sessions it opens: a replaced token ends every older session, a
// short one is refused, secrets need not be on the command line, only a bearer header is a
// guess at the token, and wrong guesses never lock out a session.
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run, start, tempDir } from './helpers.mjs';

const FIRST = 'first-long-token-of-the-newsroom';
const SECOND = 'second-long-token-of-the-newsroom';

const form = (inbox, action, body, headers = {}) =>
  fetch(`${inbox.url}/inbox/${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: inbox.url,
      ...headers,
    },
    body: new URLSearchParams(body),
  });

async function login(inbox, token = inbox.token, headers = {}) {
  const res = await form(inbox, 'login', { token }, headers);
  assert.equal(res.status, 303, `login: ${res.status}`);
  return res.headers.get('set-cookie').split(';')[0];
}

const open = (inbox, headers) => fetch(`${inbox.url}/inbox`, { headers }).then((r) => r.status);
const bearer = (inbox, token) => open(inbox, { authorization: `Bearer ${token}` });

describe('sessions belong to the token', () => {
  it('a replaced token file ends every older session from the next request, for good', async () => {
    const dir = tempDir();
    const file = join(dir, 'inbox-token');
    writeFileSync(file, `${FIRST}\n`);
    const inbox = await start(['--token-file', file], { dir });
    try {
      assert.match(inbox.output().stdout, /with the token in \S*inbox-token/);
      const cookie = await login(inbox, FIRST);
      assert.equal(await open(inbox, { cookie }), 200);
      writeFileSync(file, `${SECOND}\n`);
      assert.equal(await open(inbox, { cookie }), 401, 'the old session ended with the change');
      assert.equal(await bearer(inbox, FIRST), 401);
      assert.equal(await bearer(inbox, SECOND), 200);
      const fresh = await login(inbox, SECOND);
      assert.equal(await open(inbox, { cookie: fresh }), 200);
      // The first token again: what it opened stays closed.
      writeFileSync(file, `${FIRST}\n`);
      assert.equal(await open(inbox, { cookie }), 401, 'for good');
      assert.equal(await open(inbox, { cookie: fresh }), 401);
      assert.match(inbox.output().stderr, /the token in \S*inbox-token changed/);
      assert.ok(!inbox.output().stderr.includes(SECOND));
    } finally {
      await inbox.stop();
    }
  });

  it('a replaced generated token file, and a restart with another token, end older sessions', async () => {
    const first = await start();
    const cookie = await login(first);
    writeFileSync(`${first.db}.token`, `${SECOND}\n`);
    assert.equal(await open(first, { cookie }), 401);
    const kept = await login(first, SECOND);
    await first.stop({ keep: true });

    const again = await start([], {
      dir: first.dir,
      db: first.db,
      env: { AFTERWORD_TOKEN: 'a-third-token-from-the-environment' },
    });
    try {
      assert.equal(await open(again, { cookie: kept }), 401, 'a new token at restart');
    } finally {
      await again.stop({ keep: true });
    }
    const back = await start([], { dir: first.dir, db: first.db });
    try {
      assert.equal(back.token, SECOND);
      assert.equal(await open(back, { cookie: kept }), 401, 'still ended with its token back');
    } finally {
      await back.stop();
    }
  });

  it('"Log out everywhere" on /inbox ends every session', async () => {
    const inbox = await start();
    try {
      const phone = await login(inbox);
      const desk = await login(inbox);
      const page = await (await fetch(`${inbox.url}/inbox`, { headers: { cookie: desk } })).text();
      assert.match(page, /<form method="post" action="\/inbox\/logout-everywhere">/);
      assert.match(page, /Log out everywhere<\/button>/);
      // Like every form of the page, only from the inbox's own pages.
      const cross = await form(
        inbox,
        'logout-everywhere',
        {},
        { origin: 'https://evil.example', cookie: desk },
      );
      assert.equal(cross.status, 403);
      assert.equal(await open(inbox, { cookie: phone }), 200);
      const res = await form(inbox, 'logout-everywhere', {}, { cookie: desk });
      assert.equal(res.status, 303);
      assert.match(res.headers.get('set-cookie'), /Max-Age=0/);
      assert.equal(await open(inbox, { cookie: phone }), 401);
      assert.equal(await open(inbox, { cookie: desk }), 401);
      assert.equal(await bearer(inbox, inbox.token), 200, 'the token itself still opens it');
    } finally {
      await inbox.stop();
    }
  });
});

describe('the token at start', () => {
  const oneLine = (text) => text.trim().split('\n').length === 1;
  const short = 'nineteen-characters';

  it('is refused when shorter than 20 characters, however it is given', async () => {
    assert.equal(short.length, 19);
    const dir = tempDir();
    const file = join(dir, 'short-token');
    writeFileSync(file, `${short}\n`);
    for (const [args, env] of /** @type {[string[], Record<string, string>][]} */ ([
      [['--token', short], {}],
      [[], { AFTERWORD_TOKEN: short }],
      [['--token-file', file], {}],
      [[], { AFTERWORD_TOKEN_FILE: file }],
    ])) {
      const { code, stdout, stderr } = await run(
        ['--port', '0', '--db', join(dir, 'i.db'), ...args],
        {
          env,
        },
      );
      const how = `${args.join(' ')} ${Object.keys(env).join(' ')}`;
      assert.ok(code === 1 || code === 2, `${how}: exit ${code}`);
      assert.equal(stdout, '', how);
      assert.match(stderr, /at least 20 characters/, how);
      assert.ok(!stderr.includes(short), how);
    }
  });

  it('generated: written to its file (0600); the start names the file and never prints it', async () => {
    const inbox = await start();
    try {
      const { stdout, stderr } = inbox.output();
      assert.match(stdout, /with the token kept in inbox\.db\.token/);
      const token = readFileSync(`${inbox.db}.token`, 'utf8').trim();
      assert.ok(token.length >= 20);
      assert.equal((statSync(`${inbox.db}.token`).mode & 0o777).toString(8), '600');
      assert.ok(!`${stdout}${stderr}`.includes(token));
    } finally {
      await inbox.stop();
    }
  });

  it('given on the command line: one warning per secret, by name, never the value', async () => {
    const token = 'a-token-given-on-the-command-line';
    const secret = 'webhook-signing-secret-on-argv';
    const password = 'smtp-password-on-argv';
    const inbox = await start([
      '--token',
      token,
      '--notify-secret',
      secret,
      '--notify',
      `smtp://journalist:${password}@127.0.0.1:2?from=a@valley.example&to=b@valley.example`,
    ]);
    try {
      const { stdout, stderr } = inbox.output();
      const warnings = stderr.split('\n').filter((l) => /warning/.test(l));
      for (const name of ['--token', '--notify-secret', '--notify'])
        assert.equal(
          warnings.filter((l) => l.includes(`warning: ${name} `)).length,
          1,
          `${name}: ${stderr}`,
        );
      assert.equal(warnings.length, 3, stderr);
      for (const value of [token, secret, password])
        assert.ok(!`${stdout}${stderr}`.includes(value), value);
    } finally {
      await inbox.stop();
    }
    // A password in a PostgreSQL address too, before the start fails to reach it.
    const { stderr } = await run([
      '--port',
      '0',
      '--db',
      'postgres://afterword:pg-password-on-argv@127.0.0.1:1/inbox',
      '--token-file',
      '/nonexistent/token',
    ]);
    assert.match(stderr, /warning: --db /);
    assert.ok(!stderr.includes('pg-password-on-argv'));
  });

  it('from the environment and files: no warning', async () => {
    const dir = tempDir();
    const file = join(dir, 'token');
    writeFileSync(file, `${FIRST}\n`);
    const inbox = await start(['--token-file', file], {
      dir,
      env: {
        AFTERWORD_NOTIFY_SECRET: 'webhook-signing-secret-in-env',
        AFTERWORD_NOTIFY:
          'smtp://journalist:pw-in-env@127.0.0.1:2?from=a@valley.example&to=b@valley.example',
      },
    });
    try {
      assert.equal(inbox.output().stderr, '');
      assert.equal(await bearer(inbox, FIRST), 200);
    } finally {
      await inbox.stop();
    }
  });
});

describe('only a bearer token is a guess at the token', () => {
  it('a Basic-auth proxy in front locks nobody out, and the cookie still works', async () => {
    const inbox = await start();
    try {
      const cookie = await login(inbox);
      const basic = {
        authorization: `Basic ${Buffer.from('editor:proxy-password').toString('base64')}`,
      };
      for (let i = 0; i < 12; i++)
        assert.equal(await open(inbox, { ...basic, cookie }), 200, `${i}`);
      for (let i = 0; i < 12; i++) assert.equal(await open(inbox, basic), 401, `${i}`);
      const api = await fetch(`${inbox.url}/api/feedback`, { headers: { ...basic, cookie } });
      assert.equal(api.status, 200);
      assert.equal(await bearer(inbox, inbox.token), 200, 'no lockout came of it');
    } finally {
      await inbox.stop();
    }
  });

  it('wrong guesses never lock out a session; another address logs in within a minute', async () => {
    const inbox = await start(['--trust-proxy', '127.0.0.1']);
    try {
      const from = (ip) => ({ 'x-forwarded-for': ip });
      const cookie = await login(inbox, inbox.token, from('198.51.100.7'));
      for (let i = 0; i < 10; i++)
        assert.equal(
          await open(inbox, { ...from('198.51.100.7'), authorization: `Bearer wrong-${i}` }),
          401,
        );
      const locked = await form(inbox, 'login', { token: inbox.token }, from('198.51.100.7'));
      assert.equal(locked.status, 429, 'that address is locked out');
      assert.equal(
        await open(inbox, { ...from('198.51.100.7'), cookie }),
        200,
        'its session is not',
      );
      const other = await form(inbox, 'login', { token: inbox.token }, from('203.0.113.20'));
      assert.equal(other.status, 303, 'another address logs in');
    } finally {
      await inbox.stop();
    }
  });
});
