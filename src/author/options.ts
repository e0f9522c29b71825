// The author card's settings: its zod schema (attributes and JSON alike), which holds every rule, and the
// pure step from what it accepted to the options the element renders.
import { lazy, z } from '../shared/config.js';
import { common, flag, listOf, quote, rule, webAddress, type Common } from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { webUrl } from '../shared/url.js';
import { author } from '../locales/en/author.js';
import { fediverse } from '../locales/en/fediverse.js';
import { detectProfile, type Profile } from './profiles.js';

export const authorConfigSchema = lazy(() =>
  z.strictObject({
    ...common([...Object.keys(author), ...Object.keys(fediverse)]),
    name: z.optional(z.string()),
    photo: z.optional(webAddress),
    'job-title': z.optional(z.string()),
    location: z.optional(z.string()),
    href: z.optional(webAddress),
    links: z.optional(
      listOf(
        rule(z.string(), (link) => !!detectProfile(link, document.baseURI), String),
        (links) => `not an https:, http: or mailto: address: ${quote(links)}`,
      ),
    ),
    'no-schema': z.optional(flag),
  }),
);
export type AuthorConfig = z.infer<typeof authorConfigSchema>;

export interface AuthorOptions extends Common {
  name: string;
  /** Absolute http(s) addresses, or undefined. */
  photo?: string;
  href?: string;
  jobTitle?: string;
  location?: string;
  profiles: Profile[];
  schema: boolean;
}

export function resolveOptions(
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
  base: string = document.baseURI,
): AuthorOptions {
  const v = checkSettings(authorConfigSchema, attributes, json, report);
  return {
    lang: v.lang,
    analytics: v.analytics,
    theme: v.theme,
    messages: v.messages,
    name: (v.name ?? '').trim(),
    photo: webUrl(v.photo),
    href: webUrl(v.href),
    jobTitle: v['job-title'],
    location: v.location,
    profiles: (v.links ?? []).map((link) => detectProfile(link, base)!),
    schema: !v['no-schema'],
  };
}
