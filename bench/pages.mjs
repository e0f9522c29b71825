// The pages the browser benchmarks load: one article page bare and with each kit, and a listing
// page with N share bars. Generated here and served from memory, so every variant differs only
// in the widget it adds.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './lib.mjs';

const require = createRequire(import.meta.url);

/** The networks both kits offer, in Afterword's names and in shareon's class names. */
export const NETWORKS =
  'facebook x linkedin bluesky mastodon threads reddit telegram whatsapp email copy print native';
const SHAREON = { x: 'twitter', copy: 'copy-url', native: 'web-share' };
const ACTIONS = new Set(['copy', 'print', 'native']);

/** dist/afterword.js and every part it may fetch from beside itself, by address. */
/** @returns {[string, import('./lib.mjs').Route][]} */
export function afterwordFiles() {
  const dist = join(root, 'dist');
  return readdirSync(dist)
    .filter((f) => /^afterword(-[\w-]+)?\.js$/.test(f))
    .map((f) => [`/${f}`, { type: 'text/javascript', body: readFileSync(join(dist, f)) }]);
}

/** @returns {Map<string, import('./lib.mjs').Route>} */
export function assets() {
  const shareonDir = join(require.resolve('shareon'), '..');
  return new Map([
    ...afterwordFiles(),
    [
      '/shareon.js',
      { type: 'text/javascript', body: readFileSync(join(shareonDir, 'shareon.iife.js')) },
    ],
    ['/shareon.css', { type: 'text/css', body: readFileSync(join(shareonDir, 'shareon.min.css')) }],
    ['/favicon.ico', { type: 'image/x-icon', body: '' }],
  ]);
}

// Resolves window.__ready once every afterword-* element near the screen has its code (the loader
// fetches each part as its element comes within two screens), has rendered and two frames have
// been painted (elements further away render only as the reader comes near, so a load does not
// wait for them); records which near afterword-* tags were never defined.
const READY = `<script>
window.__readyP = new Promise((resolve) => addEventListener('load', async () => {
  const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('afterword-'));
  const near = (e) => { const r = e.getBoundingClientRect(); return r.top < 2 * innerHeight && r.bottom > -innerHeight; };
  // An element that fails to load or update still lets the page count as rendered (at most 10 s).
  const settled = (p) => Promise.race([Promise.resolve(p).catch(() => (window.__failed = true)), new Promise((r) => setTimeout(r, 10000))]);
  await Promise.all(els.filter(near).map((e) => settled(customElements.whenDefined(e.localName).then(() => e.updateComplete))));
  window.__undefined = [...new Set(els.filter(near).map((e) => e.localName).filter((t) => !customElements.get(t)))];
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__ready = performance.now()))));
}));
</script>`;

const STYLE = `<style>
  body { margin: 0; font: 1.125rem/1.65 Georgia, serif; color: #222; background: #fdfcf9; }
  main { max-width: 42rem; margin: 0 auto; padding: 0 1.25rem 4rem; }
  h1 { font-size: 2.2rem; line-height: 1.2; } blockquote { border-left: 3px solid #ccc; margin: 0; padding-left: 1rem; }
  .card { border-top: 1px solid #e4e0d8; padding-block: 1rem; } .card h2 { font-size: 1.25rem; margin: 0 }
</style>`;

const PARAGRAPH = `<p>Every spring the Alder council publishes its budget as a 214-page PDF, and every spring
almost nobody reads past the summary. This year I read all of it, twice, with a pencil. What I found
is not a scandal. It is something quieter and, for the people who live along the river, more
expensive: a line that used to say <em>flood defences</em> and now says <em>general maintenance</em>.</p>`;

const ARTICLE = `<article>
<h1>The river that the budget forgot</h1>
<p>By Maren Okafor · 12 minutes · Filed from Lower Alder</p>
${PARAGRAPH}
<h2>What the numbers say</h2>
${PARAGRAPH}
<blockquote>"Nothing has been taken away. We have given the engineers more flexibility."</blockquote>
${PARAGRAPH}
<h2>What happens next</h2>
${PARAGRAPH}
</article>`;

