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
