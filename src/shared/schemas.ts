// The building blocks of every element's settings schema: the rules live here and in the element's
// own schema, never again in code after it. Attributes arrive as strings, JSON as anything.
import { describeIssues, lazy, splitList, z } from './config.js';
import { isAmount, isCount } from './read.js';
import { httpUrl } from './url.js';

/**
 * What a schema refused but the element carries on without: a list member (left out, while the
 * rest of the list stands) or a setting with a fallback. Reported, then replaced or left out.
 */
export const REFUSED = Symbol('refused');
export interface Refused {
  [REFUSED]: string;
  /** Where in a refused list member (an object) the problem is. */
  path: PropertyKey[];
  /** What was refused. */
  input: unknown;
  /** One sentence for all the refused members of a list of words, by their values. */
  many?: (inputs: unknown[]) => string;
  /** What stands in for a refused setting. */
  value?: unknown;
}

type CatchContext = { error: { issues: unknown[] }; input: unknown };

// The catch's `error` holds the issues with their messages; its `issues` are not finished yet.
const refuse = (ctx: CatchContext, extra: Partial<Refused> = {}): Refused => {
  const [field, problem] = describeIssues(ctx.error as { issues: z.core.$ZodIssue[] })[0] ?? [
    '',
    'not allowed',
  ];
  return {
    [REFUSED]: problem,
    path: field === 'config' ? [] : field.split('.'),
    input: ctx.input,
    ...extra,
  };
};

/** `schema`, or when it refuses the value, `fallback` (reported, unlike a plain default). */
export function orElse<T, F>(schema: z.ZodMiniType<T>, fallback: F): z.ZodMiniType<T | F> {
  return z.catch(schema, (ctx) => refuse(ctx, { value: fallback }) as never) as z.ZodMiniType<
    T | F
  >;
}

/** `"a", "b"`: values as a console error quotes them. */
export const quote = (values: unknown[]): string => values.map((v) => `"${v}"`).join(', ');

/** `base`, plus a rule written as a test and the sentence that says what is wrong. */
export function rule<T extends z.ZodMiniType>(
  base: T,
  test: (value: z.output<T>) => boolean,
  problem: (value: z.output<T>) => string,
): T {
  return base.check(z.refine(test, { error: (issue) => problem(issue.input as z.output<T>) }));
}

/** One of `values`, written in any case and with spaces around. */
export function oneOf<T extends string>(
  values: readonly T[],
  problem = (v: string) => `"${v}" is not one of ${values.join(', ')}`,
): z.ZodMiniType<T> {
  return z.pipe(
    rule(z.string(), (v) => values.includes(v.trim().toLowerCase() as T), problem),
    z.transform((v: string) => v.trim().toLowerCase() as T),
  );
}

/**
 * A value of any type that passes `test` (a number or its text, true or its attribute): one
 * refinement rather than a union of types, which costs every page more of zod than it's worth.
 */
export const value = (test: (v: unknown) => boolean, problem: (v: unknown) => string) =>
  rule(z.unknown(), test, problem);

/** A list given as a string (commas or spaces) or a JSON array. */
const listInput = lazy(() =>
  z.pipe(
    value(
      (v) => typeof v === 'string' || Array.isArray(v),
      () => 'must be a list (a string or an array)',
    ),
    z.transform((v: unknown) => (typeof v === 'string' ? splitList(v) : (v as unknown[]))),
  ),
);

/**
 * A list whose members each pass `member`: a member that does not is reported and left out
 * (the rest of the list stands), so one unknown network never hides the others. `many` says in
 * one sentence what is wrong with all the refused members of a list of words.
 */
export function listOf<T>(
  member: z.ZodMiniType<T>,
  many?: (inputs: unknown[]) => string,
): z.ZodMiniType<T[]> {
  const kept = z.catch(member, (ctx) => refuse(ctx, { many }) as never);
  return z.pipe(listInput, z.array(kept) as never) as unknown as z.ZodMiniType<T[]>;
}

/** `unknown networks "a", "b"`: the sentence for unknown words of a list. */
export const unknownOnes =
  (noun: string) =>
  (inputs: unknown[]): string =>
    `unknown ${noun}${inputs.length > 1 ? 's' : ''} ${quote(inputs)}`;

/** A list of words, as given. */
export const words = lazy(() => listOf(z.string()));

/** A whole number of 0 or more, as a number or an attribute's text. */
export const count = lazy(() =>
  z.pipe(
    value(isCount, (v) => `"${v}" is not a whole number of 0 or more`),
    z.transform(Number),
  ),
);

/** A number of 0 or more (hours, seconds), as a number or an attribute's text. */
export const amountOf = (what: string): z.ZodMiniType<number> =>
  z.pipe(
    value(isAmount, (v) => `"${v}" is not ${what}`),
    z.transform(Number),
  );

/** An http(s) address, absolute or relative to the page. */
export const webAddress = lazy(() =>
  rule(
    z.string(),
    (v) => !!httpUrl(v),
    (v) => `"${v}" is not an http(s) address`,
  ),
);

/** A boolean attribute (present = true) or a JSON boolean. */
export const flag: z.ZodMiniType<boolean> = lazy(
  () =>
    z.pipe(
      value(
        (v) => [true, false, '', 'true', 'false'].includes(v as string),
        (v) => `"${v}" is not true or false`,
      ),
      z.transform((v: unknown) => v === true || v === '' || v === 'true'),
    ) as unknown as z.ZodMiniType<boolean>,
);

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The analytics tools whose own page function a widget can pass its events to. */
export const ANALYTICS = ['plausible', 'goatcounter', 'umami', 'matomo', 'fathom', 'gtag'] as const;
export type Analytics = (typeof ANALYTICS)[number];

/**
 * The settings every element takes: its language, its theme, the site's analytics tool and
 * overrides of its visible strings (`messages`, by the keys of its English table).
 */
export function common(messageKeys: readonly string[]) {
  return {
    lang: z.optional(
      rule(
        z.string(),
        (v) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(v.trim()),
        (v) => `"${v}" is not a language tag such as en or pt-BR`,
      ),
    ),
    theme: z.optional(oneOf(THEMES)),
    analytics: z.optional(oneOf(ANALYTICS)),
    messages: z.optional(
      z.strictObject(Object.fromEntries(messageKeys.map((k) => [k, z.optional(z.string())]))),
    ),
  };
}

/** What `common()` gives every element's options. */
export interface Common {
  lang?: string;
  theme?: Theme;
  analytics?: Analytics;
  messages?: Record<string, string | undefined>;
}
