// The one check for web addresses: an absolute http(s) URL, page-relative values resolved.

/** `value` as an http: or https: URL (relative to `base`), or undefined for anything else. */
export function httpUrl(
  value: unknown,
  base: string | undefined = globalThis.document?.baseURI,
): URL | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) address for a page-relative or absolute value; anything else is undefined. */
export const webUrl = (value: string | undefined): string | undefined => httpUrl(value)?.href;
