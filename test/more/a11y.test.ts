// <afterword-more> for every reader: names from the accessibility tree, contrast in light and
// dark, the keyboard from link to link.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../helpers.js';
import { contrast, names } from '../a11y.js';
import { TOKEN_DEFAULTS } from '../../src/shared/tokens.js';
import { $$, cleanUp, head, list, NIGHT_MARKET } from './helpers.js';

describe('<afterword-more>', () => {
  afterEach(cleanUp);

  describe('for every reader', () => {
    it('names each link by its title and date, and the list by its heading', async () => {
      head(NIGHT_MARKET);
      await list(html`<afterword-more feed="/feeds/ghost.xml" count="2"></afterword-more>`);
      expect(await names('link', 'a[href]')).to.include.members([
        'Winter ferry timetable: fewer crossings, a later last boat Nov 24, 2026',
        'Council budget keeps both libraries open Nov 20, 2026',
      ]);
      expect(await names('heading', 'h2')).to.include('More articles');
    });

    for (const theme of ['light', 'dark'])
      it(`reads at 4.5:1 or more, titles and dates, and is axe-clean (${theme})`, async () => {
        head(NIGHT_MARKET);
        const el = await list(
          html`<afterword-more theme=${theme} feed="/feeds/ghost.xml"></afterword-more>`,
        );
        const root = el.shadowRoot!;
        // The list has no background of its own: it stands on the page, here the theme's surface.
        document.body.style.background = TOKEN_DEFAULTS[theme as 'light' | 'dark'].surface;
        const surface = getComputedStyle(document.body).backgroundColor;
        try {
          for (const part of ['title', 'date', 'heading']) {
            const color = getComputedStyle(root.querySelector(`[part="${part}"]`)!).color;
            expect(contrast(color, surface), part).to.be.at.least(4.5);
          }
          await expectAccessible(el);
        } finally {
          document.body.style.background = '';
        }
      });

    it('takes the keyboard from link to link, each 44 px tall with a focus ring', async () => {
      head(NIGHT_MARKET);
      const el = await list(html`<afterword-more feed="/feeds/ghost.xml"></afterword-more>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      try {
        before.focus();
        const links = $$(el, 'a[part="link"]');
        for (const link of links) {
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement).to.equal(link);
          expect(link.getBoundingClientRect().height).to.be.at.least(44);
          expect(getComputedStyle(link).outlineStyle).to.equal('solid');
        }
      } finally {
        before.remove();
      }
    });
  });
});
