// The real themes' post pages with Afterword, served on a free local port for the screenshot
// scripts: /themes/<name>/?dark=1 (the theme's own dark switch), the theme's CSS, and the built
// files from dist/.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEMES, themePage, themesDir } from '../test/themes/pages.mjs';
import { portOf } from './net.mjs';

/**
 * Starts the server; `mode` is what themePage puts after the article, `more` answers any other
 * path it knows (returning false for the rest).
 * @param {string} mode
 * @param {(path: string, send: (type: string, body: string | Buffer) => void) => boolean} [more]
 */
export async function serveThemes(mode, more = () => false) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const page = /^\/themes\/(\w+)\/$/.exec(path);
    const css = /^\/themes\/(\w+)\/((?:styles\/)?[\w-]+\.css)$/.exec(path);
    /** @type {(type: string, body: string | Buffer) => void} */
    const send = (type, body) => void res.setHeader('content-type', type).end(body);
    try {
      if (page && THEMES[page[1]]) {
        const dark = url.searchParams.get('dark') === '1';
        return send(
          'text/html; charset=utf-8',
          themePage(page[1], url.searchParams.get('mode') ?? mode, { dark }),
        );
      }
      if (css && THEMES[css[1]])
        return send('text/css', readFileSync(join(themesDir(), css[1], css[2])));
      if (/^\/(dist\/[\w.-]+\.js|test\/themes\/probe\.js)$/.test(path))
        return send('text/javascript', readFileSync(`.${path}`));
      if (more(path, send)) return undefined;
    } catch {
      // fall through to 404
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  return {
    origin: `http://127.0.0.1:${portOf(server)}`,
    close: () => server.close(),
  };
}
