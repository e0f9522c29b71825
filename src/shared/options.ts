// One way from attributes and JSON to an element's settings: attributes over JSON, one schema for both,
// each problem reported once, and only what is at fault left out so that the rest still works.
import { describeIssues, type z } from './config.js';
import { REFUSED, type Refused } from './schemas.js';

/** Logs one problem with one setting. */
export type Report = (field: string, problem: string) => void;

type Bag = Record<string | number, unknown>;

const GONE = Symbol('gone');
const at = (input: Bag, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((o, k) => (o as Bag | undefined)?.[k as string], input);

/**
 * Takes out what an issue points at: the unknown keys it names, else the key or list member at
 * its path, or, when that is missing, the nearest thing above it that is there.
 */
function drop(input: Bag, path: readonly PropertyKey[], keys?: readonly string[]): void {
  if (keys) {
    const holder = at(input, path) as Bag | undefined;
    for (const k of keys) if (holder) delete holder[k];
    return;
  }
  for (let p = path; p.length; p = p.slice(0, -1)) {
    const holder = at(input, p.slice(0, -1));
    const key = p[p.length - 1] as string;
    if (!holder || typeof holder !== 'object' || !(key in holder)) continue;
    if (Array.isArray(holder)) holder[key as unknown as number] = GONE;
    else delete (holder as Bag)[key];
    return;
  }
}

/** A copy without the list members dropped: taking things out never touches the caller's objects. */
const copy = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.filter((x) => x !== GONE).map(copy)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]))
      : v;

/**
 * The settings given as attributes (undefined when absent) over those of the JSON configuration,
 * checked by the element's schema. Each issue is reported once; what is at fault is dropped (a
 * key, a nested key, a list member) and the rest is kept.
 */
export function checkSettings<T extends object>(
  schema: z.ZodMiniType<T>,
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
): Partial<T> {
  const given = copy(json) as Bag;
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) given[key] = value;
  // With nothing given there is nothing to check: the schema is not even built.
  if (!Object.keys(given).length) return {};
  let input = given;
  for (let round = 0; round < 4; round++) {
    const result = schema.safeParse(input);
    if (result.success) return keepAccepted(result.data as Bag, report) as Partial<T>;
    // Later rounds only see what taking things out caused: those are not the blogger's mistakes.
    if (!round) for (const [field, problem] of describeIssues(result.error)) report(field, problem);
    for (const issue of result.error.issues)
      drop(input, issue.path, issue.code === 'unrecognized_keys' ? issue.keys : undefined);
    input = copy(input) as Bag;
  }
  return {};
}

const isRefused = (v: unknown): v is Refused => !!v && typeof v === 'object' && REFUSED in v;

/** Reports what the schema refused but the element carries on without (see listOf, orElse). */
function keepAccepted(data: Bag, report: Report): Bag {
  for (const [key, value] of Object.entries(data)) {
    if (isRefused(value)) {
      report(key, value[REFUSED]);
      if (value.value === undefined) delete data[key];
      else data[key] = value.value;
    } else if (Array.isArray(value) && value.some(isRefused)) {
      const words = value.filter((v): v is Refused => isRefused(v) && !!v.many);
      // A list of words: one sentence for all it refused; a list of objects: each by position.
      if (words.length) report(key, words[0].many!(words.map((v) => v.input)));
      value.forEach((v, i) => {
        if (isRefused(v) && !v.many)
          report(v.path.length ? [key, i, ...v.path].join('.') : key, v[REFUSED]);
      });
      data[key] = value.filter((v) => !isRefused(v));
    }
  }
  return data;
}
