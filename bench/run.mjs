// `npm run bench`: size, start-up cost, scale, page health and inbox load, measured side by side
// and reported (never pass/fail timing tests). Prints tables and writes bench/results.json;
// `npm run bench -- --readme` also puts the tables into README.md's performance section.
//
// Settings (environment): BENCH_RUNS (interleaved rounds per start-up series, default 15),
// BENCH_THROTTLE (CPU slow-down factors, default "1,4"), BENCH_SCALE_RUNS (default 5),
// BENCH_PROFILE_LOADS (traced loads per page, default 3), BENCH_INBOX_REQUESTS (default 20000),
// BENCH_INBOX_CONNECTIONS (default 32), BENCH_INBOX_SECONDS (longest inbox run, default 40),
// BENCH_ONLY (comma list of size,startup,scale,profile,health,inbox).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launch, timeDomain } from './browser.mjs';
import { lighthouse, requestsAndShifts } from './health.mjs';
import { inboxLoad, inboxLoadPostgres, powCost, SLOW_MS } from './inbox.mjs';
import {
  bytes,
  deadline,
  envInt,
  markdownTable,
  mdText,
  ms,
  ratio,
  root,
  round,
  serveMemory,
  table,
} from './lib.mjs';
import { ARTICLE_VARIANTS, assets, listing } from './pages.mjs';
import { profile } from './profile.mjs';
import { scale } from './scale.mjs';
import { startDemo } from './servers.mjs';
import { sizes } from './size.mjs';
import { startup } from './startup.mjs';

const SECTIONS = ['size', 'startup', 'scale', 'profile', 'health', 'inbox'];
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const wanted = (s) => !only.length || only.includes(s);
const config = {
  runs: envInt('BENCH_RUNS', 15),
  throttles: (process.env.BENCH_THROTTLE ?? '1,4')
    .split(',')
    .map(Number)
    .filter((n) => n >= 1),
  scaleRuns: envInt('BENCH_SCALE_RUNS', 5),
  profileLoads: envInt('BENCH_PROFILE_LOADS', 3),
  inboxRequests: envInt('BENCH_INBOX_REQUESTS', 20000),
  inboxConnections: envInt('BENCH_INBOX_CONNECTIONS', 32),
  inboxSeconds: envInt('BENCH_INBOX_SECONDS', 40),
  sections: SECTIONS.filter(wanted),
};
const writeReadme = process.argv.includes('--readme');

const started = Date.now();
const log = (line) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const out = [];
const md = [];
const say = (...lines) => {
  for (const l of lines) console.log(l);
  out.push(...lines);
};
const heading = (title) => {
  say('', title, '='.repeat(title.length));
  md.push('', `### ${title}`, '');
};
const print = (head, rows) => {
  say(...table(head, rows));
  md.push(...markdownTable(head, rows));
};
const note = (...lines) => {
  say(...lines.map((l) => `  ${l}`));
  md.push('', ...lines.map((l) => `${mdText(l)}  `));
};

/** The contract's bytes per page (DESIGN.md, Budgets), by the start-up page that shows it. */
const PAGE_BUDGETS = { far: 4 * 1024, share: 14 * 1024, all: 30 * 1024 };

/** Bytes each start-up page fetched from its own host, against the budgets per page. */
function bytesTable(s) {
  heading('Bytes each page fetches (gzip -9, each file on its own, added up)');
  const all = s.bytes.all?.gzip;
  const budget = (k) => (k === 'allGerman' && all ? all + 2 * 1024 : PAGE_BUDGETS[k]);
  print(
    ['page', 'gzip B', 'budget B', '', 'files'],
    Object.entries(s.bytes)
      .filter(([k]) => k !== 'bare')
      .map(([k, b]) => [
        s.variants[k],
        bytes(b.gzip),
        budget(k) ? bytes(budget(k)) : '',
        budget(k) ? (b.gzip <= budget(k) ? 'OK' : 'OVER') : '',
        b.files.map((f) => f.replace(/^\/(afterword-)?/, '').replace(/\.js$/, '')).join(' '),
      ]),
  );
  note(
    "Recorded from the page's own requests in headless Chromium, read once the widgets near the screen rendered;",
    '"all four, in German": the same page with `<html lang="de">`, budget the English page\'s + 2 KiB.',
  );
}

