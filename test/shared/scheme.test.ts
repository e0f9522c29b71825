// theme="auto": reading the page's colour scheme behind an element, and one watcher for all of them.
import { expect, waitUntil } from '@open-wc/testing';
import {
  decide,
  isDark,
  luminance,
  over,
  pageScheme,
  parseColor,
  parseColorScheme,
  watchScheme,
  type Rgba,
  type Scheme,
} from '../../src/shared/scheme.js';

/** Twenty Twenty-Five's Evening variation, served by test/themes/pages.mjs. */
const EVENING = '/themes/twentytwentyfive/styles/01-evening.css';

const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));
const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await frame();
};

/**
 * A page in a frame. The reader's preference reaches a framed page as the `color-scheme` of its
 * frame (both browsers), so `prefer()` plays the reader switching their system to dark and back.
 */
async function framedPage(): Promise<{ win: Window; doc: Document; prefer(s: Scheme): void }> {
  const frame = document.createElement('iframe');
  frame.className = 'page';
  frame.srcdoc = '<!doctype html><html lang="en"><head></head><body></body></html>';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  return {
    win,
    doc: win.document,
    prefer: (s) => (frame.style.colorScheme = s),
  };
}

/** Counts the styles `win` reads while `run` runs (its real getComputedStyle still answers). */
async function reads(win: Window, run: () => Promise<void>): Promise<number> {
  const real = win.getComputedStyle;
  let count = 0;
  win.getComputedStyle = (...args) => {
    count++;
    return real.apply(win, args);
  };
  try {
    await run();
  } finally {
    win.getComputedStyle = real;
  }
  return count;
}

