// The support prompt's goal: checking `goal` (a same-site JSON file or inline numbers), fetching the
// file, and its text ("€1,240 of €3,000 · 87 supporters") in the page's language and currency.
import { format } from '../shared/localize.js';
import { money } from './providers.js';

export interface Goal {
  raised: number;
  target: number;
  supporters?: number;
}

/** Where the goal comes from: numbers given inline, or the address of a file on this site. */
export type GoalSource = { data: Goal } | { url: string };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The goal's numbers, or the first problem as `[field, what is wrong]`. */
export function checkGoal(v: unknown): Goal | [string, string] {
  if (!v || typeof v !== 'object' || Array.isArray(v))
    return ['', 'must be an object like {"raised": 1240, "target": 3000, "supporters": 87}'];
  const { raised, target, supporters } = v as Record<string, unknown>;
  if (!isNum(raised) || raised < 0)
    return ['raised', `${JSON.stringify(raised)} is not a number of 0 or more`];
  if (!isNum(target) || target <= 0)
    return ['target', `${JSON.stringify(target)} is not a number above 0`];
  if (supporters !== undefined && !(Number.isInteger(supporters) && (supporters as number) >= 0))
    return ['supporters', `${JSON.stringify(supporters)} is not a whole number of 0 or more`];
  return { raised, target, supporters: supporters as number | undefined };
}

/**
 * `goal` as given (an address, or inline numbers in `config.goal`) → where to take it from, or
 * `[field, problem]`. Only a file on the page's own site is fetched: nothing goes to a third party.
 */
export function goalSource(v: unknown, base: string): GoalSource | [string, string] | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') {
    const g = checkGoal(v);
    return Array.isArray(g) ? [g[0] ? `goal.${g[0]}` : 'goal', g[1]] : { data: g };
  }
  let url: URL;
  try {
    url = new URL(v, base);
  } catch {
    return ['goal', `"${v}" is not an address`];
  }
  if (url.origin !== new URL(base).origin)
    return ['goal', `"${v}" is not on this site (use a file on ${new URL(base).origin})`];
  return { url: url.href };
}

/** Fetches and checks the goal file; rejects with one line saying what is wrong. */
export async function fetchGoal(url: string, signal: AbortSignal): Promise<Goal> {
  const res = await fetch(url, { signal, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new Error('not valid JSON');
  }
  const g = checkGoal(data);
  if (Array.isArray(g)) throw new Error(g[0] ? `${g[0]}: ${g[1]}` : g[1]);
  return g;
}

/**
 * Fetches the goal once `near` comes within about a viewport of the screen, so a prompt at the foot
 * of a long article costs no request on load. Returns what stops it.
 */
export function fetchGoalNear(
  near: Element,
  url: string,
  done: (g: Goal) => void,
  fail: (problem: string) => void,
): () => void {
  const ctl = new AbortController();
  const seen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      fetchGoal(url, ctl.signal).then(done, (e: Error) => ctl.signal.aborted || fail(e.message));
    },
    { rootMargin: '100% 0px' },
  );
  seen.observe(near);
  return () => {
    seen.disconnect();
    ctl.abort();
  };
}

/**
 * A count with its noun in the right plural form. `forms` holds Intl.PluralRules categories and
 * their text, `#` standing for the number: `one:# supporter|other:# supporters`.
 */
export function plural(lang: string, n: number, forms: string): string {
  const by = new Map(
    forms.split('|').map((f) => {
      const i = f.indexOf(':');
      return [f.slice(0, i).trim(), f.slice(i + 1)] as [string, string];
    }),
  );
  let cat = 'other';
  try {
    cat = new Intl.PluralRules(lang).select(n);
  } catch {
    // a malformed language tag: the `other` form
  }
  return (by.get(cat) ?? by.get('other') ?? [...by.values()].pop() ?? '').replace(
    '#',
    number(lang, n),
  );
}

/** A number in the page's language (plain digits for a malformed language tag). */
export function number(lang: string, n: number): string {
  try {
    return new Intl.NumberFormat(lang).format(n);
  } catch {
    return String(n);
  }
}

/** "€1,240 of €3,000 · 87 supporters" in the page's language and the prompt's currency. */
export function goalText(
  lang: string,
  currency: string,
  g: Goal,
  m: { goalOf: string; goalSupporters: string },
): string {
  const amount = (v: number): string => (currency ? money(lang, currency, v) : number(lang, v));
  const text = format(m.goalOf, { raised: amount(g.raised), target: amount(g.target) });
  return g.supporters === undefined
    ? text
    : `${text} · ${plural(lang, g.supporters, m.goalSupporters)}`;
}
