// Serves the real blog themes in test/fixtures/themes/ (third-party files with their licences) as
// test pages with Afterword filled in, for the theme tests and screenshots.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Each theme's post page, the README's auto-mount recipe for it, and its content column. */
export const THEMES = {
  casper: {
    page: 'post.html',
    recipe: { placement: '.gh-content', position: 'append' },
    column: '.gh-content > p',
    feed: '/feeds/ghost.xml',
  },
  papermod: {
    page: 'single.html',
    recipe: { placement: '.post-content', position: 'after' },
    column: '.post-content > p',
    feed: '/feeds/hugo.xml',
  },
  twentytwentyfive: {
    page: 'single.html',
    recipe: { placement: '.wp-block-post-content', position: 'append' },
    column: '.wp-block-post-content > p',
    feed: '/feeds/wordpress.xml',
  },
};

/** The theme fixtures inside the repository (or AFTERWORD_THEMES, to try other copies). */
export function themesDir(root = process.cwd()) {
  return resolve(process.env.AFTERWORD_THEMES ?? join(root, 'test', 'fixtures', 'themes'));
}

const ELEMENTS = `
<afterword-share networks="facebook x bluesky mastodon whatsapp email copy"></afterword-share>
<afterword-support provider="kofi" account="harbourpost" heading="Keep the Harbour Post independent"></afterword-support>
<afterword-feedback endpoint="/api/feedback" min-seconds="0"></afterword-feedback>
<afterword-author name="Maren Okafor" job-title="Local reporter" location="Quay Street"
  href="/about/" links="https://mastodon.social/@maren https://bsky.app/profile/maren.example mailto:maren@harbour-post.example"
  ><p>Maren covers the harbour, the market and the council.</p></afterword-author>
<afterword-support mode="banner" provider="kofi" account="harbourpost" trigger="immediate"></afterword-support>
`;

const AUTOMOUNT = (recipe) => `
<script type="application/json" id="afterword-config">${JSON.stringify({
  ...recipe,
  share: { networks: 'facebook x bluesky mastodon whatsapp email copy' },
  support: { provider: 'kofi', account: 'harbourpost' },
  feedback: { endpoint: '/api/feedback' },
  author: {
    name: 'Maren Okafor',
    'job-title': 'Local reporter',
    links: ['https://mastodon.social/@maren', 'mailto:maren@harbour-post.example'],
  },
})}</script>`;

/** Twenty Twenty-Five's dark style variation, as WordPress serves a site that picked it. */
export const EVENING = '/themes/twentytwentyfive/styles/01-evening.css';

/** More articles at the end of the post, from the feed the theme links (its platform's shape). */
const MORE = '<afterword-more></afterword-more>';

/** Where a widget stands, for tests that read what is behind it (nothing is drawn). */
const PROBE = '<div class="afterword-probe"></div>';

/**
 * The theme's page with Afterword in it: `mode` is `elements` (the four elements at the end of
 * the post's content), `automount` (the README's recipe), `more` (the list of more articles alone,
 * its feed linked from the head as the platform links it), `bare` (no Afterword at all) or `probe`
 * (no Afterword; an empty block where the widgets go). `dark` turns on the theme's own dark scheme:
 * Casper's `dark-mode` class, PaperMod's `data-theme`, Twenty Twenty-Five's Evening variation.
 */
export function themePage(
  name,
  mode = 'elements',
  { dark = false, script = '/dist/afterword.js' } = {},
) {
  const theme = THEMES[name];
  let text = readFileSync(join(themesDir(), name, theme.page), 'utf8');
  text = text.replace(/(href=["'])\/theme\//g, `$1/themes/${name}/`);
  if (dark)
    text = text
      .replace(/<html lang="en"( dir="auto" data-theme="light")?>/, (tag) =>
        tag.includes('data-theme')
          ? tag.replace('light', 'dark')
          : '<html lang="en" class="dark-mode">',
      )
      .replace(
        /<link rel='stylesheet' id='twentytwentyfive-style-css'[^>]*>/,
        (tag) => `${tag}\n<link rel='stylesheet' id='evening-css' href='${EVENING}' media='all' />`,
      );
  let head = mode === 'bare' || mode === 'probe' ? '' : `<script src="${script}" defer></script>`;
  if (mode === 'more')
    head += `\n<link rel="alternate" type="application/rss+xml" title="The Harbour Post" href="${theme.feed}">`;
  const probe = '<script src="/test/themes/probe.js"></script>';
  text = text.replace('<!-- afterword:head -->', head);
  text = text.replace(
    '<!-- afterword:content-end -->',
    mode === 'elements' ? ELEMENTS : mode === 'more' ? MORE : mode === 'probe' ? PROBE : '',
  );
  text = text.replace(
    '<!-- afterword:body-end -->',
    probe + (mode === 'automount' ? AUTOMOUNT(theme.recipe) : ''),
  );
  return text;
}

/**
 * Dev-server middleware: `/themes/<name>/?mode=…` is a page, `/themes/<name>/<file>` its CSS (also
 * `styles/<file>`); `?delay=<ms>` on a stylesheet makes it arrive late, as on a slow network.
 */
export async function themesMiddleware(context, next) {
  const match = /^\/themes\/([a-z0-9]+)\/(.*)$/.exec(context.path);
  if (!match || !THEMES[match[1]]) return next();
  const [, name, file] = match;
  if (file === '') {
    context.type = 'html';
    context.body = themePage(name, context.query.mode, { dark: context.query.dark === '1' });
    context.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; img-src 'self' data:",
    );
    return;
  }
  if (!/^(styles\/)?[\w-]+\.css$/.test(file)) return next();
  const delay = Math.min(Number(context.query.delay) || 0, 5000);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  context.type = 'css';
  context.body = readFileSync(join(themesDir(), name, file), 'utf8');
}