/** What a part beside the loader holds, from its name. */
function partRole(file) {
  const name = file.slice('afterword-'.length, -3);
  const roles = {
    core: 'what every element shares: Lit, zod/mini, the base class, tokens, language loading',
    controller: 'the fediverse button, shared by the share bar and the author card',
    dialog: 'the fediverse dialog (first fediverse click)',
    seal: 'sealing a tip (a form with a tip key; OpenPGP.js comes after it)',
    'goal-bar': 'the support goal (a goal set)',
    'banner-focus': "the banner's focus handling (banner mode)",
    analytics: "the site's analytics tool (the `analytics` setting)",
    proof: 'asking an inbox with --pow for a challenge (on Send)',
    pow: 'the Web Worker that solves the proof of work',
    share: '<afterword-share>',
    support: '<afterword-support>',
    feedback: '<afterword-feedback>',
    author: '<afterword-author>',
    more: '<afterword-more>',
  };
  if (roles[name]) return roles[name];
  if (/^[a-z]{2}$/.test(name)) return `the ${name} language, every element's strings`;
  return /Icon$/.test(name) ? `the ${name.replace(/Icon$/, '')} icon` : '';
}

/** Runs one section; a failure is reported in the output and the other sections still run. */
async function guard(name, fn) {
  try {
    await fn();
  } catch (error) {
    results.failed = { ...results.failed, [name]: String(error?.stack ?? error) };
    heading(`${name}: failed`);
    note(`The ${name} section stopped: ${String(error?.message ?? error).split('\n')[0]}`);
    process.exitCode = 1;
  }
}

if (!existsSync(join(root, 'dist/afterword.js'))) {
  console.error(
    'bench: dist/afterword.js is missing: run `npm run build` first (`npm run bench` does)',
  );
  process.exit(1);
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
  },
  config,
};

// ---------------------------------------------------------------- size
if (wanted('size'))
  await guard('size', async () => {
    log('size');
    const s = await sizes({ log });
    results.size = s;
    heading('Size');
    const ours = s.rows.find((r) => r.id === 'afterword');
    const shareon = s.rows.find((r) => r.id === 'shareon');
    print(
      ['bundle', 'raw B', `gzip B`, 'brotli B', 'gzip vs shareon'],
      s.rows.map((r) => [
        r.name,
        bytes(r.raw),
        bytes(r.gzip),
        bytes(r.brotli),
        ratio(r.gzip, shareon.gzip),
      ]),
    );
    if (s.parts.length) {
      say('');
      md.push('');
      print(
        ['part beside the loader (dist/)', 'raw B', 'gzip B', 'what it holds'],
        s.parts.map((p) => [p.name, bytes(p.raw), bytes(p.gzip), partRole(p.name)]),
      );
    }
    const over = ours.gzip - s.budgetGzip;
    const alone = s.rows.find((r) => r.id === 'afterword-share');
    const overShare = alone ? alone.gzip - s.shareBudgetGzip : 0;
    note(
      `Budget: dist/afterword.js (the loader) ≤ ${bytes(s.budgetGzip)} B gzip: ${over <= 0 ? `OK, ${bytes(-over)} B to spare` : `OVER by ${bytes(over)} B`}.`,
      ...(alone
        ? [
            `Budget: \`import 'afterword/share'\` ≤ ${bytes(s.shareBudgetGzip)} B gzip beyond Lit: ${overShare <= 0 ? `OK, ${bytes(-overShare)} B to spare` : `OVER by ${bytes(overShare)} B`}.`,
          ]
        : []),
      `gzip = \`${s.gzipTool}\`, brotli = ${s.brotliTool}; files compressed one by one, as a server sends them.`,
      'Parts: each file the loader may fetch (OpenPGP.js for sealed tips aside); a page fetches only those of the widgets near the screen, see "Bytes each page fetches".',
      ...s.rows.map((r) => `${r.name}: ${r.how}.`),
    );
  });

