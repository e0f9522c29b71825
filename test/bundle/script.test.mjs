// The built files as files: the loader, its parts and the ES modules. Runs under node --test.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url);
const read = (path) => readFileSync(dist(path), 'utf8');
const loader = read('afterword.js');

describe('dist/afterword.js, the loader', () => {
  it('opens with the licence banner, then asks Chromium to compile its functions with the script', () => {
    const [banner, hint, code] = loader.split('\n', 3);
    // It holds none of Lit, zod or the icons (the parts do, and their banner names them).
    assert.match(banner, /^\/\*! Afterword \S+ \| MIT \*\/$/);
    assert.match(read('afterword-lit.js'), /^\/\*! Afterword \S+ \| MIT \| includes Lit /);
    // The minifier drops comments it does not know; the build adds the hint after it.
    assert.equal(hint, '//# allFunctionsCalledOnLoad');
    assert.match(code, /^!function\(|^\(\(\)=>\{/);
  });

  it('carries neither Lit nor zod: a page whose widgets are far away pays for the loader alone', () => {
    for (const mark of ['litElementVersions', 'reactiveElementVersions', '$ZodType', '_zod'])
      assert.ok(!loader.includes(mark), mark);
    for (const mark of ['litElementVersions', 'reactiveElementVersions'])
      assert.ok(read('afterword-lit.js').includes(mark), `the Lit part has ${mark}`);
  });

  it('names only parts that exist beside it, and every element and shipped language has one', () => {
    // The manifest: each element's tag or language code, and the files it is fetched with.
    const manifest = /(?:"afterword-[a-z]+"|\b[a-z]{2}):\[((?:"[a-z0-9-]+",?)+)\]/g;
    const lists = [...loader.matchAll(manifest)].map((m) => JSON.parse(`[${m[1]}]`));
    const files = new Set(lists.flat());
    for (const f of files) assert.ok(existsSync(dist(`afterword-${f}.js`)), `afterword-${f}.js`);
    for (const part of ['share', 'support', 'feedback', 'author', 'lit', 'zod', 'core'])
      assert.ok(files.has(part), part);
    for (const lang of ['es', 'nl', 'de', 'fr', 'pt', 'it', 'pl', 'ar'])
      assert.ok(files.has(lang), lang);
    assert.ok(!files.has('en'), 'English is built into each element');
  });

  it('keeps the rare paths out of the elements: each is a part of its own, fetched from the element', () => {
    for (const [part, from] of [
      ['dialog', 'controller'],
      ['seal', 'feedback'],
      ['goal-bar', 'support'],
      ['banner-focus', 'support'],
    ]) {
      assert.ok(existsSync(dist(`afterword-${part}.js`)), part);
      assert.match(
        read(`afterword-${from}.js`),
        new RegExp(`import\\("\\./afterword-${part}\\.js"\\)`),
      );
    }
    // OpenPGP.js is never a part the loader knows: the sealing part loads it when a key is read.
    assert.ok(!loader.includes('openpgp'));
  });
});

describe('dist/afterword.all.js', () => {
  it('holds every element and every language in one file', () => {
    const all = read('afterword.all.js');
    for (const text of ['Diesen Artikel teilen', 'شارك على {network}', 'Support this work'])
      assert.ok(all.includes(text), text);
    // Nothing of Afterword's own is fetched later (only OpenPGP.js, for a sealed tip).
    assert.ok(!/import\(\s*["'`]\.\//.test(all), 'no part fetched later');
  });
});

describe('dist/esm', () => {
  const esm = (path) => read(`esm/${path}`);

  it("gives each element's entry its own English strings, and every other language as a module of its own", async () => {
    const share = esm('share/share.js');
    assert.match(share, /from '\.\.\/locales\/en\/share\.js'/);
    for (const entry of [
      'share/share.js',
      'support/support.js',
      'feedback/feedback.js',
      'author/author.js',
    ])
      assert.doesNotMatch(esm(entry), /locales\/(index|en|de)\.js/, entry);
    assert.match(esm('shared/localize.js'), /import\('\.\.\/locales\/de\.js'\)/);
    const { de } = await import(dist('esm/locales/de.js').href);
    assert.equal(de.share.label, 'Diesen Artikel teilen');
  });
});
