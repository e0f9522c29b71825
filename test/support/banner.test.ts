// The support banner with a keyboard: it never hides the focused control (WCAG 2.4.11), Escape
// belongs to the innermost thing that opened, focus comes back from other elements' shadow roots,
// and it is a region of its own beside an inline prompt.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/support/support.js';
import '../../src/share/share.js';
import '../../src/feedback/feedback.js';
import '../../src/author/author.js';
import type { AfterwordSupport } from '../../src/support/support.js';
import { STORE_KEY } from '../../src/support/frequency.js';
import { readJson, remove } from '../../src/shared/storage.js';
import { expectAccessible } from '../helpers.js';
import { deepAll, focused, frames, names, overlaps } from '../a11y.js';

const bar = (el: AfterwordSupport): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="base"]');

/** An article page's end: inline prompt, share bar, form and author card, then the banner. */
async function articleEnd(): Promise<{ page: HTMLElement; banner: AfterwordSupport }> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <p>The river that the budget forgot: a long article ends here.</p>
      <afterword-support provider="kofi" account="a" currency="EUR"></afterword-support>
      <afterword-share
        url="https://e.org/a"
        networks="facebook x linkedin whatsapp email copy print mastodon"
      ></afterword-share>
      <afterword-feedback endpoint="/api/feedback"></afterword-feedback>
      <afterword-author
        name="Maren Okafor"
        href="/about/"
        links="https://mastodon.social/@maren mailto:m@e.org"
        no-schema
        ><p>Maren covers the council.</p></afterword-author
      >
      <afterword-support
        mode="banner"
        provider="kofi"
        account="a"
        currency="EUR"
      ></afterword-support>
    </div>`,
  );
  const banner = page.querySelector<AfterwordSupport>('[mode="banner"]')!;
  for (const el of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*'))
    await el.updateComplete;
  await frames();
  return { page, banner };
}

describe('<afterword-support> banner and the keyboard', () => {
  beforeEach(() => remove(STORE_KEY));
  afterEach(async () => {
    remove(STORE_KEY);
    await setViewport({ width: 800, height: 600 });
    scrollTo(0, 0);
  });

  // 200 % zoom on a 1280 × 800 screen is a 640 × 400 CSS-pixel viewport.
  for (const [what, width, height] of [
    ['375 px', 375, 667],
    ['1280 px', 1280, 800],
    ['200 % zoom', 640, 400],
  ] as const) {
    it(`never hides the control that has focus, Tab after Tab, at ${what}`, async () => {
      await setViewport({ width, height });
      const { page, banner } = await articleEnd();
      await Promise.all(
        bar(banner)!
          .getAnimations()
          .map((a) => a.finished),
      );
      // Not most of the screen, even zoomed in.
      expect(bar(banner)!.getBoundingClientRect().height / innerHeight).to.be.below(0.5);
      page.querySelector('p')!.tabIndex = 0;
      page.querySelector('p')!.focus();
      const hidden: string[] = [];
      let steps = 0;
      for (; steps < 60; steps++) {
        await sendKeys({ press: 'Tab' });
        await frames(3);
        const a = focused() as HTMLElement;
        if (!a || banner.shadowRoot!.contains(a)) break;
        const r = a.getBoundingClientRect();
        const b = bar(banner)!.getBoundingClientRect();
        if (overlaps(r, b) || r.bottom > innerHeight || r.top < 0)
          hidden.push(`${a.localName}${a.id ? `#${a.id}` : ''} "${a.textContent!.trim()}"`);
      }
      expect(steps, 'Tab reached the banner').to.be.above(15);
      expect(hidden).to.deep.equal([]);
    });
  }

  it('lines its content up with the page column', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <article class="col">
          <p>Article text.</p>
          <afterword-support mode="banner" provider="kofi" account="a"></afterword-support>
        </article>
      </main>`,
    );
    const col = wrapper.querySelector<HTMLElement>('.col')!;
    col.style.maxWidth = '640px';
    col.style.margin = '0 auto';
    dispatchEvent(new Event('resize'));
    const el = wrapper.querySelector<AfterwordSupport>('afterword-support')!;
    await el.updateComplete;
    await frames();
    const heading = el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
    const close = el.shadowRoot!.querySelector('[part="close"]')!.getBoundingClientRect();
    const c = col.getBoundingClientRect();
    expect(Math.abs(heading.left - c.left)).to.be.below(2);
    expect(close.right).to.be.at.most(c.right + 1);
  });

  it('leaves Escape to the fediverse dialog inside the share bar', async () => {
    const { page, banner } = await articleEnd();
    const share = page.querySelector('afterword-share')!;
    share.shadowRoot!.querySelector<HTMLElement>('[data-network="mastodon"]')!.click();
    await waitUntil(() => share.shadowRoot!.querySelector('dialog[open]'), 'no dialog');
    const dialog = share.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    await frames();
    expect(dialog.open).to.equal(false);
    expect(bar(banner)).not.to.equal(null);
    expect(JSON.stringify(readJson(STORE_KEY) ?? {})).not.to.match(/snooze|dismiss/i);
  });

  it('leaves Escape to the feedback textarea', async () => {
    const { page, banner } = await articleEnd();
    const form = page.querySelector('afterword-feedback')!;
    form.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Almost' });
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(bar(banner)).not.to.equal(null);
  });

  it('gives focus back to the control in another element it came from', async () => {
    const { page, banner } = await articleEnd();
    const author = page.querySelector('afterword-author')!;
    const last = deepAll(author.shadowRoot!, 'button, a').pop()!;
    last.focus();
    await sendKeys({ press: 'Tab' });
    expect(banner.shadowRoot!.contains(focused())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await banner.updateComplete;
    expect(bar(banner)).to.equal(null);
    expect(focused()).to.equal(last);
  });

  it('is named apart from the inline prompt on the same page', async () => {
    const { page, banner } = await articleEnd();
    const inline = page.querySelector('afterword-support')!;
    const regions = (await names('region', 'section[aria-label], section[aria-labelledby]')).filter(
      (n) => /support this work/i.test(n),
    );
    expect(regions).to.have.length(2);
    expect(new Set(regions).size).to.equal(2);
    await expectAccessible(inline, banner);
  });
});
