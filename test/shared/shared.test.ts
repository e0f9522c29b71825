import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../../src/shared/define.js';
import {
  addMessages,
  dirFor,
  format,
  loadLang,
  resolveLang,
  sectionFor,
} from '../../src/shared/localize.js';
import { share } from '../../src/locales/en.js';
import { readJson, remove, writeJson } from '../../src/shared/storage.js';
import { splitList } from '../../src/shared/config.js';
import { webUrl } from '../../src/shared/url.js';

describe('shared', () => {
  describe('define', () => {
    it('defines once and never throws when the tag is taken', () => {
      class One extends HTMLElement {}
      class Two extends HTMLElement {}
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        define('afterword-test-define', One);
        define('afterword-test-define', One);
        define('afterword-test-define', Two);
      } finally {
        console.warn = original;
      }
      expect(customElements.get('afterword-test-define')).to.equal(One);
      expect(warnings).to.deep.equal([
        '[afterword] afterword-test-define: the tag is already defined by another script; keeping it.',
      ]);
    });
  });

  describe('storage', () => {
    it('round-trips JSON and survives a localStorage that throws', () => {
      writeJson('afterword:test', { a: 1 });
      expect(readJson('afterword:test')).to.deep.equal({ a: 1 });
      const proto = Object.getPrototypeOf(localStorage) as Storage;
      const { setItem, getItem } = proto;
      proto.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      proto.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        expect(() => writeJson('afterword:test', { a: 2 })).not.to.throw();
        expect(readJson('afterword:test')).to.deep.equal({ a: 2 });
      } finally {
        proto.setItem = setItem;
        proto.getItem = getItem;
      }
      remove('afterword:test');
      expect(readJson('afterword:test')).to.equal(undefined);
    });

    it('keeps session data apart from local data', () => {
      writeJson('afterword:test-session', 'tab only', 'session');
      expect(sessionStorage.getItem('afterword:test-session')).to.equal('"tab only"');
      expect(localStorage.getItem('afterword:test-session')).to.equal(null);
      remove('afterword:test-session', 'session');
    });

    it('ignores corrupt stored JSON', () => {
      localStorage.setItem('afterword:corrupt', '{nope');
      expect(readJson('afterword:corrupt')).to.equal(undefined);
      localStorage.removeItem('afterword:corrupt');
    });
  });

  describe('localize', () => {
    it('resolves the element, then the nearest ancestor, then <html lang>, then English', async () => {
      const root = document.documentElement;
      const before = root.lang;
      const wrap = await fixture(
        html`<div lang="nl">
          <p><span id="inner"></span></p>
          <span id="own" lang="de"></span>
        </div>`,
      );
      expect(resolveLang(wrap.querySelector('#inner')!)).to.equal('nl');
      expect(resolveLang(wrap.querySelector('#own')!)).to.equal('de');
      const loose = await fixture(html`<span></span>`);
      root.lang = 'fr';
      expect(resolveLang(loose)).to.equal('fr');
      root.removeAttribute('lang');
      expect(resolveLang(loose)).to.equal('en');
      root.lang = before;
    });

    it('loads a language once, then falls back from a regional tag to it, then to English', async () => {
      addMessages('share', share);
      expect(loadLang('en')).to.equal(undefined);
      expect(loadLang('xx')).to.equal(undefined);
      const pt = loadLang('pt-BR');
      expect(pt).to.be.an.instanceOf(Promise);
      expect(loadLang('pt')).to.equal(pt);
      await pt;
      await loadLang('es');
      expect(loadLang('es')).to.equal(undefined);
      expect(sectionFor('share', 'pt-BR').copy).to.equal('Copiar link');
      expect(sectionFor('share', 'pt-BR').copy).to.equal(sectionFor('share', 'pt').copy);
      expect(sectionFor('share', 'ES').copy).to.equal('Copiar enlace');
      expect(sectionFor('share', 'xx').copy).to.equal('Copy link');
    });

    it('knows right-to-left languages', () => {
      expect(dirFor('ar')).to.equal('rtl');
      expect(dirFor('ar-EG')).to.equal('rtl');
      expect(dirFor('en')).to.equal('ltr');
    });

    it('fills placeholders and leaves unknown ones', () => {
      expect(format('{count} articles by {name} {x}', { count: 3, name: 'Ana' })).to.equal(
        '3 articles by Ana {x}',
      );
    });
  });

  describe('config helpers', () => {
    it('splits lists on commas and spaces', () => {
      expect(splitList(' a, b  c,,d ')).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(splitList(null)).to.deep.equal([]);
    });
    it('accepts only web addresses, resolving page-relative ones', () => {
      expect(webUrl('https://e.org/a')).to.equal('https://e.org/a');
      expect(webUrl('http://e.org/')).to.equal('http://e.org/');
      expect(webUrl('/feed.xml')).to.equal(new URL('/feed.xml', document.baseURI).href);
      expect(webUrl('javascript:alert(1)')).to.equal(undefined);
      expect(webUrl('data:text/html,hi')).to.equal(undefined);
      expect(webUrl('mailto:a@e.org')).to.equal(undefined);
      expect(webUrl('')).to.equal(undefined);
    });
  });
});
