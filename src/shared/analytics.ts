// analytics="…": each afterword-* event passed on to the analytics tool the site already runs, without the reader.

// Its own part, fetched only by a widget whose `analytics` is set.
import { ANALYTICS, type Analytics } from './schemas.js';

export { ANALYTICS, type Analytics };

/** What a tool is told: `afterword <what>` and at most one property, an id from Afterword's own lists. */
export interface Counted {
  name: string;
  key?: string;
  value?: string;
}

/** Each event's one property; every other field of a detail (text, ids, addresses) stays on the page. */
const PROPERTY: Record<string, string> = {
  'afterword-share': 'network',
  'afterword-support': 'provider',
  'afterword-feedback-sent': 'kind',
  'afterword-feedback-error': 'kind',
};

/**
 * What an event is counted as, or undefined when it isn't. `afterword-feedback` (before sending) is
 * left to `-sent` and `-error`, which follow it. A news tip is never counted: a source's visit
 * history at the analytics provider would then say who sent one; nor is a message of unknown kind.
 */
export function counted(type: string, detail: unknown): Counted | undefined {
  if (!type.startsWith('afterword-') || type === 'afterword-feedback') return undefined;
  const name = type.replace(/-/g, ' ');
  const key = PROPERTY[type];
  const value = key && (detail as Record<string, unknown> | null)?.[key];
  if (key === 'kind' && value !== 'feedback' && value !== 'correction') return undefined;
  // Ids only (`mastodon`, `kofi`, `correction`): never anything a reader or a page could write.
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,31}$/.test(value)
    ? { name, key, value }
    : { name };
}

/** A tool's page function (`[object, method]` on `window`, or a global function) and its arguments. */
export interface Call {
  fn: [string, string?];
  args: unknown[];
}

/**
 * The call each tool documents for an event. Where a tool takes no properties (GoatCounter,
 * Fathom), the property ends the name: `afterword share mastodon`. GA4 allows only letters,
 * digits and underscores in names: `afterword_share`. Matomo files it under the category `afterword`.
 */
export function callFor(tool: Analytics, { name, key, value }: Counted): Call {
  const props = key && value ? { [key]: value } : undefined;
  const named = value ? `${name} ${value}` : name;
  const maybe = (x: unknown): unknown[] => (x === undefined ? [] : [x]);
  switch (tool) {
    case 'plausible':
      return { fn: ['plausible'], args: [name, ...maybe(props && { props })] };
    case 'goatcounter':
      return { fn: ['goatcounter', 'count'], args: [{ path: named, title: name, event: true }] };
    case 'umami':
      return { fn: ['umami', 'track'], args: [name, ...maybe(props)] };
    case 'matomo':
      return { fn: ['_paq', 'push'], args: [['trackEvent', 'afterword', name, ...maybe(value)]] };
    case 'fathom':
      return { fn: ['fathom', 'trackEvent'], args: [named] };
    case 'gtag':
      return { fn: ['gtag'], args: ['event', name.replace(/ /g, '_'), props ?? {}] };
  }
}

/**
 * Passes one afterword-* event to the page's own `tool`, if its function is on the page; nothing
 * is loaded or sent otherwise. A tool that throws never breaks the widget that fired the event.
 */
export function track(
  tool: Analytics | undefined,
  type: string,
  detail: unknown,
  page: object = globalThis,
): void {
  const what = tool && counted(type, detail);
  if (!what) return;
  const { fn, args } = callFor(tool, what);
  const owner = fn[1] ? (page as Record<string, unknown>)[fn[0]] : page;
  const call = (owner as Record<string, unknown> | undefined)?.[fn[1] ?? fn[0]];
  if (typeof call !== 'function') return;
  try {
    call.apply(owner, args);
  } catch {
    // The site's analytics are the site's: their failure is not the reader's problem.
  }
}
