// <afterword-*> in a React 19 app from the npm ES modules: client render, props, events,
// conditional rendering, and server rendering with hydration.
import { expect } from '@open-wc/testing';
import { createElement as h, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import 'afterword';
import {
  ATTRS,
  TAGS,
  consoleErrors,
  personNames,
  rendered,
  sendFeedback,
  type Tag,
} from './helpers.js';

/**
 * React 19 attaches a custom element's `on…` listeners when it creates the element, not when it
 * hydrates server HTML, so a server-rendered app listens through a ref (as the README says).
 */
function Listening({ onFeedback }: { onFeedback: (e: Event) => void }) {
  const ref = useRef(null);
  useEffect(() => {
    const el = ref.current as HTMLElement | null;
    el?.addEventListener('afterword-feedback', onFeedback);
    return () => el?.removeEventListener('afterword-feedback', onFeedback);
  }, [onFeedback]);
  return h('section', { ref }, h(App, {}));
}

type Props = {
  show?: Partial<Record<Tag, boolean>>;
  name?: string;
  onFeedback?: (e: Event) => void;
};

function App({ show = {}, name = 'Jane Doe', onFeedback }: Props) {
  return h(
    'main',
    null,
    h('p', null, 'The article.'),
    ...TAGS.map((tag) =>
      show[tag] === false
        ? null
        : h(tag, {
            key: tag,
            ...ATTRS[tag],
            ...(tag === 'afterword-author' ? { name } : {}),
            ...(tag === 'afterword-feedback' && onFeedback
              ? { 'onafterword-feedback': onFeedback }
              : {}),
          }),
    ),
    h('footer', null, 'The end.'),
  );
}

describe('React 19', () => {
  let container: HTMLElement;
  let root: { render(el: unknown): void; unmount(): void } | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    container.remove();
  });

  it('renders every element, passes props and hears its events', async () => {
    const heard: string[] = [];
    const onFeedback = (e: CustomEvent) => {
      e.preventDefault();
      heard.push(e.detail.payload.message);
    };
    const errors = await consoleErrors(async () => {
      root = createRoot(container);
      flushSync(() => root!.render(h(App, { onFeedback })));
      await rendered(container);
      const author = container.querySelector('afterword-author')!;
      expect(author.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Jane Doe');
      const share = container.querySelector('afterword-share')!.shadowRoot!;
      expect(
        [...share.querySelectorAll<HTMLElement>('[part="button"]')].map((b) => b.dataset.network),
      ).to.deep.equal(['x', 'email', 'copy']);
      await sendFeedback(container, 'Hello from React');
      expect(heard).to.deep.equal(['Hello from React']);
      flushSync(() => root!.render(h(App, { onFeedback, name: 'Jane Q. Doe' })));
      await (author as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(author.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(
        'Jane Q. Doe',
      );
      expect(personNames()).to.deep.equal(['Jane Q. Doe']);
    });
    expect(errors).to.deep.equal([]);
  });

  it('takes each element away and brings it back, twice, leaving the page as React wrote it', async () => {
    const errors = await consoleErrors(async () => {
      root = createRoot(container);
      flushSync(() => root!.render(h(App, {})));
      await rendered(container);
      for (const tag of TAGS) {
        for (let round = 0; round < 2; round++) {
          flushSync(() => root!.render(h(App, { show: { [tag]: false } })));
          expect(container.querySelector(tag), `${tag} off`).to.equal(null);
          if (tag === 'afterword-author') expect(personNames()).to.deep.equal([]);
          flushSync(() => root!.render(h(App, {})));
          await rendered(container, [tag]);
        }
      }
      expect([...container.querySelector('main')!.children].map((e) => e.localName)).to.deep.equal([
        'p',
        ...TAGS,
        'footer',
      ]);
      expect(personNames()).to.deep.equal(['Jane Doe']);
    });
    expect(errors).to.deep.equal([]);
  });

  it('hydrates server-rendered HTML without a mismatch, keeping the same nodes', async () => {
    const heard: string[] = [];
    const onFeedback = (e: CustomEvent) => {
      e.preventDefault();
      heard.push(e.detail.payload.message);
    };
    const html = renderToString(h(Listening, { onFeedback }));
    container.innerHTML = html;
    // The elements are defined: they upgrade and render before React hydrates, as on a real page.
    await rendered(container);
    const before = [...container.querySelectorAll('*')];
    const recoverable: unknown[] = [];
    const errors = await consoleErrors(async () => {
      flushSync(() => {
        root = hydrateRoot(container, h(Listening, { onFeedback }), {
          onRecoverableError: (error: unknown) => recoverable.push(error),
        });
      });
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(recoverable.map(String)).to.deep.equal([]);
    expect(errors.filter((e) => /hydrat/i.test(e))).to.deep.equal([]);
    expect([...container.querySelectorAll('*')]).to.deep.equal(before);
    await sendFeedback(container, 'After hydration');
    expect(heard).to.deep.equal(['After hydration']);
  });
});
