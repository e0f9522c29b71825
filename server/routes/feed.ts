// The private Atom feed, GET /inbox/feed.atom?key=<feed key>, and POST /inbox/feed-key, which
// makes a new key from the author's /inbox page.
import type { Auth } from '../auth.js';
import type { Store } from '../db.js';
import { FEED_SIZE, renderFeed, type FeedKey } from '../feed.js';
import { redirect, send, text } from '../http/answer.js';
import { refuseRest } from '../http/body.js';
import { fromOwnPage } from '../http/origin.js';
import type { TipsMode } from '../notify/message.js';
import type { Handler, Route } from './router.js';

export interface FeedConfig {
  store: Store;
  auth: Auth;
  feedKey: FeedKey;
  tips: TipsMode;
}

export function feedRoutes({ store, auth, feedKey, tips }: FeedConfig): {
  feed: Route;
  newKey: Route;
} {
  const feed: Handler = async (_req, res, { url, facts }) => {
    if (!(await feedKey.matches(url.searchParams.get('key') ?? '')))
      return text(res, 403, 'This feed address is not valid (any more)');
    // Spam stays out unless asked for: ?spam=1 is the Spam view's feed.
    const spam = url.searchParams.get('spam') === '1';
    const items = await store.list({ limit: FEED_SIZE, spam });
    send(res, 200, 'application/atom+xml; charset=utf-8', renderFeed(items, facts.base, tips));
  };

  const newKey: Handler = async (req, res, { facts }) => {
    // The form has no fields: whatever body comes is not read.
    refuseRest(req);
    if (!fromOwnPage(req, facts)) return text(res, 403, 'Cross-site request refused');
    const access = await auth.check(req, facts);
    if (access.status === 'locked')
      return text(res, 429, 'Too many wrong tokens: wait a few minutes', {
        'retry-after': String(access.wait),
      });
    if (access.status !== 'ok') return text(res, 401, 'Log in first');
    await feedKey.regenerate();
    redirect(res, '/inbox');
  };

  return {
    feed: {
      GET: feed,
      other: (_req, res) => text(res, 405, 'Method not allowed', { allow: 'GET' }),
    },
    newKey: {
      POST: newKey,
      other: (_req, res) => text(res, 405, 'Method not allowed', { allow: 'POST' }),
    },
  };
}
