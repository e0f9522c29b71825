// The support prompt's settings: its zod schema (attributes and JSON alike), which holds every rule, and the
// pure step from what it accepted to the options the element renders.
import { lazy, z } from '../shared/config.js';
import {
  amountOf,
  common,
  orElse,
  count,
  listOf,
  oneOf,
  quote,
  rule,
  value,
  type Common,
} from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { camel, isAmount } from '../shared/read.js';
import type { Messages } from '../shared/localize.js';
import { support } from '../locales/en/support.js';
import { DEFAULT_RULES, parseDate, parseTrigger, type Rules, type Trigger } from './frequency.js';
import { goalSource, type GoalSource } from './goal.js';
import {
  checkEntry,
  defaultAmounts,
  isCurrency,
  PROVIDERS,
  type Entry,
  type Interval,
} from './providers.js';

export interface Options extends Common {
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
export { camel };

/** Every visible string is also an attribute: `heading`, `message`, `thanks-heading`, `other-amount`… */
export const STRING_ATTRS = Object.keys(support).map(kebab);

/** The defaults, in one place: the element, the set-up page and the README read them here. */
export const SUPPORT_DEFAULTS = {
  currency: 'USD',
  intervals: ['once'] as Interval[],
  mode: 'inline',
  trigger: 'immediate',
  rules: DEFAULT_RULES,
};

const PROVIDER_IDS = Object.keys(PROVIDERS) as (keyof typeof PROVIDERS)[];

export const supportConfigSchema = lazy(() => {
  const text = z.optional(z.string());
  const positive = value(
    (v) => isAmount(v) && Number(v) > 0,
    (v) => `"${v}" is not a positive number`,
  );
  // A date that can't be read keeps the banner away rather than show it past the campaign.
  const date = z.optional(
    orElse(
      rule(
        z.string(),
        (v) => v === '' || !Number.isNaN(parseDate(v, false)),
        (v) => `"${v}" is not an ISO date (2026-12-01, or 2026-12-01T09:00Z)`,
      ),
      false as const,
    ),
  );
  const provider = oneOf(PROVIDER_IDS, (v) => `unknown provider "${v}"`);
  return z.strictObject({
    ...common(Object.keys(support)),
    ...(Object.fromEntries(STRING_ATTRS.map((k) => [k, text])) as {}),
    // A provider that is given but unknown is reported as such, never also as missing.
    provider: z.optional(orElse(provider, false as const)),
    account: text,
    href: text,
    // An entry that can't be linked (a provider without its account, a link that isn't https:)
    // is reported by its position and left out; the others stand.
    providers: z.optional(
      listOf(
        z.strictObject({ provider, account: text, href: text }).check(
          z.superRefine((e, ctx) => {
            const bad = checkEntry(e as Entry);
            if (bad) ctx.issues.push({ code: 'custom', path: [bad[0]], message: bad[1], input: e });
          }),
        ),
      ),
    ),
    // A currency that can't be read leaves amounts to the provider rather than guess one.
    currency: z.optional(
      orElse(
        z.pipe(
          rule(
            z.string(),
            (v) => isCurrency(v.trim().toUpperCase()),
            (v) => `"${v}" is not an ISO 4217 currency code`,
          ),
          z.transform((v: string) => v.trim().toUpperCase()),
        ),
        '',
      ),
    ),
    amounts: z.optional(
      listOf(
        z.pipe(positive, z.transform(Number)),
        (bad) => `not positive numbers: ${bad.join(', ')}`,
      ),
    ),
    amount: z.optional(z.pipe(positive, z.transform(Number))),
    intervals: z.optional(
      listOf(
        oneOf(['once', 'monthly'] as const),
        (bad) => `unknown ${quote(bad)} (use once, monthly)`,
      ),
    ),
    mode: z.optional(oneOf(['inline', 'banner'] as const)),
    trigger: z.optional(
      z.pipe(
        rule(
          z.string(),
          (v) => !!parseTrigger(v),
          (v) => `"${v}" is not immediate, scroll:<percent>, time:<seconds> or articles:<n>`,
        ),
        z.transform((v: string) => parseTrigger(v)!),
      ),
    ),
    'max-views': z.optional(count),
    'period-days': z.optional(count),
    'snooze-days': z.optional(count),
    'thanks-days': z.optional(count),
    'min-gap-hours': z.optional(amountOf('a number of 0 or more')),
    name: text,
    campaign: text,
    starts: date,
    ends: date,
    // Checked on its own (goal.ts), so that a bad goal hides only the bar.
    goal: z.optional(z.unknown()),
  });
});
export type SupportConfig = z.infer<typeof supportConfigSchema>;

/** What the schema accepted, by attribute name (strings included, by their attribute names). */
type Accepted = Common & {
  provider?: string | false;
  account?: string;
  href?: string;
  providers?: Entry[];
  currency?: string;
  amounts?: number[];
  amount?: number;
  intervals?: Interval[];
  mode?: 'inline' | 'banner';
  trigger?: Trigger;
  name?: string;
  campaign?: string;
  starts?: string | false;
  ends?: string | false;
  goal?: unknown;
  [key: string]: unknown;
};

/** Attributes over JSON, checked by one schema; what stays is turned into the prompt's options. */
export function resolveOptions(
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
  base: string = document.baseURI,
): Options {
  const v = checkSettings(supportConfigSchema, attributes, json, report) as Accepted;
  if (v.provider === undefined && !v.providers)
    report('provider', 'missing (set provider, or config.providers)');
  // One provider by attributes: whether it can be linked depends on two of them at once.
  const one = v.provider ? { provider: v.provider, account: v.account, href: v.href } : undefined;
  const bad = one && checkEntry(one);
  if (bad) report(...bad);
  const entries: Entry[] = one
    ? bad
      ? []
      : [one]
    : v.provider === false
      ? []
      : (v.providers ?? []);
  const currency = v.currency ?? SUPPORT_DEFAULTS.currency;
  let presets: number[] = v.amounts?.length ? v.amounts : defaultAmounts(currency || 'USD');
  const amount: number = v.amount ?? presets[(presets.length - 1) >> 1];
  if (!presets.includes(amount)) presets = [...presets, amount].sort((x, y) => x - y);
  const rules: Rules = { ...SUPPORT_DEFAULTS.rules, campaign: (v.campaign ?? '').trim() };
  for (const key of ['max-views', 'period-days', 'snooze-days', 'thanks-days', 'min-gap-hours'])
    if (v[key] !== undefined)
      (rules as unknown as Record<string, number>)[camel(key)] = v[key] as number;
  readWindow(v, report, rules);
  const goal = goalSource(v.goal, base);
  if (Array.isArray(goal)) report(...goal);
  const strings: Record<string, string> = {};
  for (const k of STRING_ATTRS) if (typeof v[k] === 'string') strings[camel(k)] = v[k] as string;
  return {
    lang: v.lang,
    analytics: v.analytics,
    theme: v.theme,
    messages: v.messages,
    strings,
    name: v.name ?? '',
    entries,
    currency,
    presets,
    amount,
    intervals: v.intervals?.length ? v.intervals : SUPPORT_DEFAULTS.intervals,
    banner: v.mode === 'banner',
    trigger: v.trigger ?? parseTrigger(SUPPORT_DEFAULTS.trigger)!,
    rules,
    goal: Array.isArray(goal) ? undefined : goal,
  };
}

/**
 * `starts` and `ends` together: `ends` must come after `starts`; a window that can't be read keeps
 * the banner away rather than showing it past the campaign.
 */
function readWindow(v: Accepted, report: Report, rules: Rules): void {
  if (v.starts === false || v.ends === false) return void (rules.starts = Infinity);
  if (v.starts) rules.starts = parseDate(v.starts, false);
  if (v.ends) rules.ends = parseDate(v.ends, true);
  if (rules.ends! <= rules.starts!) {
    report('ends', `"${v.ends}" is not after starts "${v.starts}"`);
    rules.starts = Infinity;
  }
}
