// Dispatches Afterword's events: they bubble and cross shadow boundaries. Each element declares its
// own events' detail types, with their HTMLElementEventMap entries, beside it.

/** The detail type of a declared event. */
export type DetailOf<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed event; returns false when a listener called preventDefault(). */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }),
  );
}
