// Builds the one script (dist/afterword.js, a small loader) and the parts it fetches from beside
// itself (each element, each language, each rare path), dist/afterword.all.js (everything in one
// file), the unbundled ES modules for npm users (dist/esm/, lit and zod left as dependencies),
// OpenPGP.js for sealed tips, the set-up page and the inbox.
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const openpgpVersion = JSON.parse(
  readFileSync(new URL('./node_modules/openpgp/package.json', import.meta.url), 'utf8'),
).version;

const banner = `/*! Afterword ${pkg.version} | MIT | includes Lit (BSD-3-Clause), zod (MIT) and Tabler Icons (MIT) */`;
// The loader holds Afterword's own code only.
const loaderBanner = `/*! Afterword ${pkg.version} | MIT */`;

function onwarn(warning, warn) {
  // zod's own circular imports and pure annotations are harmless.
  const inZod = (warning.ids ?? [warning.id ?? '']).some((id) => id?.includes('node_modules/zod/'));
  if (inZod && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
  if (warning.code === 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT') return;
  warn(warning);
}

/**
 * Chromium's explicit compile hint: the one script's functions nearly all run on a page with
 * widgets, so V8 compiles them with the script, on the background thread that streams it,
 * instead of one by one on the page's main thread at first call (about -7 ms of main thread
 * for the four elements in `npm run bench`). Other engines read a comment. Added after the
 * minifier, which would drop it, and after the licence banner.
 */
function compileHints() {
  return {
    name: 'afterword-compile-hints',
    renderChunk(code) {
      const end = code.startsWith('/*!') ? code.indexOf('*/') + 2 : 0;
      return {
        code: `${code.slice(0, end)}\n//# allFunctionsCalledOnLoad\n${code.slice(end).replace(/^\n/, '')}`,
        map: null,
      };
    },
  };
}

const esbuildOptions = { tsconfig: './tsconfig.json', target: 'es2021' };

/** Puts the set-up page (src/setup/setup.html) beside its script, for any static host. */
function setupPage() {
  return {
    name: 'afterword-setup-page',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'setup.html',
        source: readFileSync(new URL('./src/setup/setup.html', import.meta.url), 'utf8'),
      });
    },
  };
}

/** Terser as the one script and its parts use it. */
const minify = () =>
  terser({
    ecma: 2021,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: /^!/, wrap_func_args: false },
  });

/** How the elements' code is built for the browser: resolved, compiled, templates and code minified, compile hint added. */
const browserCode = () => [
  resolve({ browser: true }),
  esbuild(esbuildOptions),
  minifyTemplates(),
  minify(),
  compileHints(),
];

const ELEMENTS = ['share', 'support', 'feedback', 'author', 'more'];

/**
 * Each part's files by the name the loader asks for (an element's tag, a language's code): the
 * part's own file and every file it imports, so that all are fetched at once rather than one
 * after the other. Written by the parts' build, read by the loader's, which runs after it.
 */
let parts;

function partsManifest() {
  return {
    name: 'afterword-parts-manifest',
    generateBundle(_, bundle) {
      const files = (name, seen = new Set()) => {
        if (seen.has(name) || !bundle[name]) return seen;
        seen.add(name);
        for (const i of bundle[name].imports) files(i, seen);
        return seen;
      };
      parts = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const lang = /\/src\/locales\/([a-z]+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
        // Files by the part of their name between `afterword-` and `.js`: the loader adds those back.
        const names = () => [...files(chunk.fileName)].map((f) => f.slice(10, -3));
        if (chunk.isEntry) parts[chunk.name] = names();
        else if (chunk.isDynamicEntry && lang) parts[lang] = names();
      }
    },
  };
}

/** Puts the parts' manifest into the loader. */
function injectParts() {
  return {
    name: 'afterword-inject-parts',
    transform(code, id) {
      if (!id.endsWith('src/loader/loader.ts')) return null;
      if (!parts) this.error('the parts must be built before the loader');
      return {
        code: code.replace('= __AFTERWORD_PARTS__', `= ${JSON.stringify(parts)}`),
        map: null,
      };
    },
  };
}

/**
 * What every element needs goes into one file, fetched once: Lit, zod/mini and the shared core
 * (one file rather than three saves about 1 KB gzip and two requests). The icons go with the
 * elements that show them, and the analytics bridge comes only for a site that names its tool.
 */
function chunkFor(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|zod)\//.test(id))
    return 'core';
  if (/\/src\/shared\/(?!icon-data|analytics)/.test(id)) return 'core';
  return undefined;
}

