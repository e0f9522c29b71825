// <afterword-*> server-rendered by React 19 (renderToString) and hydrated (hydrateRoot): lists given
// as strings reach the widgets; given as arrays they are dropped by the server renderer and never set
// by hydration, so the README tells server-rendered apps to pass strings.
import { expect } from '@open-wc/testing';
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import 'afterword';
import { consoleErrors, rendered } from './helpers.js';

const LINKS = [
  'https://mastodon.social/@maren',
  'https://bsky.app/profile/maren.example',
  'mailto:maren@harbour-post.example',
];
const NETWORKS = ['bluesky', 'mastodon', 'email', 'copy'];
const AMOUNTS = [3, 7, 15];
/** The amounts as the support prompt shows them in English. */
const SHOWN = ['€3', '€7', '€15'];

type Lists = { links: unknown; networks: unknown; amounts: unknown };

/** The app's lists as strings (`links="a b"`), the way server rendering can write them. */
const strings = (networks = NETWORKS): Lists => ({
  links: LINKS.join(' '),
  networks: networks.join(' '),
  amounts: AMOUNTS.join(' '),
});

/** The same lists as arrays, which a client-rendered app may pass as properties. */
const arrays = (): Lists => ({ links: LINKS, networks: NETWORKS, amounts: AMOUNTS });

function App({ lists }: { lists: Lists }) {
  return h(
    'main',
    null,
    h('p', null, 'The article.'),
    h('afterword-share', { networks: lists.networks }),
    h('afterword-support', {
      provider: 'paypal',
      account: 'maren@harbour-post.example',
      currency: 'EUR',
      amounts: lists.amounts,
    }),
    h('afterword-feedback', { endpoint: '/api/feedback', 'min-seconds': '0' }),
    h(
      'afterword-author',
      { name: 'Maren Okafor', links: lists.links },
      h('p', null, 'Maren covers the harbour.'),
    ),
  );
}

/** What the reader sees of each list: the share bar's networks, the amounts, the author's links. */
function seen(root: ParentNode) {
  const shadow = (tag: string) => root.querySelector(tag)!.shadowRoot!;
  return {
    networks: [...shadow('afterword-share').querySelectorAll<HTMLElement>('[part="button"]')]
      .filter((b) => !b.closest('[hidden]'))
      .map((b) => b.dataset.network),
    amounts: [...shadow('afterword-support').querySelectorAll('input[name="a"]')].map((i) =>
      i.closest('label')!.textContent!.trim(),
    ),
    links: [...shadow('afterword-author').querySelectorAll<HTMLAnchorElement>('[part="link"]')].map(
      (a) => a.getAttribute('href'),
    ),
  };
}

describe('React 19 server rendering', () => {
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

  /** Server HTML in the page, the elements defined (as a page's script does), then hydration. */
  async function hydrate(lists: Lists): Promise<{ errors: string[]; recoverable: unknown[] }> {
    container.innerHTML = renderToString(h(App, { lists }));
    await rendered(container);
    const before = [...container.querySelectorAll('*')];
    const recoverable: unknown[] = [];
    const errors = await consoleErrors(async () => {
      flushSync(() => {
        root = hydrateRoot(container, h(App, { lists }), {
          onRecoverableError: (error: unknown) => recoverable.push(error),
        });
      });
      await new Promise((r) => setTimeout(r, 100));
    });
    // Hydration adopted the server's nodes: none replaced, none added among them.
    expect([...container.querySelectorAll('*')]).to.deep.equal(before);
    return { errors, recoverable };
  }

  it('writes lists given as strings into the HTML as attributes', () => {
    const html = renderToString(h(App, { lists: strings() }));
    expect(html).to.include(`networks="${NETWORKS.join(' ')}"`);
    expect(html).to.include(`amounts="${AMOUNTS.join(' ')}"`);
    expect(html).to.include(`links="${LINKS.join(' ')}"`);
  });

  it('hydrates lists given as strings with no warning, and the widgets show them', async () => {
    const { errors, recoverable } = await hydrate(strings());
    expect(errors).to.deep.equal([]);
    expect(recoverable.map(String)).to.deep.equal([]);
    expect(seen(container)).to.deep.equal({
      networks: NETWORKS,
      amounts: SHOWN,
      links: LINKS,
    });
    // After hydration the app owns the props again: a new list reaches the widget.
    flushSync(() => root!.render(h(App, { lists: strings(['x', 'email']) })));
    await (container.querySelector('afterword-share') as HTMLElement & { updateComplete: unknown })
      .updateComplete;
    expect(seen(container).networks).to.deep.equal(['x', 'email']);
  });

  it('loses lists given as arrays, silently: what server-rendered apps must avoid', async () => {
    const html = renderToString(h(App, { lists: arrays() }));
    // React 19's server renderer writes only strings and numbers for a custom element's props.
    expect(html).not.to.match(/ (links|networks|amounts)=/);
    const { errors, recoverable } = await hydrate(arrays());
    // No warning says so,
    expect(errors).to.deep.equal([]);
    expect(recoverable).to.deep.equal([]);
    // and hydration sets no properties: no links, the default networks and amounts.
    const after = seen(container);
    expect(after.links).to.deep.equal([]);
    expect(after.networks).not.to.deep.equal(NETWORKS);
    expect(after.amounts).not.to.deep.equal(SHOWN);
  });

  it('takes arrays as properties when React renders on the client', async () => {
    const errors = await consoleErrors(async () => {
      root = createRoot(container);
      flushSync(() => root!.render(h(App, { lists: arrays() })));
      await rendered(container);
    });
    expect(errors).to.deep.equal([]);
    expect(seen(container)).to.deep.equal({
      networks: NETWORKS,
      amounts: SHOWN,
      links: LINKS,
    });
  });
});
