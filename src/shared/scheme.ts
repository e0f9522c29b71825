// theme="auto": the colour scheme of the page behind an element, and one watcher for every element on a page.

export type Scheme = 'light' | 'dark';

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = [number, number, number, number];

const CLEAR: Rgba = [0, 0, 0, 0];

/** sRGB-encoded grey (0–255) of a relative luminance (0–1). */
const grey = (y: number): number =>
  255 * (y <= 0.0031308 ? 12.92 * y : 1.055 * Math.max(y, 0) ** (1 / 2.4) - 0.055);

/**
 * A colour as `getComputedStyle` gives it: `rgb()`/`rgba()` (commas or spaces), `color(srgb …)`
 * (what `color-mix()` computes to), or `lab`/`lch`/`oklab`/`oklch`, whose lightness alone is kept
 * (as the grey of the same luminance). Undefined for anything else.
 */
export function parseColor(value: string): Rgba | undefined {
  if (value === 'transparent') return CLEAR;
  const m = /^(rgba?|color|lab|lch|oklab|oklch)\((srgb\s+)?([^()]*)\)$/.exec(value.trim());
  if (!m || (m[1] === 'color') !== !!m[2]) return undefined;
  const raw = m[3].split(/[\s,/]+/).filter(Boolean);
  const [a, b, c, alpha = 1] = raw.map((p) =>
    p === 'none' ? 0 : parseFloat(p) / (p.endsWith('%') ? 100 : 1),
  );
  if (raw.length < 3 || raw.length > 4 || [a, b, c, alpha].some(Number.isNaN)) return undefined;
  const fn = m[1];
  if (fn === 'color') return [a * 255, b * 255, c * 255, alpha];
  if (fn.startsWith('rgb')) return [a, b, c, alpha];
  // OK L runs 0–1 (or 0–100 %); CIE L* runs 0–100 written as a number or a percentage alike.
  const ok = fn.startsWith('ok');
  const l = ok || !raw[0].endsWith('%') ? a : a * 100;
  const y = ok ? l ** 3 : l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3;
  return [grey(y), grey(y), grey(y), alpha];
}

