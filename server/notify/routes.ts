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
  /** Answers the request when it is one of these routes (else gives undefined). */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    auth: Auth,
  ): Promise<void> | undefined;
  /** HTML for /inbox, above the messages. */
  aside(req: IncomingMessage): Promise<string>;
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

  async function failing(): Promise<string> {
    const labels = new Map(destinations.map((d) => [d.key, d.label]));
    const rows = await outbox.failing();
    if (!rows.length) return '';
    const items = rows.map((r) => {
      const label = labels.get(r.destination) ?? 'a destination no longer configured';
      const next = r.nextAt === null ? 'given up' : `next try ${time(r.nextAt)}`;
      const lost = r.gaveUp ? `, ${r.gaveUp} given up after 3 days` : '';
      return `<li><strong>${escapeHtml(label)}</strong>: ${r.waiting} waiting${lost}, ${r.attempts} ${r.attempts === 1 ? 'attempt' : 'attempts'}; last error: <code>${escapeHtml(r.lastError)}</code>; ${escapeHtml(next)}</li>`;
    });
    return `<section aria-labelledby="failing"><h2 id="failing">Notifications failing</h2><ul>${items.join('')}</ul></section>`;
  }

  async function feed(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET' });
    if (!(await feedKey.matches(url.searchParams.get('key') ?? '')))
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        'This feed address is not valid (any more)',
      );
    const items = await store.list({ limit: FEED_SIZE });
    send(res, 200, 'application/atom+xml; charset=utf-8', renderFeed(items, base(req), tips));
  }

  async function newKey(req: IncomingMessage, res: ServerResponse, auth: Auth): Promise<void> {
    const text = 'text/plain; charset=utf-8';
    if (req.method !== 'POST') return send(res, 405, text, 'Method not allowed', { allow: 'POST' });
    if (!fromOwnPage(req, trustProxy))
      return send(res, 403, text, 'Cross-site request refused', discardRest(req));
    const access = await auth.check(req);
    if (access.status === 'locked')
      return send(res, 429, text, 'Too many wrong tokens: wait a few minutes', {
        'retry-after': String(access.wait),
        ...discardRest(req),
      });
    if (access.status !== 'ok') return send(res, 401, text, 'Log in first', discardRest(req));
    discardRest(req);
    await feedKey.regenerate();
    redirect(res, '/inbox');
  }

  return {
    handle(req, res, url, auth) {
      if (url.pathname === '/inbox/feed.atom') return feed(req, res, url);
      if (url.pathname === '/inbox/feed-key') return newKey(req, res, auth);
      return undefined;
    },
    async aside(req) {
      const feed = `${base(req)}/inbox/feed.atom?key=${encodeURIComponent(await feedKey.get())}`;
      return `${await failing()}<section aria-labelledby="feed"><h2 id="feed">Private feed</h2>
<p>Follow new messages in your feed reader (keep this address to yourself): <code>${escapeHtml(feed)}</code></p>
<form method="post" action="/inbox/feed-key"><button type="submit">New feed address</button></form></section>`;
    },
  };
}
