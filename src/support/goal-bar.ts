// The support prompt's goal bar, its own part: fetched only when a goal is set. It reads the goal
// file (only once the prompt renders, which it does as the reader comes near) and shows "€1,240 of
// €3,000 · 87 supporters" in the page's language and the prompt's currency.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { format } from '../shared/localize.js';
import { money } from './providers.js';
import { checkGoal, type Goal, type GoalSource } from './goal.js';
import { goalRoom } from './parts.js';

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

/** The goal as a native progress bar named by its text. */
function bar(g: Goal, text: string): TemplateResult {
  return html`<div part="goal" class="goal">
    <progress
      aria-labelledby="goal"
      max=${g.target}
      .value=${Math.min(g.raised, g.target)}
    ></progress>
    <p id="goal">${text}</p>
  </div>`;
}

/** The goal bar of one prompt: its numbers, given or fetched, and the bar. */
export class GoalBar {
  private task: Task<[GoalSource | undefined], Goal | undefined>;

  constructor(
    host: ReactiveControllerHost,
    source: () => GoalSource | undefined,
    fail: (url: string, problem: string) => void,
  ) {
    this.task = new Task(host, {
      task: async ([g], { signal }) => {
        if (!g || 'data' in g) return g?.data;
        try {
          return await fetchGoal(g.url, signal);
        } catch (error) {
          if (!signal.aborted) fail(g.url, (error as Error).message);
          throw error;
        }
      },
      args: () => [source()],
    });
  }

  /** The bar, its room while the file is on its way, or nothing (no goal, or one that failed). */
  render(lang: string, currency: string, m: { goalOf: string; goalSupporters: string }) {
    return this.task.render({
      pending: goalRoom,
      complete: (g) => (g ? bar(g, goalText(lang, currency, g, m)) : nothing),
      error: () => nothing,
    });
  }
}
