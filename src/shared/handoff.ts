// What the loader hands to an element it found before the element's code arrived: symbols on the
// element itself, so that the work started at connect (the banner's clock, the author's JSON-LD)
// is carried on by the element rather than done twice.

/** When the element was first seen on the page (`performance.now()`): `time:` triggers count from it. */
export const SINCE = Symbol.for('afterword.since');
/** The author card's schema.org script in `<head>`. */
export const LD = Symbol.for('afterword.ld');
/** The support prompt's count of this page view, made by the loader: the prompt does not count twice. */
export const VISIT = Symbol.for('afterword.visit');

export interface Handoff {
  [SINCE]?: number;
  [LD]?: HTMLScriptElement;
  [VISIT]?: unknown;
}