// ---------------------------------------------------------------- browser sections
let browser;
let chrome;
const needBrowser = ['startup', 'scale', 'profile', 'health'].some(wanted);
let browserError;
if (needBrowser) {
  try {
    ({ browser, version: chrome } = await launch());
    results.machine.chrome = chrome;
  } catch (error) {
    browserError = error;
  }
}
const needsBrowser = () => {
  if (!browser) throw browserError;
};
try {
  if (wanted('startup'))
    await guard('startup', async () => {
      needsBrowser();
      const s = await startup(browser, {
        runs: config.runs,
        throttles: config.throttles,
        log,
        clockFor: (t) => deadline(t > 1 ? 240 : 150),
      });
      results.startup = s;
      if (s.bytes) bytesTable(s);
      for (const [throttle, r] of Object.entries(s.byThrottle)) {
        const clock =
          timeDomain(Number(throttle)) === 'threadTicks'
            ? 'main-thread CPU time'
            : 'wall-clock time';
        heading(
          `Start-up cost above the bare article (CPU ${throttle}×, ${clock}, median of ${r.rounds} interleaved loads each)`,
        );
        const shareon = r.above.shareon;
        print(
          [
            'page',
            'main thread ms',
            'IQR ms',
            'script ms',
            'style+layout ms',
            'other ms',
            'long tasks',
            'long-task ms',
            'JS heap KB',
            'vs shareon',
          ],
          Object.entries(r.above).map(([k, a]) => [
            s.variants[k],
            ms(a.task),
            `${ms(a.taskP25, 0)}…${ms(a.taskP75, 0)}`,
            ms(a.script),
            ms(a.styleLayout),
            ms(a.other),
            ms(a.longtasks, 1),
            ms(a.longtaskMs, 0),
            ms(a.heap / 1024, 0),
            k === 'shareon' ? '1.00×' : ratio(a.task, shareon.task),
          ]),
        );
        const bare = r.medians.bare;
        const spread = (k) => `${ms(r.medians[k].taskP25, 0)}–${ms(r.medians[k].taskP75, 0)}`;
        note(
          `Bare article itself: ${ms(bare.task)} ms main thread (IQR ${spread('bare')}), JS heap ${ms(bare.heap / 1024, 0)} KB. ` +
            'IQR = the middle half of the per-round differences: how much the machine moved the numbers.',
          `Budget, main thread: <afterword-share> ≤ 0.3× shareon → ${ratio(r.above.share.task, shareon.task)}; all four ≤ 0.5× shareon → ${ratio(r.above.all.task, shareon.task)}.`,
          `Budget, memory: <afterword-share> ≤ 2× shareon → ${ratio(r.above.share.heap, shareon.heap)}; all four ≤ 3× shareon → ${ratio(r.above.all.heap, shareon.heap)}.`,
          ...(r.above.shareAlone
            ? [
                '"its own bundle": dist/esm/share/share.js bundled with lit and zod (what `import \'afterword/share\'` ships), against the one script with all four;',
                "it lacks the one script's `//# allFunctionsCalledOnLoad` line, so Chromium compiles its functions on the main thread as they first run.",
              ]
            : []),
          ...r.notes,
        );
      }
      note(
        "main thread = Chromium's TaskDuration (CDP Performance.getMetrics) above the bare page, median of per-round differences;",
        "at 1× in the main thread's own CPU time (timeDomain threadTicks: other work on the machine does not count), slowed down in wall-clock time;",
        'script = ScriptDuration, style+layout = RecalcStyleDuration + LayoutDuration, other = the rest: compiling the script, parsing HTML and CSS, paint, loading,',
        'and the microtasks run right after a script, which ScriptDuration leaves out: that is where Lit renders, so Afterword\'s first render shows under "other".',
        'The trace table below splits the same time by kind, microtasks counted as script.',
        'Each load: a fresh incognito context, read after the widgets rendered and two frames painted; JS heap = JSHeapUsedSize after a GC.',
      );
    });

  if (wanted('scale'))
    await guard('scale', async () => {
      needsBrowser();
      const s = await scale(browser, { runs: config.scaleRuns, log, clockFor: () => deadline(90) });
      results.scale = s;
      heading(
        `Scale: a listing page with N share bars (CPU 1×, main-thread CPU time, median of ${config.scaleRuns} interleaved loads)`,
      );
      print(
        [
          'bars',
          'Afterword ms',
          'per bar ms',
          'per added bar ms',
          'of which style+layout ms',
          'shareon ms',
          'per bar ms',
          'per added bar ms',
          'of which style+layout ms',
        ],
        s.rows.map((r, i) => {
          const prev = s.rows[i - 1];
          const added = (kit) =>
            prev ? ms((r[kit].task - prev[kit].task) / (r.bars - prev.bars), 2) : '–';
          return [
            r.bars,
            ms(r.afterword.task),
            ms(r.afterword.perBar, 2),
            added('afterword'),
            ms(r.afterword.styleLayout),
            ms(r.shareon.task),
            ms(r.shareon.perBar, 2),
            added('shareon'),
            ms(r.shareon.styleLayout),
          ];
        }),
      );
      note(
        `Each more bar costs ${ms(s.marginal.afterword, 2)} ms with Afterword and ${ms(s.marginal.shareon, 2)} ms with shareon (slope from the smallest to the largest listing).`,
        ...s.rows
          .filter((r) => r.bars === 100)
          .map(
            (r) =>
              `Budget: a listing of 100 bars ≤ 0.5× shareon's main thread → ${ratio(r.afterword.task, r.shareon.task)}; JS heap ≤ 2× shareon's → ${ratio(r.afterword.heap, r.shareon.heap)} (${ms(r.afterword.heap / 1024, 0)} KB against ${ms(r.shareon.heap / 1024, 0)} KB).`,
          ),
        'ms = main-thread time (TaskDuration) above the same listing without share bars; per bar = ms / bars (the one-off cost of loading the script included);',
        'per added bar = the growth since the row above divided by the bars added: the cost of one more bar, which is what stays flat when the cost is linear.',
        ...s.notes,
      );
    });

  if (wanted('profile'))
    await guard('profile', async () => {
      needsBrowser();
      log(`profile: ${config.profileLoads} traced loads per page`);
      const routes = assets();
      for (const [k, v] of Object.entries(ARTICLE_VARIANTS))
        routes.set(`/${k}.html`, { type: 'text/html; charset=utf-8', body: v.html });
      routes.set('/list-afterword.html', {
        type: 'text/html; charset=utf-8',
        body: listing(100, 'afterword'),
      });
      routes.set('/list-shareon.html', {
        type: 'text/html; charset=utf-8',
        body: listing(100, 'shareon'),
      });
      const server = await serveMemory(routes);
      const pages = {
        ...Object.fromEntries(
          Object.entries(ARTICLE_VARIANTS)
            .filter(([k]) => !['shareAlone', 'scriptOnly'].includes(k))
            .map(([k, v]) => [k, v.label]),
        ),
        'list-afterword': '100 <afterword-share> bars',
        'list-shareon': '100 shareon bars',
      };
      results.profile = {};
      try {
        for (const [key, label] of Object.entries(pages)) {
          results.profile[key] = {
            label,
            ...(await profile(browser, `${server.origin}/${key}.html`, {
              loads: config.profileLoads,
            })),
          };
        }
      } finally {
        await server.close();
      }
      heading(
        `What dominates: main-thread self time by kind, from a Chromium trace (thread time, median of ${config.profileLoads} loads, CPU 1×)`,
      );
      print(
        ['page', 'traced ms', 'largest parts (ms)'],
        Object.values(results.profile).map((p) => [
          p.label,
          ms(p.tasks, 0),
          p.groups
            .filter(([g]) => !g.startsWith(' '))
            .slice(0, 5)
            .map(([g, v]) => `${g} ${v.toFixed(0)}`)
            .join(', '),
        ]),
      );
      note(
        "script = running JavaScript (microtasks included), script compile = V8 parsing and compiling it, HTML parsing includes Lit's templates.",
        'Tracing slows the page down; compare the parts within a row, and the start-up tables for the costs themselves. The trace events behind each part are in bench/results.json.',
      );
    });

  if (wanted('health'))
    await guard('health', async () => {
      needsBrowser();
      log('health: demo page requests, layout shifts, Lighthouse');
      let demo;
      try {
        demo = await startDemo();
      } catch (error) {
        results.health = { skipped: `demo server did not start: ${error.message.split('\n')[0]}` };
      }
      if (demo) {
        try {
          const rs = await requestsAndShifts(browser, demo.url);
          const lh = await lighthouse(demo.url);
          results.health = { server: demo.how, ...rs, lighthouse: lh };
        } finally {
          await demo.stop();
        }
      }
      heading('Page health of the demo article');
      const h = results.health;
      if (h.skipped) note(h.skipped);
      else {
        const lh = h.lighthouse;
        print(
          ['check', 'result'],
          [
            ['elements on the page', h.elements.join(', ')],
            ['requests on load', h.requestsOnLoad.map((r) => `${r.url} (${r.type})`).join(', ')],
            ['unexpected requests on load', h.unexpected.length ? h.unexpected.join(', ') : 'none'],
            [
              'requests after scrolling to the bottom',
              h.requestsAfterScroll.length
                ? h.requestsAfterScroll.map((r) => r.url).join(', ')
                : 'none',
            ],
            [
              'requests outside 127.0.0.1 (refused)',
              h.blocked.length ? h.blocked.join(', ') : 'none',
            ],
            ['CLS on load / after scrolling', `${round(h.clsOnLoad, 4)} / ${round(h.cls, 4)}`],
            [
              'Lighthouse performance / accessibility / best practices',
              lh.error ??
                `${lh.scores.performance} / ${lh.scores.accessibility} / ${lh.scores.bestPractices}`,
            ],
            [
              'Lighthouse FCP / LCP / TBT / CLS',
              lh.error
                ? '–'
                : `${ms(lh.metrics.fcp, 0)} ms / ${ms(lh.metrics.lcp, 0)} ms / ${ms(lh.metrics.tbt, 0)} ms / ${round(lh.metrics.cls, 3)}`,
            ],
          ],
        );
        note(
          `Served by \`${h.server}\`${h.failed.length ? `; failed responses: ${h.failed.join(', ')}` : ''}.`,
          ...(lh.error
            ? []
            : [
                `Lighthouse ${lh.version} (${lh.formFactor}, simulated throttling): \`${lh.command}\`.`,
              ]),
          ...(lh.error
            ? []
            : Object.entries(lh.failing)
                .filter(([, v]) => v.length)
                .map(([k, v]) => `Lighthouse ${k} audits below full marks: ${v.join('; ')}.`)),
          ...(h.errors.length ? [`Console errors: ${h.errors.join(' | ')}`] : []),
        );
      }
    });
} finally {
  await browser?.close();
}

