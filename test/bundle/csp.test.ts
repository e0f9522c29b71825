// The built one-script in a page with a strict CSP and hostile CSS, loaded twice.
import { expect, waitUntil } from '@open-wc/testing';
import { locales } from '../../src/locales/index.js';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
}

async function loadFixture(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  await loaded;
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('afterword-share')
        ?.shadowRoot?.querySelector('[part="button"]'),
    'the share bar did not render',
    { timeout: 5000 },
  );
  return frame;
}

describe('dist/afterword.js on a hostile page', () => {
  let frame: HTMLIFrameElement;
  let win: ProbeWindow;
  let doc: Document;

  before(async () => {
    frame = await loadFixture('/test/fixtures/csp.html');
    win = frame.contentWindow as unknown as ProbeWindow;
    doc = frame.contentDocument!;
    // Give anything that would load lazily a moment to show itself.
    await new Promise((r) => setTimeout(r, 300));
  });

  after(() => frame.remove());

  it('is served with the strict CSP the contract promises to respect', async () => {
    const res = await fetch('/test/fixtures/csp.html');
    expect(res.headers.get('content-security-policy')).to.include("script-src 'self'");
  });

  it('renders the share bar once, though the script is loaded twice', () => {
    const bars = doc.querySelectorAll('afterword-share');
    expect(bars.length).to.equal(1);
    const buttons = bars[0].shadowRoot!.querySelectorAll('[part="button"]');
    expect([...buttons].map((b) => (b as HTMLElement).dataset.network)).to.deep.equal([
      'facebook',
      'x',
      'mastodon',
      'email',
      'copy',
      'print',
    ]);
    expect(win.customElements.get('afterword-share')).to.exist;
  });

  it('renders all four elements under the policy', async () => {
    for (const tag of ['afterword-support', 'afterword-feedback', 'afterword-author']) {
      // Further down the page, a widget renders as the reader comes to it.
      doc.querySelector(tag)!.scrollIntoView();
      await waitUntil(
        () => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'),
        `${tag} did not render`,
        // Each element's code arrives as its own part.
        { timeout: 5000 },
      );
    }
    const support = doc.querySelector('afterword-support')!.shadowRoot!;
    expect(support.querySelector('a[part="button"]')!.getAttribute('href')).to.match(
      /^https:\/\/www\.paypal\.com\/donate\/\?business=writer%40example\.org/,
    );
    expect(doc.querySelector('afterword-feedback')!.shadowRoot!.querySelector('textarea')).to.exist;
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).to.include(
      'Ana Writer',
    );
  });

  it('carries every language: Arabic right-to-left, German', async () => {
    const arabic = doc.querySelector('afterword-support.arabic')!.shadowRoot!;
    await waitUntil(() => arabic.querySelector('[part="heading"]'), 'no Arabic prompt', {
      timeout: 5000,
    });
    expect(arabic.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
      locales.ar.support.heading,
    );
    expect(arabic.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const german = doc.querySelector('afterword-feedback.german')!.shadowRoot!;
    await waitUntil(() => german.querySelector('button[type="submit"]'), 'no German form', {
      timeout: 5000,
    });
    expect(german.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal(
      locales.de.feedback.send,
    );
  });

  it('violates no CSP rule and throws nothing', () => {
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('makes no request on load but to its own script and the parts of the widgets near the screen', () => {
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !['/test/fixtures/csp-probe.js', '/test/fixtures/hostile.css'].includes(p))
      // The author's photo is the page's own image, loaded lazily.
      .filter((p) => p !== '/test/author/jane.svg')
      // The test server's own live-reload socket, injected into every page it serves.
      .filter((p) => !p.startsWith('/__web-dev-server'));
    expect(requested.length).to.be.at.least(1);
    expect(requested[0]).to.equal('/dist/afterword.js');
    // Every other file comes from beside the script: the widgets' code and shared parts, never
    // OpenPGP.js (its own part, fetched with a sealed kind), never another host.
    for (const p of requested) expect(p).to.match(/^\/dist\/afterword(-[a-z-]+)?\.js$/);
    expect(requested.filter((p) => p.includes('openpgp'))).to.deep.equal([]);
    expect(
      win.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin),
    ).to.satisfy((origins: string[]) => origins.every((o) => o === win.location.origin));
  });

  it('seals a tip with OpenPGP.js, loaded from beside the script only then, under the policy', async () => {
    const el = doc.querySelector('afterword-feedback.sealed')!;
    const root = el.shadowRoot!;
    const loaded = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/afterword-openpgp'));
    expect(loaded()).to.deep.equal([]);
    await waitUntil(() => root.querySelector('input[value="tip"]'), 'no form', { timeout: 5000 });
    root.querySelector<HTMLInputElement>('input[value="tip"]')!.click();
    await waitUntil(() => root.querySelector('[part="seal"] code'), 'no fingerprint', {
      timeout: 8000,
    });
    // The last 16 hex digits of the test key's fingerprint, C516…E1AA.
    expect(root.querySelector('[part="seal"] code')!.textContent).to.equal('9880 D6B3 C173 E1AA');
    expect(loaded()).to.include('/dist/afterword-openpgp.js');
    const message = root.querySelector<HTMLTextAreaElement>('[name="message"]')!;
    message.value = 'Sealed under a strict policy';
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const taken = new Promise<Record<string, unknown>>((resolve) =>
      el.addEventListener('afterword-feedback', (e) => {
        e.preventDefault();
        resolve((e as CustomEvent).detail.payload);
      }),
    );
    root.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    const payload = await taken;
    expect(payload.encrypted).to.match(/^-----BEGIN PGP MESSAGE-----/);
    expect(payload).not.to.have.property('message');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('keeps the page’s CSS out of the widget', () => {
    const button = doc
      .querySelector('afterword-share')!
      .shadowRoot!.querySelector<HTMLElement>('[data-network="facebook"]')!;
    const style = win.getComputedStyle(button);
    expect(style.backgroundColor).not.to.equal('rgb(0, 255, 0)');
    expect(style.color).not.to.equal('rgb(255, 0, 0)');
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontStyle).to.equal('normal');
    expect(style.display).to.match(/flex/);
    const icon = button.querySelector('svg')!;
    expect(icon.getBoundingClientRect().width).to.be.below(40);
  });

  it('keeps its own CSS out of the page', () => {
    const pageButton = doc.querySelector<HTMLElement>('.page-button')!;
    expect(win.getComputedStyle(pageButton).backgroundColor).to.equal('rgb(0, 255, 0)');
  });

  it('shares the canonical URL of the page', () => {
    const fb = doc
      .querySelector('afterword-share')!
      .shadowRoot!.querySelector('[data-network="facebook"]')!;
    expect(new URL(fb.getAttribute('href')!).searchParams.get('u')).to.equal(
      'https://example.org/hostile',
    );
  });
});
