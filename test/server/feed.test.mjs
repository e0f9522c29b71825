// The private Atom feed with its own regenerable key, the Reply link and the quote's text
// fragment on /inbox, and the daily digest that waits for its hour.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { payload, post, start } from './helpers.mjs';
import { smtpSink, until } from './sinks.mjs';

async function login(inbox) {
  const res = await fetch(`${inbox.url}/inbox/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inbox.url },
    body: new URLSearchParams({ token: inbox.token }),
    redirect: 'manual',
  });
  return res.headers.get('set-cookie').split(';')[0];
}

const decode = (s) => s.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

describe('the private feed and the inbox page', () => {
  let inbox, cookie;
  const correction = payload({
    kind: 'correction',
    message: 'It was Tuesday.\nNot Monday.',
    name: 'Ana',
    email: 'ana@example.org',
    quote: 'on Monday the council voted',
    page: { url: 'https://valley.example/vote#top', title: 'The council vote' },
  });
  const tip = payload({ kind: 'tip', message: 'Look at the contract of 12 May.' });
  const long = payload({
    kind: 'correction',
    message: 'Wrong year.',
    quote:
      "The council's long-delayed vote on the bridge, first planned for 2019, finally happened on Monday evening",
    page: { url: 'https://valley.example/bridge', title: 'The bridge' },
  });

  before(async () => {
    inbox = await start(['--rate-limit', '0']);
    cookie = await login(inbox);
    assert.equal((await post(inbox.url, correction)).status, 201);
    assert.equal((await post(inbox.url, tip)).status, 201);
    assert.equal((await post(inbox.url, long)).status, 201);
  });
  after(() => inbox?.stop());

  const page = async () => (await fetch(`${inbox.url}/inbox`, { headers: { cookie } })).text();
  const feedUrl = async () => {
    const m = (await page()).match(/(http:\/\/[^<\s]+\/inbox\/feed\.atom\?key=[\w-]+)/);
    return m[1];
  };

  it('shows a feed address whose key is not the token, and the feed holds the latest messages', async () => {
    const url = await feedUrl();
    assert.ok(!url.includes(inbox.token));
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/atom\+xml/);
    const xml = await res.text();
    assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.match(xml, /<title>\[Correction\] The council vote<\/title>/);
    assert.match(xml, /It was Tuesday\./);
    assert.match(xml, /<title>\[Tip\] A news tip arrived<\/title>/);
    assert.ok(!xml.includes('contract of 12 May'), 'tips summarised like notifications');
  });

  it('refuses a wrong key and the inbox token', async () => {
    const url = new URL(await feedUrl());
    url.searchParams.set('key', inbox.token);
    assert.equal((await fetch(url)).status, 403);
    url.searchParams.set('key', '');
    assert.equal((await fetch(url)).status, 403);
  });

  it('gets a new address from /inbox; the old one stops working', async () => {
    const old = await feedUrl();
    const res = await fetch(`${inbox.url}/inbox/feed-key`, {
      method: 'POST',
      headers: { cookie, origin: inbox.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    assert.equal(res.status, 303);
    const fresh = await feedUrl();
    assert.notEqual(fresh, old);
    assert.equal((await fetch(old)).status, 403);
    assert.equal((await fetch(fresh)).status, 200);
    // Not without logging in, and not from another site.
    const anon = await fetch(`${inbox.url}/inbox/feed-key`, {
      method: 'POST',
      headers: { origin: inbox.url },
      redirect: 'manual',
    });
    assert.equal(anon.status, 401);
    const other = await fetch(`${inbox.url}/inbox/feed-key`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
      redirect: 'manual',
    });
    assert.equal(other.status, 403);
    assert.equal((await fetch(fresh)).status, 200);
  });

  it('offers Reply with the subject and the quoted message, and links the quote to the passage', async () => {
    const html = await page();
    const reply = decode(html.match(/<a href="(mailto:[^"]+)">Reply<\/a>/)[1]);
    const url = new URL(reply);
    assert.equal(url.pathname, 'ana@example.org');
    assert.equal(url.searchParams.get('subject'), 'Re: correction: The council vote');
    assert.match(url.searchParams.get('body'), /> It was Tuesday\.\r\n> Not Monday\./);
    assert.ok(!reply.includes('+'), 'spaces as %20, which every mail app reads');
    const quote = decode(html.match(/<blockquote[^>]*><a href="([^"]+)"/)[1]);
    assert.match(
      html,
      /href="https:\/\/valley\.example\/vote#:~:text=on%20Monday%20the%20council%20voted"/,
    );
    // A long quote: its first and last words, with the syntax's own characters escaped.
    assert.ok(
      html.includes(
        'href="https://valley.example/bridge#:~:text=The%20council%27s%20long%2Ddelayed%20vote,happened%20on%20Monday%20evening"',
      ),
    );
    assert.ok(quote.startsWith('https://valley.example/'));
  });
});

describe('the daily digest', () => {
  it('waits for its hour, then sends one mail with every message of the day', async () => {
    const smtp = await smtpSink();
    // The digest hour is the one that has just begun, so it is a whole day away.
    const args = [
      '--digest-hour',
      String(new Date().getHours()),
      '--notify',
      `smtp://127.0.0.1:${smtp.port}?from=inbox@valley.example&to=digest@valley.example&digest=daily`,
      '--notify',
      `smtp://127.0.0.1:${smtp.port}?from=inbox@valley.example&to=now@valley.example`,
    ];
    const inbox = await start(args);
    let second;
    try {
      for (const message of ['First of the day.', 'Second of the day.'])
        assert.equal((await post(inbox.url, payload({ message }))).status, 201);
      await until(() => smtp.mails.length >= 2);
      await new Promise((r) => setTimeout(r, 1200));
      assert.deepEqual(
        smtp.mails.map((m) => m.to[0]),
        ['now@valley.example', 'now@valley.example'],
      );
      assert.match(inbox.output().stdout, /→ digest@valley\.example \(daily digest\)/);

      // A day later (the waiting deliveries made due in the database): one mail with both.
      await inbox.stop({ keep: true });
      const db = new Database(inbox.db);
      db.prepare('UPDATE outbox SET next_at = 0').run();
      db.close();
      second = await start(args, { dir: inbox.dir, db: inbox.db });
      const digest = await until(() => smtp.mails.find((m) => m.to[0] === 'digest@valley.example'));
      assert.equal(digest.subject, 'Afterword: 2 new messages');
      assert.match(digest.text, /First of the day\.[\s\S]*Second of the day\./);
      await new Promise((r) => setTimeout(r, 1200));
      assert.equal(smtp.mails.length, 3);
    } finally {
      await (second ?? inbox).stop();
      await smtp.close();
    }
  });
});
