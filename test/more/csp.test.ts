// The built list on a page with a strict CSP: a malformed feed, an HTML page and a missing feed
// cost no violation report (the feed's XML is read without DOMParser) and one console line each.
import { expect, waitUntil } from '@open-wc/testing';

interface ProbeWindow extends Window {
  __violations: string[];
  __errors: string[];
  __console: string[];
}

describe('<afterword-more> under a strict CSP', () => {
  let frame: HTMLIFrameElement;
  let win: ProbeWindow;
  let doc: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '700';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/test/fixtures/csp-more.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as unknown as ProbeWindow;
    doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('afterword-more.linked')?.shadowRoot?.querySelector('[part="list"]'),
      'the list did not show',
      { timeout: 8000 },
    );
    await waitUntil(() => win.__console.length >= 3, 'the three errors were not logged', {
      timeout: 8000,
    });
    // Time for any late report.
    await new Promise((r) => setTimeout(r, 300));
  });

  after(() => frame.remove());

  it('is served with the strict policy', async () => {
    const res = await fetch('/test/fixtures/csp-more.html');
    expect(res.headers.get('content-security-policy')).to.include("style-src 'self'");
  });

  it('lists the site’s articles from the feed the page links', () => {
    const root = doc.querySelector('afterword-more.linked')!.shadowRoot!;
    expect(root.querySelectorAll('[part="item"]')).to.have.length(3);
    expect(root.querySelector('[part="title"]')!.textContent).to.equal(
      'Winter ferry timetable: fewer crossings, a later last boat',
    );
  });

  it('shows nothing for a broken, an HTML or a missing feed, with one error each', () => {
    for (const which of ['broken', 'html', 'gone']) {
      const el = doc.querySelector(`afterword-more.${which}`)!;
      expect(el.shadowRoot!.querySelector('[part="base"]'), which).to.equal(null);
      expect(el.getBoundingClientRect().height, which).to.equal(0);
    }
    expect(win.__console).to.have.length(3);
    expect(
      win.__console.every((l) => l.startsWith('[afterword] afterword-more: feed: "')),
    ).to.equal(true);
  });

  it('causes no CSP violation report and throws nothing', () => {
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('would have: DOMParser on the same broken feed is reported in Chromium', async function () {
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    const text = await fetch('/feeds/broken.xml').then((r) => r.text());
    new (win as unknown as typeof globalThis).DOMParser().parseFromString(text, 'application/xml');
    await waitUntil(() => win.__violations.length > 0, 'no report from DOMParser', {
      timeout: 3000,
    });
    expect(win.__violations[0]).to.match(/^style-src/);
  });
});
