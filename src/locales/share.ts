// The share bar's strings in every shipped language. An element imports only its own section, so a
// bundle of one element carries one section; the builds replace this module with the same
// strings packed (scripts/pack-locales.mjs).
import { bySection } from './index.js';

export const share = bySection('share');
