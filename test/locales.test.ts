import { expect, fixture, html } from '@open-wc/testing';
import { locales } from '../src/locales/index.js';
import { loadLang, registerLocale, sectionFor, type Section } from '../src/shared/localize.js';
import '../src/share/share.js';
import '../src/support/support.js';
import '../src/feedback/feedback.js';
import '../src/author/author.js';
import '../src/more/more.js';
import type { AfterwordShare } from '../src/share/share.js';
import { expectAccessible } from './helpers.js';

const REQUIRED = ['en', 'es', 'nl', 'de', 'fr', 'pt', 'it', 'pl', 'ar'];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const en = locales.en as unknown as Record<string, Record<string, unknown>>;

describe('locales', () => {
  it(`ships ${REQUIRED.join(' ')}`, () => {
    expect(Object.keys(locales)).to.include.members(REQUIRED);
  });

  it('English has strings in every section', () => {
    for (const section of ['share', 'support', 'feedback', 'author', 'more']) {
      expect(Object.keys(en[section] ?? {}), section).to.not.be.empty;
    }
  });

  for (const [lang, table] of Object.entries(locales)) {
    const messages = table as unknown as Record<string, Record<string, unknown>>;
    describe(lang, () => {
      it('has the same sections as English', () => {
        expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(en).sort());
      });
      for (const section of Object.keys(en)) {
        it(`${section}: every key of English, no other, none empty, same {placeholders}`, () => {
          const ours = messages[section] ?? {};
          const missing = Object.keys(en[section]).filter((k) => !(k in ours));
          const extra = Object.keys(ours).filter((k) => !(k in en[section]));
          expect(missing, `${lang}.${section} misses`).to.deep.equal([]);
          expect(extra, `${lang}.${section} has extra`).to.deep.equal([]);
          for (const [key, value] of Object.entries(ours)) {
            expect(
              typeof value === 'string' && value.trim() !== '',
              `${lang}.${section}.${key} is empty`,
            ).to.equal(true);
            expect(
              placeholders(value as string),
              `${lang}.${section}.${key} placeholders`,
            ).to.deep.equal(placeholders(en[section][key] as string));
          }
        });
      }
    });
  }

  describe('lookup', () => {
    // Every language but English is its own file, fetched with the first widget that needs it.
    before(() => Promise.all(REQUIRED.map(loadLang)));

    it('falls back from a regional tag to its language, then to English', () => {
      for (const section of Object.keys(locales.en) as Section[]) {
        expect(sectionFor(section, 'pt-BR'), section).to.deep.equal(locales.pt[section]);
        expect(sectionFor(section, 'AR'), section).to.deep.equal(locales.ar[section]);
        expect(sectionFor(section, 'sw'), section).to.deep.equal(locales.en[section]);
      }
      expect(sectionFor('share', 'pt-BR')).to.equal(locales.pt.share);
    });

    it('lets a page add a language or override strings with registerLocale', () => {
      registerLocale('en-GB', { author: { label: 'About the writer' } });
      expect(sectionFor('author', 'en-GB').label).to.equal('About the writer');
      expect(sectionFor('author', 'en-GB').followOn).to.equal(locales.en.author.followOn);
      expect(sectionFor('share', 'en-GB')).to.deep.equal(locales.en.share);
      expect(sectionFor('author', 'en').label).to.equal('About the author');
      // A new language: what it leaves out comes from English, key by key.
      registerLocale('ca', {
        share: { label: 'Comparteix aquest article', copy: undefined } as never,
      });
      expect(sectionFor('share', 'ca-ES').label).to.equal('Comparteix aquest article');
      expect(sectionFor('share', 'ca').copy).to.equal(locales.en.share.copy);
      // Strings for a base language reach its regional tags, and the regional ones win.
      registerLocale('de', { share: { print: 'Ausdrucken' } });
      registerLocale('de-AT', { share: { copy: 'Link kopieren (AT)' } });
      expect(sectionFor('share', 'de-AT').print).to.equal('Ausdrucken');
      expect(sectionFor('share', 'de-AT').copy).to.equal('Link kopieren (AT)');
      expect(sectionFor('share', 'de').copy).to.equal(locales.de.share.copy);
      registerLocale('de', { share: { print: locales.de.share.print } });
    });

    it('renders a widget in a language the page added', async () => {
      registerLocale('eo', { share: { label: 'Kunhavigi ĉi tiun artikolon' } });
      const el = await fixture<AfterwordShare>(
        html`<afterword-share lang="eo" networks="x"></afterword-share>`,
      );
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal(
        'Kunhavigi ĉi tiun artikolon',
      );
      expect(
        el.shadowRoot!.querySelector('[data-network="x"]')!.getAttribute('aria-label'),
      ).to.equal(
        `${locales.en.share.shareOn.replace('{network}', 'X')} ${locales.en.share.newTab}`,
      );
    });
  });

  describe('right-to-left', () => {
    it('lays the share bar out from the right in Arabic: its first button sits at the right edge', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl" style="width: 600px">
          <afterword-share networks="facebook x email" labels="show"></afterword-share>
        </div>`,
      );
      const share = wrap.querySelector<AfterwordShare>('afterword-share')!;
      await share.updateComplete;
      const base = share.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
      const buttons = [...share.shadowRoot!.querySelectorAll('[part="button"]')].map((b) =>
        b.getBoundingClientRect(),
      );
      expect(Math.abs(buttons[0].right - base.getBoundingClientRect().right)).to.be.lessThan(1);
      expect(buttons[0].left).to.be.greaterThan(buttons[1].right - 1);
      expect(
        share.shadowRoot!.querySelector('[data-network="x"]')!.getAttribute('aria-label'),
      ).to.equal(`شارك على X ${locales.ar.share.newTab}`);
      await expectAccessible(share);
    });

    it('sets dir="rtl" and lang="ar" on every element’s base, axe-clean', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl">
          <afterword-share networks="x email copy"></afterword-share>
          <afterword-support provider="kofi" account="valleyledger"></afterword-support>
          <afterword-feedback endpoint="/api/feedback"></afterword-feedback>
          <afterword-author name="ليلى حداد" links="https://x.com/layla"></afterword-author>
        </div>`,
      );
      const elements = [...wrap.children].filter((e) =>
        e.localName.startsWith('afterword-'),
      ) as (HTMLElement & { updateComplete: Promise<unknown> })[];
      expect(elements).to.have.length(4);
      for (const el of elements) {
        await el.updateComplete;
        const base = el.shadowRoot!.querySelector('[part="base"]');
        expect(base, el.localName).to.not.equal(null);
        expect([base!.getAttribute('dir'), base!.getAttribute('lang')], el.localName).to.deep.equal(
          ['rtl', 'ar'],
        );
        await expectAccessible(el);
      }
    });

    it('also reads the direction from <html lang="ar"> alone', async () => {
      const html_ = document.documentElement;
      const before = html_.lang;
      html_.lang = 'ar';
      try {
        const share = await fixture<AfterwordShare>(
          html`<afterword-share networks="x"></afterword-share>`,
        );
        expect(share.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal(
          'rtl',
        );
      } finally {
        html_.lang = before;
      }
    });
  });
});
