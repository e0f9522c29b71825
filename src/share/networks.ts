// Pure share-URL builders for every network; no DOM, so unit tests call them directly.

export const NETWORKS = [
  'facebook',
  'x',
  'linkedin',
  'bluesky',
  'mastodon',
  'threads',
  'reddit',
  'telegram',
  'whatsapp',
  'email',
  'copy',
  'print',
  'native',
] as const;
export type Network = (typeof NETWORKS)[number];

export const DEFAULT_NETWORKS: Network[] = [
  'facebook',
  'x',
  'linkedin',
  'whatsapp',
  'email',
  'copy',
  'print',
  'native',
];

/** Networks reached through a plain link, as opposed to an action button. */
export type LinkNetwork = Exclude<Network, 'copy' | 'print' | 'native' | 'mastodon'>;

export const NETWORK_NAMES: Record<Network, string> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  reddit: 'Reddit',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  email: 'Email',
  copy: 'Copy',
  print: 'Print',
  native: 'Share',
};

export interface ShareData {
  url: string;
  text: string;
  /** X handle, with or without the @. */
  via?: string;
  hashtags?: string[];
}

export const BLUESKY_LIMIT = 300;

const e = encodeURIComponent;

export function isNetwork(name: string): name is Network {
  return (NETWORKS as readonly string[]).includes(name);
}

export function isLinkNetwork(name: Network): name is LinkNetwork {
  return !['copy', 'print', 'native', 'mastodon'].includes(name);
}

// Creating a Segmenter loads ICU data (~20 ms on first use), so there is one, made when needed.
let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Shortens text to at most `max` graphemes, ending with an ellipsis when cut. */
export function trimGraphemes(text: string, max: number): string {
  // Text never has more graphemes than UTF-16 units: short text needs no segmenting.
  if (text.length <= max) return text;
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  if (max <= 0) return '';
  return (
    parts
      .slice(0, max - 1)
      .join('')
      .trimEnd() + '…'
  );
}

/** Bluesky's post text: the text trimmed so that "text url" stays within 300 graphemes. */
export function blueskyText(text: string, url: string): string {
  if (text.length + url.length < BLUESKY_LIMIT) return text ? `${text} ${url}` : url;
  const room = BLUESKY_LIMIT - graphemes(url).length - 1;
  const body = trimGraphemes(text, room);
  return body ? `${body} ${url}` : url;
}

/** The share URL of a link network. */
export function shareUrl(network: LinkNetwork, data: ShareData): string {
  const { url, text } = data;
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`;
    case 'x': {
      let out = `https://x.com/intent/tweet?text=${e(text)}&url=${e(url)}`;
      const via = data.via?.replace(/^@/, '');
      if (via) out += `&via=${e(via)}`;
      const tags = (data.hashtags ?? []).map((t) => t.replace(/^#/, '')).filter(Boolean);
      if (tags.length) out += `&hashtags=${e(tags.join(','))}`;
      return out;
    }
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${e(blueskyText(text, url))}`;
    case 'threads':
      return `https://www.threads.com/intent/post?text=${e(text)}&url=${e(url)}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${e(url)}&title=${e(text)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${e(url)}&text=${e(text)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${e(text ? `${text} ${url}` : url)}`;
    case 'email':
      return `mailto:?subject=${e(text)}&body=${e(url)}`;
  }
}

/** Adds `utm_source=<network>&utm_medium=social`, keeping any query and hash the URL has. */
export function withUtm(pageUrl: string, network: Network): string {
  try {
    const u = new URL(pageUrl);
    u.searchParams.set('utm_source', network);
    u.searchParams.set('utm_medium', 'social');
    return u.href;
  } catch {
    return pageUrl;
  }
}

