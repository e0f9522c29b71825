// The author's /inbox page: login, cookie, escaping, security headers, filters, marking handled.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { items, payload, post, start } from './helpers.mjs';

let inbox;
let cookie;
const evil = payload({
  kind: 'tip',
  message: '<script>alert("x")</script><img src=x onerror=alert(1)>',
  name: '"><b>Bold</b>',
  quote: "</blockquote><a href='javascript:alert(1)'>",
  page: { url: 'https://blog.example/?q="><script>1</script>', title: '<i>title</i>' },
});
const plain = payload({ kind: 'correction', message: 'A plain correction.' });

before(async () => {
  inbox = await start();
  await post(inbox.url, evil);
  await post(inbox.url, plain);
});
after(() => inbox.stop());

function login(token, headers = {}) {
  return fetch(`${inbox.url}/inbox/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inbox.url, ...headers },
    body: new URLSearchParams({ token }),
  });
}

/** @param {Record<string, string>} [headers] */
function page(query = '', headers = { cookie }) {
  return fetch(`${inbox.url}/inbox${query}`, { headers, redirect: 'manual' });
}

function markHandled(id, headers = {}, handled = '1') {
  const all = {
    'content-type': 'application/x-www-form-urlencoded',
    cookie,
    origin: inbox.url,
    ...headers,
  };
  return fetch(`${inbox.url}/inbox/handled`, {
    method: 'POST',
    redirect: 'manual',
    headers: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)),
    body: new URLSearchParams({ id, handled, kind: 'tip', show: 'all' }),
  });
}

describe('/inbox', () => {
  it('shows a login form, not the messages, without the token', async () => {
    const res = await page('', {});
    assert.equal(res.status, 401);
    const html = await res.text();
    assert.match(html, /<form method="post" action="\/inbox\/login">/);
    assert.match(html, /<label for="token">/);
    assert.ok(!html.includes('A plain correction.'));
    const wrong = await page('', { authorization: 'Bearer nope-nope-nope' });
    assert.equal(wrong.status, 401);
  });

  it('refuses a wrong token at login', async () => {
    const res = await login(`${inbox.token}x`);
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.match(await res.text(), /not right/);
  });

  it('logs in with the token: an HttpOnly, SameSite=Strict cookie that opens the inbox', async () => {
    const res = await login(inbox.token);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/inbox');
    const setCookie = res.headers.get('set-cookie');
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.match(setCookie, /Path=\//);
    assert.ok(!setCookie.includes(inbox.token), 'the cookie does not carry the token itself');
    cookie = setCookie.split(';')[0];
    const inboxPage = await page();
    assert.equal(inboxPage.status, 200);
    assert.match(await inboxPage.text(), /A plain correction\./);
    // The cookie also opens the JSON API (the page's export links).
    const api = await fetch(`${inbox.url}/api/feedback`, { headers: { cookie } });
    assert.equal(api.status, 200);
    // A forged cookie does not.
    assert.equal((await page('', { cookie: 'afterword_inbox=forged' })).status, 401);
  });

  it('refuses a login posted from another site', async () => {
    const res = await login(inbox.token, { origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('set-cookie'), null);
    // A page with no-referrer posts with Origin: null; Sec-Fetch-Site says where it came from.
    const opaque = await login(inbox.token, { origin: 'null', 'sec-fetch-site': 'cross-site' });
    assert.equal(opaque.status, 403);
    assert.equal((await login(inbox.token, { origin: 'null' })).status, 403);
  });

  it('logs in from its own login page, which browsers post with Origin: null', async () => {
    // The login page sets no-referrer, so Chromium and Firefox send Origin: null on its form.
    const res = await login(inbox.token, { origin: 'null', 'sec-fetch-site': 'same-origin' });
    assert.equal(res.status, 303);
    assert.match(res.headers.get('set-cookie'), /HttpOnly/);
  });

  it('opens with the bearer header too', async () => {
    const res = await page('', inbox.auth());
    assert.equal(res.status, 200);
  });

  it('escapes everything a reader wrote', async () => {
    const html = await (await page()).text();
    assert.ok(!html.includes('<script>'), 'no script element');
    assert.ok(!html.includes('<img'), 'no injected image');
    assert.ok(!html.includes('<b>Bold'), 'no injected markup in the name');
    assert.ok(!html.includes('<i>title'), 'no injected markup in the title');
    assert.ok(!html.includes("href='javascript"), 'no injected link');
    assert.ok(!/"><script/.test(html), 'attribute values cannot be closed');
    assert.ok(
      html.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;'),
      'the message is shown as text',
    );
  });

  it('lists newest first and filters by kind', async () => {
    const html = await (await page()).text();
    assert.ok(
      html.indexOf('A plain correction.') < html.indexOf('&#60;script&#62;alert'),
      'newest first',
    );
    const tips = await (await page('?kind=tip')).text();
    assert.ok(!tips.includes('A plain correction.'));
    assert.ok(tips.includes('&#60;script&#62;alert'));
    assert.match(tips, /<a href="\/inbox\?kind=tip" aria-current="page">Tips \(1\)<\/a>/);
  });

  it('sends security headers: a CSP without script, nosniff, no framing', async () => {
    for (const res of [await page(), await page('', {})]) {
      const csp = res.headers.get('content-security-policy');
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.ok(!/script-src|unsafe-inline|unsafe-eval/.test(csp), csp);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.ok(!(await res.text()).includes('<script'));
    }
  });

  it('marks a message handled, and reopens it', async () => {
    const res = await markHandled(plain.id);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/inbox?kind=tip');
    let stored = (await items(inbox)).find((i) => i.id === plain.id);
    assert.match(stored.handledAt, /^\d{4}-\d\d-\d\dT/);
    const open = await (await page('?show=open')).text();
    assert.ok(!open.includes('A plain correction.'));
    const handled = await (await page('?show=handled')).text();
    assert.ok(handled.includes('A plain correction.'));
    assert.match(handled, />Reopen</);
    await markHandled(plain.id, {}, '0');
    stored = (await items(inbox)).find((i) => i.id === plain.id);
    assert.equal(stored.handledAt, null);
  });

  it('refuses to mark handled from another site or without login', async () => {
    const cross = await markHandled(plain.id, { origin: 'https://evil.example' });
    assert.equal(cross.status, 403);
    const crossSite = await markHandled(plain.id, {
      origin: undefined,
      'sec-fetch-site': 'cross-site',
    });
    assert.equal(crossSite.status, 403);
    const loggedOut = await markHandled(plain.id, { cookie: '' });
    assert.equal(loggedOut.status, 401);
    assert.equal((await items(inbox)).find((i) => i.id === plain.id).handledAt, null);
  });

  it('is where / leads when no site is served; other paths are 404', async () => {
    const home = await fetch(`${inbox.url}/`, { redirect: 'manual' });
    assert.equal(home.status, 303);
    assert.equal(home.headers.get('location'), '/inbox');
    const missing = await fetch(`${inbox.url}/wp-admin`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
  });

  it('logs out by clearing the cookie', async () => {
    const res = await fetch(`${inbox.url}/inbox/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: inbox.url },
    });
    assert.equal(res.status, 303);
    assert.match(res.headers.get('set-cookie'), /^afterword_inbox=; .*Max-Age=0/);
  });
});