// ---------------------------------------------------------------- inbox
if (wanted('inbox'))
  await guard('inbox', async () => {
    const load = {
      amount: config.inboxRequests,
      maxSeconds: config.inboxSeconds,
      connections: config.inboxConnections,
      log,
    };
    const r = await inboxLoad(load);
    results.inbox = r;
    // Then with three destinations (one slow), one run after the other.
    const n = r.skipped ? r : await inboxLoad({ ...load, notify: true });
    results.inboxNotify = n;
    // The same load on PostgreSQL, shared by two inbox processes (as behind a load balancer).
    const pg = await inboxLoadPostgres(load);
    results.inboxPostgres = pg;
    heading('Inbox load (POST /api/feedback on 127.0.0.1)');
    /** @type {[string, Awaited<ReturnType<typeof inboxLoad>>][]} */
    const runs = [
      ['SQLite', r],
      ['SQLite, notifying', n],
      ['PostgreSQL', pg],
    ];
    if (n.skipped && !r.skipped) runs.splice(1, 1);
    for (const [name, x] of runs) if (x.skipped) note(`${name}: ${x.skipped}`);
    const measured = runs.filter(([, x]) => !x.skipped);
    if (measured.length) {
      print(
        [
          'database',
          'inbox processes',
          'notifications',
          'clients',
          'submissions',
          'per second',
          'p50 ms',
          'p99 ms',
          'max ms',
          'answers',
          '201s',
          'rows stored',
          'nothing lost',
        ],
        measured.map(([name, x]) => [
          name.split(',')[0],
          x.processes,
          x.notify ? '3 destinations, one slow' : 'none',
          x.connections,
          bytes(x.requests),
          bytes(Math.round(x.perSecond)),
          x.latency.p50,
          x.latency.p99,
          x.latency.max,
          Object.entries(x.statuses)
            .map(([k, v]) => `${k}×${v}`)
            .join(' '),
          bytes(x.created),
          bytes(x.stored),
          x.nothingLost ? 'yes' : `NO (${x.missing} missing)`,
        ]),
      );
      note(
        `SQLite: \`${r.server} --port 0 --db <temp> --rate-limit 0\`; PostgreSQL: two such processes with \`--db postgres://…\` on one fresh database of a PostgreSQL cluster started for the bench (Debian's, default durable settings), the clients split between them (their p50/p99 are the worse of the two halves). Autocannon in the bench process, each request a new uuid; rows read back with GET /api/feedback.`,
        ...measured.map(
          ([name, x]) =>
            `Budget (${name}): ≥ 2,000 submissions/s with nothing lost → ${Math.round(x.perSecond) >= 2000 && x.nothingLost ? 'OK' : 'not met on this machine'}.`,
        ),
        ...measured.flatMap(([name, x]) => [
          ...(x.stoppedEarly
            ? [
                `${name}: stopped at the ${config.inboxSeconds} s limit before all ${x.amount} submissions were sent.`,
              ]
            : []),
          ...(x.errors || x.timeouts
            ? [`${name}: client errors: ${x.errors}, timeouts: ${x.timeouts}.`]
            : []),
          ...(x.logged
            ? [`${name}: the inbox logged ${x.logged} lines, the first: ${x.firstLogged}`]
            : []),
        ]),
        ...(n.notify
          ? [
              `With notifications: a signed webhook, ntfy and a Slack webhook that answers in ${SLOW_MS} ms, each an HTTP server on 127.0.0.1. p99 ${n.latency.p99} ms against ${r.latency.p99} ms without.`,
              `Delivered ${['webhook', 'ntfy', 'slow slack'].map((k) => `${k} ${bytes(n.notify[k].delivered)}`).join(', ')} within ${n.notify.drainSeconds.toFixed(1)} s after the load; still in the outbox: ${['webhook', 'ntfy', 'slow slack'].map((k) => `${k} ${bytes(n.notify[k].waiting)}`).join(', ')}; every stored message delivered or waiting: ${n.notify.nothingLost ? 'yes' : 'NO'}.`,
            ]
          : []),
      );
    }
    // --pow: one proof of work per submission, solved by the reader's browser, checked by the inbox.
    const pow = await powCost({ samples: 20, log });
    results.inboxPow = pow;
    heading('Inbox with --pow (ALTCHA proof of work), per submission');
    if (pow.skipped) note(pow.skipped);
    else {
      const row = (name, x, unit) => [name, unit, ms(x.p50), ms(x.p90), ms(x.max)];
      print(
        ['step', 'where', 'p50 ms', 'p90 ms', 'max ms'],
        [
          row('solve (fetch challenge + worker)', pow.solveMs, "reader's browser (Chromium)"),
          row('verify (altcha-lib)', pow.verifyMs, 'inbox, in process'),
          row('POST /api/feedback with --pow', pow.postWithPowMs, 'round trip'),
          row('POST /api/feedback without', pow.postWithoutMs, 'round trip'),
        ],
      );
      note(
        `${pow.samples} submissions one after the other; the counter to find is random in 5,000–15,000 (p50 ${Math.round(pow.counter.p50)}): that many SHA-256 in the form's worker (dist/afterword-pow.js) after the reader presses Send. The inbox verifies with two HMACs and records the challenge once (a replay is spam).`,
      );
    }
  });

