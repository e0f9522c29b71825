import { expect, waitUntil } from '@open-wc/testing';
import { shareConfigSchema } from '../../src/share/share.js';
import { supportConfigSchema } from '../../src/support/support.js';
import { feedbackConfigSchema } from '../../src/feedback/feedback.js';
import { authorConfigSchema } from '../../src/author/author.js';
import { moreConfigSchema } from '../../src/more/more.js';
import { automount, mountFromConfig } from '../../src/shared/automount.js';
import { captureErrors, expectAccessible } from '../helpers.js';

let page: HTMLElement;

/** A page with an article and a config block holding `json` (a string is used as is). */
function setUp(
  json: unknown,
  body = '<article><h1>Post</h1><p>Text.</p></article><footer>End</footer>',
): void {
  page = document.createElement('main');
  page.innerHTML = body;
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = 'afterword-config';
  block.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  page.append(block);
  document.body.append(page);
}

/** Runs auto-mount, returning the console errors it logged. */
function mount(doc: Document = document): string[] {
  const errors = captureErrors();
  try {
    mountFromConfig(doc);
  } finally {
    errors.restore();
  }
  return errors.messages;
}

const widgetsAfter = (selector: string) => {
  const tags: string[] = [];
  for (
    let n = page.querySelector(selector)!.nextElementSibling;
    n && n.localName.startsWith('afterword-');
    n = n.nextElementSibling
  )
    tags.push(n.localName);
  return tags;
};

