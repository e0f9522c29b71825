import {
  aTimeout,
  expect,
  fixture,
  fixtureCleanup,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import '../../src/feedback/feedback.js';
import type { AfterwordFeedback } from '../../src/feedback/feedback.js';
import { pageUrl } from '../../src/shared/page.js';
import { remove } from '../../src/shared/storage.js';
import { captureErrors, expectAccessible } from '../helpers.js';

const DRAFT = `afterword:feedback:draft:${pageUrl()}`;
const QUEUE = 'afterword:feedback:queue';

/** A stand-in for the inbox behind window.fetch: records requests, stores each id once. */
class FakeInbox {
  mode: 'up' | 'down' | '503' | '400' = 'up';
  requests: { url: string; init: RequestInit }[] = [];
  records = new Map<string, unknown>();
  delay = 0;
  private original = window.fetch;
  constructor() {
    window.fetch = (async (url: RequestInfo | URL, init: RequestInit = {}) => {
      // An inbox without --pow: no challenge to solve.
      if (String(url).endsWith('/api/challenge')) return new Response('', { status: 404 });
      this.requests.push({ url: String(url), init });
      if (this.delay) await aTimeout(this.delay);
      if (this.mode === 'down') throw new TypeError('Failed to fetch');
      if (this.mode === '503') return new Response('down for maintenance', { status: 503 });
      if (this.mode === '400')
        return Response.json({ error: 'Links are not allowed' }, { status: 400 });
      const body = JSON.parse(String(init.body));
      const repeat = this.records.has(body.id);
      this.records.set(body.id, body);
      return Response.json({ id: body.id }, { status: repeat ? 200 : 201 });
    }) as typeof fetch;
  }
  restore(): void {
    window.fetch = this.original;
  }
  get ids(): string[] {
    return this.requests.map((r) => JSON.parse(String(r.init.body)).id);
  }
}

const $ = <T extends Element = HTMLInputElement>(el: AfterwordFeedback, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
const status = (el: AfterwordFeedback) => $(el, '[part="status"]').textContent!.trim();

async function type(el: AfterwordFeedback, field: string, value: string): Promise<void> {
  const control = $(el, `[name="${field}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function pick(el: AfterwordFeedback, kind: string): Promise<void> {
  const radio = $(el, `input[value="${kind}"]`);
  radio.click();
  await el.updateComplete;
}

async function submit(el: AfterwordFeedback): Promise<void> {
  $(el, '[part="button"]').click();
  await el.updateComplete;
}

const make = (attrs = 'endpoint="/api/feedback" min-seconds="0"') => {
  const host = document.createElement('div');
  host.innerHTML = `<afterword-feedback ${attrs}></afterword-feedback>`;
  return fixture<AfterwordFeedback>(html`${host.firstElementChild}`);
};

describe('<afterword-feedback>', () => {
  let inbox: FakeInbox;
  const clean = () => {
    for (const area of ['local', 'session'] as const) {
      remove(DRAFT, area);
      remove(QUEUE, area);
    }
  };
  beforeEach(() => {
    clean();
    inbox = new FakeInbox();
  });
  afterEach(() => {
    fixtureCleanup();
    inbox.restore();
    clean();
  });

  describe('defaults', () => {
    it('offers feedback, correction and tip, with labelled fields, and is accessible', async () => {
      const el = await make();
      const kinds = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="kind"]')].map(
        (r) => r.value,
      );
      expect(kinds).to.deep.equal(['feedback', 'correction', 'tip']);
      expect($(el, 'label[for="message"]').textContent).to.equal('Message');
      expect($(el, '#message').required).to.equal(true);
      expect($(el, '#email').type).to.equal('email');
      await expectAccessible(el);
    });

    it('limits the kinds with the kinds attribute and hides the choice for one kind', async () => {
      const el = await make('kinds="tip" endpoint="/api/feedback"');
      expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
      expect($(el, '[part="note"]').textContent).to.contain('Private');
    });

    it('speaks the page language', async () => {
      const el = await make('lang="de" endpoint="/api/feedback"');
      expect($(el, '[part="button"]').textContent!.trim()).to.equal('Senden');
      const ar = await make('lang="ar" endpoint="/api/feedback"');
      expect($(ar, 'form').getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('validation', () => {
    it('marks an empty message, announces the problem, focuses the field and sends nothing', async () => {
      const el = await make();
      await submit(el);
      const message = $(el, '#message');
      expect(message.getAttribute('aria-invalid')).to.equal('true');
      expect(message.getAttribute('aria-describedby')).to.equal('message-error');
      expect($(el, '#message-error').textContent).to.equal('Required.');
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(status(el)).to.equal('Check the marked fields.');
      expect(el.shadowRoot!.activeElement).to.equal(message);
      expect(inbox.requests).to.have.length(0);
      await expectAccessible(el);
    });

    it('rejects an invalid email and clears the error as the reader corrects it', async () => {
      const el = await make();
      await type(el, 'message', 'Hello');
      await type(el, 'email', 'not-an-address');
      await submit(el);
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#email-error').textContent).to.equal('Invalid email address.');
      await type(el, 'email', 'ana@example.org');
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('false');
      expect(inbox.requests).to.have.length(0);
    });

    it('shows a character count near the limit and refuses too long a message', async () => {
      const el = await make();
      await type(el, 'message', 'x'.repeat(4400));
      expect(el.shadowRoot!.querySelector('#message-hint')).to.equal(null);
      await type(el, 'message', 'x'.repeat(5001));
      expect($(el, '#message-hint').textContent).to.equal('5001 / 5000');
      await submit(el);
      expect($(el, '#message').getAttribute('aria-describedby')).to.equal(
        'message-hint message-error',
      );
      expect($(el, '#message-error').textContent).to.equal('At most 5000 characters.');
      expect(inbox.requests).to.have.length(0);
    });
  });

  describe('sending', () => {
    it('posts the payload as JSON, says it was sent, clears the draft and fires the events', async () => {
      const el = await make();
      await pick(el, 'correction');
      await type(el, 'quote', 'teh cat');
      await type(el, 'message', 'Typo: the cat');
      await type(el, 'name', 'Ana');
      const before = oneEvent(el, 'afterword-feedback');
      const sent = oneEvent(el, 'afterword-feedback-sent');
      await submit(el);
      const {
        detail: { payload },
      } = await before;
      const { detail } = await sent;
      expect(detail).to.deep.equal({
        id: payload.id,
        kind: 'correction',
        via: 'json',
        retried: false,
      });
      const [request] = inbox.requests;
      expect(request.url).to.equal('/api/feedback');
      expect(request.init.method).to.equal('POST');
      expect((request.init.headers as Record<string, string>)['Content-Type']).to.equal(
        'application/json',
      );
      const body = JSON.parse(String(request.init.body));
      expect(body).to.deep.equal(payload);
      expect(body).to.include({
        kind: 'correction',
        message: 'Typo: the cat',
        name: 'Ana',
        quote: 'teh cat',
        lang: 'en',
      });
      expect(body).not.to.have.property('email');
      expect(body.page.url).to.equal(pageUrl());
      await el.updateComplete;
      expect(status(el)).to.equal('Sent. Thank you!');
      expect($(el, '#message').value).to.equal('');
      expect(localStorage.getItem(DRAFT)).to.equal(null);
      await expectAccessible(el);
    });

    it('sends once when the button is clicked twice', async () => {
      const el = await make();
      inbox.delay = 100;
      await type(el, 'message', 'Once only');
      $(el, '[part="button"]').click();
      $(el, '[part="button"]').click();
      await el.updateComplete;
      expect($(el, '[part="button"]').getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => status(el) === 'Sent. Thank you!');
      expect(inbox.requests).to.have.length(1);
    });

    it('lets the page take the payload with preventDefault()', async () => {
      const el = await make('min-seconds="0"');
      await type(el, 'message', 'Handled by the page');
      el.addEventListener('afterword-feedback', (e) => e.preventDefault());
      const sent = oneEvent(el, 'afterword-feedback-sent');
      await submit(el);
      expect((await sent).detail.via).to.equal('page');
      expect(inbox.requests).to.have.length(0);
      expect(status(el)).to.equal('Sent. Thank you!');
    });

    it('shows the server message on a 4xx and keeps the draft', async () => {
      const el = await make();
      inbox.mode = '400';
      await type(el, 'message', 'See http://spam.example');
      const error = oneEvent(el, 'afterword-feedback-error');
      await submit(el);
      expect((await error).detail).to.include({
        status: 400,
        message: 'Links are not allowed',
        queued: false,
      });
      await el.updateComplete;
      expect(status(el)).to.equal('Not sent. Links are not allowed');
      expect($(el, '#message').value).to.equal('See http://spam.example');
      await aTimeout(350);
      expect(localStorage.getItem(DRAFT)).to.contain('See http://spam.example');
      expect(localStorage.getItem(QUEUE) ?? '[]').to.equal('[]');
      await expectAccessible(el);
    });

    it('opens the mail app for mailto and sends nothing', async () => {
      const el = await make('mailto="news@blog.example" min-seconds="0"');
      let opened = '';
      (el as unknown as { openMail: (href: string) => void }).openMail = (href) => (opened = href);
      await type(el, 'message', 'By mail');
      await submit(el);
      expect(opened).to.match(/^mailto:news@blog\.example\?subject=Feedback%3A%20/);
      expect(opened).to.contain('body=By%20mail');
      expect(inbox.requests).to.have.length(0);
      expect(status(el)).to.equal('Send it from your email app.');
    });
  });

  describe('never losing words', () => {
    it('restores the draft after a reload', async () => {
      let el = await make();
      await pick(el, 'correction');
      await type(el, 'message', 'Half-written thought');
      await type(el, 'email', 'ana@example.org');
      fixtureCleanup();
      el = await make();
      expect($(el, 'input[value="correction"]').checked).to.equal(true);
      expect($(el, '#message').value).to.equal('Half-written thought');
      expect($(el, '#email').value).to.equal('ana@example.org');
    });

    it('saves the last keystrokes when the tab closes', async () => {
      const el = await make();
      await type(el, 'message', 'Typed just before closing');
      window.dispatchEvent(new Event('pagehide'));
      expect(localStorage.getItem(DRAFT)).to.contain('Typed just before closing');
    });

    it('queues on a network error and sends once, with the same id, when back online', async () => {
      const el = await make();
      inbox.mode = 'down';
      await type(el, 'message', 'Written on a train');
      const error = oneEvent(el, 'afterword-feedback-error');
      await submit(el);
      expect((await error).detail.queued).to.equal(true);
      await el.updateComplete;
      expect(status(el)).to.equal('Saved; it will be sent when possible.');
      await expectAccessible(el);
      inbox.mode = '503';
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => inbox.requests.length === 2);
      inbox.mode = 'up';
      const sent = oneEvent(el, 'afterword-feedback-sent');
      window.dispatchEvent(new Event('online'));
      expect((await sent).detail).to.include({ via: 'json', retried: true });
      expect(new Set(inbox.ids).size).to.equal(1);
      expect(inbox.records.size).to.equal(1);
      expect(JSON.parse(localStorage.getItem(QUEUE)!)).to.deep.equal([]);
      await el.updateComplete;
      expect(status(el)).to.equal('Sent. Thank you!');
    });

    it('retries on the next page view and the inbox keeps exactly one record', async () => {
      let el = await make();
      inbox.mode = '503';
      await type(el, 'message', 'Sent while the inbox was down');
      await submit(el);
      await waitUntil(() => status(el).startsWith('Saved'));
      fixtureCleanup();
      el = await make();
      await waitUntil(
        () => inbox.requests.length === 2 && status(el).startsWith('Saved'),
        'still saved on the next view',
      );
      fixtureCleanup();
      inbox.mode = 'up';
      el = await make();
      await waitUntil(() => inbox.records.size === 1 && status(el) === 'Sent. Thank you!');
      // A flush that started twice (two tabs) still lands once: the inbox deduplicates by id.
      expect(new Set(inbox.ids).size).to.equal(1);
      expect([...inbox.records.values()][0]).to.include({
        message: 'Sent while the inbox was down',
      });
    });
  });

  describe('corrections and tips', () => {
    it('pre-fills the quote with the text the reader selected in the article', async () => {
      const article = document.createElement('p');
      article.textContent = 'The mayor said on Tuesday that the bridge will close.';
      document.body.prepend(article);
      try {
        const el = await make();
        const range = document.createRange();
        range.setStart(article.firstChild!, 4);
        range.setEnd(article.firstChild!, 9);
        const changed = oneEvent(document, 'selectionchange');
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        await changed;
        await pick(el, 'correction');
        expect($(el, '#quote').value).to.equal('mayor');
        expect($(el, '#quote').getAttribute('aria-describedby')).to.equal('quote-hint');
        await expectAccessible(el);
      } finally {
        document.getSelection()!.removeAllRanges();
        article.remove();
      }
    });

    it('keeps a tip only in sessionStorage and says so', async () => {
      const el = await make();
      await pick(el, 'tip');
      await type(el, 'message', 'The council hides a report');
      await aTimeout(350);
      expect(localStorage.getItem(DRAFT)).to.equal(null);
      expect(sessionStorage.getItem(DRAFT)).to.contain('hides a report');
      expect($(el, '#message').getAttribute('aria-describedby')).to.equal('note');
      expect($(el, '#note').textContent).to.contain('only in this tab');
      inbox.mode = 'down';
      await submit(el);
      await waitUntil(() => status(el).startsWith('Saved'));
      expect(localStorage.getItem(QUEUE)).to.equal(null);
      expect(sessionStorage.getItem(QUEUE)).to.contain('hides a report');
      await expectAccessible(el);
    });
  });

  describe('spam checks', () => {
    it('a filled honeypot shows success; an Afterword inbox files it as spam, unoffered', async () => {
      const el = await make();
      const trap = $(el, '[name="website"]');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
      await type(el, 'message', 'Buy now');
      trap.value = 'https://spam.example';
      let fired = false;
      el.addEventListener('afterword-feedback', () => (fired = true));
      await submit(el);
      await waitUntil(() => status(el) === 'Sent. Thank you!');
      expect(inbox.requests).to.have.length(1);
      const body = JSON.parse(String(inbox.requests[0]!.init.body));
      expect(body.checks).to.deep.equal({ honeypot: true });
      expect(body.message).to.equal('Buy now');
      expect(fired).to.equal(false);
    });

    it('a submission faster than min-seconds (default 3) is sent as fast to an Afterword inbox', async () => {
      const el = await make('endpoint="/api/feedback"');
      await type(el, 'message', 'Instant');
      await submit(el);
      await waitUntil(() => status(el) === 'Sent. Thank you!');
      expect(inbox.requests).to.have.length(1);
      expect(JSON.parse(String(inbox.requests[0]!.init.body)).checks).to.deep.equal({ fast: true });
    });

    it('to anywhere else, a bot is shown success and nothing is sent', async () => {
      const el = await make('endpoint="/forms/feedback" format="formspree"');
      await type(el, 'message', 'Instant');
      await submit(el);
      expect(status(el)).to.equal('Sent. Thank you!');
      expect(inbox.requests).to.have.length(0);
    });
  });

  describe('bad configuration', () => {
    const cases: [string, RegExp][] = [
      [
        'endpoint="javascript:alert(1)"',
        /^\[afterword\] afterword-feedback: endpoint: "javascript:alert\(1\)" is not/,
      ],
      ['endpoint="http://inbox.example/api"', /endpoint: .* is not an https: URL/],
      ['kinds="tip rant" endpoint="/x"', /kinds: unknown kind "rant"/],
      [
        'format="xml" endpoint="/x"',
        /format: "xml" is not one of json, formspree, web3forms, netlify, form/,
      ],
      ['format="web3forms"', /access-key: required for format "web3forms"/],
      ['mailto="not-an-address"', /mailto: "not-an-address" is not an email address/],
      ['min-seconds="soon" endpoint="/x"', /min-seconds: "soon" is not a number of seconds/],
      [`config='{"kinds":"tip","colour":"red"}'`, /config: unknown key "colour"/],
    ];
    for (const [attrs, pattern] of cases) {
      it(`${attrs} logs one clear error and still renders`, async () => {
        const errors = captureErrors();
        try {
          const el = await make(attrs);
          expect(
            errors.messages.filter((m) => pattern.test(m)),
            errors.messages.join('\n'),
          ).to.have.length(1);
          expect($(el, '#message')).to.exist;
        } finally {
          errors.restore();
        }
      });
    }

    it('without a destination it keeps the draft, says it was not sent and logs why', async () => {
      const errors = captureErrors();
      try {
        const el = await make('endpoint="javascript:alert(1)" min-seconds="0"');
        await type(el, 'message', 'Nowhere to go');
        await submit(el);
        await el.updateComplete;
        expect(status(el)).to.equal('Not sent.');
        expect($(el, '#message').value).to.equal('Nowhere to go');
        expect(errors.messages.some((m) => /endpoint: no endpoint or mailto/.test(m))).to.equal(
          true,
        );
        expect(inbox.requests).to.have.length(0);
      } finally {
        errors.restore();
      }
    });
  });
});
