// analytics="…": every afterword-* event reaches the site's own Plausible, GoatCounter, Umami, Matomo,
// Fathom or gtag function, installed on a page as the tool's snippet installs it, and no reader's detail does.
import { expect } from '@open-wc/testing';
import { ANALYTICS, counted, track, type Analytics } from '../../src/shared/analytics.js';
import type { FeedbackEventDetail, FeedbackSentDetail } from '../../src/feedback/events.js';
import type { ShareEventDetail } from '../../src/share/events.js';
import type { DismissEventDetail, SupportEventDetail } from '../../src/support/events.js';

// What readers write and who they are: none of it may reach a tool.
const READER = {
  message: 'My landlord, Jane Roe, has not fixed the roof since March',
  name: 'Ann Reader',
  email: 'ann.reader@example.org',
  quote: 'the new roof kept the rain out',
  id: '6b0f6a3e-2a47-4d8e-9a52-0d2c1f1e9b11',
  page: 'https://harbour-post.example/2026/11/27/night-market-returns/?ref=reader-42',
  provider: 'https://ko-fi.com/harbourpost?amount=7',
  next: 'https://harbour-post.example/2026/11/30/council-votes/',
  status: 'Links are not allowed',
};

const share: ShareEventDetail = { network: 'mastodon', url: READER.page };
const support: SupportEventDetail = {
  provider: 'kofi',
  amount: 7,
  currency: 'EUR',
  interval: 'monthly',
  url: READER.provider,
};
const dismiss: DismissEventDetail = { reason: 'escape' };
const payload = {
  id: READER.id,
  kind: 'correction' as const,
  message: READER.message,
  name: READER.name,
  email: READER.email,
  quote: READER.quote,
  page: { url: READER.page, title: 'Night market returns to Quay Street' },
  lang: 'en',
  createdAt: '2026-11-27T20:15:00Z',
};
const feedback: FeedbackEventDetail = { payload };
const sent = (kind: FeedbackSentDetail['kind']): FeedbackSentDetail => ({
  id: READER.id,
  kind,
  via: 'json',
  retried: false,
});
// The error detail as the form fires it, and with the kind of the message that failed.
const error = { id: READER.id, status: 400, message: READER.status, queued: false };

/** Every event a reader can cause, in the order the tests fire them. */
const EVENTS: [string, unknown][] = [
  ['afterword-share', share],
  ['afterword-support', support],
  ['afterword-dismiss', dismiss],
  ['afterword-feedback', feedback],
  ['afterword-feedback-sent', sent('correction')],
  ['afterword-feedback-sent', sent('tip')],
  ['afterword-feedback-error', { ...error, kind: 'feedback' }],
  ['afterword-feedback-error', error],
  ['afterword-more', { url: READER.next }],
];

/**
 * Each tool's page function as its own snippet or script puts it on `window`, and how to read
 * back what it was given.
 */
const TOOLS: Record<
  Analytics,
  { snippet: string; broken: string; calls: (w: any) => unknown[][] }
> = {
  // plausible.io's snippet: a queue until the script has loaded.
  plausible: {
    snippet:
      'window.plausible = window.plausible || function () { (window.plausible.q = window.plausible.q || []).push(arguments) }',
    broken: 'window.plausible = function () { throw new Error("blocked") }',
    calls: (w) => w.plausible.q.map((a: IArguments) => [...a]),
  },
  // count.js exposes window.goatcounter.count(vars).
  goatcounter: {
    snippet:
      'window.goatcounter = { count: function (vars) { (window.__sent = window.__sent || []).push([vars]) } }',
    broken: 'window.goatcounter = { count: function () { throw new Error("blocked") } }',
    calls: (w) => w.__sent,
  },
  // Umami's script exposes window.umami.track(name, data).
  umami: {
    snippet:
      'window.umami = { track: function () { (window.__sent = window.__sent || []).push([].slice.call(arguments)) } }',
    broken: 'window.umami = { track: function () { throw new Error("blocked") } }',
    calls: (w) => w.__sent,
  },
  // Matomo's tracking code: commands queue in _paq until matomo.js has loaded.
  matomo: {
    snippet: 'var _paq = window._paq = window._paq || [];',
    // Once matomo.js has loaded, _paq is its own object with a push() that runs each command.
    broken: 'window._paq = { push: function () { throw new Error("blocked") } }',
    calls: (w) => w._paq.map((command: unknown) => [command]),
  },
  // Fathom's script exposes window.fathom.trackEvent(name, options).
  fathom: {
    snippet:
      'window.fathom = { trackEvent: function () { (window.__sent = window.__sent || []).push([].slice.call(arguments)) } }',
    broken: 'window.fathom = { trackEvent: function () { throw new Error("blocked") } }',
    calls: (w) => w.__sent,
  },
  // Google's gtag.js snippet.
  gtag: {
    snippet:
      'window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}',
    broken: 'function gtag(){ throw new Error("blocked") }',
    calls: (w) => w.dataLayer.map((a: IArguments) => [...a]),
  },
};

