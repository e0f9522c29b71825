import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/support/support.js';
import type { AfterwordSupport } from '../../src/support/support.js';
import { DAY, STORE_KEY } from '../../src/support/frequency.js';
import { readJson, remove, writeJson } from '../../src/shared/storage.js';
import { captureErrors, expectAccessible } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: AfterwordSupport, sel: string): T | null =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: AfterwordSupport, sel: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(sel),
];
const link = (el: AfterwordSupport): HTMLAnchorElement =>
  $<HTMLAnchorElement>(el, 'a[part="button"]')!;
const chips = (el: AfterwordSupport, name: string): HTMLInputElement[] =>
  $$(el, `input[name="${name}"]`) as HTMLInputElement[];
const chipLabel = (input: HTMLElement): string =>
  input.closest('label')!.textContent!.trim().replace(/\s/g, ' ');
const visible = (el: Element | null): boolean => !!el && !(el as HTMLElement).closest('[hidden]');
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

async function pick(el: AfterwordSupport, input: HTMLInputElement): Promise<void> {
  input.click();
  await el.updateComplete;
}

/** Stops the link from opening a tab during tests; the element still sees the click. */
function blockNavigation(): () => void {
  const stop = (e: Event): void => e.preventDefault();
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}

/** A banner prompt with a page button before and after it, for focus tests. */
async function bannerBetweenButtons(): Promise<{ wrapper: HTMLElement; el: AfterwordSupport }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <afterword-support mode="banner" provider="kofi" account="a"></afterword-support>
      <button id="after">after</button>
    </div>`,
  );
  const el = wrapper.querySelector<AfterwordSupport>('afterword-support')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('<afterword-support>', () => {
  beforeEach(() => remove(STORE_KEY));
  afterEach(() => remove(STORE_KEY));

  describe('inline (default)', () => {
    it('renders the heading, message and a new-tab link to the provider', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="afterword"></afterword-support>`,
      );
      expect($(el, 'h2')!.textContent).to.equal('Support this work');
      expect($(el, '[part="message"]')!.textContent).to.contain('Help keep it free');
      const a = link(el);
      expect(a.href).to.equal('https://ko-fi.com/afterword');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.textContent!.trim()).to.equal('Continue to Ko-fi (opens in a new tab)');
      // Ko-fi takes no amount: no amount choice is offered.
      expect(visible($(el, 'input[name="a"]'))).to.be.false;
      await expectAccessible(el);
    });

    it('offers default amounts in the page language and builds the PayPal link as the reader chooses', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          lang="de"
          provider="paypal"
          account="me@example.org"
          currency="EUR"
          intervals="once monthly"
        ></afterword-support>`,
      );
      const amounts = chips(el, 'a');
      expect(amounts.map(chipLabel)).to.deep.equal(['5 €', '10 €', '25 €']);
      expect(amounts[1].checked).to.be.true;
      expect(link(el).href).to.equal(
        'https://www.paypal.com/donate/?business=me%40example.org&amount=10&currency_code=EUR&no_recurring=1',
      );
      await pick(el, amounts[2]);
      expect(link(el).href).to.contain('amount=25&');
      const [once, monthly] = chips(el, 'i');
      expect(once.checked).to.be.true;
      await pick(el, monthly);
      expect(link(el).href).to.equal(
        'https://www.paypal.com/donate/?business=me%40example.org&amount=25&currency_code=EUR',
      );
      await expectAccessible(el);
    });

    it('takes a custom amount', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="opencollective"
          account="afterword"
          amounts="3, 7"
          amount="7"
          currency="usd"
        ></afterword-support>`,
      );
      expect(chips(el, 'a').map(chipLabel)).to.deep.equal(['$3', '$7']);
      expect(link(el).href).to.equal('https://opencollective.com/afterword/donate?amount=7');
      const other = $<HTMLInputElement>(el, 'input[type="number"]')!;
      expect(other.closest('label')!.textContent).to.contain('Other amount');
      other.focus();
      await sendKeys({ type: '12.5' });
      await el.updateComplete;
      expect(link(el).href).to.equal('https://opencollective.com/afterword/donate?amount=12.50');
      expect(chips(el, 'a').some((c) => c.checked)).to.be.false;
      await pick(el, chips(el, 'a')[0]);
      expect(other.value).to.equal('');
      expect(link(el).href).to.equal('https://opencollective.com/afterword/donate?amount=3');
    });

    it('lets the reader choose among several providers, offering amounts only where they are taken', async () => {
      const config = JSON.stringify({
        providers: [
          { provider: 'paypal', account: 'ABC123' },
          { provider: 'liberapay', account: 'afterword' },
          { provider: 'link', href: 'https://www.example.org/give' },
        ],
        currency: 'GBP',
        intervals: ['monthly'],
      });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support theme="dark" config=${config}></afterword-support>`,
      );
      const providers = chips(el, 'p');
      expect(providers.map(chipLabel)).to.deep.equal(['PayPal', 'Liberapay', 'example.org']);
      // Each choice is a group named by its visible legend.
      expect(
        ['p', 'a'].map(
          (n) => chips(el, n)[0].closest('fieldset')!.querySelector('legend')!.textContent,
        ),
      ).to.deep.equal(['Pay with', 'Amount']);
      expect(visible(chips(el, 'a')[0])).to.be.true;
      expect(visible(chips(el, 'i')[0])).to.be.false; // only one interval: nothing to choose
      expect(link(el).href).to.equal(
        'https://www.paypal.com/donate/?hosted_button_id=ABC123&amount=10&currency_code=GBP',
      );
      await pick(el, providers[1]);
      expect(visible(chips(el, 'a')[0])).to.be.false;
      expect(link(el).href).to.equal('https://liberapay.com/afterword/donate');
      expect(link(el).textContent!.trim()).to.equal('Continue to Liberapay (opens in a new tab)');
      await pick(el, providers[2]);
      expect(link(el).href).to.equal('https://www.example.org/give');
      await expectAccessible(el);
    });

    it('fires afterword-support on the click that leaves, and nothing on property changes', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="paypal"
          account="me@example.org"
          currency="JPY"
        ></afterword-support>`,
      );
      let count = 0;
      el.addEventListener('afterword-support', () => count++);
      el.currency = 'EUR';
      el.amount = 5;
      el.provider = 'kofi';
      el.account = 'someone@example.org';
      el.provider = 'paypal';
      await el.updateComplete;
      expect(count).to.equal(0);
      const unblock = blockNavigation();
      setTimeout(() => link(el).click());
      const event = await oneEvent(el, 'afterword-support');
      unblock();
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({
        provider: 'paypal',
        amount: 5,
        currency: 'EUR',
        interval: 'once',
        url: 'https://www.paypal.com/donate/?business=someone%40example.org&amount=5&currency_code=EUR&no_recurring=1',
      });
    });

    it('fires on a middle-click too, which opens the link without a click event', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="liberapay" account="me"></afterword-support>`,
      );
      setTimeout(() =>
        link(el).dispatchEvent(
          new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true }),
        ),
      );
      const { detail } = await oneEvent(el, 'afterword-support');
      expect(detail.url).to.equal('https://liberapay.com/me/donate');
      let count = 0;
      el.addEventListener('afterword-support', () => count++);
      link(el).dispatchEvent(
        new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true }),
      );
      expect(count, 'a right-click opens a menu, not the provider').to.equal(0);
    });

    it('maps attributes to properties', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          max-views="2"
          period-days="7"
          snooze-days="3"
          thanks-days="90"
          amount="4"
          mode="inline"
        ></afterword-support>`,
      );
      expect([
        el.maxViews,
        el.periodDays,
        el.snoozeDays,
        el.thanksDays,
        el.amount,
        el.mode,
      ]).to.deep.equal([2, 7, 3, 90, 4, 'inline']);
    });

    it('reports a null amount for providers that take none', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="github" account="me" currency="EUR"></afterword-support>`,
      );
      const unblock = blockNavigation();
      setTimeout(() => link(el).click());
      const { detail } = await oneEvent(el, 'afterword-support');
      unblock();
      expect(detail).to.include({
        provider: 'github',
        amount: null,
        currency: 'EUR',
        url: 'https://github.com/sponsors/me',
      });
    });
  });

  describe('copy', () => {
    it('fills {name} and {count}, from attributes first', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          name="Ana"
          heading="Keep {name} writing"
          message="You read {count} article(s) this month."
          cta="Buy Ana a coffee"
        ></afterword-support>`,
      );
      expect($(el, 'h2')!.textContent).to.equal('Keep Ana writing');
      expect($(el, '[part="message"]')!.textContent).to.equal('You read 1 article(s) this month.');
      expect(link(el).textContent!.trim()).to.equal('Buy Ana a coffee (opens in a new tab)');
      el.setAttribute('heading', 'Changed');
      await el.updateComplete;
      expect($(el, 'h2')!.textContent).to.equal('Changed');
    });

    it('takes config.messages for any string', async () => {
      const config = JSON.stringify({
        messages: { heading: 'Chip in', otherAmount: 'Your amount' },
        provider: 'paypal',
        account: 'ABC',
        currency: 'EUR',
      });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support config=${config}></afterword-support>`,
      );
      expect($(el, 'h2')!.textContent).to.equal('Chip in');
      expect($(el, '[type="number"]')!.closest('label')!.textContent).to.contain('Your amount');
    });

    const headings: Record<string, string> = {
      en: 'Support this work',
      es: 'Apoya este trabajo',
      nl: 'Steun dit werk',
      de: 'Unterstütze diese Arbeit',
      fr: 'Soutenez ce travail',
      pt: 'Apoie este trabalho',
      it: 'Sostieni questo lavoro',
      pl: 'Wesprzyj tę pracę',
      ar: 'ادعم هذا العمل',
    };
    for (const [lang, heading] of Object.entries(headings)) {
      it(`speaks ${lang}`, async () => {
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            lang=${lang}
            provider="paypal"
            account="a@b.c"
            currency="EUR"
            intervals="once monthly"
          ></afterword-support>`,
        );
        expect($(el, 'h2')!.textContent).to.equal(heading);
        expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        if (lang !== 'en') expect(link(el).textContent!.trim()).not.to.equal('Continue to PayPal');
      });
    }
  });

  describe('banner', () => {
    it('is a fixed bar that takes no room in the page', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
      );
      const base = $(el, '[part="base"]')!;
      expect(getComputedStyle(base).position).to.equal('fixed');
      expect(el.getBoundingClientRect().height).to.equal(0);
      await Promise.all(base.getAnimations().map((a) => a.finished));
      expect(Math.round(base.getBoundingClientRect().bottom)).to.equal(innerHeight);
      await expectAccessible(el);
    });

    it('closes with its close button, fires afterword-dismiss and snoozes', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
      );
      const close = $<HTMLButtonElement>(el, '[part="close"]')!;
      expect(close.textContent!.trim()).to.equal('Hide for 30 days');
      setTimeout(() => close.click());
      const { detail } = await oneEvent(el, 'afterword-dismiss');
      expect(detail).to.deep.equal({ reason: 'close' });
      await el.updateComplete;
      expect($(el, '[part="base"]')).to.equal(null);
      const again = await fixture<AfterwordSupport>(
        html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
      );
      expect($(again, '[part="base"]')).to.equal(null);
    });

    it('closes on Escape and gives focus back to where the reader was', async () => {
      const { wrapper, el } = await bannerBetweenButtons();
      const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link(el));
      let fired = 0;
      el.addEventListener(
        'afterword-dismiss',
        (e) => fired++ || expect(e.detail.reason).to.equal('escape'),
      );
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(fired).to.equal(1);
      expect($(el, '[part="base"]')).to.equal(null);
      expect(document.activeElement).to.equal(before);
    });

    it('never traps focus: Tab and Shift+Tab leave the bar', async () => {
      const { el } = await bannerBetweenButtons();
      $$(el, 'button').pop()!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
      link(el).focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement!.id).to.equal('before');
      // Focus elsewhere never pulled back into the bar, and it stays open.
      expect($(el, '[part="base"]')).not.to.equal(null);
    });

    it('leaves Escape to the page’s own fields', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <input id="search" /><afterword-support
            mode="banner"
            provider="kofi"
            account="a"
          ></afterword-support>
        </div>`,
      );
      const el = wrapper.querySelector('afterword-support')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="base"]')).not.to.equal(null);
    });

    it('slides in only for readers who accept motion', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip();
      }
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
      );
      expect(getComputedStyle($(el, '[part="base"]')!).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="base"]')!).animationName).to.equal('rise');
    });
  });

  describe('triggers and frequency', () => {
    it('scroll:<percent> waits until the reader has scrolled that far', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 4000px"></div>
          <afterword-support
            mode="banner"
            trigger="scroll:60"
            provider="kofi"
            account="a"
          ></afterword-support>
        </div>`,
      );
      const el = wrapper.querySelector('afterword-support')!;
      await el.updateComplete;
      scrollTo(0, 0);
      await frame();
      expect($(el, '[part="base"]')).to.equal(null);
      scrollTo(0, 0.65 * document.documentElement.scrollHeight);
      await frame();
      await frame();
      await el.updateComplete;
      expect($(el, '[part="base"]')).not.to.equal(null);
      scrollTo(0, 0);
    });

    it('time:<seconds> waits that long', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          trigger="time:0.3"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect($(el, '[part="base"]')).to.equal(null);
      await new Promise((r) => setTimeout(r, 700));
      await el.updateComplete;
      expect($(el, '[part="base"]')).not.to.equal(null);
    });

    it('articles:<n> waits for the nth article read in 30 days', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          trigger="articles:3"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect($(el, '[part="base"]')).to.equal(null);
      const now = Date.now();
      writeJson(STORE_KEY, {
        reads: { '/one': now - DAY, '/two': now - 2 * DAY, '/old': now - 40 * DAY },
        views: [],
      });
      const again = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          trigger="articles:3"
          provider="kofi"
          account="a"
          message="{count} read"
        ></afterword-support>`,
      );
      expect($(again, '[part="message"]')!.textContent).to.equal('3 read');
    });

    it('shows the banner at most max-views times per period, in one versioned storage key', async () => {
      for (let i = 0; i < 2; i++) {
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            mode="banner"
            max-views="2"
            min-gap-hours="0"
            provider="kofi"
            account="a"
          ></afterword-support>`,
        );
        expect($(el, '[part="base"]'), `view ${i + 1}`).not.to.equal(null);
      }
      const third = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          max-views="2"
          min-gap-hours="0"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect($(third, '[part="base"]')).to.equal(null);
      expect(
        Object.keys(localStorage).filter((k) => k.startsWith('afterword:support')),
      ).to.deep.equal([STORE_KEY]);
      expect(readJson<{ views: number[] }>(STORE_KEY)!.views).to.have.length(2);
    });

    it('inline always renders, whatever the banner rules say', async () => {
      writeJson(STORE_KEY, { dismissed: Date.now(), views: [Date.now(), Date.now(), Date.now()] });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a"></afterword-support>`,
      );
      expect(link(el)).to.exist;
    });

    it('works when storage is unavailable', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
        );
        expect($(el, '[part="base"]')).not.to.equal(null);
        $<HTMLButtonElement>(el, '[part="close"]')!.click();
        await el.updateComplete;
        expect($(el, '[part="base"]')).to.equal(null);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
    });

    describe('?afterword=thanks', () => {
      const original = location.href;
      beforeEach(() => history.replaceState(null, '', `${location.pathname}?afterword=thanks`));
      afterEach(() => history.replaceState(null, '', original));

      it('thanks the supporter once in a banner, then stays quiet', async () => {
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            mode="banner"
            trigger="articles:50"
            provider="kofi"
            account="a"
          ></afterword-support>`,
        );
        expect($(el, 'h2')!.textContent).to.equal('Thank you!');
        expect(link(el)).to.equal(null);
        await expectAccessible(el);
        const reload = await fixture<AfterwordSupport>(
          html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
        );
        expect($(reload, '[part="base"]')).to.equal(null);
        history.replaceState(null, '', original);
        const later = await fixture<AfterwordSupport>(
          html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
        );
        expect($(later, '[part="base"]')).to.equal(null);
      });

      it('shows the thank-you inline instead of the ask', async () => {
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            provider="kofi"
            account="a"
            thanks-message="Merci, {name}!"
            name="x"
          ></afterword-support>`,
        );
        expect($(el, 'h2')!.textContent).to.equal('Thank you!');
        expect($(el, '[part="message"]')!.textContent).to.equal('Merci, x!');
        expect(link(el)).to.equal(null);
        await expectAccessible(el);
      });

      it('asks again after thanks-days', async () => {
        writeJson(STORE_KEY, { thanked: Date.now() - 3 * DAY });
        history.replaceState(null, '', original);
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            mode="banner"
            thanks-days="2"
            provider="kofi"
            account="a"
          ></afterword-support>`,
        );
        expect(link(el)).to.exist;
      });
    });
  });

  describe('bad configuration', () => {
    const cases: [string, ReturnType<typeof html>, RegExp][] = [
      [
        'an unknown provider',
        html`<afterword-support provider="venmo" account="a"></afterword-support>`,
        /^\[afterword\] afterword-support: provider: unknown provider "venmo"/,
      ],
      [
        'a javascript: href',
        html`<afterword-support provider="link" href="javascript:alert(1)"></afterword-support>`,
        /^\[afterword\] afterword-support: href: "javascript:alert\(1\)" is not an https: address/,
      ],
      [
        'a data: href',
        html`<afterword-support
          provider="link"
          href="data:text/html,<b>x</b>"
        ></afterword-support>`,
        /href: "data:text\/html,<b>x<\/b>" is not an https: address/,
      ],
      [
        'an http: Stripe link',
        html`<afterword-support
          provider="stripe"
          href="http://buy.stripe.com/x"
        ></afterword-support>`,
        /href: "http:\/\/buy.stripe.com\/x" is not an https: address/,
      ],
      [
        'a missing account',
        html`<afterword-support provider="patreon"></afterword-support>`,
        /account: patreon needs an account/,
      ],
      ['no provider at all', html`<afterword-support></afterword-support>`, /provider: missing/],
    ];
    for (const [what, template, message] of cases) {
      it(`${what}: one console error, nothing rendered`, async () => {
        const errors = captureErrors();
        let el: AfterwordSupport;
        try {
          el = await fixture<AfterwordSupport>(template);
        } finally {
          errors.restore();
        }
        expect(errors.messages).to.have.length(1);
        expect(errors.messages[0]).to.match(message);
        expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      });
    }

    it('renders the valid providers and reports the others by position', async () => {
      const config = JSON.stringify({
        providers: [
          { provider: 'link', href: 'javascript:alert(1)' },
          { provider: 'kofi', account: 'a' },
          { provider: 'cashapp', account: 'x' },
        ],
      });
      const errors = captureErrors();
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support config=${config}></afterword-support>`,
      ).finally(errors.restore);
      expect(errors.messages).to.deep.equal([
        '[afterword] afterword-support: providers.0.href: "javascript:alert(1)" is not an https: address',
        '[afterword] afterword-support: providers.2.provider: unknown provider "cashapp"',
      ]);
      expect(visible(chips(el, 'p')[0])).to.be.false;
      expect(link(el).href).to.equal('https://ko-fi.com/a');
    });

    it('a bad currency code: the amount is left to the provider', async () => {
      const errors = captureErrors();
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="paypal"
          account="a@b.c"
          currency="EURO"
        ></afterword-support>`,
      ).finally(errors.restore);
      expect(errors.messages).to.deep.equal([
        '[afterword] afterword-support: currency: "EURO" is not an ISO 4217 currency code',
      ]);
      expect(visible(chips(el, 'a')[0])).to.be.false;
      expect(link(el).href).to.equal(
        'https://www.paypal.com/donate/?business=a%40b.c&no_recurring=1',
      );
    });

    it('bad numbers, modes, triggers and intervals fall back to the defaults', async () => {
      const errors = captureErrors();
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="opencollective"
          account="a"
          amounts="5 abc -2"
          amount="x"
          intervals="weekly"
          mode="popup"
          trigger="soon"
          max-views="-1"
        ></afterword-support>`,
      ).finally(errors.restore);
      expect(errors.messages.map((m) => m.split(': ')[1])).to.have.members([
        'amounts',
        'amount',
        'intervals',
        'mode',
        'trigger',
        'max-views',
      ]);
      expect(chips(el, 'a').map(chipLabel)).to.deep.equal(['$5']);
      expect(link(el).href).to.equal('https://opencollective.com/a/donate?amount=5');
    });

    it('broken JSON in config is reported, never thrown', async () => {
      const errors = captureErrors();
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a" config="{nope"></afterword-support>`,
      ).finally(errors.restore);
      expect(errors.messages[0]).to.match(/config: not valid JSON/);
      expect(link(el).href).to.equal('https://ko-fi.com/a');
    });
  });
});
