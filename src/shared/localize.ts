// Language resolution and message lookup: the element's `lang`, the nearest ancestor's, `<html lang>`, then
// English. English is built into each element (its own section); every other shipped language is one
// module, loaded with the first element that needs it. Pages may add languages and strings with
// registerLocale().
import type { Messages } from '../locales/en.js';
import { reportError } from './read.js';
import { baseOf, resolveLang } from './lang.js';

export { baseOf, resolveLang };

export type { Messages };
export type Section = keyof Messages;

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** The shipped languages besides English, each its own file (`afterword-de.js` beside the loader). */
const SHIPPED: Record<string, () => Promise<Messages>> = {
  ar: () => import('../locales/ar.js').then((m) => m.ar),
  de: () => import('../locales/de.js').then((m) => m.de),
  es: () => import('../locales/es.js').then((m) => m.es),
  fr: () => import('../locales/fr.js').then((m) => m.fr),
  it: () => import('../locales/it.js').then((m) => m.it),
  nl: () => import('../locales/nl.js').then((m) => m.nl),
  pl: () => import('../locales/pl.js').then((m) => m.pl),
  pt: () => import('../locales/pt.js').then((m) => m.pt),
};

/** Loaded tables by base language; `en` gathers the sections the loaded elements brought. */
const tables: Record<string, Partial<Messages>> = { en: {} };
const loading: Record<string, Promise<void>> = {};
/** Strings a page added with registerLocale(), by lower-case language tag. */
const added: Record<string, LocaleOverrides> = {};

/** An element's English strings: each element module adds its own section. */
export function addMessages<S extends Section>(section: S, table: Messages[S]): void {
  tables.en[section] = table;
}

/**
 * Loads a shipped language's strings, once: a promise while they are on their way, nothing
 * when there is nothing to wait for (English, a language already here, one not shipped). A
 * language that fails to load falls back to English with one console error.
 */
export function loadLang(lang: string): Promise<void> | undefined {
  const base = baseOf(lang);
  if (tables[base] || !SHIPPED[base]) return undefined;
  return (loading[base] ??= SHIPPED[base]().then(
    (table) => void (tables[base] = table),
    (error: Error) => {
      tables[base] = {};
      reportError(
        'afterword',
        'lang',
        `the ${base} strings did not load (${error?.message}); English is shown`,
      );
    },
  ));
}

/**
 * An element's strings for a language tag: its base language's table, else English; then what
 * the page added for the base language and the exact tag.
 */
export function sectionFor<S extends Section>(section: S, lang: string): Messages[S] {
  const tag = lang.toLowerCase();
  const base = baseOf(tag);
  const table = (tables[base]?.[section] ?? tables.en[section]) as Messages[S];
  const extra = [added[base]?.[section], tag === base ? undefined : added[tag]?.[section]].filter(
    Boolean,
  );
  return extra.length ? (Object.assign({}, table, ...extra) as Messages[S]) : table;
}

export function dirFor(lang: string): 'ltr' | 'rtl' {
  return RTL.has(baseOf(lang)) ? 'rtl' : 'ltr';
}

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Strings for a language, by element section; any key left out falls back to the shipped table. */
export type LocaleOverrides = { [S in keyof Messages]?: Partial<Messages[S]> };

/**
 * Adds a language, or overrides strings of a shipped one (`registerLocale('en', { author:
 * { label: 'The writer' } })`). Widgets that render afterwards use it; keys left out fall back
 * to the shipped table of the language, then English.
 */
export function registerLocale(lang: string, messages: LocaleOverrides): void {
  const tag = lang.toLowerCase();
  const mine: Record<string, object> = (added[tag] ??= {});
  for (const key of Object.keys(messages) as Section[]) {
    const strings = Object.entries(messages[key] ?? {}).filter(([, v]) => typeof v === 'string');
    mine[key] = { ...mine[key], ...Object.fromEntries(strings) };
  }
}
