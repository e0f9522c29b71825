// The set-up page on the inbox: /setup/ serves dist/setup.html, told where this inbox takes
// feedback (so it can send a test message), with the scripts beside it (the set-up page's own, and
// Afterword's loader with the parts it fetches for the preview), under a strict CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirect, send, text } from '../http/answer.js';
import { sendFile } from '../static.js';
import type { Handler, Route } from './router.js';

/** Afterword's own scripts in the build's top folder: the loader, its parts, OpenPGP.js. */
const SCRIPT = /^afterword[\w.-]*\.js$/;

/** Scripts only from the inbox itself; images and test messages may go to the blogger's own sites. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "img-src 'self' https: data:; connect-src 'self' https: http://localhost:* http://127.0.0.1:*; " +
  "form-action 'self'; frame-ancestors 'none'";

/** /setup and /setup/…; `dir` holds the build (setup.html and the scripts). */
export function setupPage(dir: string): Route {
  const get: Handler = (req, res, { url }) => {
    const path = url.pathname;
    if (path === '/setup') return redirect(res, '/setup/');
    const name = path.slice('/setup/'.length);
    // Any site may load them, as from a CDN: the loader fetches its parts as modules, which a page
    // on another origin may only run with this header.
    if (SCRIPT.test(name) && !name.includes('..'))
      return sendFile(req, res, join(dir, name), { 'access-control-allow-origin': '*' });
    if (name !== '' && name !== 'index.html') return text(res, 404, 'Not found');
    let page: string;
    try {
      page = readFileSync(join(dir, 'setup.html'), 'utf8');
    } catch {
      return text(res, 404, 'The set-up page is not built: run npm run build');
    }
    page = page.replace(
      '<meta name="afterword-inbox" content="" />',
      '<meta name="afterword-inbox" content="/api/feedback" />',
    );
    send(res, 200, 'text/html; charset=utf-8', req.method === 'HEAD' ? '' : page, {
      'content-security-policy': CSP,
      'cache-control': 'no-cache',
      ...(req.method === 'HEAD' ? { 'content-length': Buffer.byteLength(page) } : {}),
    });
  };
  return {
    GET: get,
    other: (_req, res) => text(res, 405, 'Method not allowed', { allow: 'GET, HEAD' }),
  };
}
