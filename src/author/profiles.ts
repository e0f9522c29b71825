// Recognises an author's profile links (which network, which brand name) from the URL alone.

export type ProfileNetwork =
  | 'x' | 'mastodon' | 'bluesky' | 'threads' | 'instagram' | 'facebook' | 'linkedin' | 'youtube'
  | 'tiktok' | 'github' | 'substack' | 'medium' | 'telegram' | 'whatsapp' | 'email' | 'rss' | 'website';

export interface Profile {
  network: ProfileNetwork;
  /** Brand name ("GitHub"), the address for email, the host name for a website. */
  name: string;
  /** The normalised address to link to. */
  href: string;
}

/** Registrable host → network and the brand's own spelling. */
const HOSTS: Record<string, [ProfileNetwork, string]> = {
  'x.com': ['x', 'X'],
  'twitter.com': ['x', 'X'],
  'bsky.app': ['bluesky', 'Bluesky'],
  'threads.net': ['threads', 'Threads'],
  'threads.com': ['threads', 'Threads'],
  'instagram.com': ['instagram', 'Instagram'],
  'facebook.com': ['facebook', 'Facebook'],
  'fb.com': ['facebook', 'Facebook'],
  'linkedin.com': ['linkedin', 'LinkedIn'],
  'youtube.com': ['youtube', 'YouTube'],
  'youtu.be': ['youtube', 'YouTube'],
  'tiktok.com': ['tiktok', 'TikTok'],
  'github.com': ['github', 'GitHub'],
  'substack.com': ['substack', 'Substack'],
  'medium.com': ['medium', 'Medium'],
  't.me': ['telegram', 'Telegram'],
  'telegram.me': ['telegram', 'Telegram'],
  'wa.me': ['whatsapp', 'WhatsApp'],
  'whatsapp.com': ['whatsapp', 'WhatsApp'],
};

/**
 * What a profile link points to, or null when it is not an `https:`, `http:` or `mailto:`
 * address. Root-relative paths (`/feed.xml`) resolve against `base`.
 */
export function detectProfile(value: string, base?: string): Profile | null {
  let url: URL;
  try {
    url = new URL(value.trim(), value.trim().startsWith('/') ? base : undefined);
  } catch {
    return null;
  }
  const href = url.href;
  if (url.protocol === 'mailto:') {
    return { network: 'email', name: url.pathname, href };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // Match the host or any subdomain of it (m.facebook.com, jane.substack.com, jane.medium.com).
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const known = HOSTS[h];
    if (known) return { network: known[0], name: known[1], href };
  }
  const path = url.pathname;
  // Mastodon and the rest of the fediverse: any server, profiles at /@user (or /@user@server).
  if (/^\/@[\w.-]+(@[\w.-]+)?\/?$/.test(path)) return { network: 'mastodon', name: 'Mastodon', href };
  if (/\/(feed|rss|atom)(\.xml)?\/?$|\/index\.xml$|\.(rss|atom)$/i.test(path) || host.startsWith('feeds.')) {
    return { network: 'rss', name: 'RSS', href };
  }
  return { network: 'website', name: host, href };
}
