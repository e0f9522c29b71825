// Profile: where the main-thread time of one load goes, from a Chromium trace: self time of the
// renderer main thread's trace events, grouped by event name (ParseHTML, FunctionCall,
// UpdateLayoutTree = style, Layout, Paint, v8.compile …).
import { measureLoad } from './browser.mjs';
import { median } from './lib.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'loading',
  'disabled-by-default-v8.compile',
  'v8.execute',
];

// Trace event names folded into the words used in the report (first match wins).
/** @type {[RegExp, string][]} */
const GROUPS = [
  [/GC|Scavenge|MarkCompact|Sweep/i, 'GC'],
  [/compile|parseOnBackground|Deserialize|v8\.parse|V8\.Parse/i, 'script compile'],
  [
    /CSSParser|parseStyleSheet|processStyleSheet|ParseAuthorStyleSheet|StyleSheetContents|adoptedStyleSheets/i,
    'CSS parsing',
  ],
  [/IsolatedSVGDocumentHost|SVGImage/, 'SVG images in CSS'],
  [/ParseHTML|HTMLDocumentParser|PumpTokenizer|FinishedParsing|HTMLParser/i, 'HTML parsing'],
  [
    /recalcStyle|updateStyle\b|Document::updateStyle$|UpdateLayoutTree|rebuildLayoutTree|StyleEngine|StyleRecalc|RecalcStyle|StyleResolver|SelectorChecker|ContainerQuer/i,
    'style',
  ],
  [/Layout|ShapeText|InlineNode|Shaping/i, 'layout'],
  [/Paint|Layerize|Composit|CullRect|Raster|Blink\.PrePaint/i, 'paint'],
  [
    /^(v8|V8)\.|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|CustomElement|callAsConstructor|evaluateModule|newInstance/,
    'script',
  ],
  [/URLLoader|Resource|Loader|Mojo|Navigation|CommitNavigation/i, 'loading'],
  [/^(RunTask|ThreadControllerImpl::RunTask)$/, 'task overhead'],
];
const groupOf = (name) => GROUPS.find(([re]) => re.test(name))?.[1] ?? 'other';

function selfTimes(events, url) {
  // The page's renderer main thread: the one that parsed this URL's HTML.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) return { groups: {}, tasks: NaN };
  const best = events.filter(
    (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur > 0,
  );
  // Self time: each event's time minus that of its direct children (events sorted by start),
  // nested by wall-clock position, counted in thread time (tdur) where the trace has it.
  const sorted = [...best].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (e) => e.tdur ?? e.dur;
  const out = {};
  const stack = [];
  let top = 0;
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.child += cpu(e);
    else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') top += cpu(e);
    stack.push({ ts: e.ts, dur: e.dur, child: 0 });
    e._frame = stack.at(-1);
  }
  for (const e of sorted) {
    const self = Math.max(0, cpu(e) - e._frame.child) / 1000;
    const group = groupOf(e.name);
    out[group] = (out[group] ?? 0) + self;
    // Indented keys: the trace events inside a group, for a closer look at results.json.
    const detail = `  ${group}: ${e.name}`;
    out[detail] = (out[detail] ?? 0) + self;
  }
  return { groups: out, tasks: top / 1000 };
}

/** Traces `loads` loads of `url` and returns the median self time per group, largest first. */
export async function profile(browser, url, { loads = 3, throttle = 1 } = {}) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const r = await measureLoad(browser, url, {
      throttle,
      trace: async (page, run) => {
        await page.tracing.start({ categories: CATEGORIES });
        await run();
        const buffer = await page.tracing.stop();
        return JSON.parse(new TextDecoder().decode(buffer)).traceEvents ?? [];
      },
    });
    runs.push(selfTimes(r.traceEvents, url));
  }
  const names = new Set(runs.flatMap((r) => Object.keys(r.groups)));
  const groups = [...names]
    .map((name) => [name, median(runs.map((r) => r.groups[name] ?? 0))])
    .sort((a, b) => b[1] - a[1]);
  return { tasks: median(runs.map((r) => r.tasks)), groups: groups.filter(([, v]) => v >= 0.5) };
}
