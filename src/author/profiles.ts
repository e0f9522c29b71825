// Recognises an author's profile links (which network, which brand name) from the URL alone.
import { httpUrl } from '../shared/url.js';
import { isFeed } from './json-ld.js';

export type ProfileNetwork =
  | 'x'
  | 'mastodon'
  | 'bluesky'
  | 'threads'
  | 'instagram'
  | 'facebook'
  | 'linkedin'
  | 'youtube'
  | 'tiktok'
  | 'github'
  | 'substack'
  | 'medium'
  | 'telegram'
  | 'whatsapp'
  | 'email'
  | 'rss'
  | 'website';

export interface Profile {
  network: ProfileNetwork;
  /** Brand name ("GitHub"), the address for email, the host name for a website. */
  name: string;
  /** The normalised address to link to. */
  href: string;
}

/** Brand=its hosts; the network id is the brand in lower case. */
const HOSTS: Record<string, string> = {};
for (const entry of (
  'X=x.com,twitter.com Bluesky=bsky.app Threads=threads.net,threads.com Instagram=instagram.com ' +
  'Facebook=facebook.com,fb.com LinkedIn=linkedin.com YouTube=youtube.com,youtu.be TikTok=tiktok.com ' +
  'GitHub=github.com Substack=substack.com Medium=medium.com Telegram=t.me,telegram.me WhatsApp=wa.me,whatsapp.com'
).split(' ')) {
  const [brand, hosts] = entry.split('=');
  for (const host of hosts.split(',')) HOSTS[host] = brand;
}

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
  if (!httpUrl(href)) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // Match the host or any subdomain of it (m.facebook.com, jane.substack.com, jane.medium.com).
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const brand = HOSTS[h];
    if (brand) return { network: brand.toLowerCase() as ProfileNetwork, name: brand, href };
  }
  const path = url.pathname;
  // Mastodon and the rest of the fediverse: any server, profiles at /@user (or /@user@server).
  if (/^\/@[\w.-]+(@[\w.-]+)?\/?$/.test(path))
    return { network: 'mastodon', name: 'Mastodon', href };
  if (isFeed(url)) return { network: 'rss', name: 'RSS', href };
  return { network: 'website', name: host, href };
}
