// The support prompt's goal as set: a same-site JSON file or inline numbers, checked. The bar itself
// (fetching the file, its text) is its own part, goal-bar.ts, fetched only when a goal is set.

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
