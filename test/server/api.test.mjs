// POST and GET /api/feedback against a real inbox process and SQLite file.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { items, payload, post, start } from './helpers.mjs';

let inbox;
before(async () => {
  inbox = await start(['--rate-limit', '0']);
});
after(() => inbox.stop());

/** Sends a body in chunks without a Content-Length, as a stream would. */
function postChunked(url, size) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/feedback`,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res
          .on('data', (d) => (body += d))
          .on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(8192, 'a');
    let sent = 0;
    const write = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('POST /api/feedback', () => {
  it('stores a valid submission: 201', async () => {
    const p = payload({
      kind: 'correction',
      quote: 'the quoted text',
      name: 'Ana',
      email: 'ana@example.org',
    });
    const res = await post(inbox.url, p);
    assert.equal(res.status, 201);
    assert.deepEqual(await res.json(), { id: p.id, created: true });
    const [stored] = await items(inbox, '?limit=1');
    assert.equal(stored.id, p.id);
    assert.equal(stored.kind, 'correction');
    assert.equal(stored.quote, 'the quoted text');
    assert.equal(stored.email, 'ana@example.org');
    assert.deepEqual(stored.page, p.page);
    assert.equal(stored.handledAt, null);
  });

  it('answers 200 for a repeated id and keeps one row', async () => {
    const p = payload({ message: 'sent twice by the retry queue' });
    assert.equal((await post(inbox.url, p)).status, 201);
    const again = await post(inbox.url, { ...p, message: 'changed on the way' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: p.id, created: false });
    const rows = (await items(inbox)).filter((i) => i.id === p.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].message, 'sent twice by the retry queue');
  });

  it('keeps one row when the same id arrives many times at once', async () => {
    const p = payload({ message: 'retried from several tabs' });
    const others = Array.from({ length: 10 }, () => payload());
    const statuses = await Promise.all(
      [...Array(10).fill(p), ...others].map((body) => post(inbox.url, body).then((r) => r.status)),
    );
    assert.deepEqual(
      statuses.slice(0, 10).sort(),
      [200, 200, 200, 200, 200, 200, 200, 200, 200, 201],
    );
    assert.deepEqual(statuses.slice(10), Array(10).fill(201));
    const all = await items(inbox);
    assert.equal(all.filter((i) => i.id === p.id).length, 1);
    assert.ok(others.every((o) => all.some((i) => i.id === o.id)));
  });

  it('answers 400 with field errors for an invalid payload', async () => {
    const res = await post(
      inbox.url,
      // @ts-expect-error: a kind the schema does not have, on purpose
      payload({ message: '   ', kind: 'praise', email: 'not-an-email' }),
    );
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.match(body.error, /invalid/i);
    assert.deepEqual(Object.keys(body.errors).sort(), ['email', 'kind', 'message']);
    assert.ok(Object.values(body.errors).every((m) => typeof m === 'string' && m.length > 0));
  });

  it('names nested fields in field errors', async () => {
    const res = await post(
      inbox.url,
      payload({ page: { url: 'javascript:alert(1)', title: 'x' } }),
    );
    assert.equal(res.status, 400);
    assert.ok((await res.json()).errors['page.url']);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await post(inbox.url, '{"id": ');
    assert.equal(res.status, 400);
    assert.ok((await res.json()).errors.payload);
  });

  it('answers 415 for any content type but application/json', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await post(inbox.url, payload(), { 'content-type': type });
      assert.equal(res.status, 415, type);
    }
    const ok = await post(inbox.url, payload(), {
      'content-type': 'Application/JSON; charset=utf-8',
    });
    assert.equal(ok.status, 201);
  });

  it('answers 413 over 32 KiB, by the declared length and while streaming', async () => {
    const big = payload({ message: 'x'.repeat(33 * 1024) });
    const res = await post(inbox.url, big);
    assert.equal(res.status, 413);
    assert.match((await res.json()).error, /32 KiB/);
    const streamed = await postChunked(inbox.url, 1024 * 1024);
    assert.equal(streamed.status, 413);
    // Just under the limit is read (and then judged by the schema).
    const near = await post(inbox.url, payload({ message: 'x'.repeat(31 * 1024) }));
    assert.equal(near.status, 400);
    assert.ok((await near.json()).errors.message);
    // The inbox still works afterwards.
    assert.equal((await post(inbox.url, payload())).status, 201);
  });

  it('shrugs off a client that goes away mid-upload', async () => {
    const before = (await items(inbox)).length;
    await new Promise((resolve) => {
      const req = request(`${inbox.url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('error', () => {});
      req.write('{"id":"', () => setTimeout(() => resolve(req.destroy()), 50));
    });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await post(inbox.url, payload())).status, 201);
    assert.equal((await items(inbox)).length, before + 1);
    assert.equal(inbox.output().stderr, '');
  });

  it('answers 405 for other methods', async () => {
    const res = await fetch(`${inbox.url}/api/feedback`, { method: 'DELETE' });
    assert.equal(res.status, 405);
  });
});

