// <afterword-more> on a page: the site's own feed read when the list comes near, the current
// article never listed, nothing at all (and one console line) when the feed can't be read.
import { expect, fixture, fixtureCleanup, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/more/more.js';
import type { AfterwordMore } from '../../src/more/more.js';
import { locales } from '../../src/locales/index.js';
import { captureErrors, expectAccessible } from '../helpers.js';
import { contrast, names } from '../a11y.js';
import { TOKEN_DEFAULTS } from '../../src/shared/tokens.js';
import { sendKeys } from '@web/test-runner-commands';

const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const titles = (el: Element) => $$(el, '[part="title"]').map((t) => t.textContent);
const listed = (el: Element) => !!el.shadowRoot?.querySelector('[part="list"]');
const requests = (path: string) =>
  performance
    .getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname + new URL(e.name).search === path);

/** Head elements a test adds (the canonical address, the feed link, the article's tags). */
const added: Element[] = [];
function head(markup: string): void {
  const t = document.createElement('template');
  t.innerHTML = markup;
  const nodes = [...t.content.children];
  added.push(...nodes);
  document.head.append(...nodes);
}

/** The article being read is the night market one, as on the blog. */
const NIGHT_MARKET =
  '<link rel="canonical" href="https://harbour-post.example/night-market-returns/">';

async function list(markup: ReturnType<typeof html>): Promise<AfterwordMore> {
  const el = await fixture<AfterwordMore>(markup);
  await waitUntil(() => listed(el), 'the list did not show', { timeout: 5000 });
  return el;
}

/** An element that can't show anything: waits for its one error, then a moment for any other. */
async function nothingShown(markup: ReturnType<typeof html>): Promise<[AfterwordMore, string[]]> {
  const errors = captureErrors();
  try {
    const el = await fixture<AfterwordMore>(markup);
    await waitUntil(() => errors.messages.length > 0, 'no console error', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    return [el, errors.messages];
  } finally {
    errors.restore();
  }
}

describe('<afterword-more>', () => {
  afterEach(() => {
    fixtureCleanup();
    added.splice(0).forEach((n) => n.remove());
    scrollTo(0, 0);
  });

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

  describe('when the feed can’t be read: nothing shown, no room taken, one error', () => {
    const CASES: [string, () => ReturnType<typeof html>, RegExp][] = [
      [
        'no feed given and none linked',
        () => html`<afterword-more></afterword-more>`,
        /^\[afterword\] afterword-more: feed: no feed given, and the page links none/,
      ],
      [
        'a feed on another site',
        () => html`<afterword-more feed="https://feeds.feedburner.com/harbour"></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "https:\/\/feeds\.feedburner\.com\/harbour" is not on this site \(http:\/\/[^)]+\): only the site's own feed is read$/,
      ],
      [
        'not found',
        () => html`<afterword-more feed="/feeds/gone.xml"></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "http:\/\/[^"]+\/feeds\/gone\.xml" answered HTTP 404$/,
      ],
      [
        'a malformed feed',
        () => html`<afterword-more feed="/feeds/broken.xml"></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "[^"]+\/feeds\/broken\.xml" is not a feed that can be read: a bare "&" \(XML needs "&amp;"\) at line 7, column 19$/,
      ],
      [
        'an HTML page',
        () => html`<afterword-more feed="/test/fixtures/csp.html"></afterword-more>`,
        /is not a feed that can be read: an HTML page, not a feed$/,
      ],
      [
        'a redirect to another site',
        () =>
          html`<afterword-more
            feed="/feeds/ghost.xml?redirect=https%3A%2F%2Fharbour-post.example%2Frss%2F"
          ></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "[^"]+" could not be fetched \(.+\)$/,
      ],
      [
        'a feed larger than 2 MB',
        () => html`<afterword-more feed="/feeds/ghost.xml?size=2200000"></afterword-more>`,
        /is larger than 2 MB$/,
      ],
    ];
    for (const [what, markup, message] of CASES)
      it(what, async () => {
        const [el, errors] = await nothingShown(markup());
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(message);
        expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
        const style = getComputedStyle(el);
        expect([
          el.getBoundingClientRect().height,
          style.marginTop,
          style.marginBottom,
        ]).to.deep.equal([0, '0px', '0px']);
        await expectAccessible(el);
      });

    it('a feed the page links on another site', async () => {
      head(
        '<link rel="alternate" type="application/atom+xml" href="https://feeds.example/harbour.atom">',
      );
      const [el, errors] = await nothingShown(html`<afterword-more></afterword-more>`);
      expect(errors).to.deep.equal([
        '[afterword] afterword-more: feed: the page\'s feed "https://feeds.example/harbour.atom" is not on this site: give the address of the site\'s own feed',
      ]);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('lists what there is when the feed holds fewer than asked for', async () => {
      head(
        '<link rel="canonical" href="https://harbour-post.example/posts/night-market-returns/">',
      );
      const errors = captureErrors();
      const el = await list(
        html`<afterword-more feed="/feeds/hugo.xml" count="12"></afterword-more>`,
      );
      errors.restore();
      expect(errors.messages).to.deep.equal([]);
      expect(titles(el)).to.have.length(3);
    });
  });
});
