// Messages per day over the last 90 days, by kind, by the time the inbox received them: an inline
// SVG drawn here (stacked bars, allowed by the page's own stylesheet; no chart service, no
// script) with the same numbers as a table beside it for screen readers and for reading exactly.
import { KINDS } from 'afterword/schema';
import { escapeHtml } from '../html.js';

export const CHART_DAYS = 90;

const W = 360;
const H = 140;
const TOP = 14;
const BOTTOM = 18;

/** The first day charted (UTC midnight, as ISO), for the query. */
export function chartSince(now = new Date()): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() - (CHART_DAYS - 1) * 86400_000).toISOString();
}

export function renderChart(
  rows: { day: string; kind: string; n: number }[],
  now = new Date(),
): string {
  const start = new Date(chartSince(now)).getTime();
  const days = Array.from({ length: CHART_DAYS }, (_, i) =>
    new Date(start + i * 86400_000).toISOString().slice(0, 10),
  );
  const counts = new Map(
    days.map((d) => [d, { feedback: 0, correction: 0, tip: 0 } as Record<string, number>]),
  );
  for (const r of rows) {
    const day = counts.get(r.day);
    if (day && r.kind in day) day[r.kind] = (day[r.kind] ?? 0) + r.n;
  }
  const totals = days.map((d) => KINDS.reduce((n, k) => n + counts.get(d)![k]!, 0));
  const all = totals.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...totals);
  const scale = (H - TOP - BOTTOM) / max;
  const step = W / CHART_DAYS;
  const bars = days
    .map((d, i) => {
      let y = H - BOTTOM;
      return KINDS.map((k) => {
        const n = counts.get(d)![k]!;
        if (!n) return '';
        const h = n * scale;
        y -= h;
        return `<rect class="${k}" x="${(i * step + 0.5).toFixed(1)}" y="${y.toFixed(1)}" width="${(step - 1).toFixed(1)}" height="${h.toFixed(1)}"/>`;
      }).join('');
    })
    .join('');
  const label = `Messages per day, last ${CHART_DAYS} days: ${all} in all, at most ${Math.max(...totals)} on one day.`;
  const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-label" focusable="false">
<title id="chart-label">${escapeHtml(label)}</title>
<line class="axis" x1="0" x2="${W}" y1="${H - BOTTOM + 0.5}" y2="${H - BOTTOM + 0.5}"/>
<text x="0" y="10">${max}</text>
${bars}
<text x="0" y="${H - 4}">${days[0]}</text><text x="${W}" y="${H - 4}" text-anchor="end">${days.at(-1)}</text></svg>`;
  const legend = `<ul class="legend">${KINDS.map((k) => `<li><span class="${k}"></span>${k}</li>`).join('')}</ul>`;
  const busy = days.filter((_, i) => totals[i]! > 0).reverse();
  const table = `<details><summary>The numbers, as a table</summary><table><caption>Messages per day (days without any left out), newest first</caption>
<thead><tr><th scope="col">Day</th>${KINDS.map((k) => `<th scope="col">${k}</th>`).join('')}<th scope="col">All</th></tr></thead><tbody>
${busy.map((d) => `<tr><th scope="row">${d}</th>${KINDS.map((k) => `<td>${counts.get(d)![k]}</td>`).join('')}<td>${KINDS.reduce((n, k) => n + counts.get(d)![k]!, 0)}</td></tr>`).join('\n') || `<tr><td colspan="${KINDS.length + 2}">No messages in these ${CHART_DAYS} days.</td></tr>`}
</tbody></table></details>`;
  return `<section class="chart" aria-labelledby="chart-heading"><h2 id="chart-heading">Last ${CHART_DAYS} days</h2>
<p>${all} ${all === 1 ? 'message' : 'messages'} (spam left out), by the day the inbox received ${all === 1 ? 'it' : 'them'}.</p>
${svg}${legend}${table}</section>`;
}