export default [
  {
    // The parts: each element's code (named by its tag), its rare paths and each language, as ES
    // modules beside the loader, with Lit, zod and the shared core in files of their own.
    input: Object.fromEntries(ELEMENTS.map((e) => [`afterword-${e}`, `src/${e}/${e}.ts`])),
    // Nothing imports a part's exports (the loader runs it for its element): no facades needed.
    preserveEntrySignatures: false,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'afterword-[name].js',
      manualChunks: chunkFor,
      banner,
    },
    onwarn,
    plugins: [...browserCode(), partsManifest()],
  },
  {
    // The loader: dist/afterword.js, the one script tag a page needs.
    input: 'src/loader/loader.ts',
    output: { file: 'dist/afterword.js', format: 'iife', banner: loaderBanner },
    onwarn,
    plugins: [
      resolve({ browser: true }),
      injectParts(),
      esbuild(esbuildOptions),
      minify(),
      compileHints(),
    ],
  },
  {
    // Everything in one file (every element, every language), for a host that takes only one.
    input: 'src/index.ts',
    output: {
      file: 'dist/afterword.all.js',
      format: 'iife',
      banner,
      // Nothing global (no `name`): the entry's exports stay inside the closure, and loading
      // the script twice only re-runs guarded definitions.
      exports: 'named',
      inlineDynamicImports: true,
    },
    onwarn,
    plugins: browserCode(),
  },
  {
    input: {
      index: 'src/index.ts',
      'share/share': 'src/share/share.ts',
      'support/support': 'src/support/support.ts',
      'feedback/feedback': 'src/feedback/feedback.ts',
      'author/author': 'src/author/author.ts',
      'more/more': 'src/more/more.ts',
      // `afterword/schema`: the payload schema the inbox shares with the form.
      'feedback/schema': 'src/feedback/schema.ts',
      // `afterword/tokens`: the tokens' defaults, which the inbox's own pages use too.
      'shared/token-defaults': 'src/shared/token-defaults.ts',
    },
    external: (id) => /^(lit|zod)(\/|$)/.test(id),
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    onwarn,
    plugins: [esbuild(esbuildOptions), minifyTemplates()],
  },
  {
    // OpenPGP.js (LGPL-3.0-or-later) for sealed tips, its lightweight build in its own file
    // beside the one script, loaded only when a reader picks a sealed kind; the curve code it
    // loads on demand stays in afterword-openpgp-*.js beside it. Its licence ships beside it.
    input: 'node_modules/openpgp/dist/lightweight/openpgp.min.mjs',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'afterword-openpgp.js',
      chunkFileNames: (chunk) => `afterword-openpgp-${chunk.name.replace(/\.min$/, '')}.js`,
      banner: `/*! OpenPGP.js ${openpgpVersion} for Afterword | LGPL-3.0-or-later, see afterword-openpgp.LICENSE.txt | source: https://github.com/openpgpjs/openpgpjs/tree/v${openpgpVersion} */`,
    },
    plugins: [
      terser({ ecma: 2021, format: { comments: /^!/ } }),
      {
        name: 'afterword-openpgp-licence',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'afterword-openpgp.LICENSE.txt',
            source: readFileSync('node_modules/openpgp/LICENSE', 'utf8'),
          });
        },
      },
    ],
  },
  {
    // The proof of work's Web Worker (an Afterword inbox with --pow), a module of its own beside
    // the one script: started from 'self', so a strict CSP allows it; nothing else imports it.
    input: 'src/feedback/pow-worker.ts',
    output: { file: 'dist/afterword-pow.js', format: 'es', banner },
    onwarn,
    plugins: [resolve({ browser: true }), esbuild(esbuildOptions), minify()],
  },
  {
    // The set-up page's own script, beside the one script (which defines the widgets it previews).
    input: 'src/setup/index.ts',
    output: {
      dir: 'dist',
      entryFileNames: 'afterword-setup.js',
      format: 'iife',
      banner,
      inlineDynamicImports: true,
    },
    onwarn,
    plugins: [
      resolve({ browser: true }),
      esbuild(esbuildOptions),
      terser({ ecma: 2021, format: { comments: /^!/ } }),
      setupPage(),
    ],
  },
  {
    // The inbox (`afterword-inbox`, the package in server/): one file for Node, and the notification
    // loops in a worker thread of their own (notify-worker.js). The payload schema comes from the
    // elements' package (`afterword/schema`); it, better-sqlite3 (a native module), kysely, pg,
    // nodemailer (loaded only for mail notifications), altcha-lib (only with --pow) and Node's
    // builtins stay outside.
    input: { cli: 'server/cli.ts', 'notify-worker': 'server/notify/worker.ts' },
    external: (id) =>
      /^(afterword|better-sqlite3|kysely|pg|nodemailer|altcha-lib)(\/|$)/.test(id) ||
      id.startsWith('node:'),
    output: {
      dir: 'server/dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    onwarn,
    plugins: [resolve({ preferBuiltins: true }), esbuild({ ...esbuildOptions, target: 'node20' })],
  },
];
