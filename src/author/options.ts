// The author card's settings: its zod schema (attributes and JSON alike) and the pure step to its options.
import { lazy, listSchema, z } from '../shared/config.js';
import { booleanish, commonConfig } from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { webUrl } from '../shared/url.js';
import { detectProfile, type Profile } from './profiles.js';

export const authorConfigSchema = lazy(() =>
  z.strictObject({
    ...commonConfig,
    name: z.optional(z.string()),
    photo: z.optional(z.string()),
    'job-title': z.optional(z.string()),
    location: z.optional(z.string()),
    href: z.optional(z.string()),
    links: z.optional(listSchema),
    'no-schema': z.optional(booleanish),
  }),
);
export type AuthorConfig = z.infer<typeof authorConfigSchema>;

/** The card's attributes as the element holds them, by attribute name (undefined when absent). */
export interface AuthorAttributes {
  name?: string;
  photo?: string;
  'job-title'?: string;
  location?: string;
  href?: string;
  links?: string | string[];
  'no-schema'?: boolean;
}

export interface AuthorOptions {
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
  attributes: AuthorAttributes,
  json: Record<string, unknown>,
  report: Report,
  base: string = document.baseURI,
): AuthorOptions {
  const v = checkSettings(authorConfigSchema, attributes, json, report);
  const raw = v.links ?? [];
  const found = raw.map((link) => detectProfile(link, base));
  const bad = raw.filter((_, i) => !found[i]);
  if (bad.length)
    report(
      'links',
      `not an https:, http: or mailto: address: ${bad.map((link) => `"${link}"`).join(', ')}`,
    );
  const web = (key: 'href' | 'photo'): string | undefined => {
    const url = webUrl(v[key]);
    if (v[key] && !url) report(key, `"${v[key]}" is not an http(s) address`);
    return url;
  };
  return {
    name: (v.name ?? '').trim(),
    photo: web('photo'),
    href: web('href'),
    jobTitle: v['job-title'],
    location: v.location,
    profiles: found.filter((p): p is Profile => !!p),
    schema: ![true, '', 'true'].includes(v['no-schema'] as never),
  };
}