const seconds = Math.round((Date.now() - started) / 1000);
const machine = `${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}${chrome ? `, ${chrome}` : ''}`;
say('', `Measured ${results.date} on ${machine} in ${seconds} s.`);
results.seconds = seconds;
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');

if (writeReadme && only.length) log('BENCH_ONLY is set: README.md keeps its full-run tables');
else if (writeReadme) {
  const env = [
    'BENCH_RUNS',
    'BENCH_THROTTLE',
    'BENCH_SCALE_RUNS',
    'BENCH_PROFILE_LOADS',
    'BENCH_INBOX_REQUESTS',
    'BENCH_INBOX_CONNECTIONS',
    'BENCH_INBOX_SECONDS',
  ]
    .filter((k) => process.env[k])
    .map((k) => `${k}=${process.env[k]} `)
    .join('');
  const section = [
    '<!-- performance:start -->',
    '## Performance',
    '',
    'Measured side by side with `npm run bench` (it builds first; Chromium from apt as for `npm test`): sizes from the',
    'npm packages, start-up cost in headless Chromium against the same article without widgets, a listing page',
    "with up to 500 share bars, the demo's requests, layout shifts and Lighthouse, and the inbox under load.",
    'These are measurements, not timed tests; the full numbers land in `bench/results.json`.',
    'For a quick look (about two minutes): `BENCH_RUNS=3 BENCH_SCALE_RUNS=1 BENCH_PROFILE_LOADS=1 npm run bench`; one part only:',
    "`BENCH_ONLY=size npm run bench` (`size`, `startup`, `scale`, `profile`, `health`, `inbox`). The numbers move with the machine's",
    'load, so compare rows of one run rather than runs.',
    '',
    `Latest run: \`${env}npm run bench -- --readme\`, ${results.date.slice(0, 10)}, ${machine}.`,
    ...md,
    '<!-- performance:end -->',
  ].join('\n');
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const next = text.replace(/<!-- performance:start -->[\s\S]*?<!-- performance:end -->/, section);
  if (next === text && !text.includes('<!-- performance:start -->'))
    log('README.md has no performance markers: not updated');
  else {
    writeFileSync(readme, next);
    log('updated the performance section of README.md');
  }
}
