// Start-up cost: the same article bare and with each kit, loaded interleaved (A B C D A B C D …),
// medians of Chromium's main-thread counters, and the cost above the bare page.
import { measureLoad } from './browser.mjs';
import { join } from 'node:path';
import { median, quantile, root, serveMemory } from './lib.mjs';
import { bundle, measure } from './size.mjs';
import { ARTICLE_VARIANTS, assets } from './pages.mjs';

const FIELDS = ['task', 'script', 'style', 'layout', 'heap', 'longtasks', 'longtaskMs', 'nodes'];

/** Runs `rounds` interleaved rounds over `urls` (after one discarded warm-up round). */
export async function interleaved(browser, urls, { runs, throttle, clock, log }) {
  const samples = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  const notes = new Set();
  let done = 0;
  for (let round = -1; round < runs; round++) {
    if (round >= 1 && clock.passed()) {
      log(`  time budget reached after ${round} rounds`);
      break;
    }
    // Rotate the starting variant each round so no variant always follows the same one.
    const keys = Object.keys(urls);
    const order = keys.map((_, i) => keys[(i + Math.max(round, 0)) % keys.length]);
    for (const key of order) {
      let r;
      try {
        r = await measureLoad(browser, urls[key], { throttle, timeoutMs: 30000 });
      } catch (error) {
        notes.add(`${key}: a load failed and was left out: ${error.message.split('\n')[0]}`);
        continue;
      }
      for (const t of r.undefinedTags)
        notes.add(`${key}: <${t}> is not in dist/afterword.js yet (not measured)`);
      for (const u of r.foreign) notes.add(`${key}: unexpected request to ${u}`);
      for (const e of r.errors) notes.add(`${key}: page error: ${e}`);
      if (round >= 0) samples[key].push(r);
    }
    if (round >= 0) done++;
  }
  return { samples, notes: [...notes], rounds: done };
}

export function summarize(samples) {
  const out = {};
  for (const [key, list] of Object.entries(samples)) {
    out[key] = { n: list.length };
    for (const f of FIELDS) out[key][f] = median(list.map((s) => s[f]));
    out[key].taskP25 = quantile(
      list.map((s) => s.task),
      0.25,
    );
    out[key].taskP75 = quantile(
      list.map((s) => s.task),
      0.75,
    );
  }
  return out;
}

/** Medians of per-round differences against the bare page (pairs loaded back to back). */
export function above(samples, bare = 'bare') {
  const out = {};
  for (const [key, list] of Object.entries(samples)) {
    if (key === bare) continue;
    const base = samples[bare];
    const n = Math.min(list.length, base.length);
    const diffs = (f) => Array.from({ length: n }, (_, i) => f(list[i]) - f(base[i]));
    const diff = (f) => median(diffs(f));
    const tasks = diffs((s) => s.task);
    out[key] = {
      task: median(tasks),
      taskP25: quantile(tasks, 0.25),
      taskP75: quantile(tasks, 0.75),
      script: diff((s) => s.script),
      styleLayout: diff((s) => s.style + s.layout),
      other: diff((s) => s.task - s.script - s.style - s.layout),
      heap: diff((s) => s.heap),
      longtasks: median(list.map((s) => s.longtasks)),
      longtaskMs: median(list.map((s) => s.longtaskMs)),
    };
  }
  return out;
}

export async function startup(browser, { runs, throttles, clockFor, log }) {
  const routes = assets();
  // <afterword-share> bundled on its own (as an npm user importing 'afterword/share' would ship
  // it): how much of its cost is the other three elements riding along in the one script.
  const variants = { ...ARTICLE_VARIANTS };
  try {
    routes.set('/bundled-share.js', {
      type: 'text/javascript',
      body: await bundle(join(root, 'dist/esm/share/share.js')),
    });
  } catch (error) {
    log(
      `startup: could not bundle <afterword-share> alone, leaving that page out: ${error.message.split('\n')[0]}`,
    );
    delete variants.shareAlone;
  }
  for (const [key, v] of Object.entries(variants))
    routes.set(`/${key}.html`, { type: 'text/html; charset=utf-8', body: v.html });
  const server = await serveMemory(routes);
  const urls = Object.fromEntries(
    Object.keys(variants).map((k) => [k, `${server.origin}/${k}.html`]),
  );
  const result = {
    runs,
    variants: Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, v.label])),
    byThrottle: {},
  };
  try {
    for (const throttle of throttles) {
      log(
        `startup: ${runs} interleaved rounds of ${Object.keys(urls).length} pages, CPU ${throttle}×`,
      );
      const { samples, notes, rounds } = await interleaved(browser, urls, {
        runs,
        throttle,
        clock: clockFor(throttle),
        log,
      });
      // What each page fetched from its own host (the loader, then the parts near the screen),
      // each file gzip -9 on its own, added up: the first load of the first series.
      result.bytes ??= Object.fromEntries(
        Object.entries(samples).map(([key, list]) => {
          const files = [...new Set(list[0]?.scripts ?? [])].sort();
          const body = (f) => routes.get(f)?.body ?? '';
          return [key, { files, gzip: measure(files.map(body)).gzip }];
        }),
      );
      result.byThrottle[throttle] = {
        rounds,
        medians: summarize(samples),
        above: above(samples),
        notes,
      };
    }
  } finally {
    await server.close();
  }
  return result;
}
