// When the support banner may appear: triggers and frequency rules as pure functions over one small
// state object that lives in localStorage; the clock (`now`, ms) is always passed in.

export const DAY = 864e5;
/** The one localStorage key; the version changes if the state's shape ever does. */
export const STORE_KEY = 'afterword:support:v1';
/** Articles count as read for this long. */
export const READ_WINDOW = 30 * DAY;

export interface Rules {
  /** Banner views allowed per period (0 = no limit). */
  maxViews: number;
  periodDays: number;
  /** Quiet days after the reader closes the banner. */
  snoozeDays: number;
  /** Quiet days after a supporter comes back with `?afterword=thanks`. */
  thanksDays: number;
}

export const DEFAULT_RULES: Rules = {
  maxViews: 3,
  periodDays: 30,
  snoozeDays: 30,
  thanksDays: 180,
};

export interface SupportState {
  /** Article URL → when it was last read. */
  reads: Record<string, number>;
  /** When the banner was shown. */
  views: number[];
  dismissed?: number;
  thanked?: number;
}

export type Trigger = { kind: 'immediate' | 'scroll' | 'time' | 'articles'; n: number };

/** `immediate`, `scroll:<percent>`, `time:<seconds>` or `articles:<n>`; undefined when malformed. */
export function parseTrigger(value: string): Trigger | undefined {
  const m = /^(immediate|scroll|time|articles)(?::(\d+(?:\.\d+)?)%?)?$/.exec(
    value.trim().toLowerCase(),
  );
  if (!m || (m[1] === 'immediate') !== (m[2] === undefined)) return undefined;
  const n = Number(m[2] ?? 0);
  return m[1] === 'scroll' && n > 100 ? undefined : { kind: m[1] as Trigger['kind'], n };
}

/** Whatever storage held (nothing, garbage, an old shape) becomes a usable state; bad timestamps never count. */
export function load(raw: unknown): SupportState {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Partial<SupportState>;
  return {
    reads: { ...o.reads },
    views: Array.isArray(o.views) ? o.views : [],
    dismissed: o.dismissed,
    thanked: o.thanked,
  };
}

// NaN comparisons are false, so a corrupt timestamp is as good as none.
const within = (t: number | undefined, days: number, now: number): boolean =>
  t != null && now - t < days * DAY;

/** Records a read of this article; returns how many articles were read in the last 30 days. */
export function recordRead(s: SupportState, url: string, now: number): number {
  s.reads[url] = now;
  const recent = Object.entries(s.reads).filter(([, t]) => now - t < READ_WINDOW);
  s.reads = Object.fromEntries(recent.sort((a, b) => b[1] - a[1]).slice(0, 100));
  return Object.keys(s.reads).length;
}

export const isThanked = (s: SupportState, r: Rules, now: number): boolean =>
  within(s.thanked, r.thanksDays, now);

/** A `?afterword=thanks` return: true the first time (show the thank-you), false while still thanked. */
export function markThanks(s: SupportState, r: Rules, now: number): boolean {
  if (isThanked(s, r, now)) return false;
  s.thanked = now;
  return true;
}

/** Whether the banner may appear now. */
export function mayShow(s: SupportState, r: Rules, now: number): boolean {
  if (isThanked(s, r, now) || within(s.dismissed, r.snoozeDays, now)) return false;
  return !r.maxViews || s.views.filter((t) => within(t, r.periodDays, now)).length < r.maxViews;
}

export function recordView(s: SupportState, r: Rules, now: number): void {
  s.views = [...s.views.filter((t) => within(t, r.periodDays, now)), now].slice(-50);
}

export function recordDismiss(s: SupportState, now: number): void {
  s.dismissed = now;
}

export interface Visit {
  /** Articles read in the last 30 days, this one included. */
  count: number;
  /** This view is a supporter's `?afterword=thanks` return, the first in its thanks period. */
  thanked: boolean;
  /** Thanked recently: the thank-you shows instead of the ask. */
  thanks: boolean;
  /** The banner may appear on this view. */
  allowed: boolean;
}

/** One page view of an article: records the read and any thanks return, and says what may show. */
export function visit(
  s: SupportState,
  r: Rules,
  url: string,
  now: number,
  thanksReturn: boolean,
): Visit {
  const count = recordRead(s, url, now);
  const thanked = thanksReturn && markThanks(s, r, now);
  return { count, thanked, thanks: isThanked(s, r, now), allowed: mayShow(s, r, now) };
}
