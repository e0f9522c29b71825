// Screenshots of each real theme's post page with Afterword (light and dark, 375 and 1280 px),
// for a person to look at: node scripts/theme-shots.mjs [out-dir] (after npm run build).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths } from './browsers.mjs';
import { serveThemes } from './theme-server.mjs';
import { THEMES } from '../test/themes/pages.mjs';

const out = resolve(process.argv[2] ?? 'theme-shots');
const mode = process.env.SHOTS_MODE ?? 'elements';
mkdirSync(out, { recursive: true });

const { origin, close } = await serveThemes(mode);

const browser = await puppeteer.launch({
  executablePath: browserPaths().chrome,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const name of Object.keys(THEMES)) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        // A fresh profile each time, so the support banner's frequency rules start afresh.
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width, height: 900 });
        page.on('console', (m) => m.type() === 'error' && console.log(name, m.text()));
        await page.goto(`${origin}/themes/${name}/?dark=${scheme === 'dark' ? 1 : 0}`);
        // Each widget's code arrives as the reader comes near it: read down to each, then back up.
        await page.evaluate(async () => {
          const tags = 'afterword-share, afterword-support, afterword-feedback, afterword-author';
          for (const el of document.querySelectorAll(tags)) {
            el.scrollIntoView();
            await new Promise((r) => setTimeout(r, 150));
          }
          scrollTo(0, 0);
        });
        await page.waitForFunction(() => customElements.get('afterword-author'));
        await new Promise((r) => setTimeout(r, 500));
        // The widgets, from the end of the article to the author card, in one picture.
        const clip = await page.evaluate(() => {
          const els = [...document.querySelectorAll('afterword-share, afterword-author')];
          const top = els[0].getBoundingClientRect().top + scrollY - 200;
          const bottom = els[els.length - 1].getBoundingClientRect().bottom + scrollY + 100;
          return {
            x: 0,
            y: Math.max(0, top),
            width: innerWidth,
            height: bottom - Math.max(0, top),
          };
        });
        const file = join(out, `${name}-${scheme}-${width}.png`);
        await page.screenshot({ path: file, clip, captureBeyondViewport: true });
        // The first screen, with the support banner over the article.
        await page.screenshot({ path: file.replace('.png', '-banner.png') });
        // The fediverse dialog, and the feedback form's errors after an empty send.
        await page.evaluate(() => {
          const form = document.querySelector('afterword-feedback').shadowRoot;
          /** @type {HTMLElement} */ (form.querySelector('[part="button"]')).click();
          const share = document.querySelector('afterword-share').shadowRoot;
          /** @type {HTMLElement} */ (share.querySelector('[data-network="mastodon"]')).click();
        });
        await new Promise((r) => setTimeout(r, 300));
        await page.screenshot({ path: file.replace('.png', '-dialog.png') });
        await page.keyboard.press('Escape');
        await page.evaluate(() => document.querySelector('afterword-feedback').scrollIntoView());
        await page.screenshot({ path: file.replace('.png', '-errors.png') });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  close();
}
