// Screenshots of <afterword-more> at the end of each real theme's post (light and dark, 375 and
// 1280 px), reading the feed each theme's platform writes, for a person to look at:
// node scripts/more-shots.mjs [out-dir] (after npm run build).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths } from './browsers.mjs';
import { serveThemes } from './theme-server.mjs';
import { THEMES } from '../test/themes/pages.mjs';
import { feedText } from '../test/fixtures/feeds.mjs';

const out = resolve(process.argv[2] ?? 'more-shots');
mkdirSync(out, { recursive: true });

// The feeds each theme's platform writes, and their images.
const { origin, close } = await serveThemes('more', (path, send) => {
  if (/^\/feeds\/[\w-]+\.xml$/.test(path))
    send('application/rss+xml; charset=utf-8', feedText(path.slice(7)));
  else if (/^\/test\/fixtures\/feeds\/images\/[\w-]+\.svg$/.test(path))
    send('image/svg+xml', readFileSync(`.${path}`));
  else return false;
  return true;
});

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
  close();
}
