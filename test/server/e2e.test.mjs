// End to end: the built one-script in a real Chromium page posts a reader's words to a running
// inbox, and the author reads them back, exactly once.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chrome, launchChromium } from './chromium.mjs';
import { items, start, tempDir } from './helpers.mjs';

describe(
  'the built script and the inbox together',
  { skip: !chrome && 'no Chromium found' },
  () => {
    let inbox;
    let browser;

    before(async () => {
      const site = tempDir();
      inbox = await start(['--demo', '--static', site, '--rate-limit', '0']);
      // The article is on the files' own origin, as a blog is on its own: it posts to the inbox's.
      writeFileSync(
        join(site, 'e2e.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>End-to-end article</title>
      <script src="/dist/afterword.js" defer></script></head>
      <body><article><h1>End-to-end article</h1><p>The council met on Tuesday.</p></article>
      <afterword-feedback endpoint="${inbox.url}/api/feedback" min-seconds="0"></afterword-feedback></body></html>`,
      );
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await inbox?.stop();
    });

    it('stores what the reader sent, once, and tells the reader it was sent', async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${inbox.site}/e2e.html`, { waitUntil: 'networkidle0' });
      const message = await page.waitForSelector('afterword-feedback >>> textarea#message');
      await message.type('The meeting was on Wednesday, not Tuesday. <b>Please fix</b>');
      const email = await page.waitForSelector('afterword-feedback >>> input#email');
      await email.type('reader@example.org');
      const send = await page.waitForSelector('afterword-feedback >>> button[type="submit"]');
      // A double click must still send once.
      await send.click({ count: 2 });
      await page.waitForFunction(
        () =>
          document.querySelector('afterword-feedback').shadowRoot.querySelector('[part="status"]')
            .className === 'sent',
        { timeout: 10_000 },
      );
      const list = await items(inbox);
      assert.equal(list.length, 1);
      assert.equal(list[0].message, 'The meeting was on Wednesday, not Tuesday. <b>Please fix</b>');
      assert.equal(list[0].email, 'reader@example.org');
      assert.equal(list[0].kind, 'feedback');
      assert.equal(list[0].page.title, 'End-to-end article');
      assert.deepEqual(errors, []);

      // The author's inbox page shows the words, escaped.
      const html = await (await fetch(`${inbox.url}/inbox`, { headers: inbox.auth() })).text();
      assert.match(html, /Wednesday, not Tuesday\. &#60;b&#62;Please fix&#60;\/b&#62;/);
      assert.ok(!html.includes('<b>Please fix</b>'));
    });

    it('lets the author log in to the inbox page in the browser and read the message', async () => {
      const page = await browser.newPage();
      await page.goto(`${inbox.url}/inbox`, { waitUntil: 'load' });
      await page.type('input[name="token"]', inbox.token);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).pathname, '/inbox');
      const text = await page.evaluate(() => document.body.innerText);
      assert.match(text, /Wednesday, not Tuesday\. <b>Please fix<\/b>/);
      // The reader's markup is shown as text, never parsed into the author's page.
      assert.equal(
        await page.$$eval('b', (els) => els.filter((b) => b.textContent === 'Please fix').length),
        0,
      );
    });
  },
);