/**
 * The fediverse: which page of the reader's own server to open, by the software its NodeInfo
 * names. Each family's paths, as its project documents or serves them:
 * - Mastodon and its forks (Hometown, glitch-soc and Fedibird report themselves as "mastodon" or
 *   by name): `/share?text=` (Mastodon's share page, https://github.com/mastodon/mastodon/issues/442)
 *   and `/authorize_interaction?uri=` (the "subscribe" template of Mastodon's WebFinger,
 *   https://docs.joinmastodon.org/spec/webfinger/).
 * - The Misskey family (Misskey, Sharkey, Firefish/Calckey, Iceshrimp, Foundkey, CherryPick):
 *   `/share?text=&url=` (Misskey's share form, https://misskey-hub.net/docs/for-developers/features/share-form/)
 *   and `/authorize-follow?acct=` (Misskey's remote-follow page, misskey-dev/misskey#3572; the
 *   subscribe template Iceshrimp.NET publishes in its WebFinger).
 * - Friendica: `/compose?title=&body=` and `/contact/follow?url=`, the FEP-3b86 "Create" and
 *   OStatus "subscribe" templates Friendica publishes in its WebFinger (src/Module/Xrd.php).
 * - Pleroma and Akkoma: no share page in Pleroma-FE or Akkoma-FE (kytta/share2fedi#44,
 *   stefanbohacek/fediverse-share-button#9), so sharing falls back; following uses
 *   `/ostatus_subscribe?acct=`, the subscribe template of their WebFinger.
 * - Lemmy: `/create_post?url=&title=` (lemmy-ui's post form reads these, LemmyNet/lemmy-ui#1913);
 *   Lemmy has no following of people, so following falls back.
 * Anything else (GoToSocial, which has no web composer, or an unknown name) gets Mastodon's pages.
 */
export type FediFamily = 'mastodon' | 'misskey' | 'friendica' | 'pleroma' | 'lemmy';

const FAMILIES: Record<string, FediFamily> = {};
for (const entry of (
  'mastodon=mastodon,hometown,glitch-soc,glitchcafe,fedibird ' +
  'misskey=misskey,sharkey,firefish,calckey,iceshrimp,iceshrimp.net,foundkey,cherrypick,meisskey,catodon ' +
  'friendica=friendica pleroma=pleroma,akkoma lemmy=lemmy'
).split(' ')) {
  const [family, names] = entry.split('=');
  for (const name of names.split(',')) FAMILIES[name] = family as FediFamily;
}

/** The family of a NodeInfo `software.name`, or undefined when it is not one we know. */
export function fediFamily(software: string | null | undefined): FediFamily | undefined {
  return software ? FAMILIES[software.trim().toLowerCase()] : undefined;
}

/** A page on the reader's server; `fallback` when it is Mastodon's page used for want of a better one. */
export interface FediTarget {
  url: string;
  fallback: boolean;
}

/** The compose/share page on the reader's server (`origin`, e.g. `https://example.social`). */
export function fediShareUrl(origin: string, software: string | null, data: ShareData): FediTarget {
  const { url, text } = data;
  switch (fediFamily(software)) {
    case 'mastodon':
      return { url: `${origin}/share?text=${e(text ? `${text} ${url}` : url)}`, fallback: false };
    case 'misskey':
      return { url: `${origin}/share?text=${e(text)}&url=${e(url)}`, fallback: false };
    case 'friendica':
      return { url: `${origin}/compose?title=${e(text)}&body=${e(url)}`, fallback: false };
    case 'lemmy':
      return { url: `${origin}/create_post?url=${e(url)}&title=${e(text)}`, fallback: false };
    default:
      return { url: `${origin}/share?text=${e(text ? `${text} ${url}` : url)}`, fallback: true };
  }
}

/** A fediverse account: its profile address and its `user@host` handle. */
export interface FediAccount {
  uri: string;
  acct: string;
}

/** The page on the reader's server that follows `account`. */
export function fediFollowUrl(
  origin: string,
  software: string | null,
  account: FediAccount,
): FediTarget {
  switch (fediFamily(software)) {
    case 'mastodon':
      return { url: `${origin}/authorize_interaction?uri=${e(account.uri)}`, fallback: false };
    case 'misskey':
      return { url: `${origin}/authorize-follow?acct=${e(account.acct)}`, fallback: false };
    case 'friendica':
      return { url: `${origin}/contact/follow?url=${e(account.uri)}`, fallback: false };
    case 'pleroma':
      return { url: `${origin}/ostatus_subscribe?acct=${e(account.acct)}`, fallback: false };
    default:
      return { url: `${origin}/authorize_interaction?uri=${e(account.uri)}`, fallback: true };
  }
}
