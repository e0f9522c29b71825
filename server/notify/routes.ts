// What notifications add to the author's pages: the private feed (GET /inbox/feed.atom, POST
// /inbox/feed-key to make a new key) and, on /inbox, failing destinations and the feed address.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Auth } from '../auth.js';
import type { Store } from '../db.js';
import { FEED_SIZE, renderFeed, type FeedKey } from '../feed.js';
import { escapeHtml } from '../html.js';
import { discardRest, fromOwnPage, redirect, send } from '../http.js';
import type { Outbox } from '../outbox.js';
import type { Destination } from './destinations.js';
import type { TipsMode } from './message.js';

export interface InboxExtras {
  /** Answers the request and resolves true when it is one of these routes. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, auth: Auth): boolean;
  /** HTML for /inbox, above the messages. */
  aside(req: IncomingMessage): string;
}

export interface ExtrasConfig {
  store: Store;
  feedKey: FeedKey;
  outbox: Outbox;
  destinations: Destination[];
  tips: TipsMode;
  trustProxy: boolean;
  publicUrl: string | undefined;
}

export function createExtras(config: ExtrasConfig): InboxExtras {
  const { store, feedKey, outbox, destinations, tips, trustProxy, publicUrl } = config;

  const base = (req: IncomingMessage): string => {
    if (publicUrl) return publicUrl;
    const proto =
      'encrypted' in req.socket || (trustProxy && req.headers['x-forwarded-proto'] === 'https')
        ? 'https'
        : 'http';
    const forwarded = trustProxy ? req.headers['x-forwarded-host'] : undefined;
    const host =
      (typeof forwarded === 'string' && forwarded.split(',')[0]!.trim()) || req.headers.host;
    return `${proto}://${host ?? 'localhost'}`;
  };

  const time = (ms: number | null) =>
    ms === null ? 'none' : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

  function failing(): string {
    const labels = new Map(destinations.map((d) => [d.key, d.label]));
    const rows = outbox.failing();
    if (!rows.length) return '';
    const items = rows.map((r) => {
      const label = labels.get(r.destination) ?? 'a destination no longer configured';
      const next = r.nextAt === null ? 'given up' : `next try ${time(r.nextAt)}`;
      const lost = r.gaveUp ? `, ${r.gaveUp} given up after 3 days` : '';
      return `<li><strong>${escapeHtml(label)}</strong>: ${r.waiting} waiting${lost}, ${r.attempts} ${r.attempts === 1 ? 'attempt' : 'attempts'}; last error: <code>${escapeHtml(r.lastError)}</code>; ${escapeHtml(next)}</li>`;
    });
    return `<section aria-labelledby="failing"><h2 id="failing">Notifications failing</h2><ul>${items.join('')}</ul></section>`;
  }

  return {
    handle(req, res, url, auth) {
      if (url.pathname === '/inbox/feed.atom') {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET' });
        } else if (!feedKey.matches(url.searchParams.get('key') ?? '')) {
          send(res, 403, 'text/plain; charset=utf-8', 'This feed address is not valid (any more)');
        } else {
          const items = store.list({ limit: FEED_SIZE });
          send(res, 200, 'application/atom+xml; charset=utf-8', renderFeed(items, base(req), tips));
        }
        return true;
      }
      if (url.pathname === '/inbox/feed-key') {
        if (req.method !== 'POST') {
          send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'POST' });
        } else if (!fromOwnPage(req, trustProxy)) {
          send(
            res,
            403,
            'text/plain; charset=utf-8',
            'Cross-site request refused',
            discardRest(req),
          );
        } else if (!auth.authorized(req)) {
          send(res, 401, 'text/plain; charset=utf-8', 'Log in first', discardRest(req));
        } else {
          discardRest(req);
          feedKey.regenerate();
          redirect(res, '/inbox');
        }
        return true;
      }
      return false;
    },
    aside(req) {
      const feed = `${base(req)}/inbox/feed.atom?key=${encodeURIComponent(feedKey.get())}`;
      return `${failing()}<section aria-labelledby="feed"><h2 id="feed">Private feed</h2>
<p>Follow new messages in your feed reader (keep this address to yourself): <code>${escapeHtml(feed)}</code></p>
<form method="post" action="/inbox/feed-key"><button type="submit">New feed address</button></form></section>`;
    },
  };
}
