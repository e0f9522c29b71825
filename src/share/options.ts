// The share bar's settings: its zod schema (attributes and JSON alike), which holds every rule, and the
// pure step from what it accepted to the options the element renders.
import { lazy, z } from '../shared/config.js';
import {
  common,
  flag,
  listOf,
  oneOf,
  quote,
  rule,
  unknownOnes,
  type Common,
} from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { httpUrl, webUrl } from '../shared/url.js';
import { fediverse } from '../locales/en/fediverse.js';
import { share } from '../locales/en/share.js';
import { DEFAULT_NETWORKS, NETWORKS, type Network } from './networks.js';

export const LABELS = ['auto', 'show', 'hide'] as const;
export type Labels = (typeof LABELS)[number];

/** The defaults, in one place: the element, the set-up page and the README read them here. */
export const SHARE_DEFAULTS = { networks: DEFAULT_NETWORKS, labels: 'auto' as Labels, utm: false };

export const shareConfigSchema = lazy(() =>
  z.strictObject({
    ...common([...Object.keys(share), ...Object.keys(fediverse)]),
    networks: z.optional(listOf(oneOf(NETWORKS), unknownOnes('network'))),
    url: z.optional(
      rule(
        z.string(),
        (v) => !!httpUrl(v),
        (v) => `"${v}" is not an http(s) address; sharing this page instead`,
      ),
    ),
    text: z.optional(z.string()),
    via: z.optional(
      rule(
        z.string(),
        (v) => /^@?\w{1,15}$/.test(v.trim()),
        (v) => `"${v}" is not an X handle (letters, digits and _, up to 15)`,
      ),
    ),
    hashtags: z.optional(
      listOf(
        rule(z.string(), (t) => /^#?[\p{L}\p{N}_]+$/u.test(t), String),
        (tags) => `not hashtags (letters, digits and _ only): ${quote(tags)}`,
      ),
    ),
    utm: z.optional(flag),
    labels: z.optional(oneOf(LABELS)),
  }),
);
export type ShareConfig = z.infer<typeof shareConfigSchema>;

export interface ShareOptions extends Common {
  /** Known networks, once each, in the blogger's order. */
  networks: Network[];
  /** The absolute http(s) address to share; undefined for this page. */
  url?: string;
  /** The text to share; undefined for the page's title. */
  text?: string;
  /** The X handle, without its @. */
  via?: string;
  /** Hashtags, without their #. */
  hashtags?: string[];
  utm: boolean;
  labels: Labels;
}

export function resolveOptions(
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
): ShareOptions {
  const v = checkSettings(shareConfigSchema, attributes, json, report);
  return {
    ...v,
    networks: [...new Set(v.networks ?? SHARE_DEFAULTS.networks)],
    url: webUrl(v.url),
    via: v.via?.trim().replace(/^@/, ''),
    hashtags: v.hashtags?.map((t) => t.replace(/^#/, '')),
    utm: v.utm ?? SHARE_DEFAULTS.utm,
    labels: v.labels ?? SHARE_DEFAULTS.labels,
  };
}
