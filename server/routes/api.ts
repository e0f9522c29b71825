// POST /api/feedback (readers' submissions, from the allowed sites) and GET /api/feedback (the
// author's export, JSON or CSV, streamed a page at a time).
import type { ServerResponse } from 'node:http';
import { fieldErrors, parsePayload } from 'afterword/schema';
import type { Auth } from '../auth.js';
import type { Capacity } from '../capacity.js';
import { csvHeader, csvRow } from '../csv.js';
import type { Item, Store } from '../db.js';
import { API_HEADERS, json, text } from '../http/answer.js';
import { mediaType, readBody, refuseRest, TOO_LARGE } from '../http/body.js';
import type { RequestFacts } from '../http/facts.js';
import { RateLimiter } from '../http/limits.js';
import { structureErrors } from '../payload.js';
import { readFilter } from './query.js';
import type { Handler, Route } from './router.js';
import { corsHeaders, VARY } from './cors.js';
import { spamReason } from '../spam.js';
import type { Pow } from '../pow.js';

/** Largest accepted submission body. */
export const MAX_BODY = 32 * 1024;
/** Messages in one answer of GET /api/feedback without ?limit. */
export const DEFAULT_LIMIT = 1000;

export interface ApiConfig {
  store: Store;
  auth: Auth;
  capacity: Capacity;
  /** Whether a browser on `origin` (not the inbox's own) may post: --origin, or the --static origin. */
  allowed(origin: string, facts: RequestFacts): boolean;
  /** Submissions per minute per client address; 0: no limit. */
  rateLimit: number;
  /** The proof of work asked of each submission (--pow). */
  pow?: Pow | undefined;
}

export function feedbackApi({ store, auth, capacity, allowed, rateLimit, pow }: ApiConfig): Route {
  const submissions = new RateLimiter(rateLimit);

  const cors = corsHeaders(allowed);

  const preflight: Handler = (req, res, { facts }) => {
    const headers = cors(req, facts);
    if (!headers || !req.headers['access-control-request-method'])
      return text(res, 403, 'Origin not allowed', VARY);
    res.writeHead(204, {
      ...API_HEADERS,
      ...headers,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '86400',
    });
    res.end();
  };

  const submit: Handler = async (req, res, { facts }) => {
    const headers = cors(req, facts);
    if (!headers) {
      refuseRest(req);
      return json(res, 403, { error: 'This site may not send feedback to this inbox' }, VARY);
    }
    // Every answer from here on is readable by the allowed site's form.
    const reply = (status: number, error: string, more: object = {}, extra = {}) =>
      json(res, status, { error, ...more }, { ...headers, ...extra });

    const wait = submissions.take(facts.client);
    if (wait) {
      refuseRest(req);
      return reply(
        429,
        'Too many submissions: please try again in a minute',
        {},
        { 'retry-after': String(wait) },
      );
    }
    if (mediaType(req) !== 'application/json') {
      refuseRest(req);
      return reply(
        415,
        'Feedback must be sent as application/json',
        {},
        { accept: 'application/json' },
      );
    }
    const body = await readBody(req, MAX_BODY);
    if (body === TOO_LARGE) {
      refuseRest(req);
      return reply(413, 'Feedback is limited to 32 KiB');
    }
    let data: unknown;
    try {
      data = JSON.parse(body.toString('utf8'));
    } catch {
      return reply(400, 'The body is not valid JSON', { errors: { payload: 'Invalid JSON' } });
    }
    const result = parsePayload(data);
    const errors = result.success ? structureErrors(result.data) : fieldErrors(result.error);
    if (!result.success || Object.keys(errors).length) {
      const [field, problem] = Object.entries(errors)[0]!;
      return reply(400, `Invalid feedback: ${field}: ${problem}`, { errors });
    }
    const payload = result.data;
    // Spam is stored all the same (in the Spam view), and answered exactly like any message.
    const spam = await spamReason(payload, pow);
    const admission = await capacity.admit();
    if (!admission.ok) {
      // A message already stored is no new one: its retry hears that it arrived.
      if (await store.has(payload.id))
        return json(res, 200, { id: payload.id, created: false }, headers);
      return reply(
        503,
        admission.reason === 'full'
          ? 'This inbox is full: your message is kept and sent again later'
          : 'This inbox is busy: your message is kept and sent again in a minute',
        {},
        { 'retry-after': String(admission.wait) },
      );
    }
    let created = false;
    try {
      created = await store.insert(payload, new Date().toISOString(), spam);
    } finally {
      admission.done(created);
    }
    json(res, created ? 201 : 200, { id: payload.id, created }, headers);
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
    // The export pages older only (newest first); /inbox's pages go both ways.
    if (filter.after) errors.after = 'Use ?before=<id> to page (newest first)';
    if (!errors.before && filter.before && !(await store.has(filter.before)))
      errors.before = 'No message has this id';
    if (Object.keys(errors).length) return json(res, 400, { error: 'Invalid query', errors });
    filter.limit ??= DEFAULT_LIMIT;
    if (format === 'csv') {
      return stream(res, store.stream(filter), 'text/csv; charset=utf-8; header=present', {
        start: csvHeader(),
        items: (items) => items.map(csvRow).join(''),
        end: '',
        headers: { 'content-disposition': 'attachment; filename="afterword-feedback.csv"' },
      });
    }
    let first = true;
    return stream(res, store.stream(filter), 'application/json; charset=utf-8', {
      start: '{"items":[',
      items: (items) => {
        const part = `${first ? '' : ','}${items.map((i) => JSON.stringify(i)).join(',')}`;
        first = false;
        return part;
      },
      end: ']}',
    });
  };

  return {
    GET: list,
    POST: submit,
    OPTIONS: preflight,
    other: (_req, res) =>
      json(res, 405, { error: 'Method not allowed' }, { allow: 'GET, POST, OPTIONS' }),
  };
}

/**
 * Writes an export as its pages come from the database, waiting while the client reads: however
 * many messages it holds, only a page of them is in memory at a time.
 */
async function stream(
  res: ServerResponse,
  pages: AsyncIterable<Item[]>,
  type: string,
  format: {
    start: string;
    items: (items: Item[]) => string;
    end: string;
    headers?: Record<string, string>;
  },
): Promise<void> {
  res.writeHead(200, { ...API_HEADERS, 'content-type': type, ...format.headers });
  const write = async (chunk: string) => {
    if (chunk && !res.write(chunk) && !res.destroyed)
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done).off('close', done);
          resolve();
        };
        res.on('drain', done).on('close', done);
      });
  };
  await write(format.start);
  for await (const items of pages) {
    if (res.destroyed) return;
    await write(format.items(items));
  }
  res.end(format.end);
}
