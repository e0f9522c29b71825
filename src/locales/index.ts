// Every locale Afterword ships, by language code.
import { ar } from './ar.js';
import { de } from './de.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';

export type { Messages };
export const locales: Record<string, Messages> = { en, es, nl, de, fr, pt, it, pl, ar };

/** One element's strings in every shipped language, by language code. */
export type SectionTables<S extends keyof Messages> = Record<string, Messages[S]>;

/** One element's strings in every shipped language (the source of src/locales/<section>.ts). */
export function bySection<S extends keyof Messages>(section: S): SectionTables<S> {
  return Object.fromEntries(Object.entries(locales).map(([lang, table]) => [lang, table[section]]));
}
