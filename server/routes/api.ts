// POST /api/feedback (readers' submissions, from the allowed sites) and GET /api/feedback (the
// author's export, JSON or CSV).
import type { IncomingMessage } from 'node:http';
import { fieldErrors, parsePayload } from 'afterword/schema';
import type { Auth } from '../auth.js';
import { toCsv } from '../csv.js';
import type { Store } from '../db.js';
import { API_HEADERS, json, send, text } from '../http/answer.js';
import { discardRest, mediaType, readBody, TOO_LARGE } from '../http/body.js';
import type { RequestFacts } from '../http/facts.js';
import { RateLimiter } from '../http/limits.js';
import { isSameOrigin } from '../http/origin.js';
import { readFilter } from './query.js';
import type { Handler, Route } from './router.js';

/** Largest accepted submission body. */
export const MAX_BODY = 32 * 1024;
const VARY = { vary: 'Origin' };

export interface ApiConfig {
  store: Store;
  auth: Auth;
  /** Sites allowed to post from a browser (`*`: any). */
  origins: string[];
  /** Submissions per minute per client address; 0: no limit. */
  rateLimit: number;
}

export function feedbackApi({ store, auth, origins, rateLimit }: ApiConfig): Route {
  const submissions = new RateLimiter(rateLimit);

  /** CORS headers for a browser on another site, or null when that site is not allowed. */
  const cors = (req: IncomingMessage, facts: RequestFacts): Record<string, string> | null => {
    const origin = req.headers.origin;
    if (origin === undefined || isSameOrigin(origin, facts)) return VARY;
    if (origin !== 'null' && (origins.includes(origin) || origins.includes('*'))) {
      return {
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-expose-headers': 'Retry-After',
      };
    }
    return null;
  };

  const preflight: Handler = (req, res, { facts }) => {
    const allowed = cors(req, facts);
    if (!allowed || !req.headers['access-control-request-method'])
      return text(res, 403, 'Origin not allowed', VARY);
    res.writeHead(204, {
      ...API_HEADERS,
      ...allowed,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '86400',
    });
    res.end();
  };

  const submit: Handler = async (req, res, { facts }) => {
    const allowed = cors(req, facts);
    if (!allowed)
      return json(res, 403, { error: 'This site may not send feedback to this inbox' }, VARY);
    // Every answer from here on is readable by the allowed site's form.
    const reply = (status: number, error: string, more: object = {}, headers = {}) =>
      json(res, status, { error, ...more }, { ...allowed, ...headers });

    const wait = submissions.take(facts.client);
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
  };

  const list: Handler = async (req, res, { url, facts }) => {
    const access = await auth.check(req, facts);
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
  };

  return {
    GET: list,
    POST: submit,
    OPTIONS: preflight,
    other: (_req, res) =>
      json(res, 405, { error: 'Method not allowed' }, { allow: 'GET, POST, OPTIONS' }),
  };
}
