// Size: raw, gzip -9 and brotli (node:zlib) of dist/afterword.js, of <afterword-share> bundled
// alone, and of the other kits as a page would load them, minified the same way where needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

const require = createRequire(import.meta.url);
/**
 * The contract's budgets (DESIGN.md, Budgets) for files on their own: the one script (the loader,
 * all a page whose widgets are far below the screen fetches), and `import 'afterword/share'`
 * bundled by an app with its own Lit, beyond Lit. The budgets per page are in startup.mjs's table.
 */
export const BUDGET_GZIP = 4 * 1024;
export const SHARE_BUDGET_GZIP = 8 * 1024;

// `gzip -9` itself when the machine has it (the number people check by hand), else node:zlib level 9.
const hasGzip = spawnSync('gzip', ['--version']).status === 0;
export const GZIP_TOOL = hasGzip ? 'gzip -9' : 'node:zlib gzip level 9';
const gzip = (b) =>
  hasGzip
    ? spawnSync('gzip', ['-9', '-n'], { input: b, maxBuffer: 1 << 26 }).stdout
    : gzipSync(b, { level: 9 });

export function measure(buffers) {
  const raw = Buffer.concat(buffers.map((b) => Buffer.from(b)));
  // Each file is compressed on its own, as a server sends it, and the sizes added up.
  const each = (f) => buffers.reduce((sum, b) => sum + f(Buffer.from(b)).length, 0);
  return {
    raw: raw.length,
    gzip: each(gzip),
    brotli: each((b) =>
      brotliCompressSync(b, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
        },
      }),
    ),
  };
}

/**
 * Bundles `input` into one minified IIFE with the same resolve + terser settings as rollup.config.mjs.
 * @param {string} input
 * @param {{ typescript?: boolean, external?: import('rollup').ExternalOption }} [options]
 */
