// The ES modules for npm users (dist/esm/), as a bundler would load them: each element's entry
// carries its own strings, packed at build time, and registerLocale from the package's root.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// Paths held in variables: the type-check runs before the build that makes these files.
const SHARE = '../../dist/esm/share/share.js';
const ROOT = '../../dist/esm/index.js';
const SEAL = '../../dist/esm/feedback/seal.js';
const MORE = '../../dist/esm/more/more.js';

describe('dist/esm', () => {
  it('renders <afterword-share> from its own entry, in the page language', async () => {
    const { registerLocale } = (await import(SHARE)) as {
      registerLocale: (lang: string, m: object) => void;
    };
    registerLocale('eo', { share: { copy: 'Kopii ligilon' } });
    const eo = await fixture(html`<afterword-share lang="eo" networks="copy"></afterword-share>`);
    await (eo as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(eo.shadowRoot!.querySelector('[data-network="copy"] .label')!.textContent).to.equal(
      'Kopii ligilon',
    );
    const el = await fixture(
      html`<div lang="de"><afterword-share networks="facebook copy"></afterword-share></div>`,
    );
    const share = el.querySelector('afterword-share')!;
    await (share as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const base = share.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-label')).to.equal('Diesen Artikel teilen');
    expect(share.shadowRoot!.querySelector('[data-network="copy"] .label')!.textContent).to.equal(
      'Link kopieren',
    );
  });

  it('lists more articles from <afterword-more>’s own entry, its feed read on approach', async () => {
    await import(MORE);
    const el = await fixture(
      html`<afterword-more lang="de" feed="/feeds/hugo.xml"></afterword-more>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'no list', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
      'Weitere Artikel',
    );
    expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(3);
  });

  it('finds OpenPGP.js in dist/, beside the one script, and loads it for sealed tips', async () => {
    const { libraryUrl, loadOpenPGP } = (await import(SEAL)) as {
      libraryUrl: () => string;
      loadOpenPGP: () => Promise<{ readKey: unknown }>;
    };
    expect(libraryUrl()).to.equal(new URL('/dist/afterword-openpgp.js', location.href).href);
    expect(typeof (await loadOpenPGP()).readKey).to.equal('function');
  });

  it('takes strings from registerLocale, exported by the package root', async () => {
    const { registerLocale } = (await import(ROOT)) as {
      registerLocale: (lang: string, m: object) => void;
    };
    registerLocale('nl', { author: { label: 'Over de maker' } });
    const el = await fixture(
      html`<afterword-author lang="nl" name="Maren Okafor"></afterword-author>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(
      'Over de maker',
    );
    const support = await fixture(
      html`<afterword-support lang="nl-BE" provider="kofi" account="maren"></afterword-support>`,
    );
    await (support as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(support.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
      'Steun dit werk',
    );
  });
});
