// GET /api/challenge: a fresh ALTCHA challenge for the form to solve before it sends (--pow);
// 404 without --pow, which the form takes as "no proof of work here".
import type { Pow } from '../pow.js';
import type { RequestFacts } from '../http/facts.js';
import type { IncomingMessage } from 'node:http';
import { json } from '../http/answer.js';
import { VARY } from './cors.js';
import type { Route } from './router.js';

export function challengeRoute(
  pow: Pow | undefined,
  cors: (req: IncomingMessage, facts: RequestFacts) => Record<string, string> | null,
): Route {
  return {
    async GET(req, res, { facts }) {
      const headers = cors(req, facts);
      if (!headers) return json(res, 403, { error: 'Origin not allowed' }, VARY);
      if (!pow) return json(res, 404, { error: 'This inbox asks for no proof of work' }, headers);
      json(res, 200, await pow.challenge(), headers);
    },
    other: (_req, res) => json(res, 405, { error: 'Method not allowed' }, { allow: 'GET' }),
  };
}