export async function bundle(input, { typescript = false, external } = {}) {
  const { rollup } = await import('rollup');
  const { default: resolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const plugins = [resolve({ browser: true })];
  if (typescript) {
    const { default: esbuild } = await import('rollup-plugin-esbuild');
    plugins.push(esbuild({ tsconfig: join(root, 'tsconfig.json'), target: 'es2021' }));
  }
  plugins.push(
    terser({
      ecma: 2021,
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
      format: { comments: false },
    }),
  );
  const build = await rollup({ input, plugins, external, onwarn: () => {} });
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-'));
  try {
    const file = join(dir, 'bundle.js');
    await build.write({ file, format: 'iife', inlineDynamicImports: true });
    await build.close();
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The bundle's parts: each module minified on its own (terser, same settings), grouped.
const groupOf = (id) =>
  /node_modules\/zod\//.test(id)
    ? 'zod/mini'
    : /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)
      ? 'lit'
      : /src\/locales\//.test(id)
        ? 'src/locales (9 languages)'
        : /src\/shared\/icon/.test(id)
          ? 'src/shared/icons + icon data'
          : /src\/shared\//.test(id)
            ? 'src/shared (base class, config, tokens…)'
            : (id.match(/src\/([a-z]+)\//)?.[1] ?? id.split('/').pop()).replace(
                /^(share|support|feedback|author|more)$/,
                'src/$1/',
              );

/**
 * What an app's bundler ships up front for `input`: the entry and everything it imports
 * statically, minified like our build; what it imports on demand (a language, the fediverse
 * dialog) goes to chunks of their own, fetched only when needed, and is left out.
 * @param {string} input
 * @param {{ external?: import('rollup').ExternalOption }} [options]
 */
export async function bundleUpFront(input, { external } = {}) {
  const { rollup } = await import('rollup');
  const { default: resolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const build = await rollup({
    input,
    external,
    onwarn: () => {},
    plugins: [
      resolve({ browser: true }),
      terser({
        ecma: 2021,
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        format: { comments: false },
      }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  // Chunks only: what an import can name (the build emits no assets).
  const byName = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const i of byName.get(name).imports ?? []) visit(i);
  };
  visit([...byName.values()].find((c) => c.isEntry).fileName);
  return [...seen].map((n) => Buffer.from(byName.get(n).code));
}

/** What the loader can fetch: each file beside it in dist/, gzip -9 on its own. */
export function distParts() {
  const dist = join(root, 'dist');
  return readdirSync(dist)
    .filter((f) => /^afterword-[\w-]+\.js$/.test(f) && !f.startsWith('afterword-openpgp'))
    .map((f) => ({ name: f, ...measure([readFileSync(join(dist, f))]) }))
    .sort((a, b) => b.gzip - a.gzip);
}

export async function composition(input) {
  const { rollup } = await import('rollup');
  const { default: resolve } = await import('@rollup/plugin-node-resolve');
  const { default: esbuild } = await import('rollup-plugin-esbuild');
  const { minify } = await import('terser');
  const build = await rollup({
    input,
    onwarn: () => {},
    plugins: [
      resolve({ browser: true }),
      esbuild({ tsconfig: join(root, 'tsconfig.json'), target: 'es2021' }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const groups = {};
  for (const [id, m] of Object.entries(output[0].modules)) {
    if (!m.code?.trim()) continue;
    const { code = '' } = await minify(m.code.replace(/^export \{[^}]*\};?/gm, ''), {
      module: false,
      toplevel: false,
      ecma: 2021,
      compress: { passes: 1, pure_getters: true },
      mangle: true,
    });
    const g = groupOf(id);
    groups[g] = `${groups[g] ?? ''}${code}\n`;
  }
  const total = Object.values(groups).reduce((a, b) => a + b.length, 0);
  return Object.entries(groups)
    .map(([name, code]) => ({
      name,
      minified: code.length,
      gzip: gzip(Buffer.from(code)).length,
      share: code.length / total,
    }))
    .sort((a, b) => b.minified - a.minified);
}

export async function sizes({ log }) {
  const rows = [];
  const ours = readFileSync(join(root, 'dist/afterword.js'));
  rows.push({
    id: 'afterword',
    name: 'dist/afterword.js (the loader)',
    how: 'the one script tag: defines the elements, fetches their parts from beside itself as they come near',
    ...measure([ours]),
  });
  rows.push({
    id: 'afterword-all',
    name: 'dist/afterword.all.js (everything, one file)',
    how: 'every element, language and rare path in one file, for hosts that take one file only',
    ...measure([readFileSync(join(root, 'dist/afterword.all.js'))]),
  });

  try {
    const lit = (id) => /^(lit|@lit\/reactive-element|lit-html|lit-element)(\/|$)/.test(id);
    const alone = await bundleUpFront(join(root, 'dist/esm/share/share.js'), { external: lit });
    rows.push({
      id: 'afterword-share',
      name: "`import 'afterword/share'`, beyond Lit",
      how: 'dist/esm/share/share.js bundled by rollup + terser (our settings) with zod, Lit left to the app as an app with its own Lit ships it; what it fetches on demand (languages, the fediverse dialog) aside',
      ...measure(alone),
    });
  } catch (error) {
    log(`size: could not bundle <afterword-share> alone: ${error.message.split('\n')[0]}`);
  }

  const shareonDir = join(require.resolve('shareon'), '..');
  rows.push({
    id: 'shareon',
    name: 'shareon 2.8.1 share bar (JS + CSS)',
    how: 'dist/shareon.iife.js + dist/shareon.min.css as published',
    ...measure([
      readFileSync(join(shareonDir, 'shareon.iife.js')),
      readFileSync(join(shareonDir, 'shareon.min.css')),
    ]),
  });

  const stmDir = join(require.resolve('@justinribeiro/share-to-mastodon'), '..');
  try {
    // The package's main file is unbundled ESM importing lit (2.x): bundle it like our build.
    const stm = await bundle(join(stmDir, 'share-to-mastodon.js'));
    rows.push({
      id: 'share-to-mastodon',
      name: '@justinribeiro/share-to-mastodon 2.0.1 (one button)',
      how: 'share-to-mastodon.js + its lit 2 bundled with rollup + terser (our settings)',
      ...measure([stm]),
    });
  } catch (error) {
    log(`size: could not bundle share-to-mastodon: ${error.message.split('\n')[0]}`);
  }
  rows.push({
    id: 'share-to-mastodon-min',
    name: '@justinribeiro/share-to-mastodon 2.0.1, its own .min.js',
    how: 'share-to-mastodon.min.js as published (lit inside)',
    ...measure([readFileSync(join(stmDir, 'share-to-mastodon.min.js'))]),
  });
  let parts = [];
  try {
    parts = distParts();
  } catch (error) {
    log(`size: could not list the parts: ${error.message.split('\n')[0]}`);
  }
  let modules = [];
  try {
    modules = await composition(join(root, 'src/index.ts'));
  } catch (error) {
    log(`size: could not break the code down: ${error.message.split('\n')[0]}`);
  }
  return {
    modules,
    budgetGzip: BUDGET_GZIP,
    shareBudgetGzip: SHARE_BUDGET_GZIP,
    parts,
    gzipTool: GZIP_TOOL,
    brotliTool: 'node:zlib brotli quality 11',
    rows,
  };
}
