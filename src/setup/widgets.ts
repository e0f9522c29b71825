// Each widget as the set-up page hands it to its element: what the blogger typed, as that element's
// settings (attribute names, nothing judged), the element's own resolveOptions and defaults, and the
// way from each of the element's fields back to the form field that holds it.
import { splitList } from '../shared/config.js';
import type { Report } from '../shared/options.js';
import { resolveOptions as shareOptions, SHARE_DEFAULTS } from '../share/options.js';
import { camel, resolveOptions as supportOptions, SUPPORT_DEFAULTS } from '../support/options.js';
import { resolveOptions as feedbackOptions, FEEDBACK_DEFAULTS } from '../feedback/options.js';
import { resolveOptions as authorOptions } from '../author/options.js';
import { MORE_DEFAULTS, resolveOptions as moreOptions } from '../more/options.js';
import type { SetupMessages } from './messages/en.js';
import type { SetupState } from './state.js';

export type Section = Record<string, unknown>;
export type WidgetName = 'share' | 'support' | 'feedback' | 'author' | 'more';
export const WIDGET_NAMES: WidgetName[] = ['share', 'support', 'feedback', 'author', 'more'];

export interface Widget {
  /** The element's own reading of its settings: every rule is there. */
  resolve(attributes: object, json: Record<string, unknown>, report: Report): object;
  /** What the blogger typed, as the element's settings; a field left empty gives nothing. */
  given(s: SetupState): Section;
  /** The element's defaults by attribute name: a setting equal to one is left out of the snippets. */
  defaults: Record<string, unknown>;
  /** Form fields named otherwise than the element's field (`format` is picked as `destination`). */
  fields?: Record<string, string>;
  /**
   * What the page asks for before it writes the widget, which the element itself lets pass (an
   * empty list it fills with its default, a card without a name, a form that can send nowhere):
   * a form field, whether it is satisfied (given the settings and, once it accepted them, the
   * element's options), and the page's words.
   */
  needs?: [
    path: string,
    met: (given: Section, options?: object) => boolean,
    words: keyof SetupMessages,
  ][];
  /** The element's own reading written back where it is tidier than what was typed (`EUR`). */
  tidy?(section: Section, options: object): void;
}

/** A field as typed, without the space around it; empty gives nothing. */
const text = (value: string): string | undefined => value.trim() || undefined;
/** A list as typed, split as the elements split attribute lists. */
const words = (value: string): string | undefined => splitList(value).join(' ') || undefined;

/** The site-wide settings every element takes: the language, and light or dark unless it follows the reader. */
const common = (s: SetupState): Section => ({
  lang: s.lang || undefined,
  theme: s.theme === 'auto' ? undefined : s.theme,
});

/** The two providers reached through a link of the blogger's own rather than an account. */
export const needsHref = (provider: string): boolean =>
  provider === 'stripe' || provider === 'link';

