// Language resolution and message lookup: the element's `lang`, the nearest ancestor's, `<html lang>`, then English.
// Each element registers its own section of strings (src/locales/<section>.ts), so a bundle of
// one element carries only that section; pages may add languages and strings with registerLocale().
import type { Messages } from '../locales/en.js';
import type { SectionTables } from '../locales/index.js';

export type { Messages };
export type Section = keyof Messages;

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** The language that applies to an element, as written in the page (e.g. `pt-BR`). */
export function resolveLang(el: Element): string {
  return (
    el.closest('[lang]')?.getAttribute('lang')?.trim() ||
    document.documentElement.lang.trim() ||
    'en'
  );
}

const shipped: { [S in Section]?: SectionTables<S> } = {};
/** Strings a page added with registerLocale(), by lower-case language tag. */
const added: Record<string, LocaleOverrides> = {};

/** Makes an element's strings available; each element module registers its own section. */
export function addMessages<S extends Section>(section: S, tables: SectionTables<S>): void {
  shipped[section] = tables as (typeof shipped)[S];
}

/**
 * An element's strings for a language tag: the shipped table for the exact tag, else its base
 * language, else English; then whatever the page added for the base language and the exact tag.
 */
export function sectionFor<S extends Section>(section: S, lang: string): Messages[S] {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0];
  const tables = (shipped[section] ?? {}) as SectionTables<S>;
  const table = tables[tag] ?? tables[base] ?? tables.en;
  const extra = [added[base]?.[section], tag === base ? undefined : added[tag]?.[section]].filter(
    Boolean,
  );
  return extra.length ? (Object.assign({}, table, ...extra) as Messages[S]) : table;
}

export function dirFor(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
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
