// Which browsers on other sites may read the API's answers: the configured origins (and the
// --static origin); the inbox's own pages and clients without Origin need no CORS.
import type { IncomingMessage } from 'node:http';
import type { RequestFacts } from '../http/facts.js';
import { isSameOrigin } from '../http/origin.js';

export const VARY = { vary: 'Origin' };

/** CORS headers for a request, or null when its site is not allowed. */
export const corsHeaders =
  (allowed: (origin: string, facts: RequestFacts) => boolean) =>
  (req: IncomingMessage, facts: RequestFacts): Record<string, string> | null => {
    const origin = req.headers.origin;
    if (origin === undefined || isSameOrigin(origin, facts)) return VARY;
    if (origin !== 'null' && allowed(origin, facts)) {
      return {
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-expose-headers': 'Retry-After',
      };
    }
    return null;
  };
