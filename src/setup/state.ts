// What the blogger fills in on the set-up page, starting from each element's own defaults; no DOM.
import { SHARE_DEFAULTS } from '../share/options.js';
import { SUPPORT_DEFAULTS } from '../support/options.js';
import { parseTrigger } from '../support/frequency.js';
import { FEEDBACK_DEFAULTS } from '../feedback/options.js';
import { MORE_DEFAULTS } from '../more/options.js';

export const TOKENS = ['accent', 'text', 'muted', 'surface', 'border', 'radius', 'font'] as const;
export type Token = (typeof TOKENS)[number];

export const TRIGGERS = ['immediate', 'scroll', 'time', 'articles'] as const;
export type TriggerKind = (typeof TRIGGERS)[number];

/** Feedback destinations: the element's formats, plus the reader's mail app. */
export const DESTINATIONS = [
  'json',
  'formspree',
  'web3forms',
  'netlify',
  'form',
  'mailto',
] as const;
export type DestinationKind = (typeof DESTINATIONS)[number];

export interface ProviderRow {
  provider: string;
  account: string;
  href: string;
}

export interface SetupState {
  /** Where the blogger serves afterword.js from. */
  script: string;
  /** '' = the page's own language. */
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  /** CSS values of the design tokens; '' keeps the default. */
  tokens: Record<Token, string>;
  platform: string;
  placement: string;
  position: 'after' | 'append';
  share: {
    on: boolean;
    networks: string[];
    via: string;
    hashtags: string;
    utm: boolean;
    labels: 'auto' | 'show' | 'hide';
  };
  support: {
    on: boolean;
    providers: ProviderRow[];
    currency: string;
    amounts: string;
    amount: string;
    intervals: string[];
    mode: 'inline' | 'banner';
    trigger: TriggerKind;
    /** Percent, seconds or articles, as the trigger needs. */
    triggerValue: string;
    name: string;
    heading: string;
    message: string;
  };
  feedback: {
    on: boolean;
    kinds: string[];
    destination: DestinationKind;
    endpoint: string;
    accessKey: string;
    formName: string;
    mailto: string;
    /** For tips: the address of the public key they are sealed to, and its fingerprint. */
    tipKey: string;
    tipFingerprint: string;
  };
  author: {
    on: boolean;
    name: string;
    photo: string;
    jobTitle: string;
    location: string;
    href: string;
    /** Profile addresses, one a line. */
    links: string;
    bio: string;
    noSchema: boolean;
  };
  more: {
    on: boolean;
    /** '' = the feed the page links. */
    feed: string;
    count: string;
    match: 'latest' | 'tags';
  };
}

/** What the page suggests when the blogger picks a trigger (the element has no default for them). */
export const TRIGGER_SUGGESTIONS: Record<TriggerKind, string> = {
  immediate: '',
  scroll: '60',
  time: '30',
  articles: '3',
};

/**
 * The state a fresh page starts with: every widget on, each with its element's defaults, and Ko-fi
 * as a first way to pay (the element has none until the blogger names one).
 */
export function initialState(script: string, endpoint = ''): SetupState {
  return {
    script,
    lang: '',
    theme: 'auto',
    tokens: { accent: '', text: '', muted: '', surface: '', border: '', radius: '', font: '' },
    platform: 'html',
    placement: 'article',
    position: 'after',
    share: {
      on: true,
      networks: [...SHARE_DEFAULTS.networks],
      via: '',
      hashtags: '',
      utm: SHARE_DEFAULTS.utm,
      labels: SHARE_DEFAULTS.labels,
    },
    support: {
      on: true,
      providers: [{ provider: 'kofi', account: '', href: '' }],
      currency: SUPPORT_DEFAULTS.currency,
      amounts: '',
      amount: '',
      intervals: [...SUPPORT_DEFAULTS.intervals],
      mode: SUPPORT_DEFAULTS.mode as SetupState['support']['mode'],
      trigger: parseTrigger(SUPPORT_DEFAULTS.trigger)!.kind,
      triggerValue: '',
      name: '',
      heading: '',
      message: '',
    },
    feedback: {
      on: true,
      kinds: [...FEEDBACK_DEFAULTS.kinds],
      destination: FEEDBACK_DEFAULTS.format,
      endpoint,
      accessKey: '',
      formName: '',
      mailto: '',
      tipKey: '',
      tipFingerprint: '',
    },
    author: {
      on: true,
      name: '',
      photo: '',
      jobTitle: '',
      location: '',
      href: '',
      links: '',
      bio: '',
      noSchema: false,
    },
    // Off at first: the list needs the blog's own feed, which this page can't see.
    more: {
      on: false,
      feed: '',
      count: String(MORE_DEFAULTS.count),
      match: MORE_DEFAULTS.match,
    },
  };
}

/** A value in the state by dotted path (`support.providers.0.account`). */
export function getPath(s: SetupState, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], s);
}

/** A copy of the state with one value replaced. */
export function setPath(s: SetupState, path: string, value: unknown): SetupState {
  const copy = structuredClone(s);
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>(
    (o, k) => o[k] as Record<string, unknown>,
    copy as unknown as Record<string, unknown>,
  );
  parent[last] = value;
  return copy;
}
