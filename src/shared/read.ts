// Reading settings without zod, for the loader (which must stay small) as much as for the elements:
// the JSON configuration, lists, the one-line console error, and the plain predicates that the zod
// schemas wrap with their messages.

/** Logs one Afterword configuration error. */
export function reportError(tag: string, field: string, problem: string): void {
  console.error(`[afterword] ${tag}: ${field}: ${problem}`);
}

/** Splits an attribute list on commas and white space. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * Reads an element's JSON configuration: the `config` attribute, else a child
 * `<script type="application/json">`. Broken JSON is reported, never thrown.
 */
export function readConfigJson(
  tag: string,
  host: Element,
  attr: string | null,
): Record<string, unknown> {
  const source =
    attr ?? host.querySelector(':scope > script[type="application/json"]')?.textContent;
  if (!source?.trim()) return {};
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    reportError(tag, 'config', `not valid JSON (${(e as Error).message})`);
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    reportError(tag, 'config', 'must be a JSON object');
    return {};
  }
  return data as Record<string, unknown>;
}

/** A whole number of 0 or more, given as a number or as an attribute's text. */
export const isCount = (v: unknown): boolean => isAmount(v) && Number.isInteger(Number(v));

/** A number of 0 or more, given as a number or as an attribute's text. */
export const isAmount = (v: unknown): boolean =>
  (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number(v) >= 0;

/** An attribute name as its property's: `max-views` → `maxViews`. */
export const camel = (key: string): string =>
  key.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