export const WIDGETS: Record<WidgetName, Widget> = {
  share: {
    resolve: shareOptions,
    given: (s) => ({
      ...common(s),
      networks: s.share.networks.join(' '),
      via: text(s.share.via),
      hashtags: words(s.share.hashtags),
      labels: s.share.labels,
      utm: s.share.utm,
    }),
    defaults: SHARE_DEFAULTS,
    needs: [['share.networks', (g) => !!g.networks, 'errNetworks']],
    tidy(section, o) {
      const { via, hashtags } = o as ReturnType<typeof shareOptions>;
      if (section.via) section.via = via;
      if (section.hashtags) section.hashtags = hashtags?.join(' ');
    },
  },
  support: {
    resolve: supportOptions,
    given: (s) => {
      const o = s.support;
      const rows = o.providers.map(({ provider, account, href }) =>
        needsHref(provider) ? { provider, href: text(href) } : { provider, account: text(account) },
      );
      return {
        ...common(s),
        // One way to pay as attributes, several in `providers`, as the element documents them.
        ...(rows.length > 1 ? { providers: rows } : rows[0]),
        currency: text(o.currency),
        amounts: words(o.amounts),
        amount: text(o.amount),
        intervals: o.intervals.join(' '),
        mode: o.mode,
        // The form asks when the bar appears only for a bar.
        trigger:
          o.mode !== 'banner'
            ? undefined
            : o.trigger === 'immediate'
              ? o.trigger
              : `${o.trigger}:${o.triggerValue.trim()}`,
        name: text(o.name),
        heading: text(o.heading),
        message: text(o.message),
      };
    },
    defaults: SUPPORT_DEFAULTS,
    fields: {
      provider: 'providers',
      account: 'providers.0.account',
      href: 'providers.0.href',
      trigger: 'triggerValue',
    },
    needs: [['support.intervals', (g) => !!g.intervals, 'errIntervals']],
    tidy(section, o) {
      const { currency, amount } = o as ReturnType<typeof supportOptions>;
      if (section.currency) section.currency = currency;
      if (section.amount) section.amount = amount;
    },
  },
  feedback: {
    resolve: feedbackOptions,
    given: (s) => {
      const o = s.feedback;
      return {
        ...common(s),
        kinds: o.kinds.join(' '),
        ...(o.destination === 'mailto'
          ? { mailto: text(o.mailto) }
          : {
              format: o.destination,
              endpoint: text(o.endpoint),
              'access-key': o.destination === 'web3forms' ? text(o.accessKey) : undefined,
              'form-name': o.destination === 'netlify' ? text(o.formName) : undefined,
            }),
        // Tips sealed to the journalist's key, pinned by its fingerprint so that whoever controls
        // the key's host can't swap it silently.
        ...(o.kinds.includes('tip')
          ? { 'tip-key': text(o.tipKey), 'tip-fingerprint': text(o.tipFingerprint) }
          : {}),
      };
    },
    defaults: FEEDBACK_DEFAULTS,
    fields: { format: 'destination' },
    needs: [
      ['feedback.kinds', (g) => !!g.kinds, 'errKinds'],
      // The form finds out only when a reader sends; here the blogger is told before pasting it.
      ['feedback.mailto', (g, o) => !('mailto' in g) || !o || sends(o), 'errMailto'],
      ['feedback.endpoint', (g, o) => 'mailto' in g || !o || sends(o), 'errEndpoint'],
      ['feedback.tipFingerprint', (g) => !g['tip-key'] || !!g['tip-fingerprint'], 'errFingerprint'],
    ],
  },
  author: {
    resolve: authorOptions,
    given: (s) => {
      const o = s.author;
      const links = o.links
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      return {
        ...common(s),
        name: text(o.name),
        photo: text(o.photo),
        'job-title': text(o.jobTitle),
        location: text(o.location),
        href: text(o.href),
        links: links.length ? links : undefined,
        'no-schema': o.noSchema || undefined,
      };
    },
    defaults: {},
    needs: [['author.name', (g) => !!g.name, 'errName']],
  },
  more: {
    // This page is not on the blog's site: any feed address passes here; the list itself
    // reads only one on the site it stands on.
    resolve: (attributes, json, report) =>
      moreOptions(attributes, json, report, document.baseURI, null),
    given: (s) => ({
      ...common(s),
      feed: text(s.more.feed),
      count: text(s.more.count),
      match: s.more.match,
    }),
    defaults: MORE_DEFAULTS,
  },
};

/** Whether the feedback form, as it read its settings, can send somewhere. */
const sends = (o: object): boolean => {
  const { dest, to } = o as ReturnType<typeof feedbackOptions>;
  return !!(dest || to);
};

/** The form field that holds one of a widget's fields (`job-title` → `author.jobTitle`). */
export function pathOf(name: WidgetName, field: string): string {
  if (field === 'lang' || field === 'theme') return field;
  const own = WIDGETS[name].fields?.[field];
  return `${name}.${own ?? field.split('.').map(camel).join('.')}`;
}
