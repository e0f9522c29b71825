// The schema.org Person that search engines read for the author card: built from its settings and
// kept in <head>, from the moment the card is on the page (by the loader, before the card's code is
// here) to the moment it leaves.
import { LD, type Handoff } from '../shared/handoff.js';
import { httpUrl } from '../shared/url.js';

export interface Person {
  name?: string;
  image?: string;
  jobTitle?: string;
  url?: string;
  sameAs?: string[];
}

/**
 * The text of a `<script type="application/ld+json">` for a Person, or '' without a name.
 * Every `<` is written as \u003c, so no value can close the script element or open a comment
 * in it (the browser reads a script's text raw, up to the first `</script`).
 */
export function personJsonLd(person: Person): string {
  const name = person.name?.trim();
  if (!name) return '';
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name,
  };
  for (const key of ['image', 'jobTitle', 'url'] as const) {
    const value = person[key]?.trim();
    if (value) data[key] = value;
  }
  if (person.sameAs?.length) data.sameAs = person.sameAs;
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** A feed's address (`/feed`, `/rss.xml`, `/index.xml`, `.atom`, a `feeds.` host): a link, not a profile. */
export const isFeed = (url: URL): boolean =>
  /\/(feed|rss|atom)(\.xml)?\/?$|\/index\.xml$|\.(rss|atom)$/i.test(url.pathname) ||
  url.hostname.startsWith('feeds.');

/**
 * The profile links that say who the author is elsewhere (`sameAs`): web addresses, not mail
 * or feeds. Root-relative paths resolve against `base`.
 */
export function sameAs(links: string[], base?: string): string[] {
  return links.flatMap((link) => {
    const url = httpUrl(link.trim(), link.trim().startsWith('/') ? base : undefined);
    return url && !isFeed(url) ? [url.href] : [];
  });
}

/**
 * Writes the card's Person into `<head>` as one `<script type="application/ld+json"
 * data-afterword-author>`, updates it, or removes it (no person, or the card left the page). The
 * script is kept on the card itself (see handoff.ts), so the loader and the card share it.
 */
export function publishPerson(card: Element & Handoff, person?: Person): void {
  const json = person && card.isConnected ? personJsonLd(person) : '';
  let ld = card[LD];
  if (!json) return void ld?.remove();
  if (!ld) {
    ld = card[LD] = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.setAttribute('data-afterword-author', '');
  }
  if (ld.textContent !== json) ld.textContent = json;
  if (ld.parentNode !== document.head) document.head.append(ld);
}
