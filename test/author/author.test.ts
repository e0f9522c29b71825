import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/author/author.js';
import type { AfterwordAuthor } from '../../src/author/author.js';
import { captureErrors } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const links = (el: AfterwordAuthor) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]'),
];
const ldScripts = () => [
  ...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
];
/** The page's one Person JSON-LD (null when there is none); it must sit in document.head. */
const schema = (_el?: Element) => {
  const all = ldScripts();
  if (!all.length) return null;
  expect(all, 'one JSON-LD script for one card').to.have.length(1);
  expect(all[0].parentNode).to.equal(document.head);
  expect(all[0].hasAttribute('data-afterword-author')).to.equal(true);
  return JSON.parse(all[0].textContent!);
};
const PHOTO = new URL('./jane.svg', import.meta.url).href;

describe('<afterword-author>', () => {
  describe('card', () => {
    it('shows the name linked to the author page, job title, location and the slotted bio', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          name="Jane Doe"
          job-title="Investigations editor"
          location="Lisbon"
          href="https://example.org/jane"
          ><p>Writes about water.</p></afterword-author
        >`,
      );
      const name = $<HTMLAnchorElement>(el, '[part="name"] a')!;
      expect(name.textContent).to.equal('Jane Doe');
      expect(name.href).to.equal('https://example.org/jane');
      expect($(el, '[part="job-title"]')!.textContent).to.equal('Investigations editor');
      expect($(el, '[part="location"]')!.textContent).to.equal('Lisbon');
      const slot = $<HTMLSlotElement>(el, '[part="bio"] slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Writes about water.');
      expect($(el, '[part="base"]')!.getAttribute('aria-label')).to.equal('About the author');
      expect(el.jobTitle).to.equal('Investigations editor');
      await expect(el).to.be.accessible();
    });

    it('shows the photo at a fixed size, lazily loaded', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="Jane Doe" photo=${PHOTO}></afterword-author>`,
      );
      const img = $<HTMLImageElement>(el, 'img[part="photo"]')!;
      expect(img.getAttribute('src')).to.equal(PHOTO);
      expect([
        img.getAttribute('width'),
        img.getAttribute('height'),
        img.getAttribute('loading'),
      ]).to.deep.equal(['64', '64', 'lazy']);
      const box = img.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([64, 64]);
      await expect(el).to.be.accessible();
    });

    it('shows initials without a photo', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="jane van der Berg"></afterword-author>`,
      );
      expect($(el, 'img')).to.equal(null);
      const initials = $(el, '[part="photo"]')!;
      expect(initials.textContent).to.equal('JB');
      expect(initials.getBoundingClientRect().width).to.equal(64);
      await expect(el).to.be.accessible();
    });

    it('falls back to initials when the photo fails to load, and tries a new photo again', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="Élodie" photo="/no-such-photo.jpg"></afterword-author>`,
      );
      await waitUntil(() => !$(el, 'img'), 'the broken image stays', { timeout: 5000 });
      expect($(el, '[part="photo"]')!.textContent).to.equal('É');
      await expect(el).to.be.accessible();
      el.photo = PHOTO;
      await el.updateComplete;
      expect($(el, 'img')).to.not.equal(null);
    });

    it('reads everything from config JSON too, with links as a JSON array', async () => {
      const config = JSON.stringify({
        name: 'Ana Lima',
        'job-title': 'Reporter',
        links: ['https://github.com/ana', 'mailto:ana@example.org'],
      });
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author config=${config}></afterword-author>`,
      );
      expect($(el, '[part="name"]')!.textContent).to.equal('Ana Lima');
      expect($(el, '[part="job-title"]')!.textContent).to.equal('Reporter');
      expect(links(el).map((a) => a.dataset.network)).to.deep.equal(['github', 'email']);
    });

    it('lets attributes win over config', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="Attribute" config='{"name":"Config"}'></afterword-author>`,
      );
      expect($(el, '[part="name"]')!.textContent).to.equal('Attribute');
    });
  });

  describe('profile links', () => {
    it('gives each link its icon and a translated name from its address', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          name="Jane"
          links="https://mastodon.social/@jane, https://github.com/jane mailto:jane@example.org https://example.org/feed.xml https://jane.example/"
        ></afterword-author>`,
      );
      const rendered = links(el);
      expect(rendered.map((a) => [a.dataset.network, a.getAttribute('aria-label')])).to.deep.equal([
        ['mastodon', 'Follow on Mastodon'],
        ['github', 'Follow on GitHub'],
        ['email', 'Send an email'],
        ['rss', 'Subscribe to the feed'],
        ['website', 'Visit jane.example'],
      ]);
      for (const a of rendered)
        expect(a.querySelector('svg[aria-hidden="true"] path')!.getAttribute('d')).to.not.equal('');
      expect(
        new Set(rendered.map((a) => a.querySelector('path')!.getAttribute('d'))).size,
      ).to.equal(5);
      expect(rendered[1].target).to.equal('_blank');
      expect(rendered[1].rel).to.equal('noopener noreferrer');
      expect(rendered[2].hasAttribute('target')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('takes an array through the property', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          name="Jane"
          .links=${['https://www.youtube.com/@jane', 'https://jane.substack.com/']}
        ></afterword-author>`,
      );
      expect(links(el).map((a) => a.getAttribute('aria-label'))).to.deep.equal([
        'Follow on YouTube',
        'Follow on Substack',
      ]);
    });

    it('stays readable in the dark theme', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          theme="dark"
          name="Jane Doe"
          job-title="Editor"
          location="Porto"
          href="https://example.org/"
          links="https://x.com/jane https://example.org/"
          ><p>Bio.</p></afterword-author
        >`,
      );
      await expect(el).to.be.accessible();
    });

    it('names them in the page language', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          lang="es"
          name="Jane"
          links="https://x.com/jane"
        ></afterword-author>`,
      );
      expect(links(el)[0].getAttribute('aria-label')).to.equal('Seguir en X');
      expect($(el, '[part="base"]')!.getAttribute('aria-label')).to.equal('Sobre el autor');
    });

    it('takes string overrides from config.messages', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          name="Jane"
          links="https://x.com/jane"
          config='{"messages":{"followOn":"Jane on {network}"}}'
        ></afterword-author>`,
      );
      expect(links(el)[0].getAttribute('aria-label')).to.equal('Jane on X');
    });

    it('renders only https:, http: and mailto: links and names the others in one console error', async () => {
      const errors = captureErrors();
      let el: AfterwordAuthor;
      try {
        el = await fixture<AfterwordAuthor>(
          html`<afterword-author
            name="Jane"
            links="javascript:alert(1) https://github.com/jane ftp://example.org/x"
          ></afterword-author>`,
        );
      } finally {
        errors.restore();
      }
      expect(links(el).map((a) => a.href)).to.deep.equal(['https://github.com/jane']);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.match(
        /^\[afterword\] afterword-author: links: .*"javascript:alert\(1\)", "ftp:\/\/example.org\/x"/,
      );
    });

    it('reports a bad author page address and a broken config without throwing', async () => {
      const errors = captureErrors();
      let el: AfterwordAuthor;
      try {
        el = await fixture<AfterwordAuthor>(
          html`<afterword-author
            name="Jane"
            href="javascript:alert(1)"
            config="{nope"
          ></afterword-author>`,
        );
      } finally {
        errors.restore();
      }
      expect($(el, '[part="name"] a')).to.equal(null);
      expect($(el, '[part="name"]')!.textContent).to.equal('Jane');
      expect(
        errors.messages.some((m) => m.startsWith('[afterword] afterword-author: href:')),
      ).to.equal(true);
      expect(
        errors.messages.some((m) =>
          m.startsWith('[afterword] afterword-author: config: not valid JSON'),
        ),
      ).to.equal(true);
    });
  });

  describe('schema.org JSON-LD', () => {
    it('puts a Person next to the element, outside the card', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author
          name="Jane Doe"
          photo=${PHOTO}
          job-title="Editor"
          href="/about"
          links="https://x.com/jane mailto:j@example.org https://example.org/feed https://github.com/jane"
          ><p>Bio</p></afterword-author
        >`,
      );
      expect(schema(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Jane Doe',
        image: PHOTO,
        jobTitle: 'Editor',
        url: new URL('/about', document.baseURI).href,
        sameAs: ['https://x.com/jane', 'https://github.com/jane'],
      });
      expect(
        $<HTMLSlotElement>(el, 'slot')!
          .assignedNodes()
          .some((n) => n.nodeName === 'SCRIPT'),
      ).to.equal(false);
    });

    it('follows attribute changes', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="Jane"></afterword-author>`,
      );
      el.setAttribute('name', 'Jane Q. Doe');
      el.jobTitle = 'Editor';
      await el.updateComplete;
      expect(schema(el)).to.include({ name: 'Jane Q. Doe', jobTitle: 'Editor' });
      expect(ldScripts()).to.have.length(1);
    });

    it('goes with the element when it is removed, and comes back when it is re-attached', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="Jane"></afterword-author>`,
      );
      const parent = el.parentElement!;
      expect(schema(el)).to.include({ name: 'Jane' });
      el.remove();
      expect(ldScripts()).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(schema(el)).to.include({ name: 'Jane' });
    });

    it('is left out with no-schema, or without a name', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<afterword-author name="Jane" no-schema></afterword-author>`,
      );
      expect(ldScripts()).to.have.length(0);
      el.noSchema = false;
      await el.updateComplete;
      expect(schema(el)).to.include({ name: 'Jane' });
      el.noSchema = true;
      await el.updateComplete;
      expect(ldScripts()).to.have.length(0);
      el.remove();
      const nameless = await fixture<AfterwordAuthor>(
        html`<afterword-author links="https://x.com/j"></afterword-author>`,
      );
      expect(ldScripts()).to.have.length(0);
      nameless.remove();
      await fixture<AfterwordAuthor>(
        html`<afterword-author name="Jane" config='{"no-schema":true}'></afterword-author>`,
      );
      expect(ldScripts()).to.have.length(0);
    });

    it('keeps one script per card in document.head and puts nothing among the page nodes', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <afterword-author name="Jane"></afterword-author
          ><afterword-author name="Ana"></afterword-author>
        </div>`,
      );
      const cards = [...el.querySelectorAll<AfterwordAuthor>('afterword-author')];
      await Promise.all(cards.map((c) => c.updateComplete));
      expect(el.querySelectorAll('script')).to.have.length(0);
      expect(el.children.length).to.equal(2);
      const names = () => ldScripts().map((s) => JSON.parse(s.textContent!).name);
      expect(names()).to.have.members(['Jane', 'Ana']);
      expect(ldScripts().every((s) => s.parentNode === document.head)).to.equal(true);
      cards[0].name = 'Jane Doe';
      await cards[0].updateComplete;
      expect(names()).to.have.members(['Jane Doe', 'Ana']);
      cards[1].remove();
      expect(names()).to.deep.equal(['Jane Doe']);
    });

    it('escapes a name that tries to close the script', async () => {
      const evil = '</script><img src=x onerror="window.__pwned=1">';
      const el = await fixture<AfterwordAuthor>(
        html`<div><afterword-author name=${evil}></afterword-author></div>`,
      );
      const author = el.querySelector('afterword-author')!;
      await author.updateComplete;
      const head = document.head.innerHTML;
      expect(head).to.not.include('</script><img');
      expect(document.head.querySelectorAll('img')).to.have.length(0);
      expect(schema(author).name).to.equal(evil);
      // Serialised and parsed again as a page would be, the script still holds the whole name.
      const copy = document.createElement('div');
      copy.innerHTML = ldScripts()[0].outerHTML;
      expect(copy.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(copy.querySelector('script')!.textContent!).name).to.equal(evil);
    });
  });

  describe('right-to-left', () => {
    it('lays the card out from the right in Arabic, with the photo at the right edge', async () => {
      const el = await fixture<AfterwordAuthor>(
        html`<div lang="ar" dir="rtl" style="width: 500px">
          <afterword-author name="ليلى حداد" job-title="محررة" links="https://x.com/layla"
            ><p>تكتب عن المياه.</p></afterword-author
          >
        </div>`,
      );
      const author = el.querySelector('afterword-author')!;
      await author.updateComplete;
      const base = $(author, '[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      const photo = $(author, '[part="photo"]')!.getBoundingClientRect();
      const text = $(author, '.text')!.getBoundingClientRect();
      expect(photo.left).to.be.greaterThan(text.left);
      expect(Math.abs(base.getBoundingClientRect().right - photo.right)).to.be.lessThan(20);
      expect($(author, '[part="link"]')!.getAttribute('aria-label')).to.equal('تابع على X');
      await expect(author).to.be.accessible();
    });
  });
});
