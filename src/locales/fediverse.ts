// The fediverse dialog's strings (shared by the share bar and the author card) in every shipped
// language; the builds replace this module with the same strings packed (scripts/pack-locales.mjs).
import { bySection } from './index.js';

export const fediverse = bySection('fediverse');
