// The set-up page's platform recipes on the real themes: the auto-mount block it writes for
// WordPress, Ghost and Hugo, pasted into the theme's own article page, puts the widgets in the
// theme's content column. Themes: test/fixtures/themes/.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chrome, launchChromium } from './chromium.mjs';
import { root, start, tempDir } from './helpers.mjs';

const themes = process.env.AFTERWORD_THEMES ?? join(root, 'test/fixtures/themes');

const CASES = [
  { platform: 'wordpress', theme: 'twentytwentyfive', file: 'single.html' },
  { platform: 'ghost', theme: 'casper', file: 'post.html' },
  { platform: 'hugo', theme: 'papermod', file: 'single.html' },
];

describe(
  'set-up page recipes on real themes',
  {
    skip:
      (!chrome && 'no Chromium found') || (!existsSync(themes) && `no theme fixtures at ${themes}`),
  },
  () => {
    let inbox;
    let browser;
    let site;

    before(async () => {
      site = tempDir();
      inbox = await start(['--static', site, '--rate-limit', '0']);
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await inbox?.stop();
    });

    /** The auto-mount block the set-up page writes for a platform. */
    async function blockFor(platform) {
      const page = await browser.newPage();
      await page.goto(`${inbox.url}/setup/`, { waitUntil: 'networkidle0' });
      await page.select('afterword-setup >>> #platform', platform);
      const type = async (id, text) => (await page.$(`afterword-setup >>> #${id}`)).type(text);
      await type('support-providers-0-account', 'harbourpost');
      await type('author-name', 'Maren Okafor');
      const block = await page.$eval(
        'afterword-setup >>> #snippet-automount',
        (area) => area.value,
      );
      await page.close();
      return block;
    }

    for (const { platform, theme, file } of CASES) {
      it(`${platform}: the widgets land in ${theme}'s content column`, async () => {
        const block = await blockFor(platform);
        cpSync(join(themes, theme), join(site, 'theme'), { recursive: true });
        const html = readFileSync(join(themes, theme, file), 'utf8');
        writeFileSync(join(site, 'post.html'), html.replace('</body>', `${block}\n</body>`));
        const page = await browser.newPage();
        const errors = [];
        // The theme's site has no favicon: the browser's own request for it is not the block's.
        page.on(
          'console',
          (m) =>
            m.type() === 'error' &&
            !m.location()?.url?.endsWith('/favicon.ico') &&
            errors.push(m.text()),
        );
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`${inbox.site}/post.html`, { waitUntil: 'networkidle0' });
        await page.waitForSelector('afterword-author');
        const placement = JSON.parse(
          block.slice(block.indexOf('{'), block.indexOf('</script>')),
        ).placement;
        const boxes = await page.evaluate((selector) => {
          const box = (el) => {
            const r = el.getBoundingClientRect();
            return { left: Math.round(r.left), right: Math.round(r.right) };
          };
          const text = document.querySelector(selector).querySelector('p');
          return {
            text: box(text),
            widgets: [
              ...document.querySelectorAll(
                'afterword-share, afterword-support, afterword-feedback, afterword-author',
              ),
            ].map((w) => ({ tag: w.localName, ...box(w) })),
          };
        }, placement);
        assert.deepEqual(errors, [], 'the pasted block mounts without a console error');
        assert.equal(boxes.widgets.length, 4);
        for (const w of boxes.widgets) {
          // Within the column of the article's paragraphs (a pixel of rounding either way).
          assert.ok(
            w.left >= boxes.text.left - 1,
            `${w.tag} starts left of the text: ${JSON.stringify(boxes)}`,
          );
          assert.ok(
            w.right <= boxes.text.right + 1,
            `${w.tag} ends right of the text: ${JSON.stringify(boxes)}`,
          );
        }
        await page.close();
      });
    }
  },
);
