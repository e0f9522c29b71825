// What assistive technology and the eye get from the elements: accessible names (from the
// browser's accessibility tree in Chromium, computed from the DOM elsewhere), contrast and sizes.
import { executeServerCommand } from '@web/test-runner-commands';

export const chromium = navigator.userAgent.includes('Chrome/');

export const frames = async (n = 2): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Every element under `root` (and in its own shadow root), through open shadow roots. */
export function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [...root.querySelectorAll<HTMLElement>(selector)];
  if (root instanceof Element && root.shadowRoot) found.push(...deepAll(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

/** The focused element, inside shadow roots. */
export function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const text = (n: Node): string => {
  if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
  if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return '';
  if (n instanceof HTMLInputElement) return '';
  return [...n.childNodes].map(text).join('');
};
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The accessible name as the DOM gives it (aria-labelledby, aria-label, label, content). */
export function domName(el: HTMLElement): string {
  const root = el.getRootNode() as ParentNode & { getElementById?: (id: string) => Element | null };
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return squash(
      by
        .split(/\s+/)
        .map((id) => root.querySelector(`#${id}`))
        .map((n) => (n ? text(n) : ''))
        .join(' '),
    );
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
    return squash([...(el.labels ?? [])].map(text).join(' '));
  return squash(text(el));
}

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/**
 * Names of the nodes of `role` on the page: from Chromium's accessibility tree, else from the DOM
 * (`selector` picks the elements of that role).
 */
export async function names(role: string, selector: string): Promise<string[]> {
  if (chromium) {
    const tree = await executeServerCommand<AxNode, undefined>('ax-tree');
    const out: string[] = [];
    const walk = (n: AxNode): void => {
      if (n.role === role) out.push(squash(n.name ?? ''));
      n.children?.forEach(walk);
    };
    walk(tree);
    return out;
  }
  return deepAll(document, selector).map(domName);
}

/** `rgb(…)` → [r, g, b] in 0–255. */
function rgb(color: string): number[] {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) throw new Error(`not an rgb colour: ${color}`);
  return m[1]
    .split(/[\s,/]+/)
    .slice(0, 3)
    .map(Number);
}

const luminance = (c: number[]): number => {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio between two computed colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

export const overlaps = (a: DOMRect, b: DOMRect): boolean =>
  a.bottom > b.top + 0.5 && a.top < b.bottom - 0.5 && a.right > b.left && a.left < b.right;