function page({ head = '', body, lang = 'en' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The river that the budget forgot · The Valley Ledger</title>
<link rel="canonical" href="https://valley-ledger.example/river">
${STYLE}
${head}
</head>
<body>
<main>
${body}
</main>
${READY}
</body>
</html>`;
}

export function shareonBar(attrs = '') {
  const controls = NETWORKS.split(' ').map((n) => {
    const cls = SHAREON[n] ?? n;
    return ACTIONS.has(n) ? `<button class="${cls}"></button>` : `<a class="${cls}"></a>`;
  });
  return `<div class="shareon" data-via="valleyledger"${attrs}>${controls.join('')}</div>`;
}

const SCRIPT = '<script src="/afterword.js" defer></script>';
const SHAREON_HEAD =
  '<link rel="stylesheet" href="/shareon.css"><script src="/shareon.js" defer init></script>';

const ALL_FOUR = `<afterword-share networks="${NETWORKS}" via="valleyledger"></afterword-share>
<afterword-support provider="kofi" account="valleyledger"></afterword-support>
<afterword-feedback endpoint="/api/feedback"></afterword-feedback>
<afterword-author name="Maren Okafor" job-title="Reporter" location="Lower Alder" href="https://valley-ledger.example/maren"
  links="https://mastodon.social/@maren https://bsky.app/profile/maren.bsky.social https://github.com/maren">
  <p>Maren has covered Lower Alder's council, courts and river for eleven years.</p>
</afterword-author>`;

/** Several more screens of reading before the widgets: a long read the reader has only just opened. */
const LONG_READ = Array.from({ length: 40 }, () => PARAGRAPH).join('\n');

/** The article variants measured side by side. */
export const ARTICLE_VARIANTS = {
  bare: { label: 'bare article', html: page({ body: ARTICLE }) },
  scriptOnly: {
    label: 'dist/afterword.js alone, no widget',
    html: page({ head: SCRIPT, body: ARTICLE }),
  },
  shareon: {
    label: "shareon's share bar",
    html: page({ head: SHAREON_HEAD, body: `${ARTICLE}\n${shareonBar()}` }),
  },
  share: {
    label: '<afterword-share>',
    html: page({
      head: SCRIPT,
      body: `${ARTICLE}\n<afterword-share networks="${NETWORKS}" via="valleyledger"></afterword-share>`,
    }),
  },
  shareAlone: {
    label: '<afterword-share>, its own bundle',
    html: page({
      head: SCRIPT.replace('/afterword.js', '/bundled-share.js'),
      body: `${ARTICLE}\n<afterword-share networks="${NETWORKS}" via="valleyledger"></afterword-share>`,
    }),
  },
  all: {
    label: 'all four Afterword elements',
    html: page({ head: SCRIPT, body: `${ARTICLE}\n${ALL_FOUR}` }),
  },
  allGerman: {
    label: 'all four, in German',
    html: page({ head: SCRIPT, body: `${ARTICLE}\n${ALL_FOUR}`, lang: 'de' }),
  },
  far: {
    label: 'all four, far below the screen (not scrolled to)',
    html: page({ head: SCRIPT, body: `${ARTICLE}\n${LONG_READ}\n${ALL_FOUR}` }),
  },
};

/** A listing page (a blog's front page) with `n` stories, each with or without a share bar. */
export function listing(n, kit) {
  const cards = [];
  for (let i = 1; i <= n; i++) {
    const url = `https://valley-ledger.example/story-${i}`;
    const bar =
      kit === 'afterword'
        ? `<afterword-share networks="${NETWORKS}" url="${url}" text="Story ${i}"></afterword-share>`
        : kit === 'shareon'
          ? shareonBar(` data-url="${url}" data-title="Story ${i}"`)
          : '';
    cards.push(
      `<article class="card"><h2>Story ${i}</h2><p>A short teaser for story ${i} of the Valley Ledger.</p>${bar}</article>`,
    );
  }
  const head = kit === 'afterword' ? SCRIPT : kit === 'shareon' ? SHAREON_HEAD : '';
  return page({ head, body: `<h1>The Valley Ledger</h1>\n${cards.join('\n')}` });
}
