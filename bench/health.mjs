// Page health of the demo article: what it requests on load, layout shifts (also after scrolling
// to the bottom) and a Lighthouse run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPaths } from '../scripts/browsers.mjs';
import { CHROME_FLAGS } from '../scripts/browsers.mjs';
import { root } from './lib.mjs';

const require = createRequire(import.meta.url);
const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)/;

const SHIFTS = () => {
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const e of /** @type {LayoutShift[]} */ (list.getEntries()))
      if (!e.hadRecentInput)
        window.__layoutShifts.push({
          value: e.value,
          at: e.startTime,
          sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
        });
  }).observe({ type: 'layout-shift', buffered: true });
};

async function settle(page) {
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) =>
      e.localName.startsWith('afterword-'),
    );
    const defined = (t) =>
      Promise.race([customElements.whenDefined(t), new Promise((r) => setTimeout(r, 5000))]);
    await Promise.all([...new Set(els.map((e) => e.localName))].map(defined));
    // Widgets far from the screen render only as the reader comes near: wait for those near it.
    const near = (e) => {
      const r = e.getBoundingClientRect();
      return r.top < 2 * innerHeight && r.bottom > -innerHeight;
    };
    // Lit's elements say when they have rendered; others (none here) count as rendered.
    const rendered = (e) => /** @type {{ updateComplete?: Promise<unknown> }} */ (e).updateComplete;
    await Promise.all(els.filter(near).map(rendered));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Requests and layout shifts on load and after scrolling to the bottom, in a fresh context. */
export async function requestsAndShifts(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const requests = [];
    let phase = 'load';
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const u = r.url();
      const local = LOCAL.test(u);
      if (!u.startsWith('data:'))
        requests.push({ url: u, type: r.resourceType(), phase, blocked: !local });
      // Only 127.0.0.1 traffic: anything else is recorded and refused.
      void (local ? r.continue() : r.abort()).catch(() => {});
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(m.text()),
    );
    const failed = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.evaluateOnNewDocument(SHIFTS);
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await settle(page);
    await new Promise((r) => setTimeout(r, 500));
    const shiftsOnLoad = await page.evaluate(() => window.__layoutShifts.slice());
    phase = 'scroll';
    await page.evaluate(async () => {
      for (
        let i = 0;
        i < 60 && innerHeight + scrollY < document.documentElement.scrollHeight - 1;
        i++
      ) {
        scrollBy(0, innerHeight * 0.8);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await new Promise((r) => setTimeout(r, 1000));
    const shifts = await page.evaluate(() => window.__layoutShifts.slice());
    const tags = await page.evaluate(() =>
      [
        ...new Set(
          [...document.querySelectorAll('*')]
            .map((e) => e.localName)
            .filter((t) => t.startsWith('afterword-')),
        ),
      ].map((t) => `${t}${customElements.get(t) ? '' : ' (not defined)'}`),
    );
    const page0 = new URL(url);
    const own = (r) => r.url.startsWith(page0.origin);
    const onLoad = requests.filter((r) => r.phase === 'load' && !/\/favicon\.ico$/.test(r.url));
    // Allowed on load: the page's own host only (the page, its stylesheets, the one script, the
    // parts it fetches for the widgets near the screen and what those widgets show, such as the
    // author's photo), and never OpenPGP.js.
    const unexpected = onLoad.filter((r) => !own(r) || /afterword-openpgp/.test(r.url));
    return {
      url,
      elements: tags,
      requestsOnLoad: onLoad.map((r) => ({ url: r.url.replace(page0.origin, ''), type: r.type })),
      requestsAfterScroll: requests
        .filter((r) => r.phase === 'scroll')
        .map((r) => ({ url: r.url.replace(page0.origin, ''), type: r.type })),
      unexpected: unexpected.map((r) => r.url.replace(page0.origin, '')),
      blocked: requests.filter((r) => r.blocked).map((r) => r.url),
      clsOnLoad: shiftsOnLoad.reduce((a, s) => a + s.value, 0),
      cls: shifts.reduce((a, s) => a + s.value, 0),
      shifts,
      failed: failed.map((f) => f.replace(page0.origin, '')),
      errors,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Lighthouse 12 (the CLI, its own Chromium from CHROME_PATH), bounded to `timeoutMs`. */
export async function lighthouse(url, { timeoutMs = 180000 } = {}) {
  const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-lh-'));
  const out = join(dir, 'report.json');
  const flags = CHROME_FLAGS.filter((f) => f !== '--no-first-run').join(' ');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${flags}`,
    '--quiet',
  ];
  try {
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, CHROME_PATH: browserPaths().chrome },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('exit', (c, signal) => {
        clearTimeout(timer);
        resolve(c === 0 ? 0 : `${signal ?? c}: ${err.trim().split('\n').slice(-3).join(' ')}`);
      });
    });
    if (code !== 0) return { error: `lighthouse failed (${code})` };
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue;
    const failing = (cat) =>
      (lhr.categories[cat]?.auditRefs ?? [])
        .map((r) => lhr.audits[r.id])
        .filter(
          (a) =>
            a &&
            a.score !== null &&
            a.score < 1 &&
            !['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode),
        )
        .map((a) => a.title);
    return {
      version: lhr.lighthouseVersion,
      command: `CHROME_PATH=${browserPaths().chrome} npx lighthouse <demo url> --only-categories=performance,accessibility,best-practices --chrome-flags="${flags}"`,
      formFactor: lhr.configSettings?.formFactor,
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
      },
      metrics: {
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        si: audit('speed-index'),
      },
      failing: {
        performance: failing('performance'),
        accessibility: failing('accessibility'),
        bestPractices: failing('best-practices'),
      },
    };
  } catch (error) {
    return { error: `lighthouse failed: ${error.message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
