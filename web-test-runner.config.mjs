// Browser tests in Debian's Chromium and Firefox ESR (puppeteer-core drives Firefox over WebDriver BiDi).
import { readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { build } from 'esbuild';
import { themesMiddleware } from './test/themes/pages.mjs';
import { browserPaths, CHROME_FLAGS } from './scripts/browsers.mjs';
import { fakeFediverse } from './test/fixtures/fake-fediverse.mjs';
import { sink } from './test/fixtures/sink.mjs';
import { loaderLab } from './test/fixtures/loader-lab.mjs';
import { feeds } from './test/fixtures/feeds.mjs';
import { sealedTips } from './test/feedback/sealed-commands.mjs';
import { axTree, slowInbox } from './test/a11y-commands.mjs';

const { chrome, firefox } = browserPaths();
const only = process.env.AFTERWORD_BROWSERS?.split(',');

// A cold first start (browser binaries not yet in the page cache, both browsers starting at
// once on a small machine) can take longer than the 30 s defaults.
const START_TIMEOUT = 120000;

const browsers = [];
if (chrome && (!only || only.includes('chromium'))) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chrome,
        headless: true,
        timeout: START_TIMEOUT,
        args: CHROME_FLAGS,
      },
    }),
  );
}
if (firefox && (!only || only.includes('firefox'))) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        timeout: START_TIMEOUT,
      },
    }),
  );
}

/** Serves test fixture pages with the strict CSP the contract promises to respect. */
function cspHeaders(context, next) {
  return next().then(() => {
    if (context.path.startsWith('/test/fixtures/csp')) {
      context.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; img-src 'self' data:",
      );
    }
  });
}

/**
 * The React and Vue apps are bundled whole with esbuild (React is CommonJS), the way an app's
 * own bundler would take Afterword's npm ES modules (dist/esm) from the package.
 */
function frameworkBundles() {
  return {
    name: 'afterword-framework-bundles',
    async serve(context) {
      if (!/^\/test\/frameworks\/[\w-]+\.test\.ts$/.test(context.path)) return undefined;
      const result = await build({
        entryPoints: [`.${context.path}`],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2021',
        tsconfig: './tsconfig.json',
        logLevel: 'silent',
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

/**
 * Elements loaded from src/ look for OpenPGP.js two folders above their module, as the ES
 * modules in dist/esm/ do: at the root here, so serve the built file there.
 */
function openpgpBesideSources(context, next) {
  if (context.path === '/afterword-openpgp.js') context.url = '/dist/afterword-openpgp.js';
  if (context.path === '/afterword-pow.js') context.url = '/dist/afterword-pow.js';
  return next();
}

export default {
  files: process.env.AFTERWORD_TESTS?.split(',') ?? ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { browser: true },
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: START_TIMEOUT,
  middleware: [
    cspHeaders,
    fakeFediverse,
    sink,
    loaderLab,
    feeds,
    themesMiddleware,
    openpgpBesideSources,
    slowInbox,
  ],
  plugins: [
    frameworkBundles(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    sealedTips(),
    // Accessible names read from the browser's accessibility tree (Chromium).
    axTree(),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
};
