// Language resolution and message lookup: the element's `lang`, the nearest ancestor's, `<html lang>`, then English.
import { locales, type Messages } from '../locales/index.js';

export type { Messages };

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** The language that applies to an element, as written in the page (e.g. `pt-BR`). */
export function resolveLang(el: Element): string {
  return (
    el.closest('[lang]')?.getAttribute('lang')?.trim() ||
    document.documentElement.lang.trim() ||
    'en'
  );
}

/** The best table for a language tag: exact match, then the base language, then English. */
export function messagesFor(lang: string): Messages {
  const tag = lang.toLowerCase();
  return locales[tag] ?? locales[tag.split('-')[0]] ?? locales.en;
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
 * { label: 'The writer' } })`). Widgets that render afterwards use it.
 */
export function registerLocale(lang: string, messages: LocaleOverrides): void {
  const tag = lang.toLowerCase();
  const base = messagesFor(tag);
  const merged: Record<string, object> = { ...base };
  for (const key of Object.keys(messages) as (keyof Messages)[]) merged[key] = { ...base[key], ...messages[key] };
  locales[tag] = merged as Messages;
}
