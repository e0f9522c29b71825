// What a reader would notice on a theme page: widgets outside the column, tiny text, touching widgets.

export type Rect = { left: number; right: number; top: number; bottom: number };

/** The page's widgets that sit in the flow (a banner is fixed to the viewport instead). */
export const inFlow = (doc: Document): HTMLElement[] =>
  [
    ...doc.querySelectorAll<HTMLElement>(
      'afterword-share, afterword-support, afterword-feedback, afterword-author, afterword-more',
    ),
  ].filter((el) => el.getAttribute('mode') !== 'banner');

/** Every visible piece of text in the widgets' shadow trees set smaller than `min` px. */
export function smallText(hosts: Element[], min = 12): string[] {
  const bad: string[] = [];
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    const win = host.ownerDocument.defaultView!;
    const walker = host.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      const box = el.getBoundingClientRect();
      // Screen-reader-only text (1 px boxes) and closed parts are not read by the eye.
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(win.getComputedStyle(el).fontSize);
      if (size < min) bad.push(`${host.localName}: "${text.slice(0, 30)}" at ${size.toFixed(1)}px`);
    }
  }
  return bad;
}

/** Widgets (or their visible parts) sticking out of the content column, by more than 1 px. */
export function outsideColumn(hosts: Element[], column: Rect): string[] {
  const bad: string[] = [];
  for (const host of hosts) {
    for (const el of [host, host.shadowRoot?.querySelector('[part="base"]')]) {
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.left < column.left - 1 || r.right > column.right + 1)
        bad.push(
          `${host.localName}: ${Math.round(r.left)}…${Math.round(r.right)} px against the column's ${Math.round(column.left)}…${Math.round(column.right)} px`,
        );
    }
  }
  return bad;
}

/** The space between each widget and the next one below it (negative: they overlap). */
export function gaps(hosts: Element[]): number[] {
  const boxes = hosts.map((h) => h.getBoundingClientRect()).sort((a, b) => a.top - b.top);
  return boxes.slice(1).map((b, i) => b.top - boxes[i].bottom);
}

/** The theme's own nodes before the first widget whose box changed since `before` was noted. */
export function moved(doc: Document, before: Map<Element, Rect>): string[] {
  const first = inFlow(doc)[0];
  const bad: string[] = [];
  for (const [el, was] of before) {
    if (!el.isConnected || !first) continue;
    if (!(el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.contains(first)) continue;
    const now = el.getBoundingClientRect();
    const keys = ['left', 'right', 'top', 'bottom'] as const;
    if (keys.some((k) => Math.abs(now[k] - was[k]) > 0.5))
      bad.push(
        `${el.localName}.${el.className}: ${JSON.stringify(was)} → ${JSON.stringify(now.toJSON())}`,
      );
  }
  return bad;
}

/** Radio buttons whose middle is not level with their label's text (by more than 3 px). */
export function unlevelRadios(hosts: Element[]): string[] {
  const bad: string[] = [];
  for (const host of hosts) {
    for (const radio of host.shadowRoot?.querySelectorAll('input[type="radio"]') ?? []) {
      const label = radio.closest('label');
      if (!label) continue;
      const text = host.ownerDocument.createRange();
      text.selectNodeContents(label);
      const a = radio.getBoundingClientRect();
      const b = text.getBoundingClientRect();
      const r = [...text.getClientRects()].filter((x) => x.width > 0 && x.left >= a.right - 1);
      const t = r[0] ?? b;
      if (Math.abs((a.top + a.bottom) / 2 - (t.top + t.bottom) / 2) > 3)
        bad.push(`${host.localName}: the radio of "${label.textContent!.trim()}"`);
    }
  }
  return bad;
}