describe('GET /api/feedback', () => {
  it('needs the token: 401 without it or with a wrong one', async () => {
    const none = await fetch(`${inbox.url}/api/feedback`);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate'), /^Bearer/);
    const wrong = await fetch(`${inbox.url}/api/feedback`, {
      headers: { authorization: `Bearer ${inbox.token}x` },
    });
    assert.equal(wrong.status, 401);
    const basic = await fetch(`${inbox.url}/api/feedback`, {
      headers: { authorization: `Basic ${inbox.token}` },
    });
    assert.equal(basic.status, 401);
    const right = await fetch(`${inbox.url}/api/feedback`, { headers: inbox.auth() });
    assert.equal(right.status, 200);
    assert.ok(Array.isArray((await right.json()).items));
  });

  it('lists newest first and filters by ?kind, ?since and ?limit', async () => {
    const first = payload({ kind: 'tip', message: 'tip one' });
    const second = payload({ kind: 'feedback', message: 'feedback two' });
    const third = payload({ kind: 'tip', message: 'tip three' });
    await post(inbox.url, first);
    await new Promise((r) => setTimeout(r, 20));
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await post(inbox.url, second);
    await post(inbox.url, third);

    const all = await items(inbox);
    assert.deepEqual(
      all.slice(0, 3).map((i) => i.id),
      [third.id, second.id, first.id],
    );
    const tips = await items(inbox, '?kind=tip');
    assert.ok(tips.every((i) => i.kind === 'tip'));
    assert.deepEqual(
      tips.slice(0, 2).map((i) => i.id),
      [third.id, first.id],
    );
    assert.deepEqual(
      (await items(inbox, `?since=${encodeURIComponent(since)}`)).map((i) => i.id),
      [third.id, second.id],
    );
    assert.deepEqual(
      (await items(inbox, '?limit=2')).map((i) => i.id),
      [third.id, second.id],
    );
    assert.deepEqual(
      (await items(inbox, `?kind=tip&since=${since}&limit=5`)).map((i) => i.id),
      [third.id],
    );
  });

  it('answers 400 for filters it cannot read', async () => {
    for (const query of [
      '?kind=praise',
      '?limit=0',
      '?limit=ten',
      '?since=yesterday',
      '?format=xml',
    ]) {
      const res = await fetch(`${inbox.url}/api/feedback${query}`, { headers: inbox.auth() });
      assert.equal(res.status, 400, query);
      assert.ok(Object.keys((await res.json()).errors).length, query);
    }
  });

  it('gives the same items as CSV, quoted, with formulas neutralised', async () => {
    const tricky = payload({
      kind: 'tip',
      message: '=HYPERLINK("http://evil.example","click")',
      name: '+1 555, "the" caller',
      quote: 'line one\nline two',
    });
    const minus = payload({ kind: 'tip', message: '-2+3', name: '@admin' });
    await post(inbox.url, tricky);
    await post(inbox.url, minus);
    const res = await fetch(`${inbox.url}/api/feedback?format=csv&kind=tip&limit=2`, {
      headers: inbox.auth(),
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/csv/);
    assert.match(res.headers.get('content-disposition'), /attachment/);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    assert.equal(
      lines[0],
      'id,receivedAt,kind,message,name,email,quote,pageUrl,pageTitle,lang,createdAt,handledAt,encrypted,spam,note',
    );
    assert.ok(lines[1].startsWith(`${minus.id},`));
    assert.ok(lines[1].includes(",'-2+3,'@admin,"));
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`));
    assert.ok(text.includes(`"'+1 555, ""the"" caller"`));
    assert.ok(text.includes('"line one\nline two"'));
    // Same rows as the JSON answer.
    const json = await items(inbox, '?kind=tip&limit=2');
    assert.deepEqual(
      json.map((i) => i.id),
      [minus.id, tricky.id],
    );
    assert.equal(text.trim().split('\r\n').length, 3);
  });

  it('sends no CORS headers, even to an allowed site', async () => {
    const res = await fetch(`${inbox.url}/api/feedback`, {
      headers: { ...inbox.auth(), origin: 'https://blog.example' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });
});
