// Behind a reverse proxy: X-Forwarded-For, -Proto and -Host count only from the --trust-proxy
// addresses; the inbox's own origin (scheme, host and port) is what its forms must come from;
// over https its cookie is __Host- and Secure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payload, post, run, start } from './helpers.mjs';

const login = (inbox, headers) =>
  fetch(`${inbox.url}/inbox/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token: inbox.token }),
  });

describe('--trust-proxy', () => {
  it('needs the address or network of the proxy: a bare flag is refused in one clear line', async () => {
    for (const [args, env] of /** @type {[string[], Record<string, string>][]} */ ([
      [['--trust-proxy'], {}],
      [['--trust-proxy', '--origin', 'https://blog.example'], {}],
      [['--trust-proxy', 'proxy.internal'], {}],
      [['--trust-proxy', '10.0.0.0/33'], {}],
      [[], { AFTERWORD_TRUST_PROXY: '1' }],
    ])) {
      const how = `${args.join(' ')} ${JSON.stringify(env)}`;
      const { code, stdout, stderr } = await run(['--port', '0', '--db', ':memory:', ...args], {
        env,
        timeout: 10_000,
      });
      assert.equal(code, 2, how);
      assert.equal(stdout, '', how);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /trust-proxy|TRUST_PROXY/, how);
      assert.match(stderr, /address/, how);
    }
  });

  it('ignores X-Forwarded-* from any other peer: no skipped limits, no borrowed host', async () => {
    const inbox = await start(['--trust-proxy', '10.0.0.1', '--rate-limit', '2']);
    try {
      const statuses = [];
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
        statuses.push((await post(inbox.url, payload(), { 'x-forwarded-for': ip })).status);
      assert.deepEqual(statuses, [201, 201, 429], 'all three are this one client');
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${inbox.url}/api/feedback`, {
          headers: { authorization: `Bearer wrong-${i}`, 'x-forwarded-for': `203.0.113.${i}` },
        });
        assert.equal(res.status, 401);
      }
      const guess = await fetch(`${inbox.url}/api/feedback`, {
        headers: { authorization: 'Bearer wrong-again', 'x-forwarded-for': '203.0.113.99' },
      });
      assert.equal(guess.status, 429, 'the guesses all count against this one client');
      const borrowed = await login(inbox, {
        origin: 'https://evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      });
      assert.equal(borrowed.status, 403);
    } finally {
      await inbox.stop();
    }
  });

  it('from a trusted proxy: the right-most address that is not a proxy is the client', async () => {
    const inbox = await start([
      '--trust-proxy',
      '127.0.0.1',
      '--trust-proxy',
      '10.0.0.0/8',
      '--rate-limit',
      '1',
    ]);
    try {
      const from = (xff) =>
        post(inbox.url, payload(), { 'x-forwarded-for': xff }).then((r) => r.status);
      assert.equal(await from('198.51.100.1, 10.1.2.3'), 201);
      // A client that writes its own X-Forwarded-For only adds entries to the left of its address.
      assert.equal(await from('203.0.113.5, 198.51.100.1, 10.9.9.9'), 429);
      assert.equal(await from('198.51.100.2'), 201);
    } finally {
      await inbox.stop();
    }
  });

  it('takes a malformed forwarded address for the peer itself, never answering 500', async () => {
    const inbox = await start(['--trust-proxy', '127.0.0.1', '--rate-limit', '1']);
    try {
      const from = (xff) =>
        post(inbox.url, payload(), { 'x-forwarded-for': xff }).then((r) => r.status);
      assert.equal(await from('2001:db8::zz::1'), 201);
      for (const xff of [
        '2001:db8:1:2:3:4:5:6:7:8',
        'not-an-address',
        '198.51.100.1, [',
        '::ffff:',
      ])
        assert.equal(await from(xff), 429, `${xff}: counted as the peer (127.0.0.1)`);
      assert.equal(await from('198.51.100.3'), 201);
      assert.equal(inbox.output().stderr, '');
    } finally {
      await inbox.stop();
    }
  });
});

describe("the inbox's own origin", () => {
  it('is --public-url when given', async () => {
    const inbox = await start(['--public-url', 'https://inbox.example']);
    try {
      assert.equal((await login(inbox, { origin: 'https://inbox.example' })).status, 303);
      assert.equal((await login(inbox, { origin: inbox.url })).status, 403);
    } finally {
      await inbox.stop();
    }
  });

  it('is compared by scheme, host and port', async () => {
    const inbox = await start();
    try {
      const { host, port } = new URL(inbox.url);
      assert.equal((await login(inbox, { origin: inbox.url })).status, 303);
      assert.equal((await login(inbox, { origin: `https://${host}` })).status, 403, 'scheme');
      assert.equal(
        (await login(inbox, { origin: `http://localhost:${port}` })).status,
        403,
        'host',
      );
      const other = `http://127.0.0.1:${Number(port) === 65535 ? 1 : Number(port) + 1}`;
      assert.equal((await login(inbox, { origin: other })).status, 403, 'port');
    } finally {
      await inbox.stop();
    }
  });

  it('over https (behind a trusted proxy) gets a __Host- cookie, Secure; over http a plain one', async () => {
    const inbox = await start(['--trust-proxy', '127.0.0.1']);
    try {
      const { host } = new URL(inbox.url);
      const https = await login(inbox, {
        origin: `https://${host}`,
        'x-forwarded-proto': 'https',
      });
      assert.equal(https.status, 303);
      const cookie = https.headers.get('set-cookie');
      assert.match(cookie, /^__Host-afterword_inbox=[\w-]+; Path=\//);
      assert.match(cookie, /; Secure/);
      assert.doesNotMatch(cookie, /Domain=/i);
      const session = cookie.split(';')[0];
      const page = await fetch(`${inbox.url}/inbox`, {
        headers: { cookie: session, 'x-forwarded-proto': 'https' },
      });
      assert.equal(page.status, 200);

      const http = (await login(inbox, { origin: inbox.url })).headers.get('set-cookie');
      assert.match(http, /^afterword_inbox=/);
      assert.doesNotMatch(http, /Secure/);
    } finally {
      await inbox.stop();
    }
  });
});
