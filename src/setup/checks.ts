// Small helpers of the set-up page's checks: site addresses, token properties, and a section run
// through its element's zod schema.
import type { z } from '../shared/config.js';
import { describeIssues } from '../shared/config.js';
import type { SetupState, Token } from './state.js';

export type Section = Record<string, unknown>;
export type WidgetName = 'share' | 'support' | 'feedback' | 'author';

export const quoted = (list: string[]): string => list.map((v) => `"${v}"`).join(', ');

/** Somewhere on the blogger's site: an absolute http(s) address or a path from the site's root. */
export const SITE = 'https://site.invalid/';
export function isSiteUrl(value: string): boolean {
  try {
    const url = new URL(value, value.startsWith('/') && !value.startsWith('//') ? SITE : undefined);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const TOKEN_PROPERTY: Record<Token, string> = {
  accent: 'color',
  text: 'color',
  muted: 'color',
  surface: 'color',
  border: 'color',
  radius: 'border-radius',
  font: 'font-family',
};

export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1) + '.';

/** Runs a section through its element's zod schema; a key with an issue is dropped and reported. */
export function schemaCheck(
  name: WidgetName,
  schema: z.ZodMiniType<unknown>,
  section: Section,
  errors: Record<string, string>,
): Section {
  const result = schema.safeParse(section);
  if (result.success) return section;
  const out = { ...section };
  for (const [field, problem] of describeIssues(result.error)) {
    errors[`${name}.${field}`] ??= sentence(problem);
    delete out[field.split('.')[0]];
  }
  return out;
}

export function common(s: SetupState): Section {
  const out: Section = {};
  if (s.lang) out.lang = s.lang;
  if (s.theme !== 'auto') out.theme = s.theme;
  return out;
}
