// Guarded registration: a second copy of the script, or a page that took the tag first, never throws.
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor && !(existing as { afterword?: boolean }).afterword) {
    console.warn(`[afterword] ${tag}: the tag is already defined by another script; keeping it.`);
  }
}
