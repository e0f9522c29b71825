// What a keyboard, screen-reader or low-vision reader gets beyond what axe checks: names that
// follow what is shown, new tabs announced, live announcements, 3:1 field outlines, 44 px targets,
// fields that keep Latin text left-to-right in Arabic, and share rows that wrap evenly.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/share/share.js';
import '../../src/support/support.js';
import '../../src/feedback/feedback.js';
import '../../src/author/author.js';
import type { AfterwordShare } from '../../src/share/share.js';
import type { AfterwordFeedback } from '../../src/feedback/feedback.js';
import type { AfterwordAuthor } from '../../src/author/author.js';
import type { AfterwordSupport } from '../../src/support/support.js';
import { STORE_KEY } from '../../src/support/frequency.js';
import { remove } from '../../src/shared/storage.js';
import { expectAccessible } from '../helpers.js';
import { contrast, deepAll, domName, frames, names } from '../a11y.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const inside = <T extends Element = HTMLElement>(el: Element, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;

async function page(): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <afterword-share
        url="https://e.org/a"
        networks="facebook x linkedin whatsapp email copy print mastodon"
      ></afterword-share>
      <afterword-support
        provider="paypal"
        account="a@e.org"
        currency="EUR"
        intervals="once monthly"
      ></afterword-support>
      <afterword-feedback endpoint="/__slow-inbox" min-seconds="0"></afterword-feedback>
      <afterword-author
        name="Maren Okafor"
        href="/about/"
        links="https://mastodon.social/@maren https://github.com/maren mailto:m@e.org"
        no-schema
      ></afterword-author>
    </div>`,
  );
  for (const el of wrapper.querySelectorAll<Lit>('*')) await el.updateComplete;
  return wrapper;
}

describe('accessibility beyond axe', () => {
  beforeEach(() => remove(STORE_KEY));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('"Link copied" is the copy button’s name too, not only its text', async () => {
    const wrapper = await page();
    const share = wrapper.querySelector<AfterwordShare>('afterword-share')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.resolve() },
    });
    inside(share, '[data-network="copy"]').click();
    await waitUntil(() => inside(share, '[data-network="copy"]').textContent!.includes('copied'));
    expect(await names('button', '[data-network="copy"]')).to.include('Link copied');
  });

  it('says which links open a new tab, and repeats no name as a title', async () => {
    const wrapper = await page();
    const links = deepAll(wrapper, 'a[href]');
    const newTab = links.filter((a) => a.getAttribute('target') === '_blank');
    expect(newTab.length).to.be.above(5);
    for (const a of newTab) expect(domName(a)).to.match(/\(opens in a new tab\)$/);
    for (const a of links.filter((a) => !a.getAttribute('target')))
      expect(domName(a)).not.to.include('new tab');
    expect(links.filter((a) => a.hasAttribute('title'))).to.deep.equal([]);
    const all = await names('link', 'a[href]');
    expect(all).to.include('Continue to PayPal (opens in a new tab)');
    expect(all).to.include('Share on Facebook (opens in a new tab)');
    expect(all).to.include('Follow on GitHub (opens in a new tab)');
  });

  it('names the copy-by-hand field by its visible label', async () => {
    const share = await fixture<AfterwordShare>(
      html`<afterword-share networks="copy" url="https://e.org/manual"></afterword-share>`,
    );
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const exec = document.execCommand;
    document.execCommand = () => false;
    try {
      inside(share, '[data-network="copy"]').click();
      await waitUntil(() => share.shadowRoot!.querySelector('[part="manual-copy"] input'));
    } finally {
      document.execCommand = exec;
    }
    const input = inside<HTMLInputElement>(share, '[part="manual-copy"] input');
    const label = input.labels![0].textContent!.trim();
    expect(label).to.equal('Link to this article');
    expect(domName(input)).to.equal(label);
    expect(await names('textbox', '[part="manual-copy"] input')).to.include(label);
    await expectAccessible(share);
  });

  it('names the form apart from its options, and announces sending', async () => {
    const wrapper = await page();
    const form = wrapper.querySelector<AfterwordFeedback>('afterword-feedback')!;
    const forms = await names('form', 'form[aria-label]');
    const radios = await names('radio', 'input[type=radio]');
    expect(forms).to.include('Write to the author');
    for (const f of forms) expect(radios).not.to.include(f);
    const textarea = inside<HTMLTextAreaElement>(form, 'textarea');
    textarea.focus();
    await sendKeys({ type: 'The bridge opened in 1921.' });
    const status = inside(form, '[role="status"]');
    inside(form, '[part="button"]').click();
    await waitUntil(() => status.textContent!.trim() === 'Sending…', 'no "Sending…"', {
      timeout: 700,
    });
    await expectAccessible(form);
    await waitUntil(() => status.textContent!.includes('Sent'), 'never sent', { timeout: 4000 });
    await expectAccessible(form);
  });

  it('announces the fediverse dialog’s error', async () => {
    const wrapper = await page();
    const share = wrapper.querySelector<AfterwordShare>('afterword-share')!;
    inside(share, '[data-network="mastodon"]').click();
    await waitUntil(() => share.shadowRoot!.querySelector('dialog[open]'), 'no dialog');
    inside<HTMLInputElement>(share, '#fedi-server').focus();
    await sendKeys({ type: 'not a server!' });
    await sendKeys({ press: 'Enter' });
    await frames();
    const error = inside(share, '#fedi-error');
    expect(error.textContent!.trim()).not.to.equal('');
    expect(error.closest('[role=alert], [role=status], [aria-live]')).not.to.equal(null);
    await expectAccessible(share);
    inside<HTMLDialogElement>(share, 'dialog').close();
  });

  for (const theme of ['light', 'dark']) {
    it(`outlines every field and radio at 3:1 or more against its background (${theme})`, async () => {
      const wrapper = await page();
      const share = wrapper.querySelector<AfterwordShare>('afterword-share')!;
      inside(share, '[data-network="mastodon"]').click();
      await waitUntil(() => share.shadowRoot!.querySelector('dialog[open]'), 'no dialog');
      for (const el of wrapper.querySelectorAll<Lit>('*')) el.setAttribute('theme', theme);
      for (const el of wrapper.querySelectorAll<Lit>('*')) await el.updateComplete;
      const form = wrapper.querySelector('afterword-feedback')!;
      const support = wrapper.querySelector('afterword-support')!;
      const surface = getComputedStyle(inside(form, '[part="base"]')).backgroundColor;
      const outlines: [string, string][] = [
        ...deepAll(form, 'textarea, [part="field"] input').map(
          (f) => [f.id, getComputedStyle(f).borderTopColor] as [string, string],
        ),
        ...deepAll(form, 'fieldset label').map(
          (l) =>
            [l.textContent!, getComputedStyle(l, '::before').borderTopColor] as [string, string],
        ),
        ['fediverse server', getComputedStyle(inside(share, '#fedi-server')).borderTopColor],
        ['other amount', getComputedStyle(inside(support, '.other')).borderTopColor],
      ];
      inside<HTMLDialogElement>(share, 'dialog').close();
      const low = outlines
        .map(([what, color]) => [what, contrast(color, surface).toFixed(2)])
        .filter(([, ratio]) => Number(ratio) < 3);
      expect(outlines.length).to.be.above(6);
      expect(low).to.deep.equal([]);
    });
  }

  it('gives the author’s name, the type radios and the other amount 44 × 44 px targets', async () => {
    const wrapper = await page();
    const targets = [
      inside(wrapper.querySelector<AfterwordAuthor>('afterword-author')!, '[part="name"] a'),
      ...deepAll(wrapper.querySelector('afterword-feedback')!, 'input[type=radio]'),
      inside(wrapper.querySelector<AfterwordSupport>('afterword-support')!, '[type=number]'),
    ];
    const small = targets
      .map((t) => [t.localName, t.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([n, r]) => `${n} ${Math.round(r.width)}×${Math.round(r.height)}`);
    expect(targets).to.have.length(5);
    expect(small).to.deep.equal([]);
  });

  it('keeps Latin text left-to-right in the fields of an Arabic form', async () => {
    const form = await fixture<AfterwordFeedback>(
      html`<afterword-feedback lang="ar" endpoint="/x"></afterword-feedback>`,
    );
    const fields = deepAll(form, 'textarea, [part="field"] input') as HTMLInputElement[];
    expect(fields.length).to.be.above(2);
    for (const f of fields) {
      f.value = 'The bridge opened in 1921.';
      expect(f.matches(':dir(ltr)'), f.id).to.equal(true);
      f.value = 'افتُتح الجسر عام ١٩٢١.';
      expect(f.matches(':dir(rtl)'), f.id).to.equal(true);
    }
  });

  for (const [width, height] of [
    [1280, 800],
    [375, 667],
  ]) {
    it(`wraps the default share bar into even rows, no control alone, at ${width} px`, async () => {
      await setViewport({ width, height });
      const share = await fixture<AfterwordShare>(
        html`<afterword-share url="https://e.org/a"></afterword-share>`,
      );
      // A theme's content column: 680 px on a desktop, the screen less 20 px a side on a phone.
      share.style.maxWidth = width > 400 ? '680px' : '335px';
      await frames(3);
      const tops = new Map<number, number>();
      for (const b of deepAll(share, '[part="button"]')) {
        const top = Math.round(b.getBoundingClientRect().top);
        tops.set(top, (tops.get(top) ?? 0) + 1);
      }
      const rows = [...tops.values()];
      if (rows.length > 1) expect(Math.min(...rows), `rows ${rows}`).to.be.above(1);
      await expectAccessible(share);
    });
  }
});
