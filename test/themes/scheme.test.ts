// theme="auto" on the real themes: where the widgets go, the page's own dark mode is read as it
// loads and as its switch flips live, both ways (Casper's class, PaperMod's data-theme, Twenty
// Twenty-Five's Evening variation), and the reader's system setting only where the page defers to it.
import { expect, waitUntil } from '@open-wc/testing';
import { watchScheme, type Scheme } from '../../src/shared/scheme.js';

/** Twenty Twenty-Five's Evening variation, served by pages.mjs. */
const EVENING = '/themes/twentytwentyfive/styles/01-evening.css';

/** Each theme's own switch, as its code or its settings flip it. */
const SWITCH: Record<string, (doc: Document, dark: boolean) => void> = {
  // Ghost's colour scheme setting (and the toggles people add) put `dark-mode` on <html>.
  casper: (doc, dark) => doc.documentElement.classList.toggle('dark-mode', dark),
  // PaperMod's theme toggle: document.querySelector("html").dataset.theme = 'dark' | 'light'.
  papermod: (doc, dark) => {
    doc.documentElement.dataset.theme = dark ? 'dark' : 'light';
  },
  // WordPress swaps the global styles' palette for the variation's.
  twentytwentyfive: (doc, dark) => {
    const link = doc.getElementById('evening-css');
    if (!dark) link?.remove();
    else if (!link)
      doc.head.append(
        Object.assign(doc.createElement('link'), {
          rel: 'stylesheet',
          id: 'evening-css',
          href: EVENING,
        }),
      );
  },
};

const frames = async (win: Window, n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => win.requestAnimationFrame(r));
};

let frame: HTMLIFrameElement | undefined;
let stop = (): void => {};

/** Opens a theme page with a probe where the widgets go, and listens as a widget would. */
async function open(theme: string, dark: boolean) {
  frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '800';
  const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  frame.src = `/themes/${theme}/?mode=probe${dark ? '&dark=1' : ''}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const heard: Scheme[] = [];
  stop = watchScheme(doc.querySelector('.afterword-probe')!, (s) => heard.push(s));
  await waitUntil(() => heard.length === 1, 'told the scheme at load');
  return { doc, win: frame.contentWindow!, heard, frame };
}

describe('theme="auto" on real themes', function () {
  this.timeout(20000);
  afterEach(() => {
    stop();
    frame?.remove();
  });

  for (const theme of Object.keys(SWITCH)) {
    describe(theme, () => {
      it('reads light, then follows the switch to dark and back', async () => {
        const { doc, heard } = await open(theme, false);
        expect(heard).to.deep.equal(['light']);
        SWITCH[theme](doc, true);
        await waitUntil(() => heard.length === 2, 'heard the switch to dark');
        SWITCH[theme](doc, false);
        await waitUntil(() => heard.length === 3, 'heard the switch back to light');
        expect(heard).to.deep.equal(['light', 'dark', 'light']);
      });

      it('reads dark when the page loads dark, then follows the switch to light and back', async () => {
        const { doc, heard } = await open(theme, true);
        expect(heard).to.deep.equal(['dark']);
        SWITCH[theme](doc, false);
        await waitUntil(() => heard.length === 2, 'heard the switch to light');
        SWITCH[theme](doc, true);
        await waitUntil(() => heard.length === 3, 'heard the switch back to dark');
        expect(heard).to.deep.equal(['dark', 'light', 'dark']);
      });

      it("keeps to the page's own choice when the reader's system turns dark", async () => {
        const { heard, frame, win } = await open(theme, false);
        // A framed page's reader preference is its frame's color-scheme (both browsers).
        frame.style.colorScheme = 'dark';
        await frames(win, 5);
        expect(win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
        expect(heard).to.deep.equal(['light']);
      });
    });
  }

  it("follows the reader's system where Casper is set to follow it (auto-color)", async () => {
    const { doc, heard, frame } = await open('casper', false);
    doc.documentElement.classList.add('auto-color');
    frame.style.colorScheme = 'dark';
    await waitUntil(() => heard.length === 2, 'heard the system turn dark');
    frame.style.colorScheme = 'light';
    await waitUntil(() => heard.length === 3, 'heard the system turn light');
    expect(heard).to.deep.equal(['light', 'dark', 'light']);
  });
});
