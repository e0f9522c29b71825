import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/share/share.js';
import type { AfterwordShare } from '../../src/share/share.js';
import { captureErrors, expectAccessible } from '../helpers.js';

const controls = (el: AfterwordShare) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="button"]'),
];
const control = (el: AfterwordShare, network: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-network="${network}"]`)!;

describe('<afterword-share>', () => {
  afterEach(() => {
    localStorage.removeItem('afterword:mastodon');
    localStorage.removeItem('afterword:fediverse');
  });

  describe('defaults', () => {
    it('renders the default networks in order, without native where navigator.share is missing', async () => {
      const el = await fixture<AfterwordShare>(html`<afterword-share></afterword-share>`);
      const expected = ['facebook', 'x', 'linkedin', 'whatsapp', 'email', 'copy', 'print'];
      if ('share' in navigator) expected.push('native');
      expect(controls(el).map((c) => c.dataset.network)).to.deep.equal(expected);
    });

    it('draws each network its own icon, hidden from assistive technology, beside a visible or hidden label', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="facebook email copy print mastodon"></afterword-share>`,
      );
      const paths = controls(el).map((c) => {
        const svg = c.querySelector('svg.icon')!;
        expect(svg, c.dataset.network).to.exist;
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(c.querySelector('.label')!.textContent!.trim()).to.not.equal('');
        return svg.querySelector('path')!.getAttribute('d');
      });
      expect(paths.every((d) => (d ?? '').length > 10)).to.be.true;
      expect(new Set(paths).size).to.equal(paths.length);
    });

    it('shares this page without its hash and the document title', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="facebook x"></afterword-share>`,
      );
      const here = new URL(location.href);
      here.hash = '';
      const fb = new URL(control(el, 'facebook').getAttribute('href')!);
      expect(fb.searchParams.get('u')).to.equal(here.href);
      const x = new URL(control(el, 'x').getAttribute('href')!);
      expect(x.searchParams.get('text')).to.equal(document.title);
    });

    it('prefers the canonical link, then og:url, and og:title', async () => {
      const og = Object.assign(document.createElement('meta'), {
        content: 'https://example.org/og',
      });
      og.setAttribute('property', 'og:url');
      const title = Object.assign(document.createElement('meta'), { content: 'OG title' });
      title.setAttribute('property', 'og:title');
      document.head.append(og, title);
      try {
        let el = await fixture<AfterwordShare>(
          html`<afterword-share networks="reddit"></afterword-share>`,
        );
        let params = new URL(control(el, 'reddit').getAttribute('href')!).searchParams;
        expect(params.get('url')).to.equal('https://example.org/og');
        expect(params.get('title')).to.equal('OG title');
        const canonical = Object.assign(document.createElement('link'), {
          rel: 'canonical',
          href: 'https://example.org/canonical',
        });
        document.head.append(canonical);
        el = await fixture<AfterwordShare>(
          html`<afterword-share networks="reddit"></afterword-share>`,
        );
        params = new URL(control(el, 'reddit').getAttribute('href')!).searchParams;
        expect(params.get('url')).to.equal('https://example.org/canonical');
        canonical.remove();
      } finally {
        og.remove();
        title.remove();
      }
    });

    it('opens link networks in a new tab without an opener, and email in the mail app', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="linkedin email"></afterword-share>`,
      );
      const li = control(el, 'linkedin');
      expect(li.localName).to.equal('a');
      expect(li.getAttribute('target')).to.equal('_blank');
      expect(li.getAttribute('rel')).to.equal('noopener noreferrer');
      const mail = control(el, 'email');
      expect(mail.getAttribute('href')!.startsWith('mailto:?subject=')).to.be.true;
      expect(mail.hasAttribute('target')).to.be.false;
    });

    it('gives every control a translated accessible name', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share lang="de" networks="facebook copy print email"></afterword-share>`,
      );
      expect(control(el, 'facebook').getAttribute('aria-label')).to.equal(
        'Auf Facebook teilen (öffnet in einem neuen Tab)',
      );
      expect(control(el, 'copy').getAttribute('aria-label')).to.equal('Link kopieren');
      expect(control(el, 'print').textContent!.trim()).to.equal('Drucken');
      expect(control(el, 'email').getAttribute('aria-label')).to.equal('Per E-Mail teilen');
    });

    it('switches language when the lang property is set', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="copy"></afterword-share>`,
      );
      el.lang = 'nl';
      await el.updateComplete;
      expect(control(el, 'copy').getAttribute('aria-label')).to.equal('Link kopiëren');
    });

    it('follows the nearest ancestor lang', async () => {
      const wrap = await fixture(
        html`<div lang="fr"><afterword-share networks="copy"></afterword-share></div>`,
      );
      const el = wrap.querySelector('afterword-share')! as AfterwordShare;
      await el.updateComplete;
      expect(control(el, 'copy').getAttribute('aria-label')).to.equal('Copier le lien');
    });

    it('is accessible', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share
          networks="facebook x linkedin bluesky mastodon threads reddit telegram whatsapp email copy print"
        ></afterword-share>`,
      );
      await expectAccessible(el);
    });

    it('is accessible in dark theme with labels shown', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share theme="dark" labels="show"></afterword-share>`,
      );
      await expectAccessible(el);
    });
  });

  describe('attributes', () => {
    it('maps attributes to properties', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share
          networks="x"
          url="https://e.org/p"
          text="T"
          via="me"
          hashtags="a b"
          utm
          labels="hide"
          theme="dark"
        ></afterword-share>`,
      );
      expect([
        el.networks,
        el.url,
        el.text,
        el.via,
        el.hashtags,
        el.utm,
        el.labels,
        el.theme,
      ]).to.deep.equal(['x', 'https://e.org/p', 'T', 'me', 'a b', true, 'hide', 'dark']);
    });

    it('uses url, text, via and hashtags in the links', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share
          networks="x"
          url="https://e.org/p?q=1&r=2"
          text="Tea & toast"
          via="@writer"
          hashtags="one, #two"
        ></afterword-share>`,
      );
      expect(control(el, 'x').getAttribute('href')).to.equal(
        'https://x.com/intent/tweet?text=Tea%20%26%20toast&url=https%3A%2F%2Fe.org%2Fp%3Fq%3D1%26r%3D2&via=writer&hashtags=one%2Ctwo',
      );
    });

    it('adds utm parameters per network', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share
          networks="facebook telegram"
          url="https://e.org/p"
          utm
        ></afterword-share>`,
      );
      const fb = new URL(
        new URL(control(el, 'facebook').getAttribute('href')!).searchParams.get('u')!,
      );
      expect(fb.searchParams.get('utm_source')).to.equal('facebook');
      expect(fb.searchParams.get('utm_medium')).to.equal('social');
      const tg = new URL(
        new URL(control(el, 'telegram').getAttribute('href')!).searchParams.get('url')!,
      );
      expect(tg.searchParams.get('utm_source')).to.equal('telegram');
    });

    it('hides labels visually with labels="hide" and shows them with "show"', async () => {
      const hidden = await fixture<AfterwordShare>(
        html`<afterword-share networks="facebook" labels="hide"></afterword-share>`,
      );
      const label = hidden.shadowRoot!.querySelector('.label')!;
      expect(label.getBoundingClientRect().width).to.be.at.most(1);
      const shown = await fixture<AfterwordShare>(
        html`<afterword-share
          networks="facebook"
          labels="show"
          style="width:200px"
        ></afterword-share>`,
      );
      expect(shown.shadowRoot!.querySelector('.label')!.getBoundingClientRect().width).to.be.above(
        20,
      );
    });

    it('shows labels in auto mode only when there is room', async () => {
      const wide = await fixture<AfterwordShare>(
        html`<afterword-share networks="facebook" style="width:700px"></afterword-share>`,
      );
      expect(wide.shadowRoot!.querySelector('.label')!.getBoundingClientRect().width).to.be.above(
        20,
      );
      const narrow = await fixture<AfterwordShare>(
        html`<afterword-share networks="facebook" style="width:300px"></afterword-share>`,
      );
      expect(
        narrow.shadowRoot!.querySelector('.label')!.getBoundingClientRect().width,
      ).to.be.at.most(1);
    });

    it('keeps every control at least 44 by 44 pixels', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share labels="hide"></afterword-share>`,
      );
      for (const c of controls(el)) {
        const r = c.getBoundingClientRect();
        expect(r.width).to.be.at.least(44);
        expect(r.height).to.be.at.least(44);
      }
    });

    it('takes the same settings from config JSON and a child script', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share
          config='{"networks":["reddit"],"url":"https://e.org/c","text":"From config"}'
        ></afterword-share>`,
      );
      expect(controls(el).map((c) => c.dataset.network)).to.deep.equal(['reddit']);
      expect(control(el, 'reddit').getAttribute('href')).to.equal(
        'https://www.reddit.com/submit?url=https%3A%2F%2Fe.org%2Fc&title=From%20config',
      );
      const child = await fixture<AfterwordShare>(
        html`<afterword-share
          ><script type="application/json">
            { "networks": "telegram", "messages": { "shareOn": "Send to {network}" } }
          </script></afterword-share
        >`,
      );
      expect(control(child, 'telegram').getAttribute('aria-label')).to.equal(
        'Send to Telegram (opens in a new tab)',
      );
    });

    it('lets attributes win over config', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="x" config='{"networks":"reddit"}'></afterword-share>`,
      );
      expect(controls(el).map((c) => c.dataset.network)).to.deep.equal(['x']);
    });

    it('updates links when a property changes, without firing an event', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="facebook"></afterword-share>`,
      );
      let fired = 0;
      el.addEventListener('afterword-share', () => fired++);
      el.url = 'https://e.org/changed';
      el.networks = 'facebook linkedin';
      await el.updateComplete;
      expect(control(el, 'facebook').getAttribute('href')).to.include(
        encodeURIComponent('https://e.org/changed'),
      );
      expect(controls(el)).to.have.length(2);
      expect(fired).to.equal(0);
    });
  });

  describe('bad configuration', () => {
    it('names unknown networks and renders the rest', async () => {
      const log = captureErrors();
      try {
        const el = await fixture<AfterwordShare>(
          html`<afterword-share networks="facebook myspace x friendster"></afterword-share>`,
        );
        expect(controls(el).map((c) => c.dataset.network)).to.deep.equal(['facebook', 'x']);
        expect(log.messages).to.deep.equal([
          '[afterword] afterword-share: networks: unknown networks "myspace", "friendster"',
        ]);
      } finally {
        log.restore();
      }
    });

    it('reports broken JSON config without throwing', async () => {
      const log = captureErrors();
      try {
        const el = await fixture<AfterwordShare>(
          html`<afterword-share config="{networks: nope"></afterword-share>`,
        );
        expect(controls(el).length).to.be.above(3);
        expect(log.messages).to.have.length(1);
        expect(log.messages[0]).to.match(/^\[afterword\] afterword-share: config: not valid JSON/);
      } finally {
        log.restore();
      }
    });

    it('reports unknown config keys and wrong types', async () => {
      const log = captureErrors();
      try {
        await fixture<AfterwordShare>(
          html`<afterword-share config='{"netwerks":"x","utm":"yes"}'></afterword-share>`,
        );
        expect(
          log.messages.some((m) =>
            m.startsWith('[afterword] afterword-share: config: unknown key "netwerks"'),
          ),
        ).to.be.true;
        expect(log.messages.some((m) => m.startsWith('[afterword] afterword-share: utm:'))).to.be
          .true;
      } finally {
        log.restore();
      }
    });

    it('refuses a javascript: url and shares the page instead', async () => {
      const log = captureErrors();
      try {
        const el = await fixture<AfterwordShare>(
          html`<afterword-share networks="facebook" url="javascript:alert(1)"></afterword-share>`,
        );
        const shared = new URL(control(el, 'facebook').getAttribute('href')!).searchParams.get(
          'u',
        )!;
        expect(shared.startsWith('http')).to.be.true;
        expect(log.messages[0]).to.match(/^\[afterword\] afterword-share: url: /);
      } finally {
        log.restore();
      }
    });

    it('checks config the same way as attributes: a bad config url or labels is reported once', async () => {
      const log = captureErrors();
      try {
        const el = await fixture<AfterwordShare>(
          html`<afterword-share
            networks="facebook"
            config='{"url":"javascript:alert(1)","labels":"loud"}'
          ></afterword-share>`,
        );
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-network=facebook]')!;
        expect(new URL(link.href).searchParams.get('u')).to.match(/^http/);
        el.text = 'Changed';
        await el.updateComplete;
        expect(log.messages).to.deep.equal([
          '[afterword] afterword-share: url: "javascript:alert(1)" is not an http(s) address; sharing this page instead',
          '[afterword] afterword-share: labels: "loud" is not one of auto, show, hide',
        ]);
      } finally {
        log.restore();
      }
    });

    it('reports a bad labels or theme value', async () => {
      const log = captureErrors();
      try {
        await fixture<AfterwordShare>(
          html`<afterword-share labels="loud" theme="neon"></afterword-share>`,
        );
        expect(log.messages).to.include(
          '[afterword] afterword-share: labels: "loud" is not one of auto, show, hide',
        );
        expect(log.messages).to.include(
          '[afterword] afterword-share: theme: "neon" is not one of auto, light, dark',
        );
      } finally {
        log.restore();
      }
    });
  });

  describe('events', () => {
    it('fires afterword-share when a link is clicked', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="telegram" url="https://e.org/e"></afterword-share>`,
      );
      const link = control(el, 'telegram') as HTMLAnchorElement;
      link.addEventListener('click', (e) => e.preventDefault());
      const wrapper = el.parentElement!;
      setTimeout(() => link.click());
      const event = await oneEvent(wrapper, 'afterword-share');
      expect(event.detail).to.deep.equal({ network: 'telegram', url: 'https://e.org/e' });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('prints and reports it', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="print"></afterword-share>`,
      );
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        setTimeout(() => control(el, 'print').click());
        const event = await oneEvent(el, 'afterword-share');
        expect(event.detail.network).to.equal('print');
        expect(printed).to.equal(1);
      } finally {
        window.print = original;
      }
    });

    describe('native', () => {
      const had = {
        share: Object.getOwnPropertyDescriptor(navigator, 'share'),
        canShare: Object.getOwnPropertyDescriptor(navigator, 'canShare'),
      };
      /** Gives the browser a share sheet that answers as `answer` says. */
      function sheet(answer: () => Promise<void>, canShare = true) {
        const calls: string[] = [];
        Object.defineProperty(navigator, 'canShare', {
          configurable: true,
          value: (d: ShareData) => (calls.push(`canShare ${d.url}`), canShare),
        });
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: (d: ShareData) => (calls.push(`share ${d.title} ${d.url}`), answer()),
        });
        return calls;
      }
      afterEach(() => {
        for (const key of ['share', 'canShare'] as const) {
          if (had[key]) Object.defineProperty(navigator, key, had[key]!);
          else delete (navigator as unknown as Record<string, unknown>)[key];
        }
      });
      const make = () =>
        fixture<AfterwordShare>(
          html`<afterword-share
            networks="native"
            url="https://e.org/n"
            text="N"
          ></afterword-share>`,
        );

      it('asks canShare first, then shares and fires the event', async () => {
        const calls = sheet(() => Promise.resolve());
        const el = await make();
        setTimeout(() => control(el, 'native').click());
        const event = await oneEvent(el, 'afterword-share');
        expect(event.detail).to.deep.equal({ network: 'native', url: 'https://e.org/n' });
        expect(calls).to.deep.equal(['canShare https://e.org/n', 'share N https://e.org/n']);
      });

      it('a reader who cancels the sheet (AbortError) gets no event and no console error', async () => {
        sheet(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
        const el = await make();
        const errors = captureErrors();
        let events = 0;
        el.addEventListener('afterword-share', () => events++);
        try {
          control(el, 'native').click();
          await aTimeout(50);
        } finally {
          errors.restore();
        }
        expect(events).to.equal(0);
        expect(errors.messages).to.deep.equal([]);
      });

      it('data the browser cannot share is not handed to the sheet', async () => {
        const calls = sheet(() => Promise.resolve(), false);
        const el = await make();
        const errors = captureErrors();
        let events = 0;
        el.addEventListener('afterword-share', () => events++);
        try {
          control(el, 'native').click();
          await aTimeout(50);
        } finally {
          errors.restore();
        }
        expect(calls).to.deep.equal(['canShare https://e.org/n']);
        expect(events).to.equal(0);
        expect(errors.messages).to.have.length(1);
        expect(errors.messages[0]).to.match(/^\[afterword\] afterword-share: native: /);
      });

      it('a failing share is one console error and no event', async () => {
        sheet(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
        const el = await make();
        const errors = captureErrors();
        let events = 0;
        el.addEventListener('afterword-share', () => events++);
        try {
          control(el, 'native').click();
          await aTimeout(50);
        } finally {
          errors.restore();
        }
        expect(events).to.equal(0);
        expect(errors.messages).to.have.length(1);
        expect(errors.messages[0]).to.include('Not allowed');
      });
    });
  });

  describe('copy link', () => {
    it('copies the URL and announces it politely', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="copy" url="https://e.org/copy"></afterword-share>`,
      );
      const written: string[] = [];
      const original = navigator.clipboard?.writeText;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (written.push(t), Promise.resolve()) },
      });
      try {
        control(el, 'copy').click();
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        await waitUntil(() => status.textContent!.trim() === 'Link copied');
        expect(status.getAttribute('aria-live')).to.equal('polite');
        expect(written).to.deep.equal(['https://e.org/copy']);
        expect(control(el, 'copy').textContent!.trim()).to.equal('Link copied');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        void original;
      }
    });

    it('falls back to a selectable field when copying is refused', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="copy" url="https://e.org/manual"></afterword-share>`,
      );
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const exec = document.execCommand;
      document.execCommand = () => false;
      try {
        control(el, 'copy').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="manual-copy"] input'));
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="manual-copy"] input')!;
        expect(input.value).to.equal('https://e.org/manual');
        expect(input.readOnly).to.be.true;
        await waitUntil(() => el.shadowRoot!.activeElement === input);
        await expectAccessible(el);
      } finally {
        document.execCommand = exec;
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('mastodon (the fediverse)', () => {
    const port = location.port;
    const server = (name: string) => `http://${name}.localhost:${port}`;
    /** The requests the fake fediverse servers received since the last call. */
    const asked = async (): Promise<string[]> => (await fetch('/__fediverse-log')).json();
    let opened: string[] = [];
    /** A new tab, or null where a pop-up blocker stops it. */
    let tab: () => Window | null = () => ({}) as Window;
    const original = window.open;
    beforeEach(async () => {
      opened = [];
      tab = () => ({}) as Window;
      window.open = (url?: string | URL) => (opened.push(String(url)), tab());
      await asked();
    });
    afterEach(() => {
      window.open = original;
      localStorage.removeItem('afterword:fediverse');
    });

    async function openDialog() {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share
          networks="mastodon"
          url="https://e.org/m"
          text="Hello"
        ></afterword-share>`,
      );
      const button = control(el, 'mastodon');
      button.focus();
      button.click();
      // The dialog's code arrives on this first click.
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no dialog');
      const root = el.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      const input = root.querySelector<HTMLInputElement>('#fedi-server')!;
      const remember = root.querySelector<HTMLInputElement>('#fedi-remember')!;
      const note = () => root.querySelector('.note')!.textContent!.trim();
      const submit = async (value: string, tick = false) => {
        input.value = value;
        remember.checked = tick;
        root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await waitUntil(() => opened.length > 0 || input.getAttribute('aria-invalid') === 'true');
        await el.updateComplete;
      };
      return { el, button, dialog, input, remember, note, submit };
    }

    it('keeps its "Mastodon" label and asks for "your fediverse server", suggesting none', async () => {
      const { el, dialog, input, remember } = await openDialog();
      expect(control(el, 'mastodon').textContent!.trim()).to.equal('Mastodon');
      expect(dialog.open).to.be.true;
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
        'Share on the fediverse',
      );
      expect(el.shadowRoot!.querySelector('label[for="fedi-server"]')!.textContent).to.equal(
        'Your fediverse server',
      );
      expect(el.shadowRoot!.activeElement).to.equal(input);
      expect(input.value).to.equal('');
      expect(input.placeholder).to.equal('');
      expect(el.shadowRoot!.querySelector('datalist')).to.equal(null);
      expect(remember.checked, 'Remember is off by default').to.be.false;
      expect(el.shadowRoot!.querySelector('.forget')).to.equal(null);
      expect(await asked(), 'no server is asked before the reader submits').to.deep.equal([]);
      await expectAccessible(el);
    });

    it('validates what the reader types and asks nobody', async () => {
      const { el, dialog, input, submit } = await openDialog();
      await submit('javascript:alert(1)');
      expect(dialog.open).to.be.true;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.querySelector('#fedi-error')!.textContent).to.include('example.social');
      expect(opened).to.deep.equal([]);
      expect(await asked()).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('Mastodon: asks only that server for its NodeInfo and opens its /share page', async () => {
      const { el, button, dialog, submit } = await openDialog();
      setTimeout(() => void submit(`${server('mastodon')}/@me`));
      const event = await oneEvent(el, 'afterword-share');
      expect(event.detail).to.deep.equal({ network: 'mastodon', url: 'https://e.org/m' });
      expect(opened).to.deep.equal([
        `${server('mastodon')}/share?text=Hello%20https%3A%2F%2Fe.org%2Fm`,
      ]);
      expect(await asked()).to.deep.equal([
        'mastodon.localhost/.well-known/nodeinfo',
        'mastodon.localhost/nodeinfo/2.1',
      ]);
      await waitUntil(() => !dialog.open);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(localStorage.getItem('afterword:fediverse'), 'not remembered unasked').to.equal(null);
    });

    it('Misskey: opens its share form, and remembers the server only when asked to', async () => {
      const { submit } = await openDialog();
      expect(localStorage.getItem('afterword:fediverse')).to.equal(null);
      await submit(server('misskey'), true);
      expect(opened).to.deep.equal([
        `${server('misskey')}/share?text=Hello&url=https%3A%2F%2Fe.org%2Fm`,
      ]);
      expect(JSON.parse(localStorage.getItem('afterword:fediverse')!)).to.equal(server('misskey'));

      const again = await openDialog();
      expect(again.input.value).to.equal(server('misskey'));
      expect(again.remember.checked).to.be.true;
      const forget = again.el.shadowRoot!.querySelector<HTMLButtonElement>('.forget')!;
      expect(forget.textContent!.trim()).to.equal('Forget my server');
      await expectAccessible(again.el);
      forget.click();
      await again.el.updateComplete;
      expect(localStorage.getItem('afterword:fediverse')).to.equal(null);
      expect(again.input.value).to.equal('');
      expect(again.remember.checked).to.be.false;
      expect(again.note()).to.equal('Your server is no longer remembered on this device.');
    });

    it('unticking "Remember on this device" forgets a remembered server', async () => {
      localStorage.setItem('afterword:fediverse', JSON.stringify(server('misskey')));
      const { remember, submit } = await openDialog();
      expect(remember.checked).to.be.true;
      await submit(server('misskey'), false);
      expect(localStorage.getItem('afterword:fediverse')).to.equal(null);
    });

    it('Friendica: opens its compose page', async () => {
      const { submit } = await openDialog();
      await submit(server('friendica'));
      expect(opened).to.deep.equal([
        `${server('friendica')}/compose?title=Hello&body=https%3A%2F%2Fe.org%2Fm`,
      ]);
    });

    for (const name of ['down', 'nocors']) {
      it(`a failed lookup (${name}) falls back to Mastodon's /share and says so`, async () => {
        const { el, dialog, note, submit } = await openDialog();
        setTimeout(() => void submit(server(name)));
        await oneEvent(el, 'afterword-share');
        expect(opened).to.deep.equal([
          `${server(name)}/share?text=Hello%20https%3A%2F%2Fe.org%2Fm`,
        ]);
        await el.updateComplete;
        expect(dialog.open, 'the dialog stays to say what happened').to.be.true;
        expect(note()).to.equal(
          `${server(name)} did not say which software it runs, so its Mastodon page was opened. If it does not work, copy the link instead.`,
        );
        await expectAccessible(el);
      });
    }

    it('software without a share page falls back to Mastodon’s /share and names it', async () => {
      const { note, submit } = await openDialog();
      await submit(server('gotosocial'));
      expect(opened).to.deep.equal([
        `${server('gotosocial')}/share?text=Hello%20https%3A%2F%2Fe.org%2Fm`,
      ]);
      expect(note()).to.include('runs gotosocial, which has no page for this');
    });

    it('a blocked new tab leaves a link to continue, and the event waits for it', async () => {
      tab = () => null;
      const { el, dialog, submit } = await openDialog();
      let events = 0;
      el.addEventListener('afterword-share', () => events++);
      await submit(server('misskey'));
      await el.updateComplete;
      const link = dialog.querySelector<HTMLAnchorElement>('.note a')!;
      expect(dialog.querySelector('.note')!.textContent).to.include(
        'Your browser stopped the new tab.',
      );
      expect(link.textContent!.trim()).to.equal(
        `Continue on ${server('misskey')} (opens in a new tab)`,
      );
      expect(link.href).to.equal(
        `${server('misskey')}/share?text=Hello&url=https%3A%2F%2Fe.org%2Fm`,
      );
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(events).to.equal(0);
      await expectAccessible(el);
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect(events).to.equal(1);
      await waitUntil(() => !dialog.open);
    });

    it('Cancel while the server is being asked opens nothing', async () => {
      const { el, dialog, input } = await openDialog();
      input.value = server('mastodon');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .cancel')!.click();
      expect(dialog.open).to.be.false;
      await waitUntil(async () => (await asked()).length > 0 || opened.length > 0);
      await aTimeout(100);
      expect(opened).to.deep.equal([]);
    });

    it('drops a server stored by earlier versions without asking', async () => {
      localStorage.setItem('afterword:mastodon', JSON.stringify('fosstodon.org'));
      const { input } = await openDialog();
      expect(input.value).to.equal('');
      expect(localStorage.getItem('afterword:mastodon')).to.equal(null);
    });

    it('closes on Escape, returning focus to the button', async () => {
      const { el, button, dialog } = await openDialog();
      await sendKeys({ press: 'Escape' });
      await aTimeout(0);
      expect(dialog.open).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('closes on Cancel, returning focus to the button', async () => {
      const { el, button, dialog } = await openDialog();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .cancel')!.click();
      await aTimeout(0);
      expect(dialog.open).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });
  });

  describe('keyboard', () => {
    it('reaches every control with Tab, in order', async () => {
      const wrap = await fixture(
        html`<div>
          <button id="before">before</button
          ><afterword-share networks="facebook copy print"></afterword-share>
        </div>`,
      );
      const el = wrap.querySelector('afterword-share') as AfterwordShare;
      await el.updateComplete;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        seen.push((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.network ?? 'none');
      }
      expect(seen).to.deep.equal(['facebook', 'copy', 'print']);
    });

    it('copies with Enter on the focused button', async () => {
      const el = await fixture<AfterwordShare>(
        html`<afterword-share networks="copy" url="https://e.org/k"></afterword-share>`,
      );
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (written.push(t), Promise.resolve()) },
      });
      try {
        control(el, 'copy').focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => written.length === 1);
        expect(written[0]).to.equal('https://e.org/k');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });
});
