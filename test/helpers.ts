// Helpers shared by the browser tests.

/** Captures console.error calls until `restore()` is called. */
export function captureErrors(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; html: string }[] }[];
}
type Axe = { run(context: unknown, options: unknown): Promise<AxeResult> };

/**
 * axe on an element (and everything in its shadow root) with the WCAG 2.0–2.2 A/AA rules and
 * the best-practice rules, target size included: `expect(el).to.be.accessible()` leaves several
 * of those to the page.
 */
export async function expectAccessible(el: Element, ...more: Element[]): Promise<void> {
  const w = window as unknown as { axe?: Axe };
  // axe-core's browser build registers window.axe; it ships no types of its own for this path.
  // @ts-ignore
  if (!w.axe) await import('axe-core/axe.min.js');
  const result = await w.axe!.run(more.length ? { include: [el, ...more] } : el, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations'],
  });
  const text = result.violations
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target} ${n.html}`).join('\n')}`)
    .join('\n');
  if (text) throw new Error(`Accessibility violations:\n${text}`);
}
