// The built one script as a file: what the build adds after the minifier. Runs under node --test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const script = readFileSync(new URL('../../dist/afterword.js', import.meta.url), 'utf8');

describe('dist/afterword.js', () => {
  it('opens with the licence banner, then asks Chromium to compile its functions with the script', () => {
    const [banner, hint, code] = script.split('\n', 3);
    assert.match(banner, /^\/\*! Afterword \S+ \| MIT \| includes Lit .*zod.*Tabler Icons.*\*\/$/);
    // The minifier drops comments it does not know; the build adds the hint after it.
    assert.equal(hint, '//# allFunctionsCalledOnLoad');
    assert.match(code, /^!function\(/);
  });
});

describe('dist/esm', () => {
  const esm = (path) => readFileSync(new URL(`../../dist/esm/${path}`, import.meta.url), 'utf8');

  it("gives each element's entry its own strings only, in every language", async () => {
    const { share: tables } = await import(
      new URL('../../dist/esm/locales/share.js', import.meta.url).href
    );
    assert.deepEqual(Object.keys(tables), ['en', 'es', 'nl', 'de', 'fr', 'pt', 'it', 'pl', 'ar']);
    assert.equal(tables.de.label, 'Diesen Artikel teilen');
    assert.equal(tables.ar.shareOn, 'شارك على {network}');
    const share = esm('locales/share.js');
    // The author card's and the support prompt's strings stay out of a share-only bundle.
    for (const text of ['About the author', 'Support this work', 'Zur Person'])
      assert.ok(!share.includes(text), text);
    assert.match(esm('share/share.js'), /from '\.\.\/locales\/share\.js'/);
    for (const entry of [
      'share/share.js',
      'support/support.js',
      'feedback/feedback.js',
      'author/author.js',
    ]) {
      assert.doesNotMatch(esm(entry), /locales\/(index|en|de)\.js/, entry);
    }
  });
});
