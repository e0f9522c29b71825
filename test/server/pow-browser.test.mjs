// The reader's side of --pow in real Chromium and Firefox: the feedback form on a page with a
// strict CSP asks the inbox for a challenge when Send is pressed, solves it in its own Web Worker
// (dist/afterword-pow.js, fetched only then, from 'self'), and the inbox keeps the message as a
// real one; a message queued while offline gets a fresh challenge when it is retried.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { browserPaths, CHROME_FLAGS } from '../../scripts/browsers.mjs';
import { makeKeyring } from '../gpg.mjs';
import { items, root, start } from './helpers.mjs';
import { portOf } from '../../scripts/net.mjs';
import { until } from './sinks.mjs';

const { chrome, firefox } = browserPaths();
/** The journalist's keyring, made once for both browsers. */
let keyring;
after(() => keyring?.then((k) => k.close()));

/** The blog: an article with the form (or a tip form, sealed), its scripts from dist/, under a strict CSP. */
async function blog() {
  const requests = [];
  let inboxUrl = '';
  let key = '';
  const page = (
    attrs,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
<script src="/dist/afterword.js"></script></head><body><main><h1>A story</h1>
<afterword-feedback endpoint="${inboxUrl}/api/feedback" min-seconds="0" ${attrs}></afterword-feedback></main></body></html>`;
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const csp = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${inboxUrl}; object-src 'none'; img-src 'self' data:`;
    if (req.url === '/' || req.url === '/tip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp });
      return res.end(page(req.url === '/' ? 'kinds="feedback"' : 'kinds="tip" tip-key="/key.asc"'));
    }
    if (req.url === '/key.asc') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(key);
    }
    const file = normalize(req.url.split('?')[0]);
    if (file.startsWith('/dist/') && file.endsWith('.js')) {
      try {
        const body = await readFile(join(root, file));
        res.writeHead(200, { 'content-type': 'text/javascript' });
        return res.end(body);
      } catch {
        // below
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    url: `http://127.0.0.1:${portOf(server)}`,
    requests,
    /** Where the form sends: the inbox, started once the blog's origin is known. */
    inbox: (url) => (inboxUrl = url),
    /** The journalist's public key, for sealed tips. */
    key: (armored) => (key = armored),
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

/** @type {[string, string | undefined, () => ReturnType<typeof puppeteer.launch>][]} */
const launchers = [
  [
    'Chromium',
    chrome,
    () =>
      puppeteer.launch({
        executablePath: chrome,
        headless: true,
        timeout: 120000,
        args: CHROME_FLAGS,
      }),
  ],
  [
    'Firefox',
    firefox,
    () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        timeout: 120000,
      }),
  ],
];

for (const [name, path, launch] of launchers) {
  describe(
    `the form solves the inbox's proof of work in ${name}`,
    { skip: !path && `no ${name}` },
    () => {
      let inbox, site, browser;
      const seen = new Set();
      before(async () => {
        // The blog's origin is the inbox's --origin; the inbox's address goes into the blog's page.
        site = await blog();
        inbox = await start(['--pow', '--rate-limit', '0', '--origin', site.url]);
        site.inbox(inbox.url);
        keyring ??= makeKeyring();
        site.key((await keyring).keys.cv25519.armored);
        browser = await launch();
      });
      after(async () => {
        await browser?.close();
        await site?.close();
        await inbox?.stop();
      });

      async function open(path = '/') {
        const page = await browser.newPage();
        await page.goto(`${site.url}${path}`);
        // Polled from here: Firefox's CSP refuses puppeteer's in-page polling (it uses Function()).
        await until(
          () =>
            page.evaluate(
              () =>
                !!document
                  .querySelector('afterword-feedback')
                  ?.shadowRoot?.querySelector('textarea'),
            ),
          20000,
          'the form',
        );
        return page;
      }
      const status = (page) =>
        page.evaluate(() =>
          document
            .querySelector('afterword-feedback')
            .shadowRoot.querySelector('[part="status"]')
            ?.textContent.trim(),
        );
      async function send(page, message) {
        await page.evaluate((text) => {
          const root = document.querySelector('afterword-feedback').shadowRoot;
          const area = root.querySelector('textarea');
          area.value = text;
          area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }, message);
        await page.evaluate(() =>
          /** @type {HTMLElement} */ (
            document.querySelector('afterword-feedback').shadowRoot.querySelector('[part="button"]')
          ).click(),
        );
      }

      it('solves it in its own worker when the reader presses Send, and the message is kept', async () => {
        const page = await open();
        assert.ok(!site.requests.includes('/dist/afterword-pow.js'), 'no worker before Send');
        await send(page, `Solved in ${name}`);
        await until(async () => (await status(page)) === 'Sent. Thank you!', 30000, 'Sent');
        assert.ok(
          site.requests.includes('/dist/afterword-pow.js'),
          'the worker, from the blog itself',
        );
        const stored = (await items(inbox)).find((i) => i.message === `Solved in ${name}`);
        assert.ok(stored, 'kept among the messages, not spam');
        assert.equal(stored.spam, null);
        await page.close();
      });

      it('seals a tip and solves the proof of work for it: kept as a real tip, readable only by the key', async () => {
        const page = await open('/tip');
        const words = `A sealed tip from ${name}`;
        // The key is read before the form lets the reader send.
        await until(
          () =>
            page.evaluate(() =>
              /[0-9A-F]{4} [0-9A-F]{4}/.test(
                document.querySelector('afterword-feedback').shadowRoot.textContent,
              ),
            ),
          20000,
          'the key’s fingerprint shown',
        );
        await send(page, words);
        await until(async () => (await status(page)) === 'Sent. Thank you!', 30000, 'Sent');
        const stored = (await items(inbox)).find(
          (i) => i.kind === 'tip' && i.encrypted && !seen.has(i.id),
        );
        assert.ok(stored, 'kept among the messages');
        seen.add(stored.id);
        assert.equal(stored.spam, null);
        assert.equal(stored.message, '');
        assert.ok((await (await keyring).decrypt(stored.encrypted)).includes(words));
        await page.close();
      });

      it('gives a message queued while offline a fresh challenge when it is retried', async () => {
        const page = await open();
        // The first send fails as if offline; every send's body is kept to compare.
        await page.evaluate(() => {
          const real = window.fetch;
          window.__bodies = [];
          window.fetch = (url, init = {}) => {
            if (init.method === 'POST') {
              window.__bodies.push(String(init.body));
              if (window.__bodies.length === 1)
                return Promise.reject(new TypeError('Failed to fetch'));
            }
            return real(url, init);
          };
        });
        await send(page, `Queued in ${name}`);
        await until(async () => (await status(page))?.startsWith('Saved'), 30000, 'queued');
        await page.evaluate(() => window.dispatchEvent(new Event('online')));
        const stored = await until(
          async () => (await items(inbox)).find((i) => i.message === `Queued in ${name}`),
          30000,
          'the retry stored',
        );
        assert.equal(stored.spam, null, 'the retry carried a good, unused solution');
        const bodies = (await page.evaluate(() => window.__bodies)).map((b) => JSON.parse(b));
        assert.equal(bodies.length, 2);
        assert.ok(bodies[0].altcha && bodies[1].altcha);
        assert.notEqual(bodies[0].altcha, bodies[1].altcha, 'a fresh challenge for the retry');
        assert.equal(bodies[0].id, bodies[1].id);
        await page.close();
      });
    },
  );
}
