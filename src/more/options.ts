// The more-articles list's settings: its zod schema (attributes and JSON alike) and the pure step
// from what it accepted to the options the element renders.
import { lazy, z } from '../shared/config.js';
import { common, oneOf, value, webAddress, type Common } from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { isCount } from '../shared/read.js';
import { httpUrl } from '../shared/url.js';
import { more } from '../locales/en/more.js';
import type { Match } from './pick.js';

export const MATCHES: readonly Match[] = ['latest', 'tags'];

/** The most articles a list shows: beyond that it is an archive, not a suggestion. */
export const MAX_COUNT = 12;

/** The defaults, in one place: the element, the set-up page and the README read them here. */
export const MORE_DEFAULTS = { count: 3, match: 'latest' as Match };

export const moreConfigSchema = lazy(() =>
  z.strictObject({
    ...common(Object.keys(more)),
    feed: z.optional(webAddress),
    count: z.optional(
      z.pipe(
        value(
          (v) => isCount(v) && Number(v) >= 1 && Number(v) <= MAX_COUNT,
          (v) => `"${v}" is not a whole number from 1 to ${MAX_COUNT}`,
        ),
        z.transform(Number),
      ),
    ),
    match: z.optional(oneOf(MATCHES)),
  }),
);
export type MoreConfig = z.infer<typeof moreConfigSchema>;

export interface MoreOptions extends Common {
  /**
   * The feed's absolute address; undefined when none was given (the page's own
   * `<link rel="alternate">` is read then).
   */
  feed?: string;
  /** A `feed` was given but refused (not http(s), or on another site): nothing is shown. */
  refused: boolean;
  count: number;
  match: Match;
}

/**
 * The settings as the element uses them. A feed on another origin than `origin` is reported and
 * refused: only the site's own feed is read (the set-up page, which is not on the blog's site,
 * passes no origin).
 */
export function resolveOptions(
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
  base: string = document.baseURI,
  origin: string | null = location.origin,
): MoreOptions {
  const v = checkSettings(moreConfigSchema, attributes, json, report);
  const given = (attributes as { feed?: unknown }).feed ?? json.feed;
  let feed = httpUrl(v.feed, base);
  if (feed && origin && feed.origin !== origin) {
    report('feed', `"${v.feed}" is not on this site (${origin}): only the site's own feed is read`);
    feed = undefined;
  }
  return {
    lang: v.lang,
    analytics: v.analytics,
    theme: v.theme,
    messages: v.messages,
    feed: feed?.href,
    refused: given !== undefined && given !== '' && !feed,
    count: v.count ?? MORE_DEFAULTS.count,
    match: v.match ?? MORE_DEFAULTS.match,
  };
}
