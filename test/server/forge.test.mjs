// What readers write can't forge structure where it goes: names and page titles are one line,
// control characters are refused, the Atom feed stays well-formed XML, and in chats nobody is
// pinged and no link is masked.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { items, payload, post, start } from './helpers.mjs';
import { httpSink, until } from './sinks.mjs';

/** @typedef {import('afterword/schema').PlainPayload} Payload */

/** Characters XML 1.0 allows (its Char production); anything else makes the whole feed invalid. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('fields a reader fills', () => {
  let inbox;
  before(async () => {
    inbox = await start(['--rate-limit', '0']);
  });
  after(() => inbox?.stop());

  it('refuse a name or a page title of more than one line: 400', async () => {
    for (const [field, p] of /** @type {[string, Payload][]} */ ([
      ['name', payload({ name: 'Ana\r\nBcc: everyone@evil.example' })],
      ['name', payload({ name: 'Ana\nFrom: editor@valley.example' })],
      [
        'page.title',
        payload({ page: { url: 'https://blog.example/a', title: 'A post\nBcc: x@evil.example' } }),
      ],
    ])) {
      const res = await post(inbox.url, p);
      assert.equal(res.status, 400, field);
      const body = await res.json();
      assert.match(body.errors[field], /one line/);
      assert.ok(!(await items(inbox)).some((i) => i.id === p.id));
    }
  });

  it('refuse control characters other than tab and line breaks in every field: 400', async () => {
    for (const [field, p] of /** @type {[string, Payload][]} */ ([
      ['message', payload({ message: 'Delete\b\b\bthis' })],
      ['message', payload({ message: 'nul\u0000byte' })],
      ['quote', payload({ quote: 'an \u001b[31mescape' })],
      ['name', payload({ name: 'Ana\u0007' })],
      ['page.title', payload({ page: { url: 'https://blog.example/a', title: 'A\u000bpost' } })],
    ])) {
      const res = await post(inbox.url, p);
      assert.equal(res.status, 400, `${field}: ${JSON.stringify(p[field] ?? p.page)}`);
      assert.ok((await res.json()).errors[field], field);
    }
    const fine = payload({ message: 'Line one\n\tindented\r\nline three' });
    assert.equal((await post(inbox.url, fine)).status, 201);
  });
});

describe('the private feed', () => {
  it('is well-formed XML whatever a message holds, even one stored before these checks', async () => {
    const inbox = await start(['--rate-limit', '0']);
    try {
      // U+FFFF and U+FFFE pass the schema (they are not control characters), and are not XML.
      assert.equal(
        (await post(inbox.url, payload({ message: 'odd \uffff and \ufffe here' }))).status,
        201,
      );
      // A backspace from a reader of an older version, already in the database.
      const db = new Database(inbox.db);
      db.prepare(
        `INSERT INTO feedback (id, kind, message, name, page_url, page_title, lang, created_at, received_at)
         VALUES (?, 'feedback', ?, ?, 'https://blog.example/old', ?, 'en', ?, ?)`,
      ).run(
        '00000000-0000-4000-8000-000000000001',
        'typed\b\bwith a backspace',
        'Old\u0001reader',
        'Old\u0002title',
        new Date().toISOString(),
        new Date().toISOString(),
      );
      db.close();
      const html = await (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
      const key = html.match(/feed\.atom\?key=([\w-]+)/)[1];
      const xml = await (await fetch(`${inbox.url}/inbox/feed.atom?key=${key}`)).text();
      assert.match(xml, /with a backspace/);
      assert.match(xml, /odd .* here/);
      assert.doesNotMatch(xml, NOT_XML, 'only characters XML allows');
      // The reader's words are shown, a replacement character where a forbidden one was.
      assert.match(xml, /typed\uFFFD\uFFFDwith a backspace/);
    } finally {
      await inbox.stop();
    }
  });
});

describe('chat notifications', () => {
  let inbox, slack, discord;
  before(async () => {
    [slack, discord] = await Promise.all([httpSink(), httpSink()]);
    inbox = await start([
      '--rate-limit',
      '0',
      '--notify',
      `slack+${slack.url}/hooks/mattermost`,
      '--notify',
      `discord+${discord.url}/api/webhooks/1/abc`,
    ]);
  });
  after(async () => {
    await inbox?.stop();
    await Promise.all([slack?.close(), discord?.close()]);
  });

  it('ping nobody and mask no link, whatever the reader wrote', async () => {
    const message =
      '@channel @here @all @everyone, ask @maren.k: [your bank login](https://evil.example/login) (mail me at ana@example.org)';
    const p = payload({
      message,
      name: '@channel',
      page: {
        url: 'https://mastodon.example/@maren/1',
        title: '@here: the [budget](https://evil.example)',
      },
    });
    assert.equal((await post(inbox.url, p)).status, 201);
    await until(() => slack.requests.length && discord.requests.length, 10_000, 'both chats');
    const texts = [
      ['slack', JSON.parse(slack.requests[0].body).text],
      ['discord', JSON.parse(discord.requests[0].body).content],
    ];
    for (const [chat, text] of texts) {
      assert.doesNotMatch(
        text,
        /(^|[^\w/])@(channel|here|all|everyone|maren)\b/,
        `${chat}: ${text}`,
      );
      assert.doesNotMatch(text, /\[[^\]]*\]\(/, `${chat}: a masked link`);
      // What the reader wrote is still there to read, the address of the link included.
      for (const words of ['channel', 'everyone', 'your bank login', 'https://evil.example/login'])
        assert.ok(text.includes(words), `${chat}: ${words}`);
      assert.ok(text.includes('ana@example.org'), `${chat}: an email address stays whole`);
      assert.ok(
        text.includes('https://mastodon.example/@maren/1'),
        `${chat}: an address stays whole`,
      );
    }
    assert.deepEqual(JSON.parse(discord.requests[0].body).allowed_mentions, { parse: [] });
  });
});
