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