describe('auto-mount', () => {
  afterEach(() => page?.remove());

  it('inserts the configured widgets after the article, in the order share, support, feedback, author', async () => {
    setUp({
      author: { name: 'Jane Doe', links: ['https://github.com/jane'] },
      feedback: { endpoint: '/api/feedback' },
      share: { networks: 'x email' },
      support: { provider: 'kofi', account: 'jane' },
    });
    expect(mount()).to.deep.equal([]);
    expect(widgetsAfter('article')).to.deep.equal([
      'afterword-share',
      'afterword-support',
      'afterword-feedback',
      'afterword-author',
    ]);
    expect(page.querySelector('article + afterword-share')).to.not.equal(null);
    const share = page.querySelector('afterword-share')!;
    const author = page.querySelector('afterword-author')!;
    await share.updateComplete;
    await author.updateComplete;
    expect(
      [...share.shadowRoot!.querySelectorAll<HTMLElement>('[part="button"]')].map(
        (b) => b.dataset.network,
      ),
    ).to.deep.equal(['x', 'email']);
    expect(author.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Jane Doe');
    expect(
      JSON.parse(page.querySelector('afterword-feedback')!.getAttribute('config')!),
    ).to.deep.equal({ endpoint: '/api/feedback' });
    await expectAccessible(share);
    await expectAccessible(author);
  });

  it('uses the placement selector, and true for a widget with its defaults', async () => {
    setUp(
      { placement: '.post-body', share: true },
      '<div class="post-body">Text</div><article>Other</article>',
    );
    expect(mount()).to.deep.equal([]);
    expect(widgetsAfter('.post-body')).to.deep.equal(['afterword-share']);
    expect(page.querySelector('afterword-share')!.hasAttribute('config')).to.equal(false);
    expect(widgetsAfter('article')).to.deep.equal([]);
  });

  it('mounts more articles last, reading the feed its section names', async () => {
    setUp({ author: { name: 'Jane' }, more: { feed: '/feeds/hugo.xml', count: 2 }, share: true });
    expect(mount()).to.deep.equal([]);
    expect(widgetsAfter('article')).to.deep.equal([
      'afterword-share',
      'afterword-author',
      'afterword-more',
    ]);
    const more = page.querySelector('afterword-more')!;
    await waitUntil(() => more.shadowRoot?.querySelector('[part="list"]'), 'no list', {
      timeout: 5000,
    });
    expect(more.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(2);
    await expectAccessible(more);
  });

  it('puts the widgets inside the placement, at its end, with "position": "append"', () => {
    setUp(
      { placement: '.gh-content', position: 'append', share: true, author: { name: 'Jane' } },
      '<div class="gh-content"><p>Text</p></div><footer>End</footer>',
    );
    expect(mount()).to.deep.equal([]);
    expect([...page.querySelector('.gh-content')!.children].map((e) => e.localName)).to.deep.equal([
      'p',
      'afterword-share',
      'afterword-author',
    ]);
    expect(widgetsAfter('.gh-content')).to.deep.equal([]);
  });

  it('reports a position other than after or append once and mounts after the placement', () => {
    setUp({ position: 'inside', share: true });
    expect(mount()).to.deep.equal([
      '[afterword] afterword-config: position: must be "after" or "append", not "inside"',
    ]);
    expect(widgetsAfter('article')).to.deep.equal(['afterword-share']);
  });

  it('runs once however many times the script asks', () => {
    setUp({ share: {} });
    mount();
    mount();
    automount();
    expect(page.querySelectorAll('afterword-share')).to.have.length(1);
  });

  it('waits for the document to be parsed when it runs early', () => {
    const doc = document.implementation.createHTMLDocument('early');
    doc.body.innerHTML =
      '<article>Text</article><script type="application/json" id="afterword-config">{"share":{}}</script>';
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    automount(doc);
    expect(doc.querySelector('afterword-share')).to.equal(null);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(doc.querySelector('article + afterword-share')).to.not.equal(null);
  });

  it('does nothing on a page without a config block', () => {
    page = document.createElement('div');
    expect(mount()).to.deep.equal([]);
    expect(document.querySelector('body > afterword-share')).to.equal(null);
  });

  it('has a demo page whose every section is valid for its element', async () => {
    const text = await (await fetch('/demo/automount.html')).text();
    const demo = new DOMParser().parseFromString(text, 'text/html');
    expect(
      [...demo.querySelectorAll('*')].filter((e) => e.localName.startsWith('afterword-')),
    ).to.deep.equal([]);
    const config = JSON.parse(demo.getElementById('afterword-config')!.textContent!);
    expect(Object.keys(config)).to.deep.equal([
      'placement',
      'share',
      'support',
      'feedback',
      'author',
      'more',
    ]);
    expect(config.feedback.endpoint).to.equal('/api/feedback');
    const schemas = {
      share: shareConfigSchema,
      support: supportConfigSchema,
      feedback: feedbackConfigSchema,
      author: authorConfigSchema,
      more: moreConfigSchema,
    };
    for (const [key, schema] of Object.entries(schemas)) {
      // `true`: the widget with its defaults.
      const result = schema.safeParse(config[key] === true ? {} : config[key]);
      expect(result.success, `${key}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
    }
  });

  it('mounts once from the built script, loaded twice and before the config block', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.src = new URL('./automount.fixture.html', import.meta.url).href;
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await waitUntil(
        () => doc.querySelector('afterword-author')?.shadowRoot?.querySelector('[part="name"]'),
        'the author card did not render',
        { timeout: 5000 },
      );
      await new Promise((r) => setTimeout(r, 200));
      expect([...doc.querySelector('main')!.children].map((e) => e.localName)).to.deep.equal([
        'article',
        'afterword-share',
        'afterword-author',
        'footer',
      ]);
      expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(doc.head.querySelectorAll('script[data-afterword-author]')).to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  describe('errors', () => {
    it('reports malformed JSON once and mounts nothing', () => {
      setUp('{ "share": { }');
      const errors = mount();
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^\[afterword\] afterword-config: config: not valid JSON/);
      expect(page.querySelector('afterword-share')).to.equal(null);
    });

    it('reports a JSON value that is not an object', () => {
      setUp('["share"]');
      const errors = mount();
      expect(errors).to.deep.equal(['[afterword] afterword-config: config: must be a JSON object']);
    });

    it('names an unknown top-level key once and still mounts the valid widgets', async () => {
      setUp({ shares: {}, author: { name: 'Jane' } });
      const errors = mount();
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(
        /^\[afterword\] afterword-config: config: unknown key "shares" \(expected placement, position, analytics, share, support, feedback, author, more\)$/,
      );
      expect(widgetsAfter('article')).to.deep.equal(['afterword-author']);
    });

    it('reports a missing placement target without throwing', () => {
      setUp({ placement: '#comments', share: {} });
      const errors = mount();
      expect(errors).to.deep.equal([
        '[afterword] afterword-config: placement: no element matches "#comments"; nothing was mounted',
      ]);
      expect(document.querySelector('afterword-share')).to.equal(null);
    });

    it('reports a placement that is not a selector without throwing', () => {
      setUp({ placement: 'article[[', share: {} });
      expect(mount()).to.have.length(1);
      setUp({ placement: 42, share: {} }, '<article></article>');
      page.previousElementSibling?.remove();
      expect(mount()[0]).to.match(/placement: no element matches 42/);
    });

    it('reports a section that is not an object and mounts the others', () => {
      setUp({ share: 'yes', author: { name: 'Jane' } });
      const errors = mount();
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^\[afterword\] afterword-config: share: must be an object/);
      expect(widgetsAfter('article')).to.deep.equal(['afterword-author']);
    });

    it('validates a section like the element’s attributes and renders what is valid', async () => {
      setUp({ share: { networks: 'x myspace' }, author: { name: 'Jane', colour: 'red' } });
      const errors = captureErrors();
      try {
        mountFromConfig();
        const share = page.querySelector('afterword-share')!;
        await share.updateComplete;
        await waitUntil(() => share.shadowRoot?.querySelector('[part="button"]'));
        expect(
          [...share.shadowRoot!.querySelectorAll<HTMLElement>('[part="button"]')].map(
            (b) => b.dataset.network,
          ),
        ).to.deep.equal(['x']);
      } finally {
        errors.restore();
      }
      await page.querySelector('afterword-author')!.updateComplete;
      expect(errors.messages).to.include(
        '[afterword] afterword-author: config: unknown key "colour"',
      );
      expect(
        errors.messages.some((m) =>
          m.startsWith('[afterword] afterword-share: networks: unknown network "myspace"'),
        ),
      ).to.equal(true);
    });
  });
});
