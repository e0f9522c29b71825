// Scale: a listing page with 1, 10, 100 and 500 share bars; the main-thread cost above the same
// listing without bars, per bar, for Afterword and for shareon.
import { serveMemory } from './lib.mjs';
import { assets, listing } from './pages.mjs';
import { above, interleaved } from './startup.mjs';

export const COUNTS = [1, 10, 100, 500];

export async function scale(browser, { runs, clockFor, log }) {
  const routes = assets();
  for (const n of COUNTS) {
    for (const kit of ['none', 'afterword', 'shareon'])
      routes.set(`/list-${n}-${kit}.html`, {
        type: 'text/html; charset=utf-8',
        body: listing(n, kit),
      });
  }
  const server = await serveMemory(routes);
  const rows = [];
  const notes = [];
  try {
    for (const n of COUNTS) {
      const clock = clockFor(n);
      if (rows.length && clock.passed()) {
        notes.push(`skipped ${n} bars: time budget reached`);
        continue;
      }
      log(`scale: ${n} bar${n > 1 ? 's' : ''}, ${runs} interleaved rounds`);
      const urls = Object.fromEntries(
        ['none', 'afterword', 'shareon'].map((k) => [k, `${server.origin}/list-${n}-${k}.html`]),
      );
      const res = await interleaved(browser, urls, { runs, throttle: 1, clock, log });
      const cost = above(res.samples, 'none');
      notes.push(...res.notes);
      rows.push({
        bars: n,
        rounds: res.rounds,
        afterword: { ...cost.afterword, perBar: cost.afterword.task / n },
        shareon: { ...cost.shareon, perBar: cost.shareon.task / n },
      });
    }
  } finally {
    await server.close();
  }
  // The marginal cost of one more bar, from the smallest to the largest listing measured.
  const first = rows[0];
  const last = rows.at(-1);
  const marginal = (kit) =>
    last && last !== first ? (last[kit].task - first[kit].task) / (last.bars - first.bars) : NaN;
  return {
    runs,
    rows,
    marginal: { afterword: marginal('afterword'), shareon: marginal('shareon') },
    notes: [...new Set(notes)],
  };
}
