// What the article page says about itself for the list: the feed it links and its own tags.

const FEEDS = ['application/rss+xml', 'application/atom+xml', 'application/feed+json']
  .map((t) => `link[rel~="alternate" i][type="${t}" i][href]`)
  .join();

/** The first feed the page links in its head (`<link rel="alternate" type="application/rss+xml">`…). */
export const pageFeed = (doc: Document = document): string | undefined =>
  doc.querySelector<HTMLLinkElement>(FEEDS)?.href || undefined;

/** The article's tags and section, as Ghost, Hugo and SEO plugins publish them (Open Graph). */
export const pageTags = (doc: Document = document): string[] =>
  [
    ...doc.querySelectorAll<HTMLMetaElement>(
      'meta[property="article:tag"], meta[property="article:section"]',
    ),
  ].map((m) => m.content);