describe('theme="auto": the page\'s colour scheme', () => {
  describe('pure helpers', () => {
    it('reads colours as browsers compute them', () => {
      const table: [string, Rgba | undefined][] = [
        ['rgb(255, 255, 255)', [255, 255, 255, 1]],
        ['rgba(29, 30, 32, 0.5)', [29, 30, 32, 0.5]],
        ['rgb(29 30 32 / 0.5)', [29, 30, 32, 0.5]],
        ['rgb(29 30 32 / 50%)', [29, 30, 32, 0.5]],
        ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
        ['transparent', [0, 0, 0, 0]],
        // color-mix(in srgb, …) computes to color(srgb …)
        ['color(srgb 1 0.5 0 / 0.2)', [255, 127.5, 0, 0.2]],
        ['color(srgb none 0 0)', [0, 0, 0, 1]],
        ['color(display-p3 1 0 0)', undefined],
        ['rgb(1, 2)', undefined],
        ['hsl(0 0% 0%)', undefined],
        ['red', undefined],
        ['', undefined],
      ];
      for (const [value, expected] of table)
        expect(parseColor(value), value).to.deep.equal(expected);
    });

    it('keeps the lightness of lab, lch, oklab and oklch colours', () => {
      // [value, its relative luminance]: L* 50 is Y 0.184; OK L 0.21 is Y 0.21³.
      const table: [string, number][] = [
        ['lab(50 20 30)', 0.1842],
        ['lab(50% 20 30)', 0.1842],
        ['lch(100 0 0)', 1],
        ['lch(0 0 0)', 0],
        ['oklch(0.21 0.034 264.665)', 0.21 ** 3],
        ['oklch(21% 0.034 264.665)', 0.21 ** 3],
        ['oklab(1 0 0 / 0.5)', 1],
      ];
      for (const [value, y] of table) {
        const c = parseColor(value)!;
        expect(luminance(c), value).to.be.closeTo(y, 0.002);
      }
      expect(parseColor('oklab(1 0 0 / 0.5)')![3]).to.equal(0.5);
    });

    it('calls a background dark where white text reads better on it than black', () => {
      const table: [Rgba, number, boolean][] = [
        [[255, 255, 255, 1], 1, false],
        [[0, 0, 0, 1], 0, true],
        // Twenty Twenty-Five's Evening, PaperMod's and Casper's dark backgrounds
        [[0x1b, 0x1b, 0x1b, 1], 0.011, true],
        [[29, 30, 32, 1], 0.0129, true],
        [[0x15, 0x17, 0x19, 1], 0.0084, true],
        // either side of the point where black and white text have the same contrast
        [[0x77, 0x77, 0x77, 1], 0.1845, false],
        [[0x75, 0x75, 0x75, 1], 0.1779, true],
        [[0x1f, 0x57, 0xc3, 1], 0.1105, true],
      ];
      for (const [c, y, dark] of table) {
        expect(luminance(c), String(c)).to.be.closeTo(y, 0.0005);
        expect(isDark(c), String(c)).to.equal(dark);
      }
    });

    it('reads what a color-scheme value pins the page to', () => {
      const table: [string | null, Scheme | undefined][] = [
        ['normal', undefined],
        ['light', 'light'],
        ['dark', 'dark'],
        ['light dark', undefined],
        ['dark light', undefined],
        ['only dark', 'dark'],
        ['only light', 'light'],
        ['', undefined],
        [null, undefined],
      ];
      for (const [value, scheme] of table)
        expect(parseColorScheme(value), String(value)).to.equal(scheme);
    });

    it('paints translucent backgrounds over what is under them', () => {
      expect(over([255, 255, 255, 0.5], [0, 0, 0, 1])).to.deep.equal([127.5, 127.5, 127.5, 1]);
      expect(over([0, 0, 0, 0], [10, 20, 30, 1])).to.deep.equal([10, 20, 30, 1]);
      expect(over([0, 0, 0, 0], [0, 0, 0, 0])).to.deep.equal([0, 0, 0, 0]);
    });

    it('decides from the first opaque background, else the page, else the reader', () => {
      const white: Rgba = [255, 255, 255, 1];
      const night: Rgba = [27, 27, 27, 1];
      const clear: Rgba = [0, 0, 0, 0];
      const table: [Rgba[], Scheme | undefined, boolean, Scheme][] = [
        // An opaque background decides, whatever the page declares or the reader prefers.
        [[clear, white], 'dark', true, 'light'],
        [[clear, night, white], 'light', false, 'dark'],
        // A veil over white: dark only when it darkens enough.
        [[[0, 0, 0, 0.8], white], undefined, false, 'dark'],
        [[[0, 0, 0, 0.1], white], undefined, true, 'light'],
        // Nothing opaque: the canvas, in the page's declared scheme, else the reader's.
        [[clear, clear], 'dark', false, 'dark'],
        [[clear], 'light', true, 'light'],
        [[], undefined, true, 'dark'],
        [[], undefined, false, 'light'],
        [[[0, 0, 0, 0.5]], undefined, false, 'light'],
        [[[0, 0, 0, 0.5]], undefined, true, 'dark'],
      ];
      for (const [layers, declared, prefersDark, scheme] of table)
        expect(decide(layers, declared, prefersDark), JSON.stringify([layers, declared])).to.equal(
          scheme,
        );
    });
  });

  describe('behind an element', () => {
    let page: Awaited<ReturnType<typeof framedPage>>;
    beforeEach(async () => {
      page = await framedPage();
    });
    afterEach(() => document.querySelector('iframe.page')?.remove());

    /** A probe where a widget would stand, inside nested boxes with these backgrounds. */
    function probeIn(...backgrounds: string[]): HTMLElement {
      let parent = page.doc.body;
      for (const bg of backgrounds) {
        const div = page.doc.createElement('div');
        div.style.background = bg;
        parent.append(div);
        parent = div;
      }
      return parent.appendChild(page.doc.createElement('div'));
    }

    it('walks up to the first opaque background, not counting its own', () => {
      expect(pageScheme(probeIn('#111', 'transparent', 'transparent'))).to.equal('dark');
      expect(pageScheme(probeIn('#111', '#fafafa', 'rgba(0, 0, 0, 0.05)'))).to.equal('light');
      expect(pageScheme(probeIn('#fff', 'rgba(0, 0, 0, 0.85)'))).to.equal('dark');
      const own = probeIn('#fff');
      own.style.background = '#000';
      expect(pageScheme(own)).to.equal('light');
    });

    it('sees through shadow roots and slots to where the element is drawn', () => {
      const host = probeIn('#f5f5f5');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<div style="background: rgb(20, 20, 20)"><slot></slot></div><p></p>';
      const slotted = host.appendChild(page.doc.createElement('span'));
      expect(pageScheme(slotted)).to.equal('dark');
      expect(pageScheme(root.querySelector('p')!)).to.equal('light');
    });

    it("takes the page's color-scheme, then the reader's preference, where nothing is opaque", () => {
      const probe = probeIn('transparent');
      const html = page.doc.documentElement;
      expect(pageScheme(probe), 'nothing said, reader light').to.equal('light');
      page.prefer('dark');
      expect(pageScheme(probe), 'nothing said, reader dark').to.equal('dark');
      html.style.colorScheme = 'light';
      expect(pageScheme(probe), 'color-scheme: light').to.equal('light');
      html.style.colorScheme = 'light dark';
      expect(pageScheme(probe), 'color-scheme: light dark').to.equal('dark');
      page.prefer('light');
      html.style.colorScheme = 'dark';
      expect(pageScheme(probe), 'color-scheme: dark').to.equal('dark');
      html.style.colorScheme = '';
      const meta = Object.assign(page.doc.createElement('meta'), {
        name: 'color-scheme',
        content: 'dark',
      });
      page.doc.head.append(meta);
      expect(pageScheme(probe), '<meta name=color-scheme content=dark>').to.equal('dark');
    });
  });

  describe('watching', () => {
    let page: Awaited<ReturnType<typeof framedPage>>;
    const stops: (() => void)[] = [];
    beforeEach(async () => {
      page = await framedPage();
      // The page's own switch, as Casper's: a class on <html> that darkens <body>.
      const sheet = page.doc.createElement('style');
      sheet.id = 'switch';
      sheet.textContent = `
        body { background: #fff; }
        html.night body { background: #151719; }
        html.slow body { transition: background-color 0.2s; }`;
      page.doc.head.append(sheet);
    });
    afterEach(() => {
      stops.splice(0).forEach((stop) => stop());
      document.querySelector('iframe.page')?.remove();
    });

    /** Probes in one box of the page, each recording what it is told. */
    function probes(n: number): Scheme[][] {
      const box = page.doc.body.appendChild(page.doc.createElement('div'));
      return Array.from({ length: n }, () => {
        const heard: Scheme[] = [];
        const probe = box.appendChild(page.doc.createElement('div'));
        stops.push(watchScheme(probe, (s) => heard.push(s)));
        return heard;
      });
    }

    const html = (): HTMLElement => page.doc.documentElement;

    it("tells the scheme in the next frame, then each time the page's switch flips", async () => {
      const [heard] = probes(1);
      expect(heard, 'not before the frame').to.deep.equal([]);
      await frame();
      expect(heard).to.deep.equal(['light']);
      html().classList.add('night');
      await waitUntil(() => heard.length === 2);
      html().classList.remove('night');
      await waitUntil(() => heard.length === 3);
      await frames(3);
      expect(heard).to.deep.equal(['light', 'dark', 'light']);
    });

    it('reads once a frame for all elements, and nothing while nothing changes', async () => {
      const all = probes(40);
      await frames(2);
      // A switch that touches <html> many times in one task costs one check.
      const flipping = await reads(page.win, async () => {
        for (let i = 0; i < 15; i++) html().classList.toggle('night');
        await frames(2);
      });
      expect(all.every((h) => h.join() === 'light,dark')).to.equal(true);
      // The probes' common ancestors, read once: their box, then <body>, which is opaque.
      expect(flipping).to.equal(2);
      const idle = await reads(page.win, () => frames(10));
      expect(idle).to.equal(0);
    });

    it('follows stylesheets that come, load late, change and go', async () => {
      // Twenty Twenty-Five's way: <body> takes its colour from the palette the global styles set.
      page.doc.getElementById('switch')!.textContent = `
        :root { --wp--preset--color--base: #fff; }
        body { background-color: var(--wp--preset--color--base); }`;
      const [heard] = probes(1);
      await frame();
      // The Evening variation's palette, arriving after a few frames.
      const link = Object.assign(page.doc.createElement('link'), {
        rel: 'stylesheet',
        href: `${EVENING}?delay=300`,
      });
      page.doc.head.append(link);
      await frames(3);
      expect(heard, 'still loading').to.deep.equal(['light']);
      await waitUntil(() => heard.length === 2, 'the stylesheet loaded');
      link.remove();
      await waitUntil(() => heard.length === 3, 'the stylesheet went');
      const style = page.doc.head.appendChild(page.doc.createElement('style'));
      await frames(2);
      style.textContent = ':root { --wp--preset--color--base: #1b1b1b; }';
      await waitUntil(() => heard.length === 4, 'the style text changed');
      expect(heard).to.deep.equal(['light', 'dark', 'light', 'dark']);
    });

    it('waits for a background that fades to its end', async () => {
      html().classList.add('slow');
      const [heard] = probes(1);
      await frame();
      html().classList.add('night');
      await waitUntil(() => heard.length === 2, 'heard after the transition', { timeout: 2000 });
      expect(heard).to.deep.equal(['light', 'dark']);
    });

    it("follows the reader's preference where the page says nothing", async () => {
      page.doc.getElementById('switch')!.remove();
      const [heard] = probes(1);
      await frame();
      page.prefer('dark');
      await waitUntil(() => heard.length === 2);
      page.prefer('light');
      await waitUntil(() => heard.length === 3);
      expect(heard).to.deep.equal(['light', 'dark', 'light']);
    });

    it('stops telling an element that stopped, and stops reading when the last one stops', async () => {
      const [first, second] = probes(2);
      await frame();
      stops[0]();
      html().classList.add('night');
      await waitUntil(() => second.length === 2);
      expect(first).to.deep.equal(['light']);
      stops[1]();
      const after = await reads(page.win, async () => {
        html().classList.remove('night');
        page.prefer('dark');
        await frames(4);
      });
      expect(after).to.equal(0);
      expect(second).to.deep.equal(['light', 'dark']);
    });
  });
});
