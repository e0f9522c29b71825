// The inbox's HTTP server: readers' feedback in (POST /api/feedback), the author's reading out
// (GET /api/feedback, /inbox), and optionally the demo article's files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fieldErrors, parsePayload } from 'afterword/schema';
import { createAuth } from './auth.js';
import { toCsv } from './csv.js';
import { readFilter, type Store } from './db.js';
import {
  API_HEADERS,
  clientAddress,
  discardRest,
  isSameOrigin,
  json,
  mediaType,
  RateLimiter,
  readBody,
  redirect,
  send,
  TOO_LARGE,
} from './http.js';
import type { InboxExtras } from './notify/routes.js';
import { createPages } from './pages.js';
import { findFile, sendFile, type Mount } from './static.js';
import { serveSetup } from './setup.js';

/** The request's path without its query, which may hold a key: log lines never carry one. */
const pathOf = (req: IncomingMessage) => (req.url ?? '/').split('?')[0];

/** Largest accepted submission body. */
export const MAX_BODY = 32 * 1024;
const VARY = { vary: 'Origin' };

export interface InboxConfig {
  store: Store;
  token: string;
  origins: string[];
  rateLimit: number;
  trustProxy: boolean;
  mounts: Mount[];
  /** The build folder holding setup.html and the scripts, for /setup/. */
  setupDir?: string;
  /** Real paths that static files never serve (the database, its journals, the token file). */
  hidden?: Set<string>;
  /** Notifications' additions: the private feed, failing destinations on /inbox. */
  extras?: InboxExtras;
}

export function createInbox(config: InboxConfig): Server {
  const { store, token, origins, rateLimit, trustProxy, mounts, hidden, extras } = config;
  const auth = createAuth(token, trustProxy, store);
  const inbox = createPages(store, auth, trustProxy, extras?.aside);
  const submissions = new RateLimiter(rateLimit);

  /** CORS headers for a browser on another site, or null when that site is not allowed. */
  const cors = (req: IncomingMessage): Record<string, string> | null => {
    const origin = req.headers.origin;
    if (origin === undefined || isSameOrigin(origin, req, trustProxy)) return VARY;
    if (origin !== 'null' && (origins.includes(origin) || origins.includes('*'))) {
      return {
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-expose-headers': 'Retry-After',
      };
    }
    return null;
  };

  async function feedback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET' || req.method === 'HEAD') return list(req, res, url);
    const allowed = cors(req);
    if (req.method === 'OPTIONS') {
      if (!allowed || !req.headers['access-control-request-method']) {
        return send(res, 403, 'text/plain; charset=utf-8', 'Origin not allowed', VARY);
      }
      res.writeHead(204, {
        ...API_HEADERS,
        ...allowed,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'Content-Type',
        'access-control-max-age': '86400',
      });
      return void res.end();
    }
    if (req.method !== 'POST') {
      return json(res, 405, { error: 'Method not allowed' }, { allow: 'GET, POST, OPTIONS' });
    }
    if (!allowed) {
      return json(res, 403, { error: 'This site may not send feedback to this inbox' }, VARY);
    }
    // Every answer from here on is readable by the allowed site's form.
    const reply = (status: number, error: string, more: object = {}, headers = {}) =>
      json(res, status, { error, ...more }, { ...allowed, ...headers });

    const wait = submissions.take(clientAddress(req, trustProxy));
    if (wait) {
      return reply(
        429,
        'Too many submissions: please try again in a minute',
        {},
        { 'retry-after': String(wait) },
      );
    }
    if (mediaType(req) !== 'application/json') {
      return reply(
        415,
        'Feedback must be sent as application/json',
        {},
        { accept: 'application/json' },
      );
    }
    const body = await readBody(req, MAX_BODY);
    if (body === TOO_LARGE)
      return reply(413, 'Feedback is limited to 32 KiB', {}, discardRest(req));
    let data: unknown;
    try {
      data = JSON.parse(body.toString('utf8'));
    } catch {
      return reply(400, 'The body is not valid JSON', { errors: { payload: 'Invalid JSON' } });
    }
    const result = parsePayload(data);
    if (!result.success) {
      const errors = fieldErrors(result.error);
      const [field, problem] = Object.entries(errors)[0]!;
      return reply(400, `Invalid feedback: ${field}: ${problem}`, { errors });
    }
    const created = await store.insert(result.data, new Date().toISOString());
    json(res, created ? 201 : 200, { id: result.data.id, created }, allowed);
  }

  async function list(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const access = await auth.check(req);
    if (access.status === 'locked') {
      return json(
        res,
        429,
        { error: 'Too many wrong tokens from this address: try again later' },
        { 'retry-after': String(access.wait) },
      );
    }
    if (access.status !== 'ok') {
      return json(
        res,
        401,
        { error: 'Send the inbox token as Authorization: Bearer <token>' },
        { 'www-authenticate': 'Bearer realm="afterword-inbox"' },
      );
    }
    const { filter, errors } = readFilter(url.searchParams);
    const format = url.searchParams.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') errors.format = 'Use json or csv';
    if (Object.keys(errors).length) return json(res, 400, { error: 'Invalid query', errors });
    const items = await store.list(filter);
    if (format === 'csv') {
      return send(res, 200, 'text/csv; charset=utf-8; header=present', toCsv(items), {
        'content-disposition': 'attachment; filename="afterword-feedback.csv"',
      });
    }
    json(res, 200, { items });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://inbox.invalid');
    const path = url.pathname;
    if (path === '/api/feedback') return feedback(req, res, url);
    const extra = extras?.handle(req, res, url, auth);
    if (extra) return extra;
    if (path === '/inbox' || path.startsWith('/inbox/')) return inbox(req, res, url);
    if (config.setupDir && (path === '/setup' || path.startsWith('/setup/')))
      return serveSetup(req, res, path, config.setupDir);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const file = findFile(mounts, path, hidden);
      if (file) return sendFile(req, res, file);
      if (path === '/') return redirect(res, '/inbox');
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  return createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    (req, res) => {
      handle(req, res).catch((error: Error & { clientGone?: boolean }) => {
        // A reader who closes the tab mid-upload is no error of ours.
        if (!error.clientGone)
          console.error(`afterword-inbox: ${req.method} ${pathOf(req)}: ${error.message}`);
        if (!res.headersSent) json(res, 500, { error: 'The inbox could not handle this request' });
        else res.destroy();
      });
    },
  );
}
