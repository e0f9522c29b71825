// The look a reader notices: the support prompt's choices read apart from its call to action and
// show the currency as the presets do; the form's radios take the accent colour; sent, saved and
// failed each look their own; the author card's padding is even.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/support/support.js';
import '../../src/feedback/feedback.js';
import '../../src/author/author.js';
import type { AfterwordSupport } from '../../src/support/support.js';
import type { AfterwordFeedback } from '../../src/feedback/feedback.js';
import type { AfterwordAuthor } from '../../src/author/author.js';
import { STORE_KEY } from '../../src/support/frequency.js';
import { remove } from '../../src/shared/storage.js';
import { expectAccessible } from '../helpers.js';

const inside = <T extends Element = HTMLElement>(el: Element, sel: string): T =>
  el.shadowRoot!.querySelector<T>(sel)!;
const style = (el: Element, pseudo?: string): CSSStyleDeclaration => getComputedStyle(el, pseudo);

describe('the look', () => {
  beforeEach(() => remove(STORE_KEY));
  afterEach(() => {
    for (const k of Object.keys(localStorage))
      if (k.startsWith('afterword:')) localStorage.removeItem(k);
  });

  for (const [lang, sign] of [
    ['en', '€'],
    ['de', '€'],
    ['en-US', '$'],
  ]) {
    it(`shows the other amount’s currency as its presets do (${lang})`, async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          lang=${lang}
          provider="paypal"
          account="a@e.org"
          currency=${sign === '$' ? 'USD' : 'EUR'}
        ></afterword-support>`,
      );
      const presets = [...el.shadowRoot!.querySelectorAll('input[name="a"]')].map(
        (i) => i.parentElement!.textContent!,
      );
      expect(presets.every((p) => p.includes(sign))).to.equal(true);
      expect(inside(el, '.sign').textContent).to.equal(sign);
      // On the same side of the number as in the presets.
      const before = presets[0].trim().startsWith(sign);
      const signBox = inside(el, '.sign').getBoundingClientRect();
      const input = inside(el, '[type=number]').getBoundingClientRect();
      expect(signBox.left < input.left).to.equal(before);
    });
  }

  it('labels each choice visibly, and its selected chip never looks like the call to action', async () => {
    const el = await fixture<AfterwordSupport>(
      html`<afterword-support
        config='{"providers":[{"provider":"kofi","account":"a"},{"provider":"paypal","account":"a@e.org"}]}'
        currency="EUR"
        intervals="once monthly"
      ></afterword-support>`,
    );
    inside<HTMLInputElement>(el, 'input[name="p"]:not(:checked)').click();
    await el.updateComplete;
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset:not([hidden]) legend')];
    expect(legends.map((l) => l.textContent)).to.deep.equal(['Pay with', 'Amount', 'How often']);
    for (const l of legends) expect(l.getBoundingClientRect().height).to.be.above(10);
    const cta = style(inside(el, 'a[part="button"]')).backgroundColor;
    for (const chip of el.shadowRoot!.querySelectorAll('.chip:has(:checked)'))
      expect(style(chip).backgroundColor).not.to.equal(cta);
    await expectAccessible(el);
  });

  it('draws the form’s radios in the accent colour', async () => {
    const form = await fixture<AfterwordFeedback>(
      html`<afterword-feedback
        endpoint="/x"
        style="--afterword-accent: rgb(200, 0, 90)"
      ></afterword-feedback>`,
    );
    const checked = inside(form, 'fieldset label:has(:checked)');
    const other = inside(form, 'fieldset label:not(:has(:checked))');
    expect(style(checked, '::before').borderTopColor).to.equal('rgb(200, 0, 90)');
    expect(style(other, '::before').borderTopColor).not.to.equal('rgb(200, 0, 90)');
    expect(style(inside(form, 'fieldset input')).opacity).to.equal('0');
  });

  it('shows sent, saved for later and failed each in a look of its own', async () => {
    const looks: string[] = [];
    for (const [endpoint, word] of [
      ['/__slow-inbox', 'Sent'],
      ['/__inbox/503', 'Saved'],
      ['/__inbox/400', 'Not sent'],
    ]) {
      const form = await fixture<AfterwordFeedback>(
        html`<afterword-feedback endpoint=${endpoint} min-seconds="0"></afterword-feedback>`,
      );
      inside(form, 'textarea').focus();
      await sendKeys({ type: 'The bridge opened in 1921.' });
      inside(form, '[part="button"]').click();
      const status = inside(form, '[part="status"]');
      await waitUntil(() => status.textContent!.includes(word), word, { timeout: 4000 });
      const s = style(status);
      looks.push(`${s.borderInlineStartColor} ${s.borderInlineStartStyle} ${s.backgroundColor}`);
      await expectAccessible(form);
      form.remove();
    }
    expect(new Set(looks).size, looks.join(' | ')).to.equal(3);
  });

  it('pads the author card evenly above and below', async () => {
    const el = await fixture<AfterwordAuthor>(
      html`<afterword-author
        name="Maren Okafor"
        links="https://github.com/maren https://bsky.app/profile/maren.example"
        no-schema
        ><p>Maren covers the council.</p></afterword-author
      >`,
    );
    const base = inside(el, '[part="base"]').getBoundingClientRect();
    const photo = inside(el, '[part="photo"]').getBoundingClientRect();
    const icons = [...el.shadowRoot!.querySelectorAll('[part="link"] svg')].map((s) =>
      s.getBoundingClientRect(),
    );
    const top = photo.top - base.top;
    const bottom = base.bottom - Math.max(...icons.map((r) => r.bottom));
    expect(Math.abs(top - bottom), `top ${top}, bottom ${bottom}`).to.be.below(6);
  });
});
