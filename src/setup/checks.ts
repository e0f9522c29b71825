// A widget checked by its own element: what the blogger typed goes through the element's
// resolveOptions, each field it reports becomes that form field's problem, and only what it
// accepts is kept. The rules are the element's; the page has only its words for some of them.
import { splitList } from '../shared/config.js';
import { format } from '../shared/localize.js';
import { quote } from '../shared/schemas.js';
import { PROVIDERS } from '../support/providers.js';
import type { SetupMessages } from './messages/en.js';
import { getPath, type SetupState } from './state.js';
import { pathOf, WIDGETS, type Section, type WidgetName } from './widgets.js';

export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1) + '.';

type Said = [field: string, problem: string][];

/** What the element reports about `settings`, by field. */
function ask(name: WidgetName, settings: Section): { said: Said; options: object } {
  const said: Said = [];
  const options = WIDGETS[name].resolve({}, settings, (field, problem) => {
    said.push([field, problem]);
  });
  return { said, options };
}

/**
 * `section` without the settings the element reported: a member of a list of objects
 * (`providers.1.account`) leaves only that member; anything else, the whole setting. Undefined
 * when none of them is there to take out (a missing account, a key a format needs).
 */
function without(section: Section, fields: string[]): Section | undefined {
  const out: Section = { ...section };
  const members = new Map<string, Set<number>>();
  let taken = false;
  for (const field of fields) {
    const [key, index] = field.split('.');
    if (out[key] === undefined) continue;
    taken = true;
    if (Array.isArray(out[key]) && /^\d+$/.test(index ?? ''))
      members.set(key, (members.get(key) ?? new Set()).add(Number(index)));
    else delete out[key];
  }
  for (const [key, gone] of members) {
    const left = (out[key] as unknown[] | undefined)?.filter((_, i) => !gone.has(i));
    if (left?.length) out[key] = left;
    else delete out[key];
  }
  return taken ? out : undefined;
}

export interface Verdict {
  /** The settings the element accepts; none when it cannot work without what is at fault. */
  section?: Section;
  /** The element's options for them. */
  options?: object;
  /** What the element said about what the blogger typed. */
  said: Said;
}

/**
 * The element's verdict on what the blogger typed: what it reports is taken out and the rest asked
 * again, as the element itself carries on, until it has nothing to say.
 */
export function judge(name: WidgetName, given: Section): Verdict {
  let section: Section | undefined = Object.fromEntries(
    Object.entries(given).filter(([, v]) => v !== undefined),
  );
  let first: Said | undefined;
  for (let round = 0; round < 4 && section; round++) {
    const { said, options } = ask(name, section);
    // Later rounds only see what taking things out caused: those are not the blogger's mistakes.
    first ??= said;
    if (!said.length) return { section, options, said: first };
    section = without(
      section,
      said.map(([field]) => field),
    );
  }
  return { said: first ?? [] };
}

/** The members of a typed list that the element refuses, each asked about on its own. */
function refused(name: WidgetName, field: string, value: unknown): string[] {
  const members = Array.isArray(value) ? (value as string[]) : splitList(String(value ?? ''));
  return members.filter((member) =>
    ask(name, { [field]: [member] }).said.some(([f]) => f === field),
  );
}

interface Context {
  m: SetupMessages;
  s: SetupState;
  /** What the blogger typed in the field. */
  value: string;
  /** The members of the field's list the element refuses. */
  refused: () => string[];
  /** The way to pay a `support.providers.<n>.…` field belongs to. */
  provider: string;
}

/** A sentence about the refused members of a list, when the element refuses any on its own. */
const listed = (words: string, c: Context): string | undefined => {
  const list = c.refused();
  return list.length ? format(words, { list: quote(list) }) : undefined;
};

/** The page's own words for problems the elements report, by form field. */
const WORDS: Record<string, (c: Context) => string | undefined> = {
  'share.via': ({ m }) => m.errVia,
  'share.hashtags': (c) => listed(c.m.errHashtags, c),
  'support.providers': ({ m }) => m.errProviders,
  'support.providers.account': ({ m, provider }) =>
    format(m.errAccount, { provider: PROVIDERS[provider as keyof typeof PROVIDERS] ?? provider }),
  'support.currency': ({ m, value }) => format(m.errCurrency, { value }),
  'support.amounts': ({ m }) => m.errAmounts,
  'support.amount': ({ m }) => m.errAmount,
  'support.triggerValue': ({ m, s }) =>
    s.support.trigger === 'scroll' ? m.errPercent : m.errNumber,
  'author.photo': ({ m, value }) => format(m.errUrl, { value }),
  'author.href': ({ m, value }) => format(m.errUrl, { value }),
  'author.links': (c) => listed(c.m.errLinks, c),
  'more.feed': ({ m, value }) => format(m.errUrl, { value }),
};

/**
 * A widget checked by its element: the problems go into `errors` by form field (the element's
 * problem, in the page's words where it has some), and the settings to paste come back, without
 * those at fault and those equal to the element's defaults; none when the widget cannot work yet.
 */
export function checkWidget(
  name: WidgetName,
  s: SetupState,
  m: SetupMessages,
  errors: Record<string, string>,
): Section | undefined {
  const widget = WIDGETS[name];
  const given = widget.given(s);
  const { section, options, said } = judge(name, given);
  for (const [field, problem] of said) {
    const path = pathOf(name, field);
    const row = /^support\.providers\.(\d+)\./.exec(path);
    const words = WORDS[path.replace(/\.\d+\./, '.')];
    errors[path] ??=
      words?.({
        m,
        s,
        value: String(getPath(s, path) ?? '').trim(),
        refused: () => refused(name, field, given[field]),
        provider: row ? s.support.providers[Number(row[1])]?.provider : '',
      }) ?? sentence(problem);
  }
  let ready = !!section;
  for (const [path, met, words] of widget.needs ?? [])
    if (!met(given, options)) {
      errors[path] ??= m[words];
      ready = false;
    }
  if (!section || !ready) return undefined;
  widget.tidy?.(section, options!);
  for (const [key, value] of Object.entries(widget.defaults))
    if (key in section && String(section[key]) === [value].flat().join(' ')) delete section[key];
  return section;
}
