// Screenshots of each element on the demo article (English and Arabic; light and dark; 375 and
// 1280 px), plus the support banner, for a person to look at before and after a visual change:
// node scripts/element-shots.mjs [out-dir] (after npm run build).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths } from './browsers.mjs';
import { portOf } from './net.mjs';

const out = resolve(process.argv[2] ?? 'element-shots');
mkdirSync(out, { recursive: true });
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  if (!/^\/(demo|dist)\/[\w.-]+$/.test(path)) return res.writeHead(404).end();
  try {
    res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.end(readFileSync(`.${path}`));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const origin = `http://127.0.0.1:${portOf(server)}`;

const browser = await puppeteer.launch({
  executablePath: browserPaths().chrome,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
});
const TAGS = ['afterword-share', 'afterword-support', 'afterword-feedback', 'afterword-author'];
try {
  for (const lang of ['en', 'ar']) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height: 800 });
        await page.goto(`${origin}/demo/${lang === 'en' ? 'index' : 'ar'}.html`);
        // The author card's code arrives when the reader comes near it.
        await page.evaluate(() => document.querySelector('afterword-author').scrollIntoView());
        await page.waitForFunction(() => customElements.get('afterword-author'));
        const stem = join(out, `${lang}-${scheme}-${width}`);
        // The demo's own banner waits for a scroll: out of the way of the element pictures.
        await page.evaluate(() =>
          document.querySelector('afterword-support[mode="banner"]')?.remove(),
        );
        for (const tag of TAGS) {
          const el = await page.$(`${tag}:not([mode="banner"])`);
          await el.scrollIntoView();
          await new Promise((r) => setTimeout(r, 400));
          await el.screenshot({ path: `${stem}-${tag.slice(10)}.png` });
          // The second state worth seeing: amounts offered (PayPal), the form's errors.
          const more = await el.evaluate((e) => {
            const r = e.shadowRoot;
            /** @type {NodeListOf<HTMLInputElement>} */
            const providers = r.querySelectorAll('input[name="p"]');
            const paypal = [...providers].find((i) =>
              i.parentElement.textContent.includes('PayPal'),
            );
            paypal?.click();
            const send = /** @type {HTMLElement | null} */ (r.querySelector('[part="button"]'));
            if (e.localName === 'afterword-feedback') send.click();
            return !!paypal || e.localName === 'afterword-feedback';
          });
          if (more) {
            await new Promise((r) => setTimeout(r, 300));
            await el.screenshot({ path: `${stem}-${tag.slice(10)}-2.png` });
          }
        }
        // The banner, over the end of the article.
        await page.evaluate(() => {
          const b = document.createElement('afterword-support');
          for (const [k, v] of Object.entries({
            mode: 'banner',
            provider: 'kofi',
            account: 'a',
            currency: 'EUR',
            name: 'Maren',
            'max-views': '0',
            'min-gap-hours': '0',
          }))
            b.setAttribute(k, v);
          document.body.append(b);
          document.querySelector('afterword-feedback').scrollIntoView({ block: 'center' });
        });
        await new Promise((r) => setTimeout(r, 600));
        await page.screenshot({ path: `${stem}-banner.png` });
        console.log(stem);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
