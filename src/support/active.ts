// Where the reader's focus really is: the banner notes it from the start, so that closing the banner
// gives focus back there even before the banner's focus handling (banner-focus.ts) has arrived.

/** The focused element, looking inside open shadow roots (`document.activeElement` stops at hosts). */
export function deepActive(root: DocumentOrShadowRoot = document): Element | null {
  let a = root.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
