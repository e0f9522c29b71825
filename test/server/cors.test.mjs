// CORS: only the sites given with --origin may post from a browser; preflights are answered for them alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { items, payload, post, start } from './helpers.mjs';

const allowed = 'https://blog.example';
let inbox;
before(async () => {
  inbox = await start([
    '--origin',
    allowed,
    '--origin',
    'http://localhost:4000/',
    '--rate-limit',
    '0',
  ]);
});
after(() => inbox.stop());

function preflight(origin, method = 'POST') {
  return fetch(`${inbox.url}/api/feedback`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type',
    },
  });
}

describe('CORS', () => {
  it('answers the preflight of an allowed origin', async () => {
    const res = await preflight(allowed);
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), allowed);
    assert.match(res.headers.get('access-control-allow-methods'), /POST/);
    assert.match(res.headers.get('access-control-allow-headers'), /content-type/i);
    assert.match(res.headers.get('vary'), /Origin/);
  });

  it('takes each --origin, normalised (no trailing slash)', async () => {
    const res = await preflight('http://localhost:4000');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:4000');
  });

  it('refuses the preflight of any other origin, without CORS headers', async () => {
    for (const origin of [
      'https://evil.example',
      'https://blog.example.evil.example',
      'http://blog.example',
      'null',
    ]) {
      const res = await preflight(origin);
      assert.equal(res.status, 403, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null, origin);
    }
  });

  it('lets an allowed origin post and read the answer', async () => {
    const p = payload();
    const res = await post(inbox.url, p, { origin: allowed });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), allowed);
    assert.ok((await items(inbox)).some((i) => i.id === p.id));
    // Errors are readable by the form too.
    const bad = await post(inbox.url, payload({ message: '' }), { origin: allowed });
    assert.equal(bad.status, 400);
    assert.equal(bad.headers.get('access-control-allow-origin'), allowed);
  });

  it('refuses a post from another origin and stores nothing', async () => {
    const p = payload();
    const res = await post(inbox.url, p, { origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    assert.ok(!(await items(inbox)).some((i) => i.id === p.id));
  });

  it('takes posts from its own origin and from clients that send no Origin', async () => {
    const own = await post(inbox.url, payload(), { origin: inbox.url });
    assert.equal(own.status, 201);
    assert.equal(own.headers.get('access-control-allow-origin'), null);
    assert.equal((await post(inbox.url, payload())).status, 201);
  });
});

describe('AFTERWORD_ORIGINS', () => {
  it('allows the comma-separated origins', async () => {
    const other = await start([], {
      env: { AFTERWORD_ORIGINS: 'https://a.example, https://b.example' },
    });
    try {
      for (const origin of ['https://a.example', 'https://b.example']) {
        const res = await post(other.url, payload(), { origin });
        assert.equal(res.status, 201, origin);
        assert.equal(res.headers.get('access-control-allow-origin'), origin);
      }
      assert.equal((await post(other.url, payload(), { origin: allowed })).status, 403);
    } finally {
      await other.stop();
    }
  });
});
