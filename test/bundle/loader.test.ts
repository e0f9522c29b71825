// The built loader as a site serves it: a part that never arrives, parts on a slow network, and
// the loader on a CDN's origin under the page's strict CSP (test/fixtures/loader-lab.mjs).
import { expect, waitUntil } from '@open-wc/testing';

interface Probe {
  errors: string[];
  violations: string[];
}

async function open(kind: string, cdn = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/__loader/page.html?kind=${kind}${cdn ? `&cdn=${encodeURIComponent(cdn)}` : ''}`;
  await loaded;
  // The loader has run (a deferred script runs before load).
  await waitUntil(() => frame.contentDocument?.adoptedStyleSheets.length, 'no loader', {
    timeout: 5000,
  });
  return frame;
}

/** Records what the page reports from now on: console errors and CSP violations. */
function probe(frame: HTMLIFrameElement): Probe {
  const win = frame.contentWindow as Window & typeof globalThis;
  const p: Probe = { errors: [], violations: [] };
  const original = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    p.errors.push(args.map(String).join(' '));
    original(...args);
  };
  win.document.addEventListener('securitypolicyviolation', (e) =>
    p.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  return p;
}

const rendered = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector('afterword-share')?.shadowRoot?.querySelector('a, button');

describe('the loader, as a site serves it', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('fetches nothing but itself while the widgets are far below the screen', async () => {
    frame = await open('cdn');
    await new Promise((r) => setTimeout(r, 300));
    const scripts = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'));
    expect(scripts).to.deep.equal(['/__loader/cdn/afterword.js']);
    expect(rendered(frame)).to.not.be.ok;
  });

  it('reports a part that does not arrive once, and the widget takes no room', async () => {
    frame = await open('missing');
    const p = probe(frame);
    const doc = frame.contentDocument!;
    const share = doc.querySelector('afterword-share')!;
    share.scrollIntoView();
    await waitUntil(() => p.errors.length, 'no error', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(p.errors).to.have.length(1);
    expect(p.errors[0]).to.match(/^\[afterword\] afterword-share: code: did not load from http/);
    expect(share.getBoundingClientRect().height).to.equal(0);
    expect(rendered(frame)).to.not.be.ok;
    // The page goes on: what follows the widget sits right under what precedes it.
    const above = doc.getElementById('above')!.getBoundingClientRect();
    const below = doc.getElementById('below')!.getBoundingClientRect();
    expect(below.top - above.bottom).to.be.below(40);
  });

  it('on a slow network, shows a widget the reader scrolls to at a reading pace within a second, moving nothing above it', async () => {
    frame = await open('slow');
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const share = doc.querySelector('afterword-share')!;
    const above = () => doc.getElementById('above')!.getBoundingClientRect().top;
    const moves: number[] = [];
    let inView = 0;
    let shown = 0;
    // A reader skimming: a third of a screen every 300 ms until the widget is well in view.
    while (!shown || share.getBoundingClientRect().bottom > win.innerHeight) {
      win.scrollBy(0, 200);
      const settled = above();
      await new Promise((r) => setTimeout(r, 300));
      // Between two scrolls nothing above the widget moves, whatever arrived meanwhile.
      moves.push(Math.abs(above() - settled));
      const now = performance.now();
      if (!inView && share.getBoundingClientRect().top < win.innerHeight) inView = now;
      if (!shown && rendered(frame)) shown = now;
      if (inView && performance.now() - inView > 5000) break;
    }
    expect(shown, 'the share bar showed').to.be.above(0);
    expect(shown - inView, 'ms from coming into view to showing').to.be.at.most(1000);
    expect(Math.max(...moves)).to.be.below(0.5);
  });

  it('fetches its parts from its own origin, a CDN, under a CSP that allows only that origin', async () => {
    const cdn = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    frame = await open('cdn', cdn);
    const p = probe(frame);
    frame.contentDocument!.querySelector('afterword-share')!.scrollIntoView();
    await waitUntil(() => rendered(frame!), 'the share bar did not render from the CDN', {
      timeout: 8000,
    });
    const parts = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js'));
    expect(parts.length).to.be.above(2);
    for (const url of parts) expect(url.startsWith(`${cdn}/__loader/cdn/`), url).to.equal(true);
    expect(p.violations).to.deep.equal([]);
    expect(p.errors).to.deep.equal([]);
  });
});
