// <afterword-more> at the end of a post in the three real themes (Ghost Casper, Hugo PaperMod,
// WordPress Twenty Twenty-Five), reading the feed each theme links, in its platform's shape.
import { expect, waitUntil } from '@open-wc/testing';
import { moved, outsideColumn, smallText, type Rect } from './checks.js';

const COLUMNS: Record<string, string> = {
  casper: '.gh-content > p',
  papermod: '.post-content > p',
  twentytwentyfive: '.wp-block-post-content > p',
};

type Probe = { shifts: { value: number; above: boolean }[]; before: Map<Element, Rect> };
type ThemeWindow = Window & { __probe: Probe; __violations?: string[] };

let frame: HTMLIFrameElement | undefined;

const listed = (el: Element | null) => !!el?.shadowRoot?.querySelector('[part="list"]');

/** Opens the theme's post `width` px wide and reads down to the list, as a reader would. */
async function open(theme: string, width: number): Promise<[Document, HTMLElement, boolean]> {
  frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  frame.src = `/themes/${theme}/?mode=more`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  const el = doc.querySelector<HTMLElement>('afterword-more')!;
  const next = (): Promise<unknown> => new Promise((r) => win.requestAnimationFrame(r));
  let scrolled = false;
  await waitUntil(() => listed(el), '', { timeout: 1500 }).catch(async () => {
    scrolled = true;
    while (!listed(el)) {
      const before = win.scrollY;
      win.scrollBy(0, win.innerHeight / 4);
      await next();
      await new Promise((r) => setTimeout(r, 50));
      if (win.scrollY === before) break;
    }
  });
  await waitUntil(() => listed(el), 'the list did not show', { timeout: 8000 });
  await next();
  await next();
  await new Promise((r) => setTimeout(r, 150));
  return [doc, el, scrolled];
}

describe('<afterword-more> in real themes', function () {
  this.timeout(30000);
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const theme of Object.keys(COLUMNS))
    for (const width of [1280, 375])
      it(`${theme} at ${width} px: the latest articles, in the content column, nothing above moved`, async () => {
        const [doc, el, scrolled] = await open(theme, width);
        const win = doc.defaultView as unknown as ThemeWindow;
        const root = el.shadowRoot!;
        const titles = [...root.querySelectorAll('[part="title"]')].map((t) => t.textContent);
        expect(titles, 'never the article being read').to.not.include(
          'The night market returns to Quay Street',
        );
        expect(titles).to.have.length(3);
        expect(doc.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(
          doc.documentElement.clientWidth,
        );
        const column = doc.querySelector(COLUMNS[theme])!.getBoundingClientRect();
        expect(outsideColumn([el], column), 'outside the content column').to.deep.equal([]);
        for (const item of root.querySelectorAll('[part="link"]')) {
          const r = item.getBoundingClientRect();
          expect(r.right, 'an article sticks out').to.be.at.most(column.right + 1);
          expect(r.height, 'a 44 px target').to.be.at.least(44);
        }
        expect(smallText([el]), 'text under 12 px').to.deep.equal([]);
        expect(moved(doc, win.__probe.before), "the theme's own nodes moved").to.deep.equal([]);
        if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
          const cls = (shifts: Probe['shifts']) => shifts.reduce((a, s) => a + s.value, 0);
          expect(cls(win.__probe.shifts.filter((s) => s.above)), 'CLS above the list').to.equal(0);
          if (scrolled) expect(cls(win.__probe.shifts), 'CLS while reading down').to.equal(0);
        }
      });
});
