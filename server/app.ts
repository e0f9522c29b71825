// The inbox's HTTP server: readers' feedback in (POST /api/feedback), the author's reading out
// (GET /api/feedback, /inbox), and optionally the demo article's files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fieldErrors, KINDS, payloadSchema, type Kind } from '../src/feedback/schema.js';
import { toCsv } from './csv.js';
import type { Filter, Store } from './db.js';
import { CSP, renderInbox, renderLogin } from './html.js';
import {
  API_HEADERS,
  clientAddress,
  cookies,
  discardRest,
  fromOwnPage,
  isSameOrigin,
  json,
  mediaType,
  RateLimiter,
  readBody,
  redirect,
  safeEqual,
  send,
  sessionFor,
  TOO_LARGE,
} from './http.js';
import { findFile, sendFile, type Mount } from './static.js';

/** Largest accepted submission body. */
export const MAX_BODY = 32 * 1024;
const COOKIE = 'afterword_inbox';
const INBOX_PAGE = 200;
const VARY = { vary: 'Origin' };

export interface InboxConfig {
  store: Store;
  token: string;
  origins: string[];
  rateLimit: number;
  trustProxy: boolean;
  mounts: Mount[];
}

export function createInbox(config: InboxConfig): Server {
  const { store, token, origins, trustProxy, mounts } = config;
  const session = sessionFor(token);
  const submissions = new RateLimiter(config.rateLimit);
  const logins = new RateLimiter(config.rateLimit && 10);

  const authorized = (req: IncomingMessage): boolean => {
    const auth = req.headers.authorization;
    if (auth !== undefined) return /^bearer /i.test(auth) && safeEqual(auth.slice(7).trim(), token);
    const cookie = cookies(req)[COOKIE];
    return cookie !== undefined && safeEqual(cookie, session);
  };

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
    const result = payloadSchema.safeParse(data);
    if (!result.success) {
      const errors = fieldErrors(result.error);
      const [field, problem] = Object.entries(errors)[0]!;
      return reply(400, `Invalid feedback: ${field}: ${problem}`, { errors });
    }
    const created = await store.insert(result.data, new Date().toISOString());
    json(res, created ? 201 : 200, { id: result.data.id, created }, allowed);
  }

  function list(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!authorized(req)) {
      return json(
        res,
        401,
        { error: 'Send the inbox token as Authorization: Bearer <token>' },
        { 'www-authenticate': 'Bearer realm="afterword-inbox"' },
      );
    }
    const { filter, errors } = readFilter(url);
    const format = url.searchParams.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') errors.format = 'Use json or csv';
    if (Object.keys(errors).length) return json(res, 400, { error: 'Invalid query', errors });
    const items = store.list(filter);
    if (format === 'csv') {
      return send(res, 200, 'text/csv; charset=utf-8; header=present', toCsv(items), {
        'content-disposition': 'attachment; filename="afterword-feedback.csv"',
      });
    }
    json(res, 200, { items });
  }

  async function inbox(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const html = (status: number, body: string, headers = {}) =>
      send(res, status, 'text/html; charset=utf-8', body, {
        'content-security-policy': CSP,
        ...headers,
      });
    const path = url.pathname.replace(/\/$/, '') || '/inbox';

    if (path === '/inbox') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return html(405, renderLogin(), { allow: 'GET' });
      if (!authorized(req))
        return html(401, renderLogin(req.headers.authorization ? 'That token is not right.' : ''));
      const { filter } = readFilter(url);
      const show =
        (['open', 'handled'] as const).find((s) => s === url.searchParams.get('show')) ?? 'all';
      const limit = filter.limit ?? INBOX_PAGE;
      const items = store.list({
        kind: filter.kind,
        limit,
        open: show === 'all' ? undefined : show === 'open',
      });
      return html(
        200,
        renderInbox({ items, counts: store.counts(), kind: filter.kind, show, limit }),
      );
    }

    const action = path.slice('/inbox/'.length);
    if (!['login', 'logout', 'handled'].includes(action))
      return html(404, renderLogin('No such page.'));
    if (req.method !== 'POST') return html(405, renderLogin(), { allow: 'POST' });
    // Together with the SameSite=Strict cookie this keeps other sites from acting for the author.
    if (!fromOwnPage(req, trustProxy))
      return send(res, 403, 'text/plain; charset=utf-8', 'Cross-site request refused');
    if (mediaType(req) !== 'application/x-www-form-urlencoded')
      return html(415, renderLogin('Unexpected form encoding.'));
    const body = await readBody(req, 4096);
    if (body === TOO_LARGE) {
      return html(413, renderLogin(), discardRest(req));
    }
    const form = new URLSearchParams(body.toString('utf8'));

    if (action === 'login') {
      const wait = logins.take(clientAddress(req, trustProxy));
      if (wait)
        return html(429, renderLogin('Too many attempts: wait a minute.'), {
          'retry-after': String(wait),
        });
      if (!safeEqual(form.get('token')?.trim() ?? '', token))
        return html(401, renderLogin('That token is not right.'));
      return redirect(res, '/inbox', { 'set-cookie': cookie(req, session, 30 * 86400) });
    }
    if (action === 'logout') return redirect(res, '/inbox', { 'set-cookie': cookie(req, '', 0) });

    if (!authorized(req)) return html(401, renderLogin());
    store.setHandled(form.get('id') ?? '', form.get('handled') !== '0', new Date().toISOString());
    const back = new URLSearchParams();
    const kind = form.get('kind');
    const show = form.get('show');
    if ((KINDS as readonly string[]).includes(kind ?? '')) back.set('kind', kind!);
    if (show === 'open' || show === 'handled') back.set('show', show);
    redirect(res, `/inbox${back.size ? `?${back}` : ''}`);
  }

  function cookie(req: IncomingMessage, value: string, maxAge: number): string {
    const secure =
      'encrypted' in req.socket || (trustProxy && req.headers['x-forwarded-proto'] === 'https');
    return `${COOKIE}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://inbox.invalid');
    const path = url.pathname;
    if (path === '/api/feedback') return feedback(req, res, url);
    if (path === '/inbox' || path.startsWith('/inbox/')) return inbox(req, res, url);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const file = findFile(mounts, path);
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
          console.error(`afterword-inbox: ${req.method} ${req.url}: ${error.message}`);
        if (!res.headersSent) json(res, 500, { error: 'The inbox could not handle this request' });
        else res.destroy();
      });
    },
  );
}

function readFilter(url: URL): { filter: Filter; errors: Record<string, string> } {
  const filter: Filter = {};
  const errors: Record<string, string> = {};
  const q = url.searchParams;
  const kind = q.get('kind');
  if (kind) {
    if ((KINDS as readonly string[]).includes(kind)) filter.kind = kind as Kind;
    else errors.kind = `Use one of ${KINDS.join(', ')}`;
  }
  const limit = q.get('limit');
  if (limit) {
    if (/^\d+$/.test(limit) && Number(limit) > 0) filter.limit = Math.min(Number(limit), 1e9);
    else errors.limit = 'Use a whole number above 0';
  }
  const since = q.get('since');
  if (since) {
    const date = new Date(since);
    if (Number.isNaN(date.getTime()))
      errors.since = 'Use an ISO 8601 date or time, like 2026-01-31T12:00:00Z';
    else filter.since = date.toISOString();
  }
  return { filter, errors };
}
