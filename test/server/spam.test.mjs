// Spam without loss: what fails the form's checks is kept in a Spam view, answered like any
// message, never notified until the journalist says "Not spam"; each message has its own page
// with a private note; --pow asks for an ALTCHA proof of work, good once.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { items, payload, post, root, start } from './helpers.mjs';
import { httpSink, until } from './sinks.mjs';

const form = (inbox, cookie, path, fields) =>
  fetch(`${inbox.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: inbox.url },
    body: new URLSearchParams(fields),
  });

async function login(inbox) {
  const res = await form(inbox, '', '/inbox/login', { token: inbox.token });
  return res.headers.get('set-cookie').split(';')[0];
}

const page = async (inbox, cookie, path) =>
  (await fetch(`${inbox.url}${path}`, { headers: { cookie } })).text();

describe('spam without loss', () => {
  let inbox, hook, cookie;
  const real = payload({ message: 'The mayor resigned on Tuesday, not Monday.' });
  const honeypot = payload({ message: 'Cheap watches', checks: { honeypot: true } });
  const fast = payload({ message: 'A fast but real reader', checks: { fast: true } });
  const links = payload({
    message: 'Buy http://a.example http://b.example https://c.example www.d-shop.example',
  });

  before(async () => {
    hook = await httpSink();
    inbox = await start(['--rate-limit', '0', '--notify', `${hook.url}/hook`]);
    cookie = await login(inbox);
  });
  after(async () => {
    await inbox?.stop();
    await hook?.close();
  });

  it('answers spam exactly as any message: same status, same keys', async () => {
    const answers = [];
    for (const p of [real, honeypot, fast, links]) {
      const res = await post(inbox.url, p);
      answers.push({ status: res.status, keys: Object.keys(await res.json()).sort() });
    }
    assert.deepEqual(
      new Set(answers.map((a) => JSON.stringify(a))).size,
      1,
      JSON.stringify(answers),
    );
    assert.equal(answers[0].status, 201);
    // A repeat of a spam message is a repeat like any other.
    assert.equal((await post(inbox.url, honeypot)).status, 200);
  });

  it('keeps spam out of the API, the exports, the feed and notifications unless asked', async () => {
    await until(() => hook.requests.length >= 1, 10_000, 'the real message notified');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(
      hook.requests.map((r) => JSON.parse(r.body).item.id),
      [real.id],
      'only the real message is notified',
    );
    assert.deepEqual(
      (await items(inbox)).map((i) => i.id),
      [real.id],
    );
    const spam = await items(inbox, '?spam=1');
    assert.deepEqual(
      spam.map((i) => [i.id, i.spam]),
      [
        [links.id, 'links'],
        [fast.id, 'fast'],
        [honeypot.id, 'honeypot'],
      ],
    );
    const csv = await (
      await fetch(`${inbox.url}/api/feedback?format=csv`, { headers: inbox.auth() })
    ).text();
    assert.ok(!csv.includes(fast.id) && csv.includes(real.id));
    const csvSpam = await (
      await fetch(`${inbox.url}/api/feedback?format=csv&spam=1`, { headers: inbox.auth() })
    ).text();
    assert.ok(csvSpam.includes(fast.id) && !csvSpam.includes(real.id));
    const feedUrl = (await page(inbox, cookie, '/inbox')).match(/feed\.atom\?key=([^<"]+)/)[0];
    const feed = await (
      await fetch(`${inbox.url}/inbox/${feedUrl.replace(/&#38;|&amp;/g, '&')}`)
    ).text();
    assert.ok(feed.includes(real.id) && !feed.includes(fast.id));
    const spamFeed = await (
      await fetch(`${inbox.url}/inbox/${feedUrl.replace(/&#38;|&amp;/g, '&')}&spam=1`)
    ).text();
    assert.ok(spamFeed.includes(fast.id) && !spamFeed.includes(real.id));
  });

  it('searches the API too; it pages older only', async () => {
    assert.deepEqual(
      (await items(inbox, '?q=mayor')).map((i) => i.id),
      [real.id],
    );
    assert.deepEqual(
      (await items(inbox, '?spam=1&q=watches')).map((i) => i.id),
      [honeypot.id],
    );
    const after = await fetch(`${inbox.url}/api/feedback?after=${real.id}`, {
      headers: inbox.auth(),
    });
    assert.equal(after.status, 400);
    assert.match((await after.json()).errors.after, /\?before/);
  });

  it('shows the Spam view with each reason, and the inbox without them', async () => {
    const main = await page(inbox, cookie, '/inbox');
    assert.ok(main.includes('The mayor resigned') && !main.includes('Cheap watches'));
    assert.match(main, /Spam \(3\)/);
    const view = await page(inbox, cookie, '/inbox?spam=1');
    assert.ok(view.includes('Cheap watches') && !view.includes('The mayor resigned'));
    for (const reason of ['filled the hidden field', 'sent too fast', 'too many links'])
      assert.ok(view.includes(`spam: ${reason}`), reason);
    assert.match(view, />Not spam</);
  });

  it('"Not spam" moves a message back and notifies it then', async () => {
    const res = await form(inbox, cookie, '/inbox/spam', {
      id: fast.id,
      spam: '0',
      back: '/inbox?spam=1',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/inbox?spam=1');
    await until(() => hook.requests.length >= 2, 10_000, 'the rescued message notified');
    assert.equal(JSON.parse(hook.requests[1].body).item.id, fast.id);
    assert.deepEqual((await items(inbox)).map((i) => i.id).sort(), [real.id, fast.id].sort());
    // Saying it twice notifies once.
    await form(inbox, cookie, '/inbox/spam', { id: fast.id, spam: '0' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(hook.requests.length, 2);
    // And it can be filed as spam again, from its own page, with no notification.
    await form(inbox, cookie, '/inbox/spam', { id: fast.id, spam: '1' });
    assert.equal((await items(inbox, '?spam=1')).find((i) => i.id === fast.id).spam, 'author');
  });

  it('refuses spam actions from another site or without login', async () => {
    const cross = await fetch(`${inbox.url}/inbox/spam`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ id: links.id, spam: '0' }),
    });
    assert.equal(cross.status, 403);
    assert.equal((await form(inbox, '', '/inbox/spam', { id: links.id, spam: '0' })).status, 401);
    assert.ok((await items(inbox, '?spam=1')).some((i) => i.id === links.id));
  });

  it('gives each message its own address, with a private note and the handled switch', async () => {
    const own = await fetch(`${inbox.url}/inbox/m/${real.id.toUpperCase()}`, {
      headers: { cookie },
    });
    assert.equal(own.status, 200);
    const html = await own.text();
    assert.ok(html.includes('The mayor resigned on Tuesday'));
    assert.match(html, /<textarea id="note" name="note"/);
    // Behind the login.
    const anonymous = await fetch(`${inbox.url}/inbox/m/${real.id}`);
    assert.equal(anonymous.status, 401);
    assert.ok(!(await anonymous.text()).includes('The mayor'));
    const missing = await fetch(`${inbox.url}/inbox/m/00000000-0000-4000-8000-000000000000`, {
      headers: { cookie },
    });
    assert.equal(missing.status, 404);
    const note = 'Jonas calls the town hall <b>tomorrow</b> — “ünïcode” ✓';
    const saved = await form(inbox, cookie, '/inbox/note', { id: real.id, note });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), `/inbox/m/${real.id}?saved=1`);
    const after = await page(inbox, cookie, `/inbox/m/${real.id}?saved=1`);
    assert.ok(after.includes('Jonas calls the town hall &#60;b&#62;tomorrow&#60;/b&#62;'));
    assert.match(after, /role="status">Note saved\.</);
    assert.ok((await page(inbox, cookie, '/inbox')).includes('Jonas calls the town hall'));
    assert.equal((await items(inbox)).find((i) => i.id === real.id).note, note);
    const handled = await form(inbox, cookie, '/inbox/handled', {
      id: real.id,
      handled: '1',
      back: `/inbox/m/${real.id}`,
    });
    assert.equal(handled.headers.get('location'), `/inbox/m/${real.id}`);
    assert.match(await page(inbox, cookie, `/inbox/m/${real.id}`), />Reopen</);
    // A way back anywhere but the inbox is not followed.
    const away = await form(inbox, cookie, '/inbox/handled', {
      id: real.id,
      handled: '0',
      back: 'https://evil.example/',
    });
    assert.equal(away.headers.get('location'), '/inbox');
    const cross = await fetch(`${inbox.url}/inbox/note`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ id: real.id, note: 'forged' }),
    });
    assert.equal(cross.status, 403);
    assert.equal((await items(inbox)).find((i) => i.id === real.id).note, note);
  });
});
