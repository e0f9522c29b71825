// The set-up page speaks the blogger's language: the first of the browser's languages it has.
import { ar } from './ar.js';
import { de } from './de.js';
import { en, type SetupMessages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';

export type { SetupMessages };
export const setupMessages: Record<string, SetupMessages> = { en, es, nl, de, fr, pt, it, pl, ar };

/** The first language in `wanted` (tags such as `pt-BR`) that the page has, else English. */
export function pickLanguage(wanted: readonly string[]): string {
  for (const tag of wanted) {
    const base = tag.toLowerCase().split('-')[0];
    if (setupMessages[base]) return base;
  }
  return 'en';
}
