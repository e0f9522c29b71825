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
