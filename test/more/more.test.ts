// <afterword-more> on a page: the site's own feed read when the list comes near, the current
// article never listed, dates and heading in the page's language, and the reader's click.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { locales } from '../../src/locales/index.js';
import { expectAccessible } from '../helpers.js';
import {
  $$,
  cleanUp,
  head,
  list,
  listed,
  NIGHT_MARKET,
  requests,
  titles,
  type AfterwordMore,
} from './helpers.js';

describe('<afterword-more>', () => {
  afterEach(cleanUp);

  describe('the list', () => {
    it('lists the latest three from the feed, never the article being read', async () => {
      head(NIGHT_MARKET);
      const el = await list(html`<afterword-more feed="/feeds/ghost.xml"></afterword-more>`);
      expect(titles(el)).to.deep.equal([
        'Winter ferry timetable: fewer crossings, a later last boat',
        'Council budget keeps both libraries open',
        'Three generations behind the fish counter',
      ]);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="heading"]')!.textContent).to.equal('More articles');
      const links = $$(el, 'a[part="link"]') as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal([
        'https://harbour-post.example/winter-ferry-timetable/',
        'https://harbour-post.example/council-budget-libraries/',
        'https://harbour-post.example/fish-counter/',
      ]);
      // Each link is named by its title and date; the picture says nothing more.
      expect(links[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Winter ferry timetable: fewer crossings, a later last boat Nov 24, 2026',
      );
      const time = root.querySelector('time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-24T08:30:00.000Z');
      await expectAccessible(el);
    });

    it('shows the feed’s image at a fixed size, lazily, so nothing moves as it arrives', async () => {
      head(NIGHT_MARKET);
      const el = await list(
        html`<afterword-more feed="/feeds/ghost.xml" count="5"></afterword-more>`,
      );
      const images = $$(el, 'img[part="image"]') as HTMLImageElement[];
      // The harbour wall has its picture only inside its HTML: it gets none.
      expect(titles(el)[3]).to.equal('Harbour wall repairs to start in January');
      expect(images).to.have.length(4);
      for (const img of images) {
        expect(img.getAttribute('src')).to.match(/\/test\/fixtures\/feeds\/images\/[\w-]+\.svg$/);
        expect(img.alt).to.equal('');
        expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['96', '64']);
        expect([img.loading, img.decoding]).to.deep.equal(['lazy', 'async']);
        const box = img.getBoundingClientRect();
        expect([box.width, box.height]).to.deep.equal([96, 64]);
      }
      await expectAccessible(el);
    });

    it('reads the feed the page links when none is given', async () => {
      head(
        `<link rel="canonical" href="https://harbour-post.example/2026/11/27/night-market-returns/"><link rel="alternate" type="application/rss+xml" title="Harbour Post" href="/feeds/wordpress.xml?linked">`,
      );
      const el = await list(html`<afterword-more count="2"></afterword-more>`);
      expect(titles(el)).to.deep.equal([
        'Winter ferry timetable: fewer crossings, a later last boat',
        'Council budget keeps both libraries open',
      ]);
      expect(requests('/feeds/wordpress.xml?linked')).to.have.length(1);
    });

    it('reads Atom and JSON Feed as well', async () => {
      const atom = await list(
        html`<afterword-more feed="/feeds/atom.xml" count="1"></afterword-more>`,
      );
      expect(titles(atom)).to.deep.equal(['The night market returns to Quay Street']);
      head(NIGHT_MARKET);
      const json = await list(
        html`<afterword-more feed="/feeds/feed.json" count="12"></afterword-more>`,
      );
      // The untitled note is left out, and so is the article being read; four are left.
      expect(titles(json)).to.deep.equal([
        'Winter ferry timetable: fewer crossings, a later last boat',
        'Council budget keeps both libraries open',
        'Three generations behind the fish counter',
      ]);
      await expectAccessible(json);
    });

    it('with match="tags", lists the articles that share the page’s tags first', async () => {
      head(
        `${NIGHT_MARKET}<meta property="article:tag" content="Market"><meta property="article:tag" content="People">`,
      );
      const el = await list(
        html`<afterword-more feed="/feeds/ghost.xml" match="tags"></afterword-more>`,
      );
      expect(titles(el)).to.deep.equal([
        // Market and People.
        'Three generations behind the fish counter',
        // People.
        'The school choir that sang for the lifeboat crew',
        // Then the latest.
        'Winter ferry timetable: fewer crossings, a later last boat',
      ]);
    });

    it('writes dates and its heading in the page’s language', async () => {
      head(NIGHT_MARKET);
      const de = await list(
        html`<afterword-more lang="de" feed="/feeds/ghost.xml" count="1"></afterword-more>`,
      );
      expect(de.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
        locales.de.more.heading,
      );
      expect(de.shadowRoot!.querySelector('[part="date"]')!.textContent).to.equal('24.11.2026');
      const wrapper = await fixture(
        html`<div lang="ar">
          <afterword-more feed="/feeds/ghost.xml" count="2"></afterword-more>
        </div>`,
      );
      const ar = wrapper.querySelector<AfterwordMore>('afterword-more')!;
      await waitUntil(() => listed(ar), 'no Arabic list', { timeout: 5000 });
      const base = ar.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(ar.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
        locales.ar.more.heading,
      );
      expect(ar.shadowRoot!.querySelector('[part="date"]')!.textContent).to.equal(
        new Intl.DateTimeFormat('ar', { dateStyle: 'medium' }).format(
          new Date('2026-11-24T08:30:00Z'),
        ),
      );
      await expectAccessible(ar);
    });

    it('follows its settings when they change, fetching a new feed only for a new address', async () => {
      head(NIGHT_MARKET);
      const el = await list(
        html`<afterword-more feed="/feeds/ghost.xml?settings"></afterword-more>`,
      );
      el.count = 1;
      await el.updateComplete;
      expect(titles(el)).to.have.length(1);
      expect(requests('/feeds/ghost.xml?settings')).to.have.length(1);
      el.feed = '/feeds/hugo.xml';
      await waitUntil(
        () => titles(el)[0] === 'The night market returns to Quay Street',
        'the new feed',
      );
    });
  });

  describe('on approach', () => {
    it('fetches nothing until the reader comes near, then the feed once', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <p class="tall">The article.</p>
          <afterword-more feed="/feeds/atom.xml?approach"></afterword-more>
        </div>`,
      );
      root.querySelector<HTMLElement>('.tall')!.style.height = `${5 * innerHeight}px`;
      const el = root.querySelector<AfterwordMore>('afterword-more')!;
      for (let i = 0; i < 5; i++) await nextFrame();
      await new Promise((r) => setTimeout(r, 300));
      expect(requests('/feeds/atom.xml?approach')).to.deep.equal([]);
      expect(el.getBoundingClientRect().height).to.equal(0);
      scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight);
      await waitUntil(() => listed(el), 'the list did not show on approach', { timeout: 5000 });
      expect(requests('/feeds/atom.xml?approach')).to.have.length(1);
    });
  });

  describe('the event', () => {
    it('fires afterword-more with the article, its title and its place on a click', async () => {
      head(NIGHT_MARKET);
      const el = await list(html`<afterword-more feed="/feeds/ghost.xml"></afterword-more>`);
      const seen: unknown[] = [];
      el.addEventListener('afterword-more', (e) => seen.push(e.detail));
      // The test page stays where it is.
      el.addEventListener('click', (e) => e.preventDefault());
      el.count = 2;
      await el.updateComplete;
      expect(seen, 'no event without the reader').to.deep.equal([]);
      ($$(el, 'a[part="link"]')[1] as HTMLAnchorElement).click();
      expect(seen).to.deep.equal([
        {
          url: 'https://harbour-post.example/council-budget-libraries/',
          title: 'Council budget keeps both libraries open',
          position: 2,
        },
      ]);
    });
  });
});