/** What each tool receives for EVENTS, in order: the names and the one property. */
const EXPECTED: Record<Analytics, unknown[][]> = {
  plausible: [
    ['afterword share', { props: { network: 'mastodon' } }],
    ['afterword support', { props: { provider: 'kofi' } }],
    ['afterword dismiss'],
    ['afterword feedback sent', { props: { kind: 'correction' } }],
    ['afterword feedback error', { props: { kind: 'feedback' } }],
    ['afterword more'],
  ],
  goatcounter: [
    [{ path: 'afterword share mastodon', title: 'afterword share', event: true }],
    [{ path: 'afterword support kofi', title: 'afterword support', event: true }],
    [{ path: 'afterword dismiss', title: 'afterword dismiss', event: true }],
    [{ path: 'afterword feedback sent correction', title: 'afterword feedback sent', event: true }],
    [{ path: 'afterword feedback error feedback', title: 'afterword feedback error', event: true }],
    [{ path: 'afterword more', title: 'afterword more', event: true }],
  ],
  umami: [
    ['afterword share', { network: 'mastodon' }],
    ['afterword support', { provider: 'kofi' }],
    ['afterword dismiss'],
    ['afterword feedback sent', { kind: 'correction' }],
    ['afterword feedback error', { kind: 'feedback' }],
    ['afterword more'],
  ],
  matomo: [
    [['trackEvent', 'afterword', 'afterword share', 'mastodon']],
    [['trackEvent', 'afterword', 'afterword support', 'kofi']],
    [['trackEvent', 'afterword', 'afterword dismiss']],
    [['trackEvent', 'afterword', 'afterword feedback sent', 'correction']],
    [['trackEvent', 'afterword', 'afterword feedback error', 'feedback']],
    [['trackEvent', 'afterword', 'afterword more']],
  ],
  fathom: [
    ['afterword share mastodon'],
    ['afterword support kofi'],
    ['afterword dismiss'],
    ['afterword feedback sent correction'],
    ['afterword feedback error feedback'],
    ['afterword more'],
  ],
  gtag: [
    ['event', 'afterword_share', { network: 'mastodon' }],
    ['event', 'afterword_support', { provider: 'kofi' }],
    ['event', 'afterword_dismiss', {}],
    ['event', 'afterword_feedback_sent', { kind: 'correction' }],
    ['event', 'afterword_feedback_error', { kind: 'feedback' }],
    ['event', 'afterword_more', {}],
  ],
};

/** Every string, number and boolean inside what a tool was given. */
function leaves(value: unknown): unknown[] {
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

let frame: HTMLIFrameElement | undefined;

/** A fresh page, with the tool's snippet run in it as the site's own script would. */
function page(snippet?: string): Window {
  frame = document.createElement('iframe');
  document.body.append(frame);
  const w = frame.contentWindow!;
  if (snippet) {
    const script = w.document.createElement('script');
    script.textContent = snippet;
    w.document.head.append(script);
  }
  return w;
}

describe('analytics', () => {
  afterEach(() => frame?.remove());

  for (const tool of ANALYTICS) {
    describe(tool, () => {
      it(`names each event "afterword <what>" with its network, provider or kind, as ${tool} takes it`, () => {
        const w = page(TOOLS[tool].snippet);
        for (const [type, detail] of EVENTS) track(tool, type, detail, w);
        expect(TOOLS[tool].calls(w)).to.deep.equal(EXPECTED[tool]);
      });

      it('passes no text, address, id, amount or other detail of the reader, whatever the event', () => {
        const w = page(TOOLS[tool].snippet);
        for (const [type, detail] of EVENTS) track(tool, type, detail, w);
        const given = leaves(TOOLS[tool].calls(w));
        const said = JSON.stringify(TOOLS[tool].calls(w));
        for (const secret of [...Object.values(READER), 'EUR', 'monthly', 'escape', 'tip', 'json'])
          expect(said, secret).not.to.include(secret);
        // Nothing but names, the tool's own words and Afterword's ids.
        const allowed = new Set([
          ...EXPECTED[tool].flatMap(leaves),
          'afterword',
          'trackEvent',
          'event',
          true,
        ]);
        expect(given.filter((v) => !allowed.has(v))).to.deep.equal([]);
        expect(given.filter((v) => typeof v === 'number')).to.deep.equal([]);
      });

      it('does nothing when the page has no such function, and survives one that throws', () => {
        const bare = page();
        for (const [type, detail] of EVENTS)
          expect(() => track(tool, type, detail, bare)).not.to.throw();
        const w = page(TOOLS[tool].broken);
        expect(() => track(tool, 'afterword-share', share, w)).not.to.throw();
      });
    });
  }

  it('sends nothing at all without `analytics`', () => {
    const w = page(TOOLS.plausible.snippet);
    for (const [type, detail] of EVENTS) track(undefined, type, detail, w);
    expect((w as any).plausible.q).to.equal(undefined);
  });

  it('counts only ids from its own lists, never a news tip, and never the form before it sends', () => {
    const table: [string, unknown, ReturnType<typeof counted>][] = [
      [
        'afterword-share',
        { network: 'x' },
        { name: 'afterword share', key: 'network', value: 'x' },
      ],
      ['afterword-share', { network: 'Jane <jane@example.org>' }, { name: 'afterword share' }],
      ['afterword-support', { provider: 42 }, { name: 'afterword support' }],
      ['afterword-feedback-sent', { kind: 'tip' }, undefined],
      ['afterword-feedback-sent', { kind: 'gossip' }, undefined],
      ['afterword-feedback-error', error, undefined],
      ['afterword-feedback', feedback, undefined],
      ['afterword-dismiss', null, { name: 'afterword dismiss' }],
      ['click', { network: 'x' }, undefined],
    ];
    for (const [type, detail, expected] of table)
      expect(counted(type, detail), `${type} ${JSON.stringify(detail)}`).to.deep.equal(expected);
  });
});
