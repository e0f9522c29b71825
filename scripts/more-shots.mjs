// Screenshots of <afterword-more> at the end of each real theme's post (light and dark, 375 and
// 1280 px), reading the feed each theme's platform writes, for a person to look at:
// node scripts/more-shots.mjs [out-dir] (after npm run build).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths } from './browsers.mjs';
import { portOf } from './net.mjs';
import { THEMES, themePage, themesDir } from '../test/themes/pages.mjs';
import { feedText } from '../test/fixtures/feeds.mjs';

const out = resolve(process.argv[2] ?? 'more-shots');
mkdirSync(out, { recursive: true });

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  const page = /^\/themes\/(\w+)\/$/.exec(path);
  const css = /^\/themes\/(\w+)\/((?:styles\/)?[\w-]+\.css)$/.exec(path);
  const send = (type, body) => res.setHeader('content-type', type).end(body);
  try {
    if (page && THEMES[page[1]])
      return send(
        'text/html; charset=utf-8',
        themePage(page[1], 'more', { dark: url.searchParams.get('dark') === '1' }),
      );
    if (css && THEMES[css[1]])
      return send('text/css', readFileSync(join(themesDir(), css[1], css[2])));
    if (/^\/feeds\/[\w-]+\.xml$/.test(path))
      return send('application/rss+xml; charset=utf-8', feedText(path.slice(7)));
    if (/^\/test\/fixtures\/feeds\/images\/[\w-]+\.svg$/.test(path))
      return send('image/svg+xml', readFileSync(`.${path}`));
    if (/^\/(dist\/[\w.-]+\.js|test\/themes\/probe\.js)$/.test(path))
      return send('text/javascript', readFileSync(`.${path}`));
  } catch {
    // fall through to 404
  }
  res.statusCode = 404;
  res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
const origin = `http://127.0.0.1:${portOf(server)}`;

const browser = await puppeteer.launch({
  executablePath: browserPaths().chrome,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const name of Object.keys(THEMES)) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height: 900 });
        page.on('console', (m) => m.type() === 'error' && console.log(name, m.text()));
        await page.goto(`${origin}/themes/${name}/?dark=${scheme === 'dark' ? 1 : 0}`);
        // Read down to the list: it renders, and its feed is fetched, as the reader comes near.
        await page.evaluate(() => document.querySelector('afterword-more').scrollIntoView());
        await page.waitForFunction(
          () => document.querySelector('afterword-more').shadowRoot?.querySelector('[part="list"]'),
          { timeout: 10000 },
        );
        await new Promise((r) => setTimeout(r, 500));
        // The end of the article, the list and what follows it.
        const clip = await page.evaluate(() => {
          const el = document.querySelector('afterword-more').getBoundingClientRect();
          const top = Math.max(0, el.top + scrollY - 160);
          return { x: 0, y: top, width: innerWidth, height: el.bottom + scrollY + 120 - top };
        });
        const file = join(out, `${name}-${scheme}-${width}.png`);
        await page.screenshot({ path: file, clip, captureBeyondViewport: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
