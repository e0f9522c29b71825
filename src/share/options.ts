// The share bar's settings: its zod schema (attributes and JSON alike) and the pure step to its options.
import { lazy, listSchema, z } from '../shared/config.js';
import { commonConfig } from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { webUrl } from '../shared/url.js';
import { DEFAULT_NETWORKS, isNetwork, type Network } from './networks.js';

export const shareConfigSchema = lazy(() =>
  z.strictObject({
    ...commonConfig,
    networks: z.optional(listSchema),
    url: z.optional(z.string()),
    text: z.optional(z.string()),
    via: z.optional(z.string()),
    hashtags: z.optional(listSchema),
    utm: z.optional(z.boolean()),
    labels: z.optional(z.string()),
  }),
);
export type ShareConfig = z.infer<typeof shareConfigSchema>;

/** The share bar's attributes as the element holds them (undefined when absent). */
export interface ShareAttributes {
  networks?: string;
  url?: string;
  text?: string;
  via?: string;
  hashtags?: string;
  utm?: boolean;
  labels?: string;
}

export type Labels = 'auto' | 'show' | 'hide';
const LABELS: Labels[] = ['auto', 'show', 'hide'];

export interface ShareOptions {
  /** Known networks, once each, in the blogger's order. */
  networks: Network[];
  /** The http(s) address to share; undefined for this page. */
  url?: string;
  /** The text to share; undefined for the page's title. */
  text?: string;
  via?: string;
  hashtags?: string[];
  utm: boolean;
  labels: Labels;
}

export function resolveOptions(
  attributes: ShareAttributes,
  json: Record<string, unknown>,
  report: Report,
): ShareOptions {
  const v = checkSettings(shareConfigSchema, attributes, json, report);
  const names = v.networks ?? DEFAULT_NETWORKS;
  const unknown = names.filter((n) => !isNetwork(n.toLowerCase()));
  if (unknown.length)
    report(
      'networks',
      `unknown network${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}`,
    );
  const url = webUrl(v.url);
  if (v.url !== undefined && !url)
    report('url', `"${v.url}" is not an http(s) address; sharing this page instead`);
  const labels = (v.labels ?? 'auto') as Labels;
  if (!LABELS.includes(labels)) report('labels', `"${labels}" is not one of auto, show, hide`);
  return {
    networks: [...new Set(names.map((n) => n.toLowerCase()).filter(isNetwork))],
    url,
    text: v.text,
    via: v.via,
    hashtags: v.hashtags,
    utm: !!v.utm,
    labels: LABELS.includes(labels) ? labels : 'auto',
  };
}
