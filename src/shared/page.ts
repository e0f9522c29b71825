// What the page says about itself: the URL and title to share.
function meta(property: string): string | undefined {
  return (
    document.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content?.trim() ||
    undefined
  );
}

/** `<link rel=canonical>`, then `og:url`, then the address without its hash. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
  if (canonical) return canonical;
  const og = meta('og:url');
  if (og) {
    try {
      return new URL(og, document.baseURI).href;
    } catch {
      // fall through to the address
    }
  }
  const here = new URL(location.href);
  here.hash = '';
  return here.href;
}

/** `og:title`, then `document.title`. */
export function pageTitle(): string {
  return meta('og:title') ?? document.title.trim();
}

/** An absolute http(s) address for a page-relative or absolute value; anything else is undefined. */
export function webUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value, document.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
