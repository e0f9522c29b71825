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
