// Headless Chromium for the benchmarks: one browser, a fresh incognito context per load, and
// Chromium's own main-thread counters (CDP Performance.getMetrics) read once the widgets have rendered.
import puppeteer from 'puppeteer-core';
import { browserPaths, CHROME_FLAGS } from '../scripts/browsers.mjs';

export async function launch() {
  const executablePath = browserPaths().chrome;
  if (!executablePath) throw new Error('no Chromium found: install chromium or set CHROME_PATH');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    timeout: 120000,
    args: CHROME_FLAGS,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 90000,
  });
  return { browser, executablePath, version: await browser.version() };
}

// Installed before any page script: long tasks and layout shifts, as they happen.
const OBSERVERS = () => {
  window.__longtasks = [];
  window.__shifts = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push(e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of /** @type {LayoutShift[]} */ (list.getEntries()))
        if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
};

/**
 * Unthrottled, durations are the main thread's own CPU time (CDP's threadTicks): what the page
 * costs, whatever else the machine is doing. Throttled, they are wall-clock time (timeTicks), as
 * DevTools shows a slowed-down CPU. BENCH_TIME_DOMAIN overrides both.
 */
export function timeDomain(/** @type {number} */ throttle) {
  const given = process.env.BENCH_TIME_DOMAIN;
  if (!given) return throttle > 1 ? 'timeTicks' : 'threadTicks';
  if (given === 'timeTicks' || given === 'threadTicks') return given;
  throw new Error(`BENCH_TIME_DOMAIN is timeTicks or threadTicks, not ${given}`);
}

const METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
  'JSHeapUsedSize',
  'Nodes',
  'LayoutCount',
  'RecalcStyleCount',
];

/**
 * Loads `url` in a fresh incognito context (optionally with the CPU slowed `throttle` times),
 * waits for window.__readyP and returns the main-thread counters in ms, the JS heap after a
 * garbage collection, long tasks and anything the page requested from outside 127.0.0.1.
 * `trace`, if given, runs the load (`run`) itself, to record it; what it returns is `traceEvents`.
 * @template [T=undefined]
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{
 *   throttle?: number,
 *   timeoutMs?: number,
 *   trace?: (page: import('puppeteer-core').Page, run: () => Promise<void>) => Promise<T>,
 * }} [options]
 */
export async function measureLoad(browser, url, { throttle = 1, timeoutMs = 60000, trace } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const foreign = [];
    const scripts = [];
    let requests = 0;
    page.on('request', (r) => {
      requests++;
      if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(r.url())) foreign.push(r.url());
      else if (/\.js$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname);
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    await page.evaluateOnNewDocument(OBSERVERS);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: timeDomain(throttle) });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const run = async () => {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      let timer;
      const ready = page.evaluate(() => window.__readyP);
      ready.catch(() => {}); // settled by the race below; closing the context ends it
      await Promise.race([
        ready,
        new Promise(
          (_, reject) =>
            (timer = setTimeout(
              () => reject(new Error(`${url}: widgets not ready within ${timeoutMs} ms`)),
              timeoutMs,
            )),
        ),
      ]).finally(() => clearTimeout(timer));
    };
    const traceEvents = trace ? await trace(page, run) : (await run(), undefined);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(
      metrics.filter((x) => METRICS.includes(x.name)).map((x) => [x.name, x.value]),
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Performance.getMetrics')).metrics.find(
      (x) => x.name === 'JSHeapUsedSize',
    )?.value;
    const info = await page.evaluate(() => ({
      longtasks: window.__longtasks,
      undefinedTags: window.__undefined ?? [],
    }));
    return {
      task: m.TaskDuration * 1000,
      script: m.ScriptDuration * 1000,
      style: m.RecalcStyleDuration * 1000,
      layout: m.LayoutDuration * 1000,
      heap,
      heapBeforeGc: m.JSHeapUsedSize,
      nodes: m.Nodes,
      longtasks: info.longtasks.length,
      longtaskMs: info.longtasks.reduce((a, b) => a + b, 0),
      undefinedTags: info.undefinedTags,
      requests,
      scripts,
      foreign,
      errors,
      traceEvents,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
