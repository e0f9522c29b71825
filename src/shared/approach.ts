// Rendering on approach: an element more than about a viewport away from what the reader sees builds
// its shadow tree only when it comes near; one in view renders at once, and printing renders all.

const waiting = new Map<Element, () => void>();
let queue: Element[] = [];
let seen: IntersectionObserver | undefined;

function go(el: Element): void {
  const render = waiting.get(el);
  waiting.delete(el);
  seen?.unobserve(el);
  render?.();
}

/** The print layout needs every widget: render what still waits, now, before the page is laid out. */
const print = (): void => [...waiting.keys()].forEach(go);

/**
 * One frame after the elements connect (before that frame is painted), those within a viewport of
 * the screen render; the others wait for an observer with a viewport's margin. Reading every
 * position in one pass costs one layout for all of them, not one each.
 */
function settle(): void {
  const els = queue;
  queue = [];
  const h = innerHeight;
  // The page's own viewport (not the top window's, should the page sit in a frame).
  seen ??= new IntersectionObserver(
    (entries) => entries.forEach((e) => e.isIntersecting && go(e.target)),
    { root: document, rootMargin: '100% 0px' },
  );
  for (const el of els) {
    if (!waiting.has(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.top < 2 * h && r.bottom > -h) go(el);
    else seen.observe(el);
  }
}

/** Calls `render` once `el` is near the screen (or the page prints); returns what cancels the wait. */
export function whenNear(el: Element, render: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    render();
    return () => {};
  }
  if (!waiting.size) addEventListener('beforeprint', print);
  waiting.set(el, render);
  if (!queue.length) requestAnimationFrame(settle);
  queue.push(el);
  return () => {
    waiting.delete(el);
    seen?.unobserve(el);
    if (!waiting.size) removeEventListener('beforeprint', print);
  };
}
