// Which language applies to an element, without any strings: the loader reads it too, to fetch an
// element's language file with its code.

/** The base language of a tag, lower case: `pt-BR` → `pt`. */
export const baseOf = (lang: string): string => lang.toLowerCase().split('-')[0];

/** The language that applies to an element, as written in the page (e.g. `pt-BR`). */
export function resolveLang(el: Element): string {
  return (
    el.closest('[lang]')?.getAttribute('lang')?.trim() ||
    document.documentElement.lang.trim() ||
    'en'
  );
}
