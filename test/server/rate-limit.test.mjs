// The per-client rate limit on submissions (--rate-limit, per minute per client address).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { items, payload, post, start } from './helpers.mjs';

describe('rate limit', () => {
  it('answers 429 with Retry-After past the limit, and stores nothing then', async () => {
    const inbox = await start(['--rate-limit', '3']);
    try {
      for (let i = 0; i < 3; i++) assert.equal((await post(inbox.url, payload())).status, 201);
      const p = payload();
      const res = await post(inbox.url, p);
      assert.equal(res.status, 429);
      const wait = Number(res.headers.get('retry-after'));
      assert.ok(wait >= 1 && wait <= 60, `Retry-After: ${wait}`);
      assert.match((await res.json()).error, /try again/i);
      assert.ok(!(await items(inbox)).some((i) => i.id === p.id));
      // Reading the inbox is not limited.
      assert.equal((await items(inbox)).length, 3);
    } finally {
      await inbox.stop();
    }
  });

  it('lets an allowed site read Retry-After', async () => {
    const inbox = await start(['--rate-limit', '1', '--origin', 'https://blog.example']);
    try {
      const headers = { origin: 'https://blog.example' };
      assert.equal((await post(inbox.url, payload(), headers)).status, 201);
      const res = await post(inbox.url, payload(), headers);
      assert.equal(res.status, 429);
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://blog.example');
      assert.match(res.headers.get('access-control-expose-headers'), /Retry-After/i);
    } finally {
      await inbox.stop();
    }
  });

  it('counts each client address apart behind a trusted proxy', async () => {
    const inbox = await start(['--rate-limit', '2', '--trust-proxy', '127.0.0.1']);
    try {
      const from = (ip) => ({ 'x-forwarded-for': `203.0.113.9, ${ip}` });
      assert.equal((await post(inbox.url, payload(), from('198.51.100.1'))).status, 201);
      assert.equal((await post(inbox.url, payload(), from('198.51.100.1'))).status, 201);
      assert.equal((await post(inbox.url, payload(), from('198.51.100.1'))).status, 429);
      assert.equal((await post(inbox.url, payload(), from('198.51.100.2'))).status, 201);
    } finally {
      await inbox.stop();
    }
  });

  it('counts an IPv6 /64 network as one client', async () => {
    const inbox = await start(['--rate-limit', '1', '--trust-proxy', '127.0.0.1']);
    try {
      const from = (ip) => ({ 'x-forwarded-for': ip });
      assert.equal((await post(inbox.url, payload(), from('2001:db8:0:1::1'))).status, 201);
      assert.equal((await post(inbox.url, payload(), from('2001:db8::1:ffff:1:2:3'))).status, 429);
      assert.equal((await post(inbox.url, payload(), from('2001:db8:0:2::1'))).status, 201);
      assert.equal((await post(inbox.url, payload(), from('::ffff:192.0.2.1'))).status, 201);
      assert.equal((await post(inbox.url, payload(), from('192.0.2.1'))).status, 429);
    } finally {
      await inbox.stop();
    }
  });

  it('ignores X-Forwarded-For unless told to trust it', async () => {
    const inbox = await start(['--rate-limit', '1']);
    try {
      assert.equal(
        (await post(inbox.url, payload(), { 'x-forwarded-for': '198.51.100.1' })).status,
        201,
      );
      assert.equal(
        (await post(inbox.url, payload(), { 'x-forwarded-for': '198.51.100.2' })).status,
        429,
      );
    } finally {
      await inbox.stop();
    }
  });

  it('is off with 0, and 30 per minute by default', async () => {
    const off = await start([], { env: { AFTERWORD_RATE_LIMIT: '0' } });
    const byDefault = await start();
    try {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, () => post(off.url, payload()).then((r) => r.status)),
      );
      assert.ok(statuses.every((s) => s === 201));
      const results = [];
      for (let i = 0; i < 31; i++) results.push((await post(byDefault.url, payload())).status);
      assert.deepEqual(results.slice(0, 30), Array(30).fill(201));
      assert.equal(results[30], 429);
    } finally {
      await Promise.all([off.stop(), byDefault.stop()]);
    }
  });
});
