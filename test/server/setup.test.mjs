// The set-up page on the inbox: served at /setup/ with its scripts under a strict CSP, and its
// "Send a test message" lands in this inbox (with its proof of work), from a real Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chrome, launchChromium } from './chromium.mjs';
import { items, start } from './helpers.mjs';

describe('the set-up page on the inbox', () => {
  let inbox;

  before(async () => {
    // With --pow: the test message carries a proof of work, as the form's messages do.
    inbox = await start(['--rate-limit', '0', '--pow']);
  });

  after(() => inbox?.stop());

  it('is at /setup/, told where this inbox takes feedback, under a strict CSP', async () => {
    const bare = await fetch(`${inbox.url}/setup`, { redirect: 'manual' });
    assert.equal(bare.status, 303);
    assert.equal(bare.headers.get('location'), '/setup/');
    const res = await fetch(`${inbox.url}/setup/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(res.headers.get('content-security-policy'), /script-src 'self';/);
    const page = await res.text();
    assert.match(page, /<meta name="afterword-inbox" content="\/api\/feedback" \/>/);
    assert.match(page, /<script src="afterword-setup\.js" defer><\/script>/);
    // The loader's parts come from beside it, as on any site: the preview's widgets need them.
    for (const file of [
      'afterword.js',
      'afterword-setup.js',
      'afterword-share.js',
      'afterword-de.js',
    ]) {
      const script = await fetch(`${inbox.url}/setup/${file}`);
      assert.equal(script.status, 200, file);
      assert.match(script.headers.get('content-type'), /^text\/javascript/);
    }
    assert.match(
      inbox.output().stdout,
      /set up the widgets without writing HTML: http:\/\/\S+\/setup\//,
    );
  });

  it('serves nothing else from the build folder', async () => {
    for (const path of [
      '/setup/setup.html',
      '/setup/server/cli.js',
      '/setup/..%2Fserver%2Fcli.js',
      '/setup/esm/index.js',
      '/setup/custom-elements.json',
      '/setup/afterword-openpgp.LICENSE.txt',
    ]) {
      const res = await fetch(`${inbox.url}${path}`);
      assert.equal(res.status, 404, path);
    }
    const post = await fetch(`${inbox.url}/setup/`, { method: 'POST' });
    assert.equal(post.status, 405);
  });

  describe('in Chromium', { skip: !chrome && 'no Chromium found' }, () => {
    let browser;
    before(async () => {
      browser = await launchChromium();
    });
    after(() => browser?.close());

    it('sends a test message through the configured destination into this inbox', async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on(
        'console',
        (m) => m.type() === 'error' && !/favicon|404/.test(m.text()) && problems.push(m.text()),
      );
      await page.goto(`${inbox.url}/setup/`, { waitUntil: 'networkidle0' });
      const endpoint = await page.waitForSelector('afterword-setup >>> #feedback-endpoint');
      assert.equal(await endpoint.evaluate((e) => e.value), `${inbox.url}/api/feedback`);
      // The preview is the real feedback form, sending to the same place.
      await page.waitForSelector('afterword-setup >>> .preview afterword-feedback');
      const button = await page.waitForSelector('afterword-setup >>> button[data-action="test"]');
      await button.click();
      await page.waitForFunction(
        () =>
          /Test message sent/.test(
            document.querySelector('afterword-setup').shadowRoot.querySelector('[role="status"]')
              .textContent,
          ),
        { timeout: 10_000 },
      );
      const list = await items(inbox);
      assert.equal(list.length, 1);
      assert.match(list[0].message, /^Test message from the Afterword set-up page/);
      assert.equal(list[0].page.url, `${inbox.url}/setup/`);
      assert.equal(list[0].spam, null, 'among the messages, not in Spam');
      // No violation of the page's strict CSP, no error.
      assert.deepEqual(problems, []);
    });
  });
});
