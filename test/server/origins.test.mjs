// Pages served with --static or --demo live on an origin of their own (--static-port): a script
// on them cannot read the inbox, even while the journalist is logged in in the same browser,
// and the demo article's form still lands in the inbox, as `npm start` serves it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chrome, launchChromium } from './chromium.mjs';
import { items, payload, post, start, tempDir } from './helpers.mjs';
import { portOf } from '../../scripts/net.mjs';

/** A free port whose next one is free too, as `npm start` needs (the inbox, then its files). */
async function freePair() {
  const listen = (port) =>
    new Promise((resolve) => {
      const s = createServer()
        .once('error', () => resolve(undefined))
        .listen(port, '127.0.0.1', () => {
          const got = portOf(s);
          s.close(() => resolve(got));
        });
    });
  for (;;) {
    const port = await listen(0);
    if (port < 65535 && (await listen(port + 1))) return port;
  }
}

describe('the files of --static and --demo', { skip: !chrome && 'no Chromium found' }, () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it('cannot read a message, an export or the feed while the journalist is logged in', async () => {
    const site = tempDir();
    const inbox = await start(['--static', site]);
    try {
      const secret = 'The source inside the council is the deputy clerk.';
      assert.equal(
        (await post(inbox.url, payload({ kind: 'feedback', message: secret }))).status,
        201,
      );
      // The journalist logs in, in this browser.
      const own = await browser.newPage();
      await own.goto(`${inbox.url}/inbox`, { waitUntil: 'load' });
      await own.type('input[name="token"]', inbox.token);
      await Promise.all([own.waitForNavigation(), own.keyboard.press('Enter')]);
      const feed = (await own.content()).match(/feed\.atom\?key=([\w-]+)/)[1];
      assert.ok((await own.content()).includes('deputy clerk'), 'logged in');

      // A script on a page of the files (an analytics tag, an ad, an XSS there) tries everything.
      const files = inbox.site ?? inbox.url;
      writeFileSync(
        join(site, 'spy.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body>
<script>
window.results = (async () => {
  const inbox = ${JSON.stringify(inbox.url)};
  const read = async (url, init) => {
    try {
      const res = await fetch(url, init);
      return res.type === 'opaque' ? 'opaque' : String(res.status) + ' ' + (await res.text());
    } catch (e) {
      return 'refused';
    }
  };
  const frame = await new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = inbox + '/inbox';
    f.onload = () => {
      try { resolve(f.contentDocument?.body?.innerText ?? 'none'); } catch { resolve('refused'); }
    };
    document.body.append(f);
    setTimeout(() => resolve('no load'), 3000);
  });
  return {
    api: await read(inbox + '/api/feedback', { credentials: 'include' }),
    csv: await read(inbox + '/api/feedback?format=csv', { credentials: 'include' }),
    page: await read(inbox + '/inbox', { credentials: 'include' }),
    opaque: await read(inbox + '/inbox', { credentials: 'include', mode: 'no-cors' }),
    here: await read('/api/feedback'),
    herePage: await read('/inbox'),
    frame,
  };
})();
</script></body></html>`,
      );
      const spy = await browser.newPage();
      await spy.goto(`${files}/spy.html`, { waitUntil: 'load' });
      const results = await spy.evaluate(() => window.results);
      for (const [what, got] of Object.entries(results)) {
        assert.ok(!got.includes('deputy clerk'), `${what} read a message: ${got.slice(0, 80)}`);
        assert.ok(!got.includes(feed), `${what} read the feed key`);
      }
      assert.equal(results.api, 'refused');
      assert.equal(results.page, 'refused');
    } finally {
      await inbox.stop();
    }
  });

  it('the demo article, as npm start serves it, sends its form to the inbox', async () => {
    const port = await freePair();
    const inbox = await start(['--demo'], { port: String(port) });
    try {
      assert.equal(inbox.url, `http://127.0.0.1:${port}`);
      assert.equal(inbox.site, `http://127.0.0.1:${port + 1}`, 'the files: the next port');
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${inbox.site}/`, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.querySelector('afterword-feedback').scrollIntoView());
      const message = await page.waitForSelector('afterword-feedback >>> textarea#message');
      await message.type('The ferry timetable changed in March.');
      // The demo's form keeps the default minimum fill time (3 s) against bots.
      await new Promise((r) => setTimeout(r, 3200));
      const send = await page.waitForSelector('afterword-feedback >>> button[type="submit"]');
      await send.evaluate((button) => button.scrollIntoView({ block: 'center' }));
      await send.click();
      await page.waitForFunction(
        () =>
          document.querySelector('afterword-feedback').shadowRoot.querySelector('[part="status"]')
            .className === 'sent',
        { timeout: 10_000 },
      );
      const [stored] = await items(inbox);
      assert.equal(stored.message, 'The ferry timetable changed in March.');
      assert.deepEqual(errors, []);
    } finally {
      await inbox.stop();
    }
  });
});
