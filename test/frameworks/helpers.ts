// What the React and Vue tests share: the widgets as an app renders them, and the reader's acts.
import { waitUntil } from '@open-wc/testing';

export const TAGS = [
  'afterword-share',
  'afterword-support',
  'afterword-feedback',
  'afterword-author',
] as const;
export type Tag = (typeof TAGS)[number];

/** Settings each widget gets from the app, as strings (what server rendering can write). */
export const ATTRS: Record<Tag, Record<string, string>> = {
  'afterword-share': { networks: 'x email copy' },
  'afterword-support': { provider: 'kofi', account: 'jane' },
  'afterword-feedback': { endpoint: '/api/feedback', 'min-seconds': '0' },
  'afterword-author': { name: 'Jane Doe' },
};

/** Waits until every widget in `root` has rendered its shadow tree. */
export async function rendered(root: ParentNode, tags: readonly Tag[] = TAGS): Promise<void> {
  await waitUntil(
    () => tags.every((t) => root.querySelector(t)?.shadowRoot?.querySelector('[part="base"]')),
    `not rendered: ${tags.filter((t) => !root.querySelector(t)?.shadowRoot?.querySelector('[part="base"]')).join(', ')}`,
  );
}

/** Types a message into the feedback form and sends it, as a reader would. */
export async function sendFeedback(root: ParentNode, message: string): Promise<void> {
  const form = root.querySelector('afterword-feedback')!.shadowRoot!;
  const field = form.querySelector<HTMLTextAreaElement>('[name="message"]')!;
  field.value = message;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await (
    root.querySelector('afterword-feedback') as HTMLElement & { updateComplete: Promise<unknown> }
  ).updateComplete;
  form.querySelector<HTMLButtonElement>('[part="button"]')!.click();
}

/** The names in the page's Person JSON-LD, which must all sit in document.head. */
export function personNames(): string[] {
  const all = [...document.querySelectorAll('script[type="application/ld+json"]')];
  if (all.some((s) => s.parentNode !== document.head))
    throw new Error('JSON-LD outside document.head');
  return all.map((s) => JSON.parse(s.textContent!).name);
}

/** Console errors while `run` runs (React and Vue report their failures there). */
export async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return seen;
}