const linear = (c: number): number =>
  (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;

/** Relative luminance (WCAG) of an sRGB colour, 0 for black to 1 for white. */
export function luminance([r, g, b]: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Dark when white text on it would have more contrast than black text: relative luminance below
 * √(1.05 × 0.05) − 0.05 ≈ 0.179.
 */
export const isDark = (c: Rgba): boolean => luminance(c) < 0.179;

/** `top` painted over `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (!a) return CLEAR;
  const mix = (i: number): number => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/**
 * What a `color-scheme` value (the property, or `<meta name="color-scheme">`) pins the page to:
 * one scheme when it offers only that one; undefined for `normal` or both (the reader's choice).
 */
export function parseColorScheme(value: string | null | undefined): Scheme | undefined {
  const words = (value ?? '').split(/\s+/);
  const light = words.includes('light');
  return light === words.includes('dark') ? undefined : light ? 'light' : 'dark';
}

/** The canvas the browser paints under a page without a background of its own, in each scheme. */
const CANVAS: Record<Scheme, Rgba> = { light: [255, 255, 255, 1], dark: [18, 18, 18, 1] };

/**
 * The scheme behind an element, from the backgrounds of its ancestors, nearest first, down to the
 * first opaque one; where they let the canvas show through, the page's own `color-scheme`, else
 * the reader's preference.
 */
export function decide(layers: Rgba[], declared: Scheme | undefined, prefersDark: boolean): Scheme {
  const canvas = declared ?? (prefersDark ? 'dark' : 'light');
  let seen = CLEAR;
  for (const layer of layers) {
    seen = over(seen, layer);
    if (seen[3] >= 0.999) break;
  }
  if (seen[3] < 0.01) return canvas;
  return isDark(over(seen, CANVAS[canvas])) ? 'dark' : 'light';
}

/** The element this one is drawn on: its slot, its parent, or its shadow root's host. */
const up = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/** What one check has read, shared by the elements it checks: their common ancestors, the page. */
let pass: { bg: Map<Element, Rgba>; page?: [Scheme | undefined, boolean] } | undefined;

/** The page's own `color-scheme` (or its meta tag) and the reader's preference. */
function pageSays(doc: Document, view: Window): [Scheme | undefined, boolean] {
  const declared =
    parseColorScheme(view.getComputedStyle(doc.documentElement).colorScheme) ??
    parseColorScheme(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
  return [declared, view.matchMedia('(prefers-color-scheme: dark)').matches];
}

/** The page's own colour scheme behind `el`, read now. */
export function pageScheme(el: Element): Scheme {
  const view = el.ownerDocument.defaultView ?? window;
  const layers: Rgba[] = [];
  let cover = CLEAR;
  // Starts above the element itself: its own background is the widget's, not the page's.
  for (let n = up(el); n && cover[3] < 0.999; n = up(n)) {
    let bg = pass?.bg.get(n);
    if (!bg) {
      bg = parseColor(view.getComputedStyle(n).backgroundColor) ?? CLEAR;
      pass?.bg.set(n, bg);
    }
    layers.push(bg);
    cover = over(cover, bg);
  }
  if (cover[3] >= 0.999) return decide(layers, undefined, false);
  const [declared, prefersDark] = pass
    ? (pass.page ??= pageSays(el.ownerDocument, view))
    : pageSays(el.ownerDocument, view);
  return decide(layers, declared, prefersDark);
}

type Watch = { call: (scheme: Scheme) => void; last?: Scheme };

/** Every watching element; one observer and one set of listeners serve them all. */
const watching = new Map<Element, Watch>();
let frame = 0;
let unhook: (() => void) | undefined;

/** Reads each watching element's scheme once, and calls back those whose scheme changed. */
function check(): void {
  frame = 0;
  pass = { bg: new Map() };
  try {
    for (const [el, w] of watching) {
      const now = pageScheme(el);
      if (now !== w.last) w.call((w.last = now));
    }
  } finally {
    pass = undefined;
  }
}

/** Many changes in one frame (a theme switch touches several nodes) make one check, before paint. */
const schedule = (): void => {
  frame ||= requestAnimationFrame(check);
};

/**
 * What can change a page's scheme: `<html>`'s and `<body>`'s attributes (Casper's `dark-mode`
 * class, PaperMod's `data-theme`), stylesheets coming, going, loading or changing in `<head>` (a
 * WordPress style variation), the reader's preference, and a background colour that transitions.
 */
function hook(doc: Document): () => void {
  const changed = new MutationObserver(schedule);
  const attributes = { attributes: true };
  changed.observe(doc.documentElement, attributes);
  if (doc.body) changed.observe(doc.body, attributes);
  if (doc.head)
    changed.observe(doc.head, {
      ...attributes,
      childList: true,
      subtree: true,
      characterData: true,
    });
  const media = (doc.defaultView ?? window).matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', schedule);
  const settled = (e: Event): void => {
    const done =
      e.type === 'load'
        ? (e.target as Element).localName === 'link'
        : (e as TransitionEvent).propertyName.startsWith('background');
    if (done) schedule();
  };
  doc.addEventListener('load', settled, true);
  doc.addEventListener('transitionend', settled, true);
  return () => {
    changed.disconnect();
    media.removeEventListener('change', schedule);
    doc.removeEventListener('load', settled, true);
    doc.removeEventListener('transitionend', settled, true);
    cancelAnimationFrame(frame);
    frame = 0;
  };
}

/**
 * Calls `call` with the page's scheme behind `el` in the next frame (before it is painted), then
 * whenever it changes. Returns what stops watching; the last element to stop ends the observer.
 */
export function watchScheme(el: Element, call: (scheme: Scheme) => void): () => void {
  unhook ??= hook(el.ownerDocument);
  const w: Watch = { call };
  watching.set(el, w);
  schedule();
  return () => {
    if (watching.get(el) === w) watching.delete(el);
    if (watching.size || !unhook) return;
    unhook();
    unhook = undefined;
  };
}
