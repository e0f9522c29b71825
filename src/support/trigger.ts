// When the banner's trigger fires: at once, after a time, or once the reader has scrolled far enough.
import type { Trigger } from './frequency.js';

/**
 * Arms `trigger` (`articles:` is decided on load by the count, so it is never armed here) and
 * calls `onFire` once when it fires; `time:` counts from `since` (`performance.now()` when the
 * prompt was first seen on the page). Returns what disarms it.
 */
export function armTrigger(
  trigger: Trigger,
  onFire: () => void,
  since = performance.now(),
): () => void {
  if (trigger.kind === 'time') {
    const timer = setTimeout(onFire, trigger.n * 1000 - (performance.now() - since));
    return () => clearTimeout(timer);
  }
  if (trigger.kind !== 'scroll') {
    if (trigger.kind === 'immediate') onFire();
    return () => {};
  }
  const check = (): void => {
    if ((scrollY + innerHeight) * 100 >= trigger.n * document.documentElement.scrollHeight) {
      dispose();
      onFire();
    }
  };
  const dispose = (): void => {
    removeEventListener('scroll', check);
    cancelAnimationFrame(frame);
  };
  addEventListener('scroll', check, { passive: true });
  // The first check waits for a frame: reading the page height now would force a layout of the
  // whole page while it is still loading.
  const frame = requestAnimationFrame(check);
  return dispose;
}
