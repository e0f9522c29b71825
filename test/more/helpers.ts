// What the <afterword-more> tests share: the page's head as a blog writes it, and waiting for the list.
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/more/more.js';
import type { AfterwordMore } from '../../src/more/more.js';
import { captureErrors } from '../helpers.js';

export type { AfterwordMore };

export const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const titles = (el: Element) => $$(el, '[part="title"]').map((t) => t.textContent);
export const listed = (el: Element) => !!el.shadowRoot?.querySelector('[part="list"]');
export const requests = (path: string) =>
  performance
    .getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname + new URL(e.name).search === path);

/** Head elements a test adds (the canonical address, the feed link, the article's tags). */
const added: Element[] = [];
export function head(markup: string): void {
  const t = document.createElement('template');
  t.innerHTML = markup;
  const nodes = [...t.content.children];
  added.push(...nodes);
  document.head.append(...nodes);
}

/** The article being read is the night market one, as on the blog. */
export const NIGHT_MARKET =
  '<link rel="canonical" href="https://harbour-post.example/night-market-returns/">';

export async function list(markup: ReturnType<typeof html>): Promise<AfterwordMore> {
  const el = await fixture<AfterwordMore>(markup);
  await waitUntil(() => listed(el), 'the list did not show', { timeout: 5000 });
  return el;
}

/** An element that can't show anything: waits for its one error, then a moment for any other. */
export async function nothingShown(
  markup: ReturnType<typeof html>,
): Promise<[AfterwordMore, string[]]> {
  const errors = captureErrors();
  try {
    const el = await fixture<AfterwordMore>(markup);
    await waitUntil(() => errors.messages.length > 0, 'no console error', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    return [el, errors.messages];
  } finally {
    errors.restore();
  }
}

/** Takes away what a test added, and scrolls back up. */
export function cleanUp(): void {
  fixtureCleanup();
  added.splice(0).forEach((n) => n.remove());
  scrollTo(0, 0);
}
