// The support prompt's settings: its zod schema (attributes and JSON alike) and the pure step to its options.
import { lazy, listSchema, splitList, z } from '../shared/config.js';
import { commonConfig } from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import type { Messages } from '../shared/localize.js';
import { support } from '../locales/support.js';
import { DEFAULT_RULES, parseDate, parseTrigger, type Rules, type Trigger } from './frequency.js';
import { goalSource, type GoalSource } from './goal.js';
import { checkEntry, defaultAmounts, isCurrency, type Entry, type Interval } from './providers.js';

export interface Options {
  /** Strings set by attribute or config key (`heading`, `thanks-heading`…), by message key. */
  strings: Partial<Messages['support']>;
  /** The author's name, for `{name}`. */
  name: string;
  /** The providers that can be linked, in the blogger's order. */
  entries: Entry[];
  /** A valid ISO 4217 code, or '' when amounts are left to the provider. */
  currency: string;
  presets: number[];
  /** The amount chosen at first. */
  amount: number;
  intervals: Interval[];
  banner: boolean;
  trigger: Trigger;
  rules: Rules;
  /** The goal's numbers or the address of its file on this site; none without a (valid) `goal`. */
  goal?: GoalSource;
}

export const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Every visible string is also an attribute: `heading`, `message`, `thanks-heading`, `other-amount`… */
export const STRING_ATTRS = Object.keys(support.en).map(kebab);

export const supportConfigSchema = lazy(() => {
  // A number attribute that is not a number arrives as NaN: the rules below say what is wrong.
  const num = z.optional(z.union([z.number(), z.nan()]));
  const text = z.optional(z.string());
  return z.strictObject({
    ...commonConfig,
    ...(Object.fromEntries(STRING_ATTRS.map((k) => [k, text])) as {}),
    provider: text,
    account: text,
    href: text,
    providers: z.optional(
      z.array(z.strictObject({ provider: z.string(), account: text, href: text })),
    ),
    currency: text,
    amounts: z.optional(z.union([z.string(), z.array(z.number())])),
    amount: num,
    intervals: z.optional(listSchema),
    mode: text,
    trigger: text,
    'max-views': num,
    'period-days': num,
    'snooze-days': num,
    'thanks-days': num,
    name: text,
    'min-gap-hours': num,
    campaign: text,
    starts: text,
    ends: text,
    // Checked on its own (goal.ts), so that a bad goal hides only the bar.
    goal: z.optional(z.unknown()),
  });
});
export type SupportConfig = z.infer<typeof supportConfigSchema>;

/** `max-views` → `maxViews`. */
export const camel = (key: string): string =>
  key.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

const list = (v: unknown): unknown[] =>
  typeof v === 'string' ? splitList(v) : Array.isArray(v) ? v : [];

/** The prompt's attributes as the element holds them, by attribute name (undefined when absent). */
export type SupportAttributes = Partial<Record<string, string | number>>;

/** Attributes over JSON, checked by one schema, then each setting's own rules; each problem once. */
export function resolveOptions(
  attributes: SupportAttributes,
  json: Record<string, unknown>,
  report: Report,
  base: string = document.baseURI,
): Options {
  const v = checkSettings(supportConfigSchema, attributes, json, report) as Record<string, unknown>;
  const get = (key: string): unknown => v[key];
  const one = get('provider') as string | undefined;
  const raw = (
    one !== undefined
      ? [{ provider: one, account: get('account'), href: get('href') }]
      : list(get('providers'))
  ) as Entry[];
  if (!raw.length) report('provider', 'missing (set provider, or config.providers)');
  const entries = raw
    .map((e) => ({ ...e, provider: e.provider.trim().toLowerCase() }))
    .filter((e, i) => {
      const bad = checkEntry(e);
      if (bad) report(one !== undefined ? bad[0] : `providers.${i}.${bad[0]}`, bad[1]);
      return !bad;
    });

  const asked = get('currency');
  const code = asked === undefined ? 'USD' : String(asked).trim().toUpperCase();
  const currency = asked === undefined || isCurrency(code) ? code : '';
  if (!currency) report('currency', `"${code}" is not an ISO 4217 currency code`);
  const given = list(get('amounts'));
  const bad = given.filter((v) => !(Number(v) > 0));
  if (bad.length) report('amounts', `not positive numbers: ${bad.join(', ')}`);
  let presets = given.map(Number).filter((v) => v > 0);
  if (!presets.length) presets = defaultAmounts(code);
  let amount = get('amount') as number | undefined;
  if (amount !== undefined && !(amount > 0))
    report('amount', `"${amount}" is not a positive number`);
  if (!(amount! > 0)) amount = presets[(presets.length - 1) >> 1];
  else if (!presets.includes(amount!)) presets = [...presets, amount!].sort((x, y) => x - y);

  const iv = list(get('intervals') ?? 'once') as string[];
  const badIv = iv.filter((v) => v !== 'once' && v !== 'monthly');
  if (badIv.length)
    report('intervals', `unknown ${badIv.map((v) => `"${v}"`).join(', ')} (use once, monthly)`);
  const intervals = iv.filter((v): v is Interval => !badIv.includes(v));

  const mode = get('mode') ?? 'inline';
  if (mode !== 'inline' && mode !== 'banner')
    report('mode', `"${mode}" is not one of inline, banner`);
  const t = String(get('trigger') ?? 'immediate');
  const trigger = parseTrigger(t);
  if (!trigger)
    report('trigger', `"${t}" is not immediate, scroll:<percent>, time:<seconds> or articles:<n>`);

  const rules = { ...DEFAULT_RULES };
  for (const key of ['max-views', 'period-days', 'snooze-days', 'thanks-days']) {
    const v = get(key) as number | undefined;
    if (Number.isInteger(v) && v! >= 0)
      (rules as unknown as Record<string, number>)[camel(key)] = v!;
    else if (v !== undefined) report(key, `"${v}" is not a whole number of 0 or more`);
  }
  const gap = get('min-gap-hours') as number | undefined;
  if (gap! >= 0) rules.minGapHours = gap!;
  else if (gap !== undefined) report('min-gap-hours', `"${gap}" is not a number of 0 or more`);
  rules.campaign = String(get('campaign') ?? '').trim();
  readWindow(get, report, rules);
  const goal = goalSource(get('goal'), base);
  if (Array.isArray(goal)) report(...goal);
  const strings: Record<string, string> = {};
  for (const k of STRING_ATTRS) if (typeof v[k] === 'string') strings[camel(k)] = v[k] as string;
  return {
    strings,
    name: String(get('name') ?? ''),
    entries,
    currency,
    presets,
    amount: amount!,
    intervals: intervals.length ? intervals : ['once'],
    banner: mode === 'banner',
    trigger: trigger ?? { kind: 'immediate', n: 0 },
    rules,
    goal: Array.isArray(goal) ? undefined : goal,
  };
}

/** `starts` and `ends`; a malformed one keeps the banner away rather than showing it past the campaign. */
function readWindow(get: (key: string) => unknown, report: Report, rules: Rules): void {
  for (const key of ['starts', 'ends'] as const) {
    const v = get(key);
    if (v === undefined || v === '') continue;
    const t = parseDate(String(v), key === 'ends');
    if (!Number.isNaN(t)) rules[key] = t;
    else {
      report(key, `"${v}" is not an ISO date (2026-12-01, or 2026-12-01T09:00Z)`);
      rules.starts = Infinity;
    }
  }
  if (rules.ends! <= rules.starts! && rules.starts !== Infinity) {
    report('ends', `"${get('ends')}" is not after starts "${get('starts')}"`);
    rules.starts = Infinity;
  }
}
