// Finds the one handler for a request: each path is owned by one entry of the route table, which
// says what each method does there.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { text } from '../http/answer.js';
import type { RequestFacts } from '../http/facts.js';

export interface Context {
  url: URL;
  facts: RequestFacts;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: Context,
) => Promise<void> | void;

type Method = 'GET' | 'POST' | 'OPTIONS';

/** A path's handlers by method (HEAD is answered like GET); `other` answers any other method. */
export type Route = Partial<Record<Method, Handler>> & { other?: Handler };

export interface RouteTable {
  /** Exact paths. */
  paths: Record<string, Route>;
  /** Path prefixes, for folders of their own (the set-up page, the inbox's unknown pages). */
  prefixes: [prefix: string, route: Route][];
  /** Whatever no path or prefix owns. */
  fallback: Handler;
}

export function router({ paths, prefixes, fallback }: RouteTable): Handler {
  const byPath = new Map(Object.entries(paths));
  return (req, res, ctx) => {
    const path = ctx.url.pathname;
    const route = byPath.get(path) ?? prefixes.find(([prefix]) => path.startsWith(prefix))?.[1];
    if (!route) return fallback(req, res, ctx);
    const method = req.method === 'HEAD' ? 'GET' : (req.method as Method);
    const handler = route[method] ?? route.other ?? notAllowed(route);
    return handler(req, res, ctx);
  };
}

function notAllowed(route: Route): Handler {
  const allow = (['GET', 'POST', 'OPTIONS'] as const).filter((m) => route[m]).join(', ');
  return (_req, res) => text(res, 405, 'Method not allowed', { allow });
}
