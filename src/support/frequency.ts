// When the support banner may appear: triggers and frequency rules as pure functions over one small
// state object that lives in localStorage; the clock (`now`, ms) is always passed in.

export const DAY = 864e5;
export const HOUR = 36e5;
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
  /** Hours that must pass between two showings of the banner. */
  minGapHours: number;
  /** The campaign id ('' for none): a new one starts fresh views and snooze. */
  campaign: string;
  /** The banner shows only from `starts` (ms) and before `ends` (ms). */
  starts?: number;
  ends?: number;
}

export const DEFAULT_RULES: Rules = {
  maxViews: 3,
  periodDays: 30,
  snoozeDays: 30,
  thanksDays: 180,
  minGapHours: 20,
  campaign: '',
};

export interface SupportState {
  /** Article URL → when it was last read. */
  reads: Record<string, number>;
  /** When the banner was shown. */
  views: number[];
  dismissed?: number;
  thanked?: number;
  /** The latest showing, whatever the campaign: min-gap-hours counts from it. */
  last?: number;
  /** The campaign that `views` and `dismissed` belong to. */
  campaign?: string;
  /** The reader asked not to count their visits on this device. */
  uncounted?: boolean;
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
    last: o.last,
    campaign: typeof o.campaign === 'string' ? o.campaign : '',
    uncounted: o.uncounted === true,
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

/** Outside `starts`…`ends` the banner does not show (a missing bound is no bound). */
export const inCampaign = (r: Rules, now: number): boolean =>
  !(now < r.starts!) && !(now >= r.ends!);

/** A campaign id other than the stored one starts fresh views and snooze; the supporter state stays. */
export function enterCampaign(s: SupportState, r: Rules): void {
  if (s.campaign === r.campaign) return;
  s.campaign = r.campaign;
  s.views = [];
  s.dismissed = undefined;
}

/** Whether the banner may appear now. */
export function mayShow(s: SupportState, r: Rules, now: number): boolean {
  const same = (s.campaign ?? '') === r.campaign;
  if (isThanked(s, r, now) || (same && within(s.dismissed, r.snoozeDays, now))) return false;
  if (!inCampaign(r, now) || within(s.last, r.minGapHours / 24, now)) return false;
  const views = same ? s.views.filter((t) => within(t, r.periodDays, now)) : [];
  return !r.maxViews || views.length < r.maxViews;
}

export function recordView(s: SupportState, r: Rules, now: number): void {
  enterCampaign(s, r);
  s.views = [...s.views.filter((t) => within(t, r.periodDays, now)), now].slice(-50);
  s.last = now;
}

/** Shows the banner if it may appear now (another tab may have used up the views). */
export const showNow = (s: SupportState, r: Rules, now: number): boolean =>
  mayShow(s, r, now) && (recordView(s, r, now), true);

export function recordDismiss(s: SupportState, now: number): void {
  s.dismissed = now;
}

/** "I already support you": a supporter for thanks-days, exactly as after a thanks return. Returns the undo. */
export function declareSupporter(s: SupportState, now: number): number | undefined {
  const before = s.thanked;
  s.thanked = now;
  return before;
}

/** "Don't count my visits": forgets the reading history and stops counting. Returns it, for an undo. */
export function stopCounting(s: SupportState): Record<string, number> {
  const reads = s.reads;
  s.reads = {};
  s.uncounted = true;
  return reads;
}

/** Counts again, from the history an undo gives back (if any) and this article. */
export function resumeCounting(
  s: SupportState,
  url: string,
  now: number,
  reads: Record<string, number> = {},
): number {
  s.uncounted = false;
  s.reads = { ...reads, ...s.reads };
  return recordRead(s, url, now);
}

/** Whether the trigger has fired by the time the page loads; `articles:` never fires for an uncounted reader. */
export function firesOnLoad(t: Trigger, s: SupportState, count: number): boolean {
  return t.kind === 'immediate' || (t.kind === 'articles' && !s.uncounted && count >= t.n);
}

/** How long a closed banner stays away, in hours: the snooze, or at least the gap between showings. */
export const awayHours = (r: Rules): number => Math.max(r.snoozeDays * 24, r.minGapHours);

/**
 * `starts`/`ends` as times: a date (`2026-12-01`) is the reader's local midnight, and an `ends`
 * date includes that whole day; a date and time is taken as ISO 8601. NaN when malformed.
 */
export function parseDate(value: string, end: boolean): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (d) {
    const [y, m, day] = [+d[1], +d[2] - 1, +d[3]];
    const t = new Date(y, m, day);
    if (t.getFullYear() !== y || t.getMonth() !== m || t.getDate() !== day) return NaN;
    return end ? new Date(y, m, day + 1).getTime() : t.getTime();
  }
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value.trim()) ? Date.parse(value) : NaN;
}

export interface Visit {
  /** Articles read in the last 30 days, this one included (0 when the reader opted out). */
  count: number;
  /** Visits are counted on this device. */
  counting: boolean;
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
  // The campaign's state moves only when a banner shows: an inline prompt on the same page,
  // without the banner's campaign, must not wipe its views and snooze.
  const count = s.uncounted ? 0 : recordRead(s, url, now);
  const thanked = thanksReturn && markThanks(s, r, now);
  const allowed = mayShow(s, r, now);
  return { count, counting: !s.uncounted, thanked, thanks: isThanked(s, r, now), allowed };
}
