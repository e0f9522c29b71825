// dist/afterword.js, the one script tag: a small loader. It finds Afterword's elements on the page,
// starts what must start at once (see connect.ts) and fetches each element's code, and its
// language, from beside itself when the element comes within about two screens of the reader. A
// reader who never scrolls to the widgets pays for this file alone.
import { automount } from '../shared/automount.js';
import { reportError } from '../shared/read.js';
import { baseOf, resolveLang } from '../shared/lang.js';
import { ownScript } from '../shared/script.js';
import { SINCE, type Handoff } from '../shared/handoff.js';
import { publishPerson } from '../author/json-ld.js';
import { CONNECT, reader } from './connect.js';

/**
 * Each part's files, fetched together: an element's code by its tag, a language by its code (the
 * build writes it; `core` stands for `afterword-core.js`).
 */
declare const __AFTERWORD_PARTS__: Record<string, string[]>;

const KEY = Symbol.for('afterword.loader');
const page = window as unknown as Record<symbol, unknown>;

// Read while this script runs: afterwards document.currentScript is someone else's (and a
// `type=module` script has none: its own tag is found by name).
const self = (document.currentScript as HTMLScriptElement | null)?.src || ownScript()?.src;

// A second copy of the loader on the page leaves everything to the first.
if (!page[KEY] && self) {
  page[KEY] = 1;
  start(new URL('.', self).href);
}

function start(base: string): void {
  const parts = __AFTERWORD_PARTS__;
  const tags = Object.keys(parts).filter((k) => k.includes('-'));
  const selector = tags.join();
  const fetched: Record<string, Promise<unknown>> = {};
  const fetchPart = (name: string): Promise<unknown> =>
    (fetched[name] ??= Promise.all(
      parts[name].map((file) => import(`${base}afterword-${file}.js`)),
    ));
  const waiting = new Map<Element, string>();

  /** Fetches a tag's code with the languages its elements need; the tag is defined when it runs. */
  const want = (tag: string): void => {
    if (tag in fetched) return;
    for (const [el, t] of waiting) if (t === tag) fetchLang(el);
    fetchPart(tag).catch((error) =>
      reportError(tag, 'code', `did not load from ${base}: ${error}`),
    );
  };
  const fetchLang = (el: Element): void => {
    const get = reader(el);
    const lang = baseOf(String(get('lang') || resolveLang(el)));
    // A language that fails to load is reported by the element, which then shows English.
    if (parts[lang]) fetchPart(lang).catch(() => {});
  };

  const near = new IntersectionObserver(
    (entries) => entries.forEach((e) => e.isIntersecting && want(e.target.localName)),
    { root: document, rootMargin: '200% 0px' },
  );

  const found = (el: Element): void => {
    const tag = el.localName;
    if (waiting.has(el) || customElements.get(tag)) return;
    waiting.set(el, tag);
    (el as Handoff)[SINCE] ??= performance.now();
    CONNECT[tag]?.(el, () => want(tag));
    near.observe(el);
  };
  const lost = (el: Element): void => {
    if (!waiting.delete(el)) return;
    near.unobserve(el);
    if (el.localName === 'afterword-author') publishPerson(el);
  };
  const each = (nodes: NodeList, then: (el: Element) => void): void =>
    nodes.forEach((n) => {
      if (!(n instanceof Element)) return;
      if (n.matches(selector)) then(n);
      n.querySelectorAll(selector).forEach(then);
    });

  // Until its code is here an element takes no room and shows nothing of what it holds (a bio).
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `${tags.map((t) => `${t}:not(:defined)`).join()}{display:block;block-size:0;overflow:hidden}`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  new MutationObserver((records) => {
    for (const r of records) {
      each(r.removedNodes, lost);
      each(r.addedNodes, found);
    }
  }).observe(document, { childList: true, subtree: true });
  document.querySelectorAll(selector).forEach(found);
  automount();
}
