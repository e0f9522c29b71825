// The banner and the reader's focus: where focus really is (across shadow roots), how far the page
// must scroll so the banner never hides the focused control (WCAG 2.4.11), and which column the
// bar lines up with. Geometry only: nothing here changes the page. Its own part, fetched for a banner.
import { deepActive } from './active.js';

export interface Span {
  top: number;
  bottom: number;
}

/** Room kept between the focused control and the bar, in CSS pixels. */
export const GAP = 8;

/**
 * How far to scroll the page (down when positive) so `control` sits clear of `bar`, both in
 * viewport coordinates; 0 when the bar hides none of it. A bar at the bottom sends the control
 * up above it; a bar at the top sends it down below it.
 */
export function clearance(control: Span, bar: Span, viewport: number): number {
  if (control.bottom <= bar.top || control.top >= bar.bottom) return 0;
  const atBottom = bar.bottom >= viewport - 1;
  return atBottom ? control.bottom - bar.top + GAP : control.top - bar.bottom - GAP;
}

export interface Column {
  left: number;
  right: number;
}

/**
 * The bar's side padding that lines its content up with the page's column: the closest of the
 * banner's own ancestors narrower than the viewport, else the page's article or main; `undefined`
 * when there is none (the bar then centres itself).
 */
export function pageColumn(host: Element, width: number): Column | undefined {
  const pick = (el: Element | null): Column | undefined => {
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const left = r.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
    const right = width - r.right + parseFloat(cs.paddingRight) + parseFloat(cs.borderRightWidth);
    return r.width > 0 && left + right > 1 && width - left - right >= 200
      ? { left, right }
      : undefined;
  };
  for (let el = host.parentElement; el && el !== document.body; el = el.parentElement) {
    const c = pick(el);
    if (c) return c;
  }
  return pick(document.querySelector('article')) ?? pick(document.querySelector('main'));
}

/**
 * Brings the focused `control` clear of the bar: scrolls the page; where the page can't scroll
 * that far (a control at its very end), `flip` moves the bar to the other edge of the viewport.
 */
export async function keepClear(
  control: Element,
  bar: () => Element | null,
  flip: () => Promise<unknown>,
): Promise<void> {
  const need = (): number => {
    const b = bar()?.getBoundingClientRect();
    return b && deepActive() === control
      ? clearance(control.getBoundingClientRect(), b, innerHeight)
      : 0;
  };
  let d = need();
  if (!d) return;
  scrollBy({ top: d, behavior: 'instant' });
  if (!need()) return;
  await flip();
  d = need();
  if (d) scrollBy({ top: d, behavior: 'instant' });
}

/** Pads the bar so its content lines up with the page's column (or centres it, with none). */
export function alignBar(host: Element, bar: HTMLElement | null): void {
  if (!bar) return;
  const c = pageColumn(host, document.documentElement.clientWidth);
  for (const side of ['left', 'right'] as const)
    if (c) bar.style.setProperty(`--_${side}`, `${Math.round(c[side])}px`);
    else bar.style.removeProperty(`--_${side}`);
}
