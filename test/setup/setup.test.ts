import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/setup/index.js';
import type { AfterwordSetup } from '../../src/setup/setup.js';

const SCRIPT = `${location.origin}/dist/afterword.js`;

const $ = <T extends Element = HTMLElement>(el: AfterwordSetup, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Types a value into a field the way the browser reports it: an input event. */
async function fill(el: AfterwordSetup, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function setUp(): Promise<AfterwordSetup> {
  const el = await fixture<AfterwordSetup>(html`<afterword-setup></afterword-setup>`);
  await fill(el, 'script', SCRIPT);
  return el;
}

const snippet = (el: AfterwordSetup, id: string) => $<HTMLTextAreaElement>(el, `#${id}`).value;

/** The widgets a page shows, as a user would describe them. */
async function describeWidgets(root: ParentNode) {
  await waitUntil(
    () => {
      const waiting = [
        ...root.querySelectorAll('afterword-share, afterword-support, afterword-author'),
      ].find((w) => !w.shadowRoot?.querySelector('[part="base"]'));
      // Widgets render as the reader comes near them: scroll to each, as a reader would.
      waiting?.scrollIntoView();
      return !waiting;
    },
    'widgets did not render',
    { timeout: 5000 },
  );
  const shadow = (tag: string) => root.querySelector(tag)?.shadowRoot;
  return {
    tags: [...root.querySelectorAll('*')]
      .map((n) => n.localName)
      .filter((t) => t.startsWith('afterword-')),
    networks: [...(shadow('afterword-share')?.querySelectorAll('[data-network]') ?? [])].map(
      (b) => (b as HTMLElement).dataset.network,
    ),
    support: shadow('afterword-support')?.querySelector('a[href^="https:"]')?.getAttribute('href'),
    author: shadow('afterword-author')?.textContent?.replace(/\s+/g, ' ').trim(),
    bio: root.querySelector('afterword-author')?.textContent?.replace(/\s+/g, ' ').trim(),
  };
}

/** A fresh page holding only the pasted snippet (and an article for auto-mount). */
async function pasted(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>Pasted</title></head><body><article><p>Post.</p></article>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame;
}

describe('<afterword-setup>', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('starts with every widget and its defaults, and is axe-clean', async () => {
    const el = await setUp();
    expect($<HTMLInputElement>(el, '#share-on').checked).to.be.true;
    expect($<HTMLSelectElement>(el, '#support-providers-0-provider').value).to.equal('kofi');
    expect($<HTMLInputElement>(el, '#support-currency').value).to.equal('USD');
    // The share bar's default networks are ticked, the others not.
    expect($<HTMLInputElement>(el, '#share-networks-facebook').checked).to.be.true;
    expect($<HTMLInputElement>(el, '#share-networks-bluesky').checked).to.be.false;
    expect($(el, '.preview afterword-share')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('ties a problem to its field as the blogger types, and keeps the value out of the snippets', async () => {
    const el = await setUp();
    await fill(el, 'support-providers-0-account', 'valleyledger');
    await fill(el, 'support-currency', 'EURO');
    const field = $(el, '#support-currency');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(
      field.getAttribute('aria-describedby')!.split(' ').pop()!,
    )!;
    expect(error.textContent).to.include('"EURO" is not a currency code');
    expect(snippet(el, 'snippet-elements')).to.not.include('EURO');
    expect(snippet(el, 'snippet-automount')).to.not.include('EURO');
    await fill(el, 'support-currency', 'EUR');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect(snippet(el, 'snippet-elements')).to.include('currency="EUR"');
    await expect(el).to.be.accessible();
  });

  it('previews the real elements with what the blogger typed', async () => {
    const el = await setUp();
    await fill(el, 'support-providers-0-account', 'valleyledger');
    await fill(el, 'author-name', 'Maren Holt');
    await fill(el, 'feedback-endpoint', 'https://inbox.example/api/feedback');
    const preview = await describeWidgets($(el, '.preview'));
    expect(preview.tags).to.deep.equal([
      'afterword-share',
      'afterword-support',
      'afterword-feedback',
      'afterword-author',
    ]);
    expect(preview.support).to.equal('https://ko-fi.com/valleyledger');
    expect(preview.author).to.include('Maren Holt');
  });

  it('round trip: the copied elements, pasted into a fresh page, render the same widgets', async () => {
    const el = await setUp();
    await fill(el, 'support-providers-0-account', 'valleyledger');
    await fill(el, 'author-name', 'Maren Holt');
    await fill(el, 'author-links', 'https://mastodon.social/@maren');
    await fill(el, 'author-bio', 'Covers the valley.');
    $<HTMLInputElement>(el, '#share-networks-bluesky').click();
    await el.updateComplete;
    const preview = await describeWidgets($(el, '.preview'));
    expect(preview.networks).to.include('bluesky');

    const frame = await pasted(snippet(el, 'snippet-elements'));
    const page = await describeWidgets(frame.contentDocument!);
    expect(page).to.deep.equal(preview);
  });

  it('round trip: the auto-mount block, pasted into a fresh page, mounts the same widgets after the article', async () => {
    const el = await setUp();
    await fill(el, 'support-providers-0-account', 'valleyledger');
    await fill(el, 'author-name', 'Maren Holt');
    $<HTMLInputElement>(el, '#feedback-on').click();
    await el.updateComplete;
    const preview = await describeWidgets($(el, '.preview'));
    expect(preview.tags).to.not.include('afterword-feedback');

    const frame = await pasted(snippet(el, 'snippet-automount'));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('article + afterword-share'), 'not mounted', {
      timeout: 5000,
    });
    const page = await describeWidgets(doc);
    expect({ ...page, bio: '' }).to.deep.equal({ ...preview, bio: '' });
  });

  it('asks for more articles: the form, its problems on its fields, the element in the snippets', async () => {
    const el = await setUp();
    expect(el.shadowRoot!.querySelector('#more-feed')).to.equal(null);
    $<HTMLInputElement>(el, '#more-on').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#more-count').value).to.equal('3');
    expect($<HTMLSelectElement>(el, '#more-match').value).to.equal('latest');
    expect(snippet(el, 'snippet-elements')).to.include('<afterword-more></afterword-more>');
    await fill(el, 'more-count', '0');
    expect($(el, '#more-count').getAttribute('aria-invalid')).to.equal('true');
    await fill(el, 'more-count', '4');
    await fill(el, 'more-feed', '/index.xml');
    const match = $<HTMLSelectElement>(el, '#more-match');
    match.value = 'tags';
    match.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(snippet(el, 'snippet-elements')).to.include(
      '<afterword-more feed="/index.xml" count="4" match="tags"></afterword-more>',
    );
    expect(snippet(el, 'snippet-automount')).to.include('"more": {');
    // The list reads the blog's own feed: the preview says so rather than show an empty box.
    expect($(el, '.preview').textContent).to.include('shows on your site, not here');
    await expect(el).to.be.accessible();
  });

  it('fills in the placement for a platform: Ghost puts the widgets inside .gh-content', async () => {
    const el = await setUp();
    const select = $<HTMLSelectElement>(el, '#platform');
    select.value = 'ghost';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#placement').value).to.equal('.gh-content');
    const json = snippet(el, 'snippet-automount');
    expect(json).to.include('"placement": ".gh-content"');
    expect(json).to.include('"position": "append"');
    // The block Ghost takes comes first.
    const titles = [...el.shadowRoot!.querySelectorAll('.snippet h3')].map((h) => h.textContent);
    expect(titles[0]).to.equal('Auto-mount block');
  });

  it('writes the <head> lines for a fediverse profile', async () => {
    const el = await setUp();
    await fill(el, 'author-name', 'Maren Holt');
    await fill(el, 'author-links', 'https://mastodon.social/@maren\nhttps://maren.example/');
    const head = snippet(el, 'snippet-head');
    expect(head).to.include('<meta name="fediverse:creator" content="@maren@mastodon.social">');
    expect(head).to.include('<link rel="me" href="https://maren.example/">');
    expect(head).to.include('"@type":"Person"');
  });

  it('is keyboard-complete: adding and removing a way to pay moves focus sensibly', async () => {
    const el = await setUp();
    $<HTMLButtonElement>(el, '[data-action="add-provider"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'support-providers-1-provider');
    expect(el.shadowRoot!.querySelectorAll('.row')).to.have.length(2);
    $<HTMLButtonElement>(el, '[data-action="remove-provider"][data-index="1"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'support-providers-0-provider');
    expect(el.shadowRoot!.querySelectorAll('.row')).to.have.length(1);
  });

  it('copies a snippet and says so in a polite live region', async () => {
    const el = await setUp();
    $<HTMLButtonElement>(el, '[data-action="copy"]').click();
    const status = $(el, '[role="status"]');
    await waitUntil(() => status.textContent!.trim() !== '');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.match(/Copied|copy it yourself/);
  });

  it('offers a test message only when the inbox serves the page', async () => {
    const el = await setUp();
    expect($(el, '[data-action="test"]')).to.be.null;
    const served = await fixture<AfterwordSetup>(
      html`<afterword-setup inbox="/api/feedback"></afterword-setup>`,
    );
    expect($<HTMLInputElement>(served, '#feedback-endpoint').value).to.equal(
      `${location.origin}/api/feedback`,
    );
    expect($(served, '[data-action="test"]')).to.exist;
  });
});
