import { expect, fixture, fixtureCleanup, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/share/share.js';
import '../../src/author/author.js';
import type { AfterwordShare } from '../../src/share/share.js';

const built = (el: Element) => !!el.shadowRoot?.querySelector('[part="base"]');
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** An article whose second share bar stands four viewports below the first. */
async function longPage(): Promise<[AfterwordShare, AfterwordShare, HTMLElement]> {
  const root = await fixture<HTMLElement>(
    html`<div>
      <afterword-share networks="x email"></afterword-share>
      <p class="tall">Article text.</p>
      <afterword-share networks="x email"></afterword-share>
      <afterword-author name="Jane Doe" links="https://github.com/jane"></afterword-author>
      <p class="tall">The end.</p>
    </div>`,
  );
  for (const p of root.querySelectorAll<HTMLElement>('.tall'))
    p.style.height = `${4 * innerHeight}px`;
  const [near, far] = [...root.querySelectorAll('afterword-share')] as AfterwordShare[];
  const author = root.querySelector('afterword-author') as HTMLElement;
  return [near, far, author];
}

describe('rendering on approach', () => {
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('an element in view renders at once; one far below builds nothing until the reader comes near', async () => {
    const [near, far, author] = await longPage();
    await frames(3);
    expect(built(near)).to.be.true;
    expect(built(far)).to.be.false;
    expect(far.shadowRoot?.querySelectorAll('*').length ?? 0).to.equal(0);
    // What does not wait for rendering: the author card's JSON-LD is in the head already.
    expect(built(author)).to.be.false;
    expect(document.head.querySelector('script[data-afterword-author]')!.textContent).to.contain(
      'Jane Doe',
    );
    // About a viewport before it is seen, it renders.
    scrollTo(0, far.getBoundingClientRect().top + scrollY - 1.5 * innerHeight);
    await waitUntil(() => built(far), 'rendered on approach');
    await far.updateComplete;
    expect(far.shadowRoot!.querySelectorAll('[part="button"]')).to.have.length(2);
  });

  it('printing renders every element', async () => {
    const [, far, author] = await longPage();
    await frames(3);
    expect(built(far)).to.be.false;
    window.dispatchEvent(new Event('beforeprint'));
    // Before the print layout: in the same task, once the event's microtasks have run.
    await Promise.resolve();
    await far.updateComplete;
    expect(built(far)).to.be.true;
    expect(built(author)).to.be.true;
  });

  it('no layout shift while the reader scrolls down to the widgets', async function () {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    const shifts: number[] = [];
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        shifts.push(e.value);
    });
    po.observe({ type: 'layout-shift' });
    const [, far] = await longPage();
    for (let y = 0; y < 5 * innerHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frames(2);
    }
    await waitUntil(() => built(far));
    await frames(3);
    po.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
  });
});
